package checks.aws.rds.multi_az_test

import data.checks.aws.rds.multi_az

instance(attributes) := {"resources_by_type": {"aws.rds.db_instance": [{
	"id": "aws_db_instance.main",
	"type": "aws.rds.db_instance",
	"attributes": attributes,
}]}}

test_deny_multi_az if {
	some v in multi_az.deny with input as instance({"multi_az": false})
	v.resource_id == "aws_db_instance.main"
	v.attribute_path == ["multi_az"]
}

test_deny_from_data if {
	count(multi_az.deny) == 1 with data.scan.resources_by_type as instance({"multi_az": false}).resources_by_type
}

test_allow_compliant if {
	count(multi_az.deny) == 0 with input as instance({"multi_az": true})
}

test_allow_attribute_absent if {
	count(multi_az.deny) == 0 with input as instance({})
}

test_allow_unknown if {
	count(multi_az.deny) == 0 with input as instance({"multi_az": {"$unknown": true, "reason": "set by the Aurora DB cluster"}})
}

test_allow_other_types if {
	count(multi_az.deny) == 0 with input as {"resources_by_type": {"aws.s3.bucket": [{"id": "b", "attributes": {"multi_az": false}}]}}
}
