# METADATA
# scope: package
# title: RDS DB instances have deletion protection enabled
# description: >-
#   Deletion protection makes RDS refuse to delete the instance until the setting is turned off,
#   so a stray destroy, stack deletion or console click cannot remove a database. It is off
#   unless enabled; an Aurora instance takes it from its DB cluster.
# related_resources:
#   - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection
# custom:
#   id: AWS-0011
#   severity: LOW
#   resource_types: [aws.rds.db_instance]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set deletion_protection = true (DeletionProtection: true).
#   frameworks:
#     aws-fsbp: [RDS.8]
#     nist-800-53-r5: [CP-9, SI-12]
#   peers:
#     checkov: [CKV_AWS_293]
#     kics: [2c161e58-cb52-454f-abea-6470c37b5e6e]
#     trivy: [AVD-AWS-0177, aws-rds-enable-deletion-protection]
#   reads: [deletion_protection]
#   deprecated: false
package checks.aws.rds.deletion_protection

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.rds.db_instance")
	r.attributes.deletion_protection == false
	v := {
		"msg": concat("", ["RDS DB instance ", r.id, " does not have deletion protection enabled"]),
		"resource_id": r.id,
		"attribute_path": ["deletion_protection"],
	}
}
