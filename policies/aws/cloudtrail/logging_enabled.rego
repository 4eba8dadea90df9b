# METADATA
# scope: package
# title: CloudTrail trails are logging
# description: >-
#   A trail that is stopped records nothing, however well it is configured. AWS Config items do not
#   record whether a trail is logging, so live accounts are not covered by this check.
# related_resources:
#   - https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-turning-off-logging.html
# custom:
#   id: AWS-0049
#   severity: MEDIUM
#   resource_types: [aws.cloudtrail.trail]
#   formats: [terraform, cloudformation]
#   recommended_action: >-
#     Remove enable_logging = false (set IsLogging: true in CloudFormation), or start logging for
#     the trail in the CloudTrail console.
#   frameworks:
#     aws-fsbp: [CloudTrail.3]
#     cis-aws-4.0.1: ["3.1"]
#     hipaa-security: ["164.312(b)"]
#     iso-27001-2022: ["8.15"]
#     nist-800-53-r5: ["AU-2", "AU-12"]
#     pci-dss-4.0.1: ["10.2.1", "10.2.2"]
#     soc2-2017: [CC7.2]
#   peers:
#     checkov: [CKV_AWS_251]
#     kics: [4bb76f17-3d63-4529-bdca-2b454529d774, 5c0b06d5-b7a4-484c-aeb0-75a836269ff0]
#   reads: [logging_enabled]
#   deprecated: false
package checks.aws.cloudtrail.logging_enabled

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.cloudtrail.trail")
	r.attributes.logging_enabled == false
	v := {
		"msg": concat("", ["CloudTrail trail ", r.id, " is not logging"]),
		"resource_id": r.id,
		"attribute_path": ["logging_enabled"],
	}
}
