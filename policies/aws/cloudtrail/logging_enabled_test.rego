package checks.aws.cloudtrail.logging_enabled_test

import data.checks.aws.cloudtrail.logging_enabled

base := {}

res(attributes) := {"resources_by_type": {"aws.cloudtrail.trail": [{
	"id": "aws_cloudtrail.main",
	"type": "aws.cloudtrail.trail",
	"attributes": object.union(base, attributes),
}]}}

test_deny_stopped if {
	some v in logging_enabled.deny with input as res({"logging_enabled": false})
	v.resource_id == "aws_cloudtrail.main"
	v.attribute_path == ["logging_enabled"]
}

test_deny_from_data if {
	count(logging_enabled.deny) == 1 with data.scan.resources_by_type as res({"logging_enabled": false}).resources_by_type
}

test_allow_compliant if {
	count(logging_enabled.deny) == 0 with input as res({"logging_enabled": true})
}

test_allow_attribute_absent if {
	count(logging_enabled.deny) == 0 with input as res({})
}

test_allow_unknown if {
	count(logging_enabled.deny) == 0 with input as res({"logging_enabled": {"$unknown": true, "reason": "var.x has no value"}})
}

test_allow_other_types if {
	count(logging_enabled.deny) == 0 with input as {"resources_by_type": {"tf.aws_instance": [{"id": "aws_instance.x", "type": "tf.aws_instance", "attributes": {"logging_enabled": false}}]}}
}
