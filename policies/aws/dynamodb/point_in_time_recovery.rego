# METADATA
# scope: package
# title: DynamoDB tables have point-in-time recovery enabled
# description: >-
#   Point-in-time recovery keeps continuous backups of a table for 35 days, so it can be
#   restored to any second after an accidental write, delete or a faulty deployment. It is off
#   unless enabled.
# related_resources:
#   - https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Point-in-time-recovery.html
# custom:
#   id: AWS-0060
#   severity: MEDIUM
#   resource_types: [aws.dynamodb.table]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set point_in_time_recovery { enabled = true }
#     (PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled: true in CloudFormation), or
#     turn on point-in-time recovery in the DynamoDB console.
#   frameworks:
#     aws-fsbp: [DynamoDB.2]
#     hipaa-security: ["164.308(a)(7)(ii)(A)"]
#     iso-27001-2022: ["8.13"]
#     nist-800-53-r5: [CP-9, CP-10]
#     soc2-2017: [A1.2]
#   peers:
#     checkov: [CKV_AWS_28]
#     kics: [0f04217d-488f-4e7a-bec8-f16159686cd6]
#     tfsec: [aws-dynamodb-enable-recovery]
#     trivy: [AVD-AWS-0024, aws-dynamodb-enable-recovery]
#   reads: [point_in_time_recovery_enabled]
#   deprecated: false
package checks.aws.dynamodb.point_in_time_recovery

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.dynamodb.table")
	r.attributes.point_in_time_recovery_enabled == false
	v := {
		"msg": concat("", ["DynamoDB table ", r.id, " does not have point-in-time recovery enabled"]),
		"resource_id": r.id,
		"attribute_path": ["point_in_time_recovery_enabled"],
	}
}
