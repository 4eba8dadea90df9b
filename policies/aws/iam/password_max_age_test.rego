package checks.aws.iam.password_max_age_test

import data.checks.aws.iam.password_max_age

u := {"$unknown": true, "reason": "not known"}

policy(attributes) := {"resources_by_type": {"aws.iam.password_policy": [{"id": "p", "type": "aws.iam.password_policy", "attributes": attributes}]}}

test_deny_weak if {
	some v in password_max_age.deny with input as policy({"max_age": 0})
	v.attribute_path == ["max_age"]
}

test_allow_strong if {
	count(password_max_age.deny) == 0 with input as policy({"max_age": 90})
}

test_allow_attribute_absent if {
	count(password_max_age.deny) == 0 with input as policy({})
}

test_allow_unknown if {
	count(password_max_age.deny) == 0 with input as policy({"max_age": u})
}

test_allow_other_types if {
	count(password_max_age.deny) == 0 with input as {"resources_by_type": {"aws.iam.user": [{"id": "p", "type": "aws.iam.user", "attributes": {"max_age": 0}}]}}
}

test_deny_too_long if {
	count(password_max_age.deny) == 1 with input as policy({"max_age": 180})
}
