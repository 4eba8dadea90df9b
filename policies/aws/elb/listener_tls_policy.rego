# METADATA
# scope: package
# title: HTTPS and TLS listeners of load balancers accept TLS 1.2 or later only
# description: >-
#   TLS 1.0 and 1.1 have known weaknesses and are deprecated (RFC 8996). An HTTPS or TLS listener
#   created without a security policy gets ELBSecurityPolicy-2016-08, which still accepts them, as
#   do the other TLS-1-0, TLS-1-1 and older predefined policies.
# related_resources:
#   - https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html
# custom:
#   id: AWS-0057
#   severity: HIGH
#   resource_types: [aws.elb.listener]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set ssl_policy (SslPolicy in CloudFormation) to a TLS 1.2+ policy such as
#     ELBSecurityPolicy-TLS13-1-2-2021-06.
#   frameworks:
#     hipaa-security: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     iso-27001-2022: ["8.24"]
#     nist-800-53-r5: ["SC-8", "SC-13"]
#     pci-dss-4.0.1: ["4.2.1"]
#     soc2-2017: [CC6.7]
#   peers:
#     checkov: [CKV_AWS_103]
#     tfsec: [aws-elb-use-secure-tls-policy]
#     trivy: [AVD-AWS-0047, aws-elb-use-secure-tls-policy]
#   reads: [protocol, ssl_policy]
#   deprecated: false
package checks.aws.elb.listener_tls_policy

import data.lib.scan

# Predefined ELB security policies that still accept TLS 1.0 or 1.1.
legacy_policies := {
	"ELBSecurityPolicy-2015-05",
	"ELBSecurityPolicy-2016-08",
	"ELBSecurityPolicy-FS-2018-06",
	"ELBSecurityPolicy-FS-1-1-2019-08",
	"ELBSecurityPolicy-TLS-1-0-2015-04",
	"ELBSecurityPolicy-TLS-1-1-2017-01",
}

legacy(policy) if legacy_policies[policy]

# The TLS 1.3 families name their minimum version: TLS13-1-0-*, TLS13-1-1-* (FIPS and PQ variants too).
legacy(policy) if startswith(policy, "ELBSecurityPolicy-TLS13-1-0-")

legacy(policy) if startswith(policy, "ELBSecurityPolicy-TLS13-1-1-")

tls_protocols := {"HTTPS", "TLS"}

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.elb.listener")
	tls_protocols[r.attributes.protocol]
	policy := r.attributes.ssl_policy
	is_string(policy)
	legacy(policy)
	v := {
		"msg": concat("", ["Load balancer listener ", r.id, " uses security policy ", policy, ", which accepts TLS 1.0 or 1.1"]),
		"resource_id": r.id,
		"attribute_path": ["ssl_policy"],
	}
}
