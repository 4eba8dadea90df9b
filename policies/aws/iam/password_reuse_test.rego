package checks.aws.iam.password_reuse_test

import data.checks.aws.iam.password_reuse

u := {"$unknown": true, "reason": "not known"}

policy(attributes) := {"resources_by_type": {"aws.iam.password_policy": [{"id": "p", "type": "aws.iam.password_policy", "attributes": attributes}]}}

test_deny_weak if {
	some v in password_reuse.deny with input as policy({"reuse_prevention": 0})
	v.attribute_path == ["reuse_prevention"]
}

test_allow_strong if {
	count(password_reuse.deny) == 0 with input as policy({"reuse_prevention": 24})
}

test_allow_attribute_absent if {
	count(password_reuse.deny) == 0 with input as policy({})
}

test_allow_unknown if {
	count(password_reuse.deny) == 0 with input as policy({"reuse_prevention": u})
}

test_allow_other_types if {
	count(password_reuse.deny) == 0 with input as {"resources_by_type": {"aws.iam.user": [{"id": "p", "type": "aws.iam.user", "attributes": {"reuse_prevention": 0}}]}}
}
