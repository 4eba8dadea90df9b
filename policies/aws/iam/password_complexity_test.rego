package checks.aws.iam.password_complexity_test

import data.checks.aws.iam.password_complexity

u := {"$unknown": true, "reason": "not known"}

policy(attributes) := {"resources_by_type": {"aws.iam.password_policy": [{"id": "p", "type": "aws.iam.password_policy", "attributes": attributes}]}}

test_deny_weak if {
	some v in password_complexity.deny with input as policy({"require_symbols": false})
	v.attribute_path == ["require_symbols"]
}

test_allow_strong if {
	count(password_complexity.deny) == 0 with input as policy({"require_symbols": true})
}

test_allow_attribute_absent if {
	count(password_complexity.deny) == 0 with input as policy({})
}

test_allow_unknown if {
	count(password_complexity.deny) == 0 with input as policy({"require_symbols": u})
}

test_allow_other_types if {
	count(password_complexity.deny) == 0 with input as {"resources_by_type": {"aws.iam.user": [{"id": "p", "type": "aws.iam.user", "attributes": {"require_symbols": false}}]}}
}

test_deny_every_missing_class if {
	count(password_complexity.deny) == 4 with input as policy({"require_uppercase": false, "require_lowercase": false, "require_numbers": false, "require_symbols": false})
}
