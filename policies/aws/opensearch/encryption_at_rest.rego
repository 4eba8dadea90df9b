# METADATA
# scope: package
# title: OpenSearch domains encrypt data at rest
# description: >-
#   Encryption at rest protects indices, logs, swap files and automated snapshots of an
#   OpenSearch or Elasticsearch domain with a KMS key. It is off unless enabled, and
#   fine-grained access control requires it.
# related_resources:
#   - https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html
# custom:
#   id: AWS-0069
#   severity: MEDIUM
#   resource_types: [aws.opensearch.domain]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set encrypt_at_rest { enabled = true } (EncryptionAtRestOptions.Enabled: true in
#     CloudFormation).
#   frameworks:
#     aws-fsbp: [Opensearch.1, ES.1]
#     hipaa-security: ["164.312(a)(2)(iv)"]
#     iso-27001-2022: ["8.24"]
#     nist-800-53-r5: [SC-28]
#     pci-dss-4.0.1: ["3.5.1"]
#     soc2-2017: [CC6.1]
#   peers:
#     checkov: [CKV_AWS_5]
#     kics: [86a248ab-0e01-4564-a82a-878303e253bb, 24e16922-4330-4e9d-be8a-caa90299466a]
#     tfsec: [aws-elastic-search-enable-domain-encryption]
#     trivy: [AVD-AWS-0048, aws-elasticsearch-enable-domain-encryption]
#   reads: [encryption_at_rest.enabled]
#   deprecated: false
package checks.aws.opensearch.encryption_at_rest

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.opensearch.domain")
	r.attributes.encryption_at_rest.enabled == false
	v := {
		"msg": concat("", ["OpenSearch domain ", r.id, " does not encrypt data at rest"]),
		"resource_id": r.id,
		"attribute_path": ["encryption_at_rest", "enabled"],
	}
}
