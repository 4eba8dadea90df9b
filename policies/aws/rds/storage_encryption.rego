# METADATA
# scope: package
# title: RDS DB instances encrypt their storage
# description: >-
#   Storage encryption protects the data, its automated backups, read replicas and snapshots at
#   rest with a KMS key. It can only be chosen when the instance is created, and it is off unless
#   requested. An Aurora instance takes it from its DB cluster.
# related_resources:
#   - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html
# custom:
#   id: AWS-0008
#   severity: HIGH
#   resource_types: [aws.rds.db_instance]
#   formats: [terraform, terraform-plan, cloudformation, aws-config]
#   recommended_action: >-
#     Set storage_encrypted = true (StorageEncrypted: true), optionally with a customer managed
#     KMS key; an existing instance is encrypted by restoring an encrypted snapshot copy.
#   frameworks:
#     aws-fsbp: [RDS.3]
#     cis-aws-3.0: ["2.3.1"]
#     cis-aws-4.0.1: ["2.2.1"]
#     hipaa-security: ["164.312(a)(2)(iv)"]
#     iso-27001-2022: ["8.24"]
#     nist-800-53-r5: [SC-28]
#     pci-dss-4.0.1: ["3.5.1"]
#     soc2-2017: [CC6.1]
#   peers:
#     checkov: [CKV_AWS_16]
#     kics: [08bd0760-8752-44e1-9779-7bb369b2b4e4, 5beacce3-4020-4a3d-9e1d-a36f953df630]
#     tfsec: [aws-rds-encrypt-instance-storage-data]
#     trivy: [AVD-AWS-0080, aws-rds-encrypt-instance-storage-data]
#   reads: [storage_encrypted]
#   deprecated: false
package checks.aws.rds.storage_encryption

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.rds.db_instance")
	r.attributes.storage_encrypted == false
	v := {
		"msg": concat("", ["RDS DB instance ", r.id, " does not encrypt its storage"]),
		"resource_id": r.id,
		"attribute_path": ["storage_encrypted"],
	}
}
