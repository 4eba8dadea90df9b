package checks.aws.iam.no_access_keys_test

import data.checks.aws.iam.no_access_keys

u := {"$unknown": true, "reason": "not known"}

policy(attributes) := {"resources_by_type": {"aws.iam.access_key": [{"id": "p", "type": "aws.iam.access_key", "attributes": attributes}]}}

test_deny_weak if {
	some v in no_access_keys.deny with input as policy({"status": "Active"})
	v.attribute_path == ["status"]
}

test_allow_strong if {
	count(no_access_keys.deny) == 0 with input as policy({"status": "Inactive"})
}

test_allow_attribute_absent if {
	count(no_access_keys.deny) == 0 with input as policy({})
}

test_allow_unknown if {
	count(no_access_keys.deny) == 0 with input as policy({"status": u})
}

test_allow_other_types if {
	count(no_access_keys.deny) == 0 with input as {"resources_by_type": {"aws.iam.user": [{"id": "p", "type": "aws.iam.user", "attributes": {"status": "Active"}}]}}
}
