# METADATA
# scope: package
# title: CloudTrail trails validate the integrity of their log files
# description: >-
#   With log file validation CloudTrail writes a signed digest file every hour, so a deleted or
#   edited log file can be detected after an incident. It is off unless enabled.
# related_resources:
#   - https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html
# custom:
#   id: AWS-0046
#   severity: MEDIUM
#   resource_types: [aws.cloudtrail.trail]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set enable_log_file_validation = true (EnableLogFileValidation: true in CloudFormation).
#   frameworks:
#     aws-fsbp: ["CloudTrail.4"]
#     cis-aws-3.0: ["3.2"]
#     cis-aws-4.0.1: ["3.2"]
#     hipaa-security: ["164.312(b)", "164.312(c)(1)"]
#     iso-27001-2022: ["8.15"]
#     nist-800-53-r5: ["AU-9", "SI-7"]
#     pci-dss-4.0.1: ["10.3.2"]
#     soc2-2017: [CC7.2]
#   peers:
#     checkov: [CKV_AWS_36]
#     tfsec: [aws-cloudtrail-enable-log-validation]
#     trivy: [AVD-AWS-0016, aws-cloudtrail-enable-log-validation]
#   reads: [log_file_validation_enabled]
#   deprecated: false
package checks.aws.cloudtrail.log_file_validation

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.cloudtrail.trail")
	r.attributes.log_file_validation_enabled == false
	v := {
		"msg": concat("", ["CloudTrail trail ", r.id, " does not validate its log files"]),
		"resource_id": r.id,
		"attribute_path": ["log_file_validation_enabled"],
	}
}
