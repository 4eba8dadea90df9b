# METADATA
# scope: package
# title: IAM policies do not allow iam:PassRole or iam:* on all resources
# description: >-
#   iam:PassRole on every role lets a principal hand any role, including an administrator role, to
#   a service it controls (an EC2 instance, a Lambda function) and so escalate its privileges;
#   iam:* on "*" lets it rewrite its own permissions. Statements that allow every action are
#   reported by AWS-0030 instead; Allow statements with a NotAction that does not exclude
#   iam:PassRole are reported here too.
#   IAM Identity Center permission sets' inline policies are IAM documents and are read too.
# related_resources:
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html
# custom:
#   id: AWS-0033
#   severity: HIGH
#   resource_types: [aws.iam.policy, aws.iam.role, aws.iam.user, aws.iam.group]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Limit iam:PassRole to the ARNs of the roles the principal must pass (and add an
#     iam:PassedToService condition); do not grant iam:* on "*".
#   frameworks:
#     hipaa-security: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"]
#     iso-27001-2022: ["5.15", "8.2"]
#     nist-800-53-r5: [AC-6]
#     pci-dss-4.0.1: ["7.2.1", "7.2.2"]
#     soc2-2017: [CC6.3]
#   reads: [document, inline_policies]
#   deprecated: false
package checks.aws.iam.no_passrole_all

import data.lib.iam

passrole := "iam:PassRole"

escalating_actions(s) := {a |
	iam.allows(s)
	some a in iam.values(s.Action)
	not iam.admin_action(a)
	iam.action_matches(a, passrole)
}

# METADATA
# entrypoint: true
deny contains v if {
	some e in iam.permission_statements
	not iam.full_admin(e.statement)
	iam.all_resources(e.statement)
	actions := escalating_actions(e.statement)
	count(actions) > 0
	v := {
		"msg": concat("", ["The ", e.label, " of ", e.resource_id, " allows ", concat(", ", sort(actions)), " on every resource"]),
		"resource_id": e.resource_id,
		"attribute_path": e.path,
	}
}

deny contains v if {
	some e in iam.permission_statements
	iam.allows_not_action(e.statement)
	iam.all_resources(e.statement)
	not excluded(e.statement)
	v := {
		"msg": concat("", ["The ", e.label, " of ", e.resource_id, " allows iam:PassRole on every resource through NotAction"]),
		"resource_id": e.resource_id,
		"attribute_path": e.path,
	}
}

excluded(s) if {
	some a in iam.values(s.NotAction)
	iam.action_matches(a, passrole)
}
