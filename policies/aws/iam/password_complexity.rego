# METADATA
# scope: package
# title: The IAM password policy requires uppercase and lowercase letters, numbers and symbols
# description: >-
#   Requiring every character class makes passwords harder to guess. Each of the four requirements
#   is off unless set in the password policy. CloudFormation and AWS Config have no resource type
#   for the account password policy, so this check reads Terraform only.
# related_resources:
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
# custom:
#   id: AWS-0037
#   severity: MEDIUM
#   resource_types: [aws.iam.password_policy]
#   formats: [terraform]
#   recommended_action: >-
#     Set require_uppercase_characters, require_lowercase_characters, require_numbers and
#     require_symbols to true in aws_iam_account_password_policy.
#   frameworks:
#     aws-fsbp: [IAM.7]
#     hipaa-security: ["164.308(a)(5)(ii)(D)"]
#     iso-27001-2022: ["5.17"]
#     nist-800-53-r5: [IA-5]
#     pci-dss-4.0.1: ["8.3.6"]
#     soc2-2017: [CC6.1]
#   peers:
#     checkov: [CKV_AWS_11, CKV_AWS_12, CKV_AWS_14, CKV_AWS_15]
#     kics: [c5ff7bc9-d8ea-46dd-81cb-8286f3222249, bbc7c137-6c7b-4fc4-984a-0c88e91fcaf9, 7a70eed6-de3a-4da2-94da-a2bbc8fe2a48]
#     tfsec: [aws-iam-require-lowercase-in-passwords, aws-iam-require-numbers-in-passwords, aws-iam-require-symbols-in-passwords, aws-iam-require-uppercase-in-passwords]
#     trivy: [AVD-AWS-0058, aws-iam-require-lowercase-in-passwords, AVD-AWS-0059, aws-iam-require-numbers-in-passwords, AVD-AWS-0060, aws-iam-require-symbols-in-passwords, AVD-AWS-0061, aws-iam-require-uppercase-in-passwords]
#   reads: [require_uppercase, require_lowercase, require_numbers, require_symbols]
#   deprecated: false
package checks.aws.iam.password_complexity

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.iam.password_policy")
	some [attr, what] in [
		["require_uppercase", "an uppercase letter"],
		["require_lowercase", "a lowercase letter"],
		["require_numbers", "a number"],
		["require_symbols", "a symbol"],
	]
	r.attributes[attr] == false
	v := {
		"msg": concat("", ["The IAM password policy ", r.id, " does not require ", what]),
		"resource_id": r.id,
		"attribute_path": [attr],
	}
}
