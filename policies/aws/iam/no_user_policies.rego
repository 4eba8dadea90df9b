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
#     cis-aws-3.0: ["1.15"]
#     nist-800-53-r5: [AC-2, AC-6]
#     aws-fsbp: [IAM.2]
#   peers:
#     checkov: [CKV_AWS_40]
#     trivy: [AVD-AWS-0143]
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
