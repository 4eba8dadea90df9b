package lib.iam_test

import data.lib.iam

u := {"$unknown": true, "reason": "not known"}

test_statements_single_object if {
	iam.statements({"Statement": {"Effect": "Allow"}}) == [[["Statement"], {"Effect": "Allow"}]]
}

test_statements_list_skips_unknown if {
	iam.statements({"Statement": [{"Effect": "Deny"}, u]}) == [[["Statement", 0], {"Effect": "Deny"}]]
}

test_statements_unknown_document if {
	not iam.statements(u)
	not iam.statements({"Statement": u})
}

test_full_admin_string_and_list if {
	iam.full_admin({"Effect": "Allow", "Action": "*", "Resource": "*"})
	iam.full_admin({"Effect": "Allow", "Action": ["s3:GetObject", "*:*"], "Resource": ["arn:aws:s3:::b", "*"]})
}

test_full_admin_not_for_deny_or_scoped if {
	not iam.full_admin({"Effect": "Deny", "Action": "*", "Resource": "*"})
	not iam.full_admin({"Effect": "Allow", "Action": "*", "Resource": "arn:aws:s3:::b"})
	not iam.full_admin({"Effect": "Allow", "Action": "s3:*", "Resource": "*"})
}

test_full_admin_unknown_fields if {
	not iam.full_admin({"Effect": u, "Action": "*", "Resource": "*"})
	not iam.full_admin({"Effect": "Allow", "Action": u, "Resource": "*"})
	not iam.full_admin({"Effect": "Allow", "Action": "*", "Resource": u})
	not iam.full_admin({"Effect": "Allow", "Action": "*", "Resource": [u]})
}

test_service_wildcards if {
	iam.service_wildcards({"Effect": "Allow", "Action": ["s3:*", "ec2:Describe*", "*"]}) == {"s3:*"}
	iam.service_wildcards({"Effect": "Deny", "Action": "s3:*"}) == set()
}

test_grants_ignores_case_and_patterns if {
	iam.grants({"Effect": "Allow", "Action": "IAM:Pass*"}, "iam:PassRole")
	iam.grants({"Effect": "Allow", "Action": ["kms:*"]}, "kms:Decrypt")
	not iam.grants({"Effect": "Allow", "Action": "iam:GetRole"}, "iam:PassRole")
	not iam.grants({"Effect": "Allow", "Action": u}, "iam:PassRole")
}

test_allows_not_action if {
	iam.allows_not_action({"Effect": "Allow", "NotAction": "iam:*"})
	not iam.allows_not_action({"Effect": "Allow", "NotAction": u})
	not iam.allows_not_action({"Effect": "Deny", "NotAction": "iam:*"})
}

test_any_principal if {
	iam.any_principal({"Principal": "*"})
	iam.any_principal({"Principal": {"AWS": "*"}})
	iam.any_principal({"Principal": {"AWS": ["arn:aws:iam::111122223333:root", "*"]}})
	not iam.any_principal({"Principal": {"Service": "ec2.amazonaws.com"}})
	not iam.any_principal({"Principal": u})
	not iam.any_principal({"Principal": {"AWS": u}})
}

test_unconditioned if {
	iam.unconditioned({})
	iam.unconditioned({"Condition": {}})
	not iam.unconditioned({"Condition": {"StringEquals": {"sts:ExternalId": "x"}}})
	not iam.unconditioned({"Condition": u})
}

test_permission_statements_cover_every_place if {
	doc := {"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}
	entries := iam.permission_statements with input as {"resources_by_type": {
		"aws.iam.policy": [{"id": "p", "type": "aws.iam.policy", "attributes": {"document": doc}}],
		"aws.iam.role": [{"id": "r", "type": "aws.iam.role", "attributes": {"assume_role_policy": doc, "inline_policies": [{"name": "a", "document": doc}]}}],
		"aws.iam.user": [{"id": "u", "type": "aws.iam.user", "attributes": {"inline_policies": [{"name": "a", "document": u}, {"name": "b", "document": doc}]}}],
		"aws.iam.group": [{"id": "g", "type": "aws.iam.group", "attributes": {"inline_policies": u}}],
	}}
	{[e.resource_id, e.path] | some e in entries} == {
		["p", ["document", "Statement", 0]],
		["r", ["inline_policies", 0, "document", "Statement", 0]],
		["u", ["inline_policies", 1, "document", "Statement", 0]],
	}
}
