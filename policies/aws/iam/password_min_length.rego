# METADATA
# scope: package
# title: The IAM password policy requires passwords of at least 14 characters
# description: >-
#   Short passwords fall to guessing and brute force. The account password policy should require
#   at least 14 characters; without minimum_password_length the provider sets 6. CloudFormation
#   and AWS Config have no resource type for the account password policy, so this check reads
#   Terraform only.
# related_resources:
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
# custom:
#   id: AWS-0035
#   severity: MEDIUM
#   resource_types: [aws.iam.password_policy]
#   formats: [terraform]
#   recommended_action: >-
#     Set minimum_password_length = 14 or more in aws_iam_account_password_policy.
#   frameworks:
#     aws-fsbp: [IAM.7]
#     cis-aws-3.0: ["1.8"]
#     cis-aws-4.0.1: ["1.8"]
#     hipaa-security: ["164.308(a)(5)(ii)(D)"]
#     iso-27001-2022: ["5.17"]
#     nist-800-53-r5: [IA-5]
#     pci-dss-4.0.1: ["8.3.6"]
#     soc2-2017: [CC6.1]
#   peers:
#     checkov: [CKV_AWS_10]
#     kics: [1bc1c685-e593-450e-88fb-19db4c82aa1d]
#     tfsec: [aws-iam-set-minimum-password-length]
#     trivy: [AVD-AWS-0063, aws-iam-set-minimum-password-length]
#   reads: [minimum_length]
#   deprecated: false
package checks.aws.iam.password_min_length

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.iam.password_policy")
	is_number(r.attributes.minimum_length)
	r.attributes.minimum_length < 14
	v := {
		"msg": concat("", ["The IAM password policy ", r.id, " allows passwords of ", format_int(r.attributes.minimum_length, 10), " characters (at least 14 expected)"]),
		"resource_id": r.id,
		"attribute_path": ["minimum_length"],
	}
}
