# METADATA
# title: IAM policy documents
# description: >-
#   Helpers for IAM policy documents in canonical form (see src/model/aws/iam.ts): the statements
#   of a document (Statement may be one object or a list; Action, Resource and principals a
#   string or a list), full administrator access, service wildcards, principal "*", and every
#   permissions policy of the scan (managed policies and the inline policies of roles, users and
#   groups). Unknown documents and unknown fields never match.
# custom:
#   library: true
package lib.iam

import data.lib.scan
import data.lib.unknown

# Principal types that carry inline policies.
principal_types := ["aws.iam.role", "aws.iam.user", "aws.iam.group"]

# statements(doc) is the list of [path, statement] pairs of a document; path is relative to the
# document (["Statement", 2], or ["Statement"] for a single statement object).
statements(doc) := [[["Statement", i], s] |
	some i, s in doc.Statement
	is_object(s)
	not unknown.is_unknown(s)
] if {
	is_array(doc.Statement)
}

statements(doc) := [[["Statement"], doc.Statement]] if {
	is_object(doc.Statement)
	not unknown.is_unknown(doc.Statement)
}

# values(x) is the set of known strings of a field written as a string or a list of strings.
values(x) := {x} if is_string(x)

values(x) := {v | some v in x; is_string(v)} if is_array(x)

# allows(s) holds for an Allow statement.
allows(s) if s.Effect == "Allow"

# action_matches(pattern, action) holds when an IAM action pattern ("s3:Get*") covers action;
# IAM compares actions ignoring case.
action_matches(pattern, action) if glob.match(lower(pattern), [], lower(action))

# grants(s, action) holds when s allows action through its Action list.
grants(s, action) if {
	allows(s)
	some pattern in values(s.Action)
	action_matches(pattern, action)
}

# all_resources(s) holds when the statement applies to Resource "*".
all_resources(s) if "*" in values(s.Resource)

# admin_action(a) holds for the actions that mean every action of every service.
admin_action(a) if a in {"*", "*:*"}

# full_admin(s) holds for Allow, Action "*" (or "*:*") on Resource "*".
full_admin(s) if {
	allows(s)
	some a in values(s.Action)
	admin_action(a)
	all_resources(s)
}

# service_wildcards(s) is the set of "service:*" actions of an Allow statement.
service_wildcards(s) := {a |
	allows(s)
	some a in values(s.Action)
	regex.match(`^[A-Za-z0-9-]+:\*$`, a)
}

# allows_not_action(s) holds for Allow with a known NotAction: everything but a list is allowed.
allows_not_action(s) if {
	allows(s)
	count(values(s.NotAction)) > 0
}

# any_principal(s) holds when the statement's Principal is "*" or {"AWS": "*"} (or a list with "*").
any_principal(s) if s.Principal == "*"

any_principal(s) if "*" in values(s.Principal.AWS)

# unconditioned(s) holds when the statement has no Condition (absent, null or {}).
unconditioned(s) if object.get(s, "Condition", null) == null

unconditioned(s) if s.Condition == {}

# documents contains one entry per permissions policy document of the scan:
# {resource_id, type, path, label, document}; path is the attribute path of the document.
documents contains d if {
	some r in scan.resources("aws.iam.policy")
	is_object(r.attributes.document)
	d := {"resource_id": r.id, "type": r.type, "path": ["document"], "label": "managed policy", "document": r.attributes.document}
}

documents contains d if {
	some type in principal_types
	some r in scan.resources(type)
	is_array(r.attributes.inline_policies)
	some i, p in r.attributes.inline_policies
	is_object(p.document)
	d := {"resource_id": r.id, "type": r.type, "path": ["inline_policies", i, "document"], "label": "inline policy", "document": p.document}
}

# permission_statements contains one entry per statement of every permissions policy:
# {resource_id, type, label, statement, path}; path is the attribute path of the statement.
permission_statements contains e if {
	some d in documents
	some [rel, s] in statements(d.document)
	e := {"resource_id": d.resource_id, "type": d.type, "label": d.label, "statement": s, "path": array.concat(d.path, rel)}
}
