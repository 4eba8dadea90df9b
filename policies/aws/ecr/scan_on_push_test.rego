package checks.aws.ecr.scan_on_push_test

import data.checks.aws.ecr.scan_on_push

repo(attributes) := {"resources_by_type": {"aws.ecr.repository": [{
	"id": "aws_ecr_repository.app",
	"type": "aws.ecr.repository",
	"attributes": attributes,
}]}}

test_deny_bad_value if {
	some v in scan_on_push.deny with input as repo({"scan_on_push": false})
	v.resource_id == "aws_ecr_repository.app"
	v.attribute_path == ["scan_on_push"]
}

test_allow_good_value if {
	count(scan_on_push.deny) == 0 with input as repo({"scan_on_push": true})
}

test_allow_attribute_absent if {
	count(scan_on_push.deny) == 0 with input as repo({})
}

test_allow_unknown if {
	count(scan_on_push.deny) == 0 with input as repo({"scan_on_push": {"$unknown": true, "reason": "var.x has no value"}})
}

test_allow_other_types if {
	count(scan_on_push.deny) == 0 with input as {"resources_by_type": {"aws.sns.topic": [{"id": "t", "attributes": {"scan_on_push": false}}]}}
}
