# METADATA
# scope: package
# title: IAM policies do not grant full administrator access
# description: >-
#   A statement that allows every action ("*" or "*:*") on every resource gives whoever holds the
#   policy full control of the account, including IAM itself. Grant the actions a job needs
#   instead. Managed policies and the inline policies of roles, users and groups are all checked.
#   IAM Identity Center permission sets' inline policies are IAM documents and are read too.
# related_resources:
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
# custom:
#   id: AWS-0030
#   severity: HIGH
#   resource_types: [aws.iam.policy, aws.iam.role, aws.iam.user, aws.iam.group]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Replace Action "*" on Resource "*" with the actions and resources the principal needs; use
#     the AWS managed AdministratorAccess policy only for break-glass roles.
#   frameworks:
#     aws-fsbp: [IAM.1]
#     cis-aws-3.0: ["1.16"]
#     cis-aws-4.0.1: ["1.16"]
#     hipaa-security: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"]
#     iso-27001-2022: ["5.15", "8.2"]
#     nist-800-53-r5: [AC-6]
#     pci-dss-4.0.1: ["7.2.1", "7.2.2"]
#     soc2-2017: [CC6.3]
#   peers:
#     checkov: [CKV_AWS_1, CKV_AWS_62]
#     kics: [2f37c4a3-58b9-4afe-8a87-d7f1d2286f84, b1ffa705-19a3-4b73-b9d0-0c97d0663842, 953b3cdb-ce13-428a-aa12-318726506661]
#   reads: [document, inline_policies]
#   deprecated: false
package checks.aws.iam.no_full_admin

import data.lib.iam

# METADATA
# entrypoint: true
deny contains v if {
	some e in iam.permission_statements
	iam.full_admin(e.statement)
	v := {
		"msg": concat("", ["The ", e.label, " of ", e.resource_id, " allows every action on every resource"]),
		"resource_id": e.resource_id,
		"attribute_path": e.path,
	}
}
