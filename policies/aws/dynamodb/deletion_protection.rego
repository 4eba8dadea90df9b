# METADATA
# scope: package
# title: DynamoDB tables have deletion protection enabled
# description: >-
#   Deletion protection makes DeleteTable fail until it is turned off, so a table and its data
#   cannot be dropped by mistake, by a tool or by an unintended infrastructure change. It is off
#   unless enabled.
# related_resources:
#   - https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.Basics.html#WorkingWithTables.Basics.DeletionProtection
# custom:
#   id: AWS-0062
#   severity: MEDIUM
#   resource_types: [aws.dynamodb.table]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set deletion_protection_enabled = true (DeletionProtectionEnabled: true in
#     CloudFormation).
#   frameworks:
#     aws-fsbp: [DynamoDB.6]
#     nist-800-53-r5: [CP-9, SI-12]
#   reads: [deletion_protection_enabled]
#   deprecated: false
package checks.aws.dynamodb.deletion_protection

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.dynamodb.table")
	r.attributes.deletion_protection_enabled == false
	v := {
		"msg": concat("", ["DynamoDB table ", r.id, " does not have deletion protection enabled"]),
		"resource_id": r.id,
		"attribute_path": ["deletion_protection_enabled"],
	}
}
