# METADATA
# scope: package
# title: IAM policies do not allow iam:PassRole or iam:* on all resources
# description: >-
#   iam:PassRole on every role lets a principal hand any role, including an administrator role, to
#   a service it controls (an EC2 instance, a Lambda function) and so escalate its privileges;
#   iam:* on "*" lets it rewrite its own permissions. Statements that allow every action are
#   reported by AWS-0030 instead; Allow statements with a NotAction that does not exclude
#   iam:PassRole are reported here too.
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
#     nist-800-53-r5: [AC-6]
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
