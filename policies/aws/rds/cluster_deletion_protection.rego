# METADATA
# scope: package
# title: RDS DB clusters have deletion protection enabled
# description: >-
#   Deletion protection makes DeleteDBCluster fail until it is turned off, so a cluster and its
#   automated backups cannot be dropped by mistake or by an unintended infrastructure change. It
#   is off unless enabled.
# related_resources:
#   - https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_DeleteCluster.html#USER_DeletionProtection
# custom:
#   id: AWS-0074
#   severity: LOW
#   resource_types: [aws.rds.db_cluster]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set deletion_protection = true (DeletionProtection: true in CloudFormation).
#   frameworks:
#     aws-fsbp: [RDS.7]
#     nist-800-53-r5: [CP-9, SI-12]
#   peers:
#     checkov: [CKV_AWS_139]
#     trivy: [AVD-AWS-0343, aws-rds-enable-cluster-deletion-protection]
#   reads: [deletion_protection]
#   deprecated: false
package checks.aws.rds.cluster_deletion_protection

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.rds.db_cluster")
	r.attributes.deletion_protection == false
	v := {
		"msg": concat("", ["RDS DB cluster ", r.id, " does not have deletion protection enabled"]),
		"resource_id": r.id,
		"attribute_path": ["deletion_protection"],
	}
}
