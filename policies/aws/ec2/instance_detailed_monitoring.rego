# METADATA
# scope: package
# title: EC2 instances have detailed monitoring enabled
# description: >-
#   Basic monitoring sends instance metrics to CloudWatch every five minutes; detailed monitoring
#   sends them every minute, so alarms on CPU, network or status checks fire before a problem has
#   run for five minutes. It is off unless enabled, and billed per metric.
# related_resources:
#   - https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/manage-detailed-monitoring.html
# custom:
#   id: AWS-0027
#   severity: LOW
#   resource_types: [aws.ec2.instance]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set monitoring = true (Monitoring: true), or run aws ec2 monitor-instances.
#   frameworks:
#     iso-27001-2022: ["8.6", "8.16"]
#     nist-800-53-r5: [SI-4]
#     soc2-2017: [A1.1, CC7.2]
#   peers:
#     checkov: [CKV_AWS_126]
#     kics: [0264093f-6791-4475-af34-4b8102dcbcd0]
#   reads: [monitoring]
#   deprecated: false
package checks.aws.ec2.instance_detailed_monitoring

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.ec2.instance")
	r.attributes.monitoring == false
	v := {
		"msg": concat("", ["EC2 instance ", r.id, " does not have detailed monitoring"]),
		"resource_id": r.id,
		"attribute_path": ["monitoring"],
	}
}
