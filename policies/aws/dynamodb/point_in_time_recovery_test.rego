package checks.aws.dynamodb.point_in_time_recovery_test

import data.checks.aws.dynamodb.point_in_time_recovery

resource(attributes) := {"resources_by_type": {"aws.dynamodb.table": [{
	"id": "aws_dynamodb_table.orders",
	"type": "aws.dynamodb.table",
	"attributes": attributes,
}]}}

test_deny_point_in_time_recovery_enabled if {
	some v in point_in_time_recovery.deny with input as resource({"point_in_time_recovery_enabled": false})
	v.resource_id == "aws_dynamodb_table.orders"
	v.attribute_path == ["point_in_time_recovery_enabled"]
}

test_deny_from_data if {
	count(point_in_time_recovery.deny) == 1 with data.scan.resources_by_type as resource({"point_in_time_recovery_enabled": false}).resources_by_type
}

test_allow_compliant if {
	count(point_in_time_recovery.deny) == 0 with input as resource({"point_in_time_recovery_enabled": true})
}

test_allow_attribute_absent if {
	count(point_in_time_recovery.deny) == 0 with input as resource({})
}

test_allow_unknown if {
	count(point_in_time_recovery.deny) == 0 with input as resource({"point_in_time_recovery_enabled": {"$unknown": true, "reason": "var.x has no value"}})
}

test_allow_other_types if {
	count(point_in_time_recovery.deny) == 0 with input as {"resources_by_type": {"aws.s3.bucket": [{"id": "b", "type": "aws.s3.bucket", "attributes": {"point_in_time_recovery_enabled": false}}]}}
}
