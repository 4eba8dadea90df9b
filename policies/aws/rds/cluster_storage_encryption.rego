# METADATA
# scope: package
# title: RDS DB clusters encrypt their storage
# description: >-
#   Storage encryption protects an Aurora or Multi-AZ DB cluster's data, automated backups and
#   snapshots at rest with a KMS key. It can only be chosen when the cluster is created and is
#   off unless requested (Aurora Serverless v1 is always encrypted); a restored or replica
#   cluster takes it from its source.
#   Narrower than Trivy's AVD-AWS-0079, which also reports an encrypted cluster without a customer
#   managed key.
# related_resources:
#   - https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html
# custom:
#   id: AWS-0073
#   severity: HIGH
#   resource_types: [aws.rds.db_cluster]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set storage_encrypted = true (StorageEncrypted: true in CloudFormation), optionally with
#     kms_key_id; an existing cluster is encrypted by restoring an encrypted snapshot copy.
#   frameworks:
#     aws-fsbp: [RDS.27]
#     cis-aws-3.0: ["2.3.1"]
#     cis-aws-4.0.1: ["2.2.1"]
#     hipaa-security: ["164.312(a)(2)(iv)"]
#     iso-27001-2022: ["8.24"]
#     nist-800-53-r5: [SC-28]
#     pci-dss-4.0.1: ["3.5.1"]
#     soc2-2017: [CC6.1]
#   peers:
#     checkov: [CKV_AWS_96]
#     kics: [3199c26c-7871-4cb3-99c2-10a59244ce7f, 65844ba3-03a1-40a8-b3dd-919f122e8c95]
#     tfsec: [aws-rds-encrypt-cluster-storage-data]
#     trivy: [AVD-AWS-0079, aws-rds-encrypt-cluster-storage-data]
#   reads: [storage_encrypted]
#   deprecated: false
package checks.aws.rds.cluster_storage_encryption

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.rds.db_cluster")
	r.attributes.storage_encrypted == false
	v := {
		"msg": concat("", ["RDS DB cluster ", r.id, " does not encrypt its storage"]),
		"resource_id": r.id,
		"attribute_path": ["storage_encrypted"],
	}
}
