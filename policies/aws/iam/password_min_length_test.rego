package checks.aws.iam.password_min_length_test

import data.checks.aws.iam.password_min_length

u := {"$unknown": true, "reason": "not known"}

policy(attributes) := {"resources_by_type": {"aws.iam.password_policy": [{"id": "p", "type": "aws.iam.password_policy", "attributes": attributes}]}}

test_deny_weak if {
	some v in password_min_length.deny with input as policy({"minimum_length": 6})
	v.attribute_path == ["minimum_length"]
}

test_allow_strong if {
	count(password_min_length.deny) == 0 with input as policy({"minimum_length": 14})
}

test_allow_attribute_absent if {
	count(password_min_length.deny) == 0 with input as policy({})
}

test_allow_unknown if {
	count(password_min_length.deny) == 0 with input as policy({"minimum_length": u})
}

test_allow_other_types if {
	count(password_min_length.deny) == 0 with input as {"resources_by_type": {"aws.iam.user": [{"id": "p", "type": "aws.iam.user", "attributes": {"minimum_length": 6}}]}}
}
