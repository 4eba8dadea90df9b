package checks.aws.cloudtrail.cloudwatch_logs_test

import data.checks.aws.cloudtrail.cloudwatch_logs

base := {}

res(attributes) := {"resources_by_type": {"aws.cloudtrail.trail": [{
	"id": "aws_cloudtrail.main",
	"type": "aws.cloudtrail.trail",
	"attributes": object.union(base, attributes),
}]}}

test_deny_no_log_group if {
	some v in cloudwatch_logs.deny with input as res({"cloudwatch_logs_group_arn": null})
	v.resource_id == "aws_cloudtrail.main"
	v.attribute_path == ["cloudwatch_logs_group_arn"]
}

test_deny_from_data if {
	count(cloudwatch_logs.deny) == 1 with data.scan.resources_by_type as res({"cloudwatch_logs_group_arn": null}).resources_by_type
}

test_allow_compliant if {
	count(cloudwatch_logs.deny) == 0 with input as res({"cloudwatch_logs_group_arn": "arn:aws:logs:eu-west-1:111122223333:log-group:trail:*"})
}

test_allow_attribute_absent if {
	count(cloudwatch_logs.deny) == 0 with input as res({})
}

test_allow_unknown if {
	count(cloudwatch_logs.deny) == 0 with input as res({"cloudwatch_logs_group_arn": {"$unknown": true, "reason": "var.x has no value"}})
}

test_allow_other_types if {
	count(cloudwatch_logs.deny) == 0 with input as {"resources_by_type": {"tf.aws_instance": [{"id": "aws_instance.x", "type": "tf.aws_instance", "attributes": {"cloudwatch_logs_group_arn": null}}]}}
}
