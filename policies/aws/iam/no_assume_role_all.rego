# METADATA
# scope: package
# title: IAM policies do not allow sts:AssumeRole on all roles
# description: >-
#   sts:AssumeRole on Resource "*" lets a principal assume every role whose trust policy trusts
#   its account, so its effective permissions are the union of all of them. Statements that allow
#   every action are reported by AWS-0030 instead.
#   IAM Identity Center permission sets' inline policies are IAM documents and are read too.
# related_resources:
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_permissions-to-switch.html
# custom:
#   id: AWS-0041
#   severity: MEDIUM
#   resource_types: [aws.iam.policy, aws.iam.role, aws.iam.user, aws.iam.group]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Limit sts:AssumeRole to the ARNs of the roles the principal must assume.
#   frameworks:
#     hipaa-security: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"]
#     iso-27001-2022: ["5.15", "8.2"]
#     nist-800-53-r5: [AC-6]
#     pci-dss-4.0.1: ["7.2.1", "7.2.2"]
#     soc2-2017: [CC6.3]
#   reads: [document, inline_policies]
#   deprecated: false
package checks.aws.iam.no_assume_role_all

import data.lib.iam

assume_actions(s) := {a |
	iam.allows(s)
	some a in iam.values(s.Action)
	not iam.admin_action(a)
	iam.action_matches(a, "sts:AssumeRole")
}

# METADATA
# entrypoint: true
deny contains v if {
	some e in iam.permission_statements
	not iam.full_admin(e.statement)
	iam.all_resources(e.statement)
	actions := assume_actions(e.statement)
	count(actions) > 0
	v := {
		"msg": concat("", ["The ", e.label, " of ", e.resource_id, " allows ", concat(", ", sort(actions)), " on every role"]),
		"resource_id": e.resource_id,
		"attribute_path": e.path,
	}
}
