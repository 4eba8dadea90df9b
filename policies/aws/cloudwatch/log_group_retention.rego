# METADATA
# scope: package
# title: CloudWatch log groups keep events for at least a year
# description: >-
#   Incidents are often found months after they start; a log group that expires its events sooner
#   than a year may have lost the evidence by then. Log groups that never expire pass. AWS Config
#   has no log group resource type, so live accounts are not covered by this check.
# related_resources:
#   - https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention
# custom:
#   id: AWS-0050
#   severity: LOW
#   resource_types: [aws.cloudwatch.log_group]
#   formats: [terraform, cloudformation]
#   recommended_action: >-
#     Set retention_in_days (RetentionInDays in CloudFormation) to 365 or more, or leave it unset so
#     events never expire.
#   frameworks:
#     aws-fsbp: ["CloudWatch.16"]
#     hipaa-security: ["164.312(b)"]
#     iso-27001-2022: ["8.15"]
#     nist-800-53-r5: ["AU-11", "SI-12"]
#     pci-dss-4.0.1: ["10.5.1"]
#     soc2-2017: [CC7.2]
#   peers:
#     checkov: [CKV_AWS_338]
#   reads: [retention_in_days]
#   deprecated: false
package checks.aws.cloudwatch.log_group_retention

import data.lib.scan

minimum_days := 365

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.cloudwatch.log_group")
	days := r.attributes.retention_in_days
	is_number(days)
	days > 0
	days < minimum_days
	v := {
		"msg": concat("", ["CloudWatch log group ", r.id, " keeps events for ", format_int(days, 10), " day(s); at least ", format_int(minimum_days, 10), " are required"]),
		"resource_id": r.id,
		"attribute_path": ["retention_in_days"],
	}
}
