# METADATA
# scope: package
# title: IAM users receive permissions only through groups
# description: >-
#   Policies attached to users one by one (inline or managed) are hard to review and tend to stay
#   after the user changes role. Attach policies to groups (or better, to roles assumed through
#   federation) and add users to the groups.
# related_resources:
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups.html
# custom:
#   id: AWS-0031
#   severity: LOW
#   resource_types: [aws.iam.user]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Move the policies to an IAM group, add the user to it, and remove the aws_iam_user_policy /
#     aws_iam_user_policy_attachment (Policies / ManagedPolicyArns of AWS::IAM::User).
#   frameworks:
#     aws-fsbp: [IAM.2]
#     cis-aws-3.0: ["1.15"]
#     cis-aws-4.0.1: ["1.15"]
#     hipaa-security: ["164.308(a)(4)(ii)(C)"]
#     iso-27001-2022: ["5.15", "5.18"]
#     nist-800-53-r5: [AC-2, AC-6]
#     pci-dss-4.0.1: ["7.2.1"]
#     soc2-2017: [CC6.3]
#   peers:
#     checkov: [CKV_AWS_40]
#     kics: [edc95c10-7366-4f30-9b4b-f995c84eceb5, e4239438-e639-44aa-adb8-866e400e3ade, 0e5872b4-19a0-4165-8b2f-56d9e14b909f, b4378389-a9aa-44ee-91e7-ef183f11079e]
#     tfsec: [aws-iam-no-user-attached-policies]
#     trivy: [AVD-AWS-0143, aws-iam-no-user-attached-policies]
#   reads: [inline_policies, managed_policy_arns]
#   deprecated: false
package checks.aws.iam.no_user_policies

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.iam.user")
	some [attr, what] in [["inline_policies", "inline policies"], ["managed_policy_arns", "managed policies attached directly"]]
	is_array(r.attributes[attr])
	count(r.attributes[attr]) > 0
	v := {
		"msg": concat("", ["IAM user ", r.id, " has ", what]),
		"resource_id": r.id,
		"attribute_path": [attr],
	}
}
