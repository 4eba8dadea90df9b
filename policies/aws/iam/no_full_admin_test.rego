package checks.aws.iam.no_full_admin_test

import data.checks.aws.iam.no_full_admin

u := {"$unknown": true, "reason": "not known"}

doc(statement) := {"Version": "2012-10-17", "Statement": [statement]}

scan(type, attributes) := {"resources_by_type": {type: [{"id": "r", "type": type, "attributes": attributes}]}}

managed(statement) := scan("aws.iam.policy", {"document": doc(statement)})

inline(type, statement) := scan(type, {"inline_policies": [{"name": "p", "document": doc(statement)}]})

test_deny_managed_policy if {
	some v in no_full_admin.deny with input as managed({"Effect": "Allow", "Action": "*", "Resource": "*"})
	v.resource_id == "r"
	v.attribute_path == ["document", "Statement", 0]
}

test_deny_inline_policies if {
	every type in ["aws.iam.role", "aws.iam.user", "aws.iam.group"] {
		some v in no_full_admin.deny with input as inline(type, {"Effect": "Allow", "Action": "*", "Resource": "*"})
		v.attribute_path == ["inline_policies", 0, "document", "Statement", 0]
	}
}

test_deny_single_statement_object if {
	count(no_full_admin.deny) == 1 with input as scan("aws.iam.policy", {"document": {"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}})
}

test_allow_good if {
	count(no_full_admin.deny) == 0 with input as managed({"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"})
}

test_allow_deny_effect if {
	count(no_full_admin.deny) == 0 with input as managed(object.union({"Effect": "Allow", "Action": "*", "Resource": "*"}, {"Effect": "Deny"}))
}

test_allow_scoped_resource if {
	count(no_full_admin.deny) == 0 with input as managed(object.union({"Effect": "Allow", "Action": "*", "Resource": "*"}, {"Resource": "arn:aws:s3:::bucket"}))
}

test_allow_attribute_absent if {
	count(no_full_admin.deny) == 0 with input as scan("aws.iam.policy", {"document": null})
	count(no_full_admin.deny) == 0 with input as scan("aws.iam.role", {"inline_policies": []})
}

test_allow_unknown if {
	count(no_full_admin.deny) == 0 with input as scan("aws.iam.policy", {"document": u})
	count(no_full_admin.deny) == 0 with input as scan("aws.iam.role", {"inline_policies": u})
	count(no_full_admin.deny) == 0 with input as managed(object.union({"Effect": "Allow", "Action": "*", "Resource": "*"}, {"Action": u}))
	count(no_full_admin.deny) == 0 with input as managed(object.union({"Effect": "Allow", "Action": "*", "Resource": "*"}, {"Resource": u}))
}

test_allow_other_types if {
	count(no_full_admin.deny) == 0 with input as scan("aws.s3.bucket", {"document": doc({"Effect": "Allow", "Action": "*", "Resource": "*"})})
}

test_deny_star_colon_star if {
	count(no_full_admin.deny) == 1 with input as managed({"Effect": "Allow", "Action": ["s3:GetObject", "*:*"], "Resource": ["*"]})
}
