package checks.aws.cloudtrail.log_file_validation_test

import data.checks.aws.cloudtrail.log_file_validation

base := {}

res(attributes) := {"resources_by_type": {"aws.cloudtrail.trail": [{
	"id": "aws_cloudtrail.main",
	"type": "aws.cloudtrail.trail",
	"attributes": object.union(base, attributes),
}]}}

test_deny_validation_off if {
	some v in log_file_validation.deny with input as res({"log_file_validation_enabled": false})
	v.resource_id == "aws_cloudtrail.main"
	v.attribute_path == ["log_file_validation_enabled"]
}

test_deny_from_data if {
	count(log_file_validation.deny) == 1 with data.scan.resources_by_type as res({"log_file_validation_enabled": false}).resources_by_type
}

test_allow_compliant if {
	count(log_file_validation.deny) == 0 with input as res({"log_file_validation_enabled": true})
}

test_allow_attribute_absent if {
	count(log_file_validation.deny) == 0 with input as res({})
}

test_allow_unknown if {
	count(log_file_validation.deny) == 0 with input as res({"log_file_validation_enabled": {"$unknown": true, "reason": "var.x has no value"}})
}

test_allow_other_types if {
	count(log_file_validation.deny) == 0 with input as {"resources_by_type": {"tf.aws_instance": [{"id": "aws_instance.x", "type": "tf.aws_instance", "attributes": {"log_file_validation_enabled": false}}]}}
}
