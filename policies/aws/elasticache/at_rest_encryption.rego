# METADATA
# scope: package
# title: ElastiCache replication groups encrypt data at rest
# description: >-
#   Encryption at rest protects the data on disk during syncs, swap and backups stored in S3. It
#   can only be chosen when the replication group is created, and for Redis OSS it is off unless
#   requested (Valkey turns it on by default). AWS Config records no ElastiCache resources, so
#   the check reads Terraform and CloudFormation only.
# related_resources:
#   - https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html
# custom:
#   id: AWS-0063
#   severity: MEDIUM
#   resource_types: [aws.elasticache.replication_group]
#   formats: [terraform, cloudformation]
#   recommended_action: >-
#     Set at_rest_encryption_enabled = true (AtRestEncryptionEnabled: true in CloudFormation)
#     and recreate the replication group; migrate the data from a backup.
#   frameworks:
#     aws-fsbp: [ElastiCache.4]
#     hipaa-security: ["164.312(a)(2)(iv)"]
#     iso-27001-2022: ["8.24"]
#     nist-800-53-r5: [SC-28]
#     pci-dss-4.0.1: ["3.5.1"]
#     soc2-2017: [CC6.1]
#   peers:
#     checkov: [CKV_AWS_29]
#     kics: [e4ee3903-9225-4b6a-bdfb-e62dbadef821]
#     tfsec: [aws-elasticache-enable-at-rest-encryption]
#     trivy: [AVD-AWS-0045, aws-elasticache-enable-at-rest-encryption]
#   reads: [at_rest_encryption_enabled]
#   deprecated: false
package checks.aws.elasticache.at_rest_encryption

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.elasticache.replication_group")
	r.attributes.at_rest_encryption_enabled == false
	v := {
		"msg": concat("", ["ElastiCache replication group ", r.id, " does not encrypt data at rest"]),
		"resource_id": r.id,
		"attribute_path": ["at_rest_encryption_enabled"],
	}
}
