package checks.aws.iam.no_user_policies_test

import data.checks.aws.iam.no_user_policies

u := {"$unknown": true, "reason": "not known"}

user(attributes) := {"resources_by_type": {"aws.iam.user": [{"id": "u", "type": "aws.iam.user", "attributes": attributes}]}}

test_deny_inline_policy if {
	some v in no_user_policies.deny with input as user({"inline_policies": [{"name": "p", "document": u}], "managed_policy_arns": []})
	v.attribute_path == ["inline_policies"]
}

test_deny_managed_policy if {
	some v in no_user_policies.deny with input as user({"inline_policies": [], "managed_policy_arns": [u]})
	v.attribute_path == ["managed_policy_arns"]
}

test_allow_no_policies if {
	count(no_user_policies.deny) == 0 with input as user({"inline_policies": [], "managed_policy_arns": [], "groups": ["devs"]})
}

test_allow_attribute_absent if {
	count(no_user_policies.deny) == 0 with input as user({})
}

test_allow_unknown if {
	count(no_user_policies.deny) == 0 with input as user({"inline_policies": u, "managed_policy_arns": u})
}

test_allow_other_types if {
	count(no_user_policies.deny) == 0 with input as {"resources_by_type": {"aws.iam.role": [{"id": "r", "type": "aws.iam.role", "attributes": {"inline_policies": [{}]}}]}}
}
