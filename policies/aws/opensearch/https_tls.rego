# METADATA
# scope: package
# title: OpenSearch domains require HTTPS with TLS 1.2 or later
# description: >-
#   A domain that does not enforce HTTPS accepts requests, credentials and documents in clear
#   text, and a TLS security policy that allows TLS 1.0 and 1.1 permits protocol versions with
#   known weaknesses. A domain without domain endpoint options is reported too: the service then
#   applies its defaults, which do not enforce HTTPS and allow TLS 1.0 (Policy-Min-TLS-1-0-2019-07).
#   KICS's CloudFormation query asks only for HTTPS; this check also asks for a TLS 1.2 policy.
# related_resources:
#   - https://docs.aws.amazon.com/opensearch-service/latest/developerguide/infrastructure-security.html
# custom:
#   id: AWS-0071
#   severity: MEDIUM
#   resource_types: [aws.opensearch.domain]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set domain_endpoint_options { enforce_https = true, tls_security_policy =
#     "Policy-Min-TLS-1-2-PFS-2023-10" } (DomainEndpointOptions with EnforceHTTPS and
#     TLSSecurityPolicy in CloudFormation).
#   frameworks:
#     aws-fsbp: [Opensearch.8, ES.8]
#     hipaa-security: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     iso-27001-2022: ["8.24"]
#     nist-800-53-r5: [SC-8]
#     pci-dss-4.0.1: ["4.2.1"]
#     soc2-2017: [CC6.7]
#   peers:
#     checkov: [CKV_AWS_83, CKV_AWS_228]
#     kics: [4cdc88e6-c0c8-4081-a639-bb3a557cbedf]
#     tfsec: [aws-elastic-search-enforce-https, aws-elastic-search-use-secure-tls-policy]
#     trivy: [AVD-AWS-0046, aws-elasticsearch-enforce-https, AVD-AWS-0126, aws-elasticsearch-use-secure-tls-policy]
#   peers_partial: [4cdc88e6-c0c8-4081-a639-bb3a557cbedf]
#   reads: [endpoint.enforce_https, endpoint.tls_security_policy]
#   deprecated: false
package checks.aws.opensearch.https_tls

import data.lib.scan

# TLS security policies whose minimum protocol version is TLS 1.2 (Policy-Min-TLS-1-2-2019-07,
# Policy-Min-TLS-1-2-PFS-2023-10, and any later one of the same family).
tls_1_2_or_later(policy) if startswith(policy, "Policy-Min-TLS-1-2")

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.opensearch.domain")
	r.attributes.endpoint.enforce_https == false
	v := {
		"msg": concat("", ["OpenSearch domain ", r.id, " does not require HTTPS"]),
		"resource_id": r.id,
		"attribute_path": ["endpoint", "enforce_https"],
	}
}

deny contains v if {
	some r in scan.resources("aws.opensearch.domain")
	policy := r.attributes.endpoint.tls_security_policy
	is_string(policy)
	not tls_1_2_or_later(policy)
	v := {
		"msg": concat("", ["OpenSearch domain ", r.id, " allows TLS versions older than 1.2 (", policy, ")"]),
		"resource_id": r.id,
		"attribute_path": ["endpoint", "tls_security_policy"],
	}
}
