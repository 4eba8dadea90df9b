# METADATA
# scope: package
# title: CloudTrail trails deliver events to CloudWatch Logs
# description: >-
#   Delivering the trail to a CloudWatch Logs log group lets metric filters and alarms react to
#   events such as root logins or policy changes within minutes, instead of someone reading log
#   files in S3 later.
# related_resources:
#   - https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html
# custom:
#   id: AWS-0048
#   severity: LOW
#   resource_types: [aws.cloudtrail.trail]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set cloud_watch_logs_group_arn and cloud_watch_logs_role_arn (CloudWatchLogsLogGroupArn and
#     CloudWatchLogsRoleArn in CloudFormation).
#   frameworks:
#     aws-fsbp: ["CloudTrail.5"]
#     hipaa-security: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     iso-27001-2022: ["8.15", "8.16"]
#     nist-800-53-r5: ["AU-6"]
#     pci-dss-4.0.1: ["10.3.3", "10.4.1.1"]
#     soc2-2017: [CC7.2]
#   peers:
#     checkov: [CKV2_AWS_10]
#     tfsec: [aws-cloudtrail-ensure-cloudwatch-integration]
#     trivy: [AVD-AWS-0162, aws-cloudtrail-ensure-cloudwatch-integration]
#   reads: [cloudwatch_logs_group_arn]
#   deprecated: false
package checks.aws.cloudtrail.cloudwatch_logs

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.cloudtrail.trail")
	r.attributes.cloudwatch_logs_group_arn == null
	v := {
		"msg": concat("", ["CloudTrail trail ", r.id, " does not deliver its events to CloudWatch Logs"]),
		"resource_id": r.id,
		"attribute_path": ["cloudwatch_logs_group_arn"],
	}
}
