# METADATA
# scope: package
# title: CloudWatch log groups are encrypted with a KMS key
# description: >-
#   CloudWatch Logs always encrypts log data, with keys it manages. A customer managed KMS key lets
#   you restrict and audit who can read the events and revoke access by disabling the key. AWS
#   Config has no log group resource type, so live accounts are not covered by this check.
#   An empty key id ("") names no key and is reported like a missing one.
# related_resources:
#   - https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html
# custom:
#   id: AWS-0051
#   severity: LOW
#   resource_types: [aws.cloudwatch.log_group]
#   formats: [terraform, cloudformation]
#   recommended_action: >-
#     Set kms_key_id (KmsKeyId in CloudFormation) to a KMS key whose policy allows the CloudWatch
#     Logs service principal.
#   frameworks:
#     hipaa-security: ["164.312(a)(2)(iv)"]
#     iso-27001-2022: ["8.15", "8.24"]
#     nist-800-53-r5: ["SC-28"]
#     pci-dss-4.0.1: ["10.3.1"]
#     soc2-2017: [CC6.1]
#   peers:
#     checkov: [CKV_AWS_158]
#     tfsec: [aws-cloudwatch-log-group-customer-key]
#     trivy: [AVD-AWS-0017, aws-cloudwatch-log-group-customer-key]
#   reads: [kms_key_id]
#   deprecated: false
package checks.aws.cloudwatch.log_group_kms

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.cloudwatch.log_group")
	r.attributes.kms_key_id == null
	v := {
		"msg": concat("", ["CloudWatch log group ", r.id, " is not encrypted with a KMS key"]),
		"resource_id": r.id,
		"attribute_path": ["kms_key_id"],
	}
}
