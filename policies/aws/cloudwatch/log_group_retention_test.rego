package checks.aws.cloudwatch.log_group_retention_test

import data.checks.aws.cloudwatch.log_group_retention

base := {}

res(attributes) := {"resources_by_type": {"aws.cloudwatch.log_group": [{
	"id": "aws_cloudwatch_log_group.app",
	"type": "aws.cloudwatch.log_group",
	"attributes": object.union(base, attributes),
}]}}

test_deny_short_retention if {
	some v in log_group_retention.deny with input as res({"retention_in_days": 30})
	v.resource_id == "aws_cloudwatch_log_group.app"
	v.attribute_path == ["retention_in_days"]
}

test_deny_from_data if {
	count(log_group_retention.deny) == 1 with data.scan.resources_by_type as res({"retention_in_days": 30}).resources_by_type
}

test_allow_compliant if {
	count(log_group_retention.deny) == 0 with input as res({"retention_in_days": 400})
}

test_allow_attribute_absent if {
	count(log_group_retention.deny) == 0 with input as res({})
}

test_allow_unknown if {
	count(log_group_retention.deny) == 0 with input as res({"retention_in_days": {"$unknown": true, "reason": "var.x has no value"}})
}

test_allow_other_types if {
	count(log_group_retention.deny) == 0 with input as {"resources_by_type": {"tf.aws_instance": [{"id": "aws_instance.x", "type": "tf.aws_instance", "attributes": {"retention_in_days": 30}}]}}
}

test_allow_never_expire if {
	count(log_group_retention.deny) == 0 with input as res({"retention_in_days": 0})
}

test_allow_exactly_a_year if {
	count(log_group_retention.deny) == 0 with input as res({"retention_in_days": 365})
}

test_deny_one_day if {
	count(log_group_retention.deny) == 1 with input as res({"retention_in_days": 1})
}
