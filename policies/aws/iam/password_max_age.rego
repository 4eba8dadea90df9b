# METADATA
# scope: package
# title: The IAM password policy expires passwords within 90 days
# description: >-
#   Passwords that never expire stay useful to whoever learns them. The password policy should
#   expire passwords after at most 90 days; without max_password_age they never expire.
#   CloudFormation and AWS Config have no resource type for the account password policy, so this
#   check reads Terraform only.
# related_resources:
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
# custom:
#   id: AWS-0038
#   severity: LOW
#   resource_types: [aws.iam.password_policy]
#   formats: [terraform]
#   recommended_action: >-
#     Set max_password_age to 90 or less in aws_iam_account_password_policy.
#   frameworks:
#     aws-fsbp: [IAM.7]
#     hipaa-security: ["164.308(a)(5)(ii)(D)"]
#     iso-27001-2022: ["5.17"]
#     nist-800-53-r5: [IA-5]
#     pci-dss-4.0.1: ["8.3.9"]
#     soc2-2017: [CC6.1]
#   peers:
#     checkov: [CKV_AWS_9]
#     kics: [ce60d060-efb8-4bfd-9cf7-ff8945d00d90]
#     tfsec: [aws-iam-set-max-password-age]
#     trivy: [AVD-AWS-0062, aws-iam-set-max-password-age]
#   reads: [max_age]
#   deprecated: false
package checks.aws.iam.password_max_age

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.iam.password_policy")
	is_number(r.attributes.max_age)
	too_long(r.attributes.max_age)
	v := {
		"msg": concat("", ["The IAM password policy ", r.id, " does not expire passwords within 90 days"]),
		"resource_id": r.id,
		"attribute_path": ["max_age"],
	}
}

# 0 means passwords never expire.
too_long(days) if days == 0

too_long(days) if days > 90
