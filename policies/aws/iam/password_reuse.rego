# METADATA
# scope: package
# title: The IAM password policy prevents reuse of the last 24 passwords
# description: >-
#   Without reuse prevention a user asked to change a password can set the old one again, so a
#   leaked password stays valid. The policy should remember 24 passwords; without
#   password_reuse_prevention nothing is remembered. CloudFormation and AWS Config have no
#   resource type for the account password policy, so this check reads Terraform only.
# related_resources:
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
# custom:
#   id: AWS-0036
#   severity: MEDIUM
#   resource_types: [aws.iam.password_policy]
#   formats: [terraform]
#   recommended_action: >-
#     Set password_reuse_prevention = 24 in aws_iam_account_password_policy.
#   frameworks:
#     aws-fsbp: [IAM.7]
#     cis-aws-3.0: ["1.9"]
#     cis-aws-4.0.1: ["1.9"]
#     hipaa-security: ["164.308(a)(5)(ii)(D)"]
#     iso-27001-2022: ["5.17"]
#     nist-800-53-r5: [IA-5]
#     pci-dss-4.0.1: ["8.3.7"]
#     soc2-2017: [CC6.1]
#   peers:
#     checkov: [CKV_AWS_13]
#     kics: [89806cdc-9c2e-4bd1-a0dc-53f339bcfb2a]
#     tfsec: [aws-iam-no-password-reuse]
#     trivy: [AVD-AWS-0056, aws-iam-no-password-reuse]
#   reads: [reuse_prevention]
#   deprecated: false
package checks.aws.iam.password_reuse

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.iam.password_policy")
	is_number(r.attributes.reuse_prevention)
	r.attributes.reuse_prevention < 24
	v := {
		"msg": concat("", ["The IAM password policy ", r.id, " remembers ", format_int(r.attributes.reuse_prevention, 10), " previous passwords (24 expected)"]),
		"resource_id": r.id,
		"attribute_path": ["reuse_prevention"],
	}
}
