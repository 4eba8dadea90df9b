package checks.aws.rds.public_access_test

import data.checks.aws.rds.public_access

instance(attributes) := {"resources_by_type": {"aws.rds.db_instance": [{
	"id": "aws_db_instance.main",
	"type": "aws.rds.db_instance",
	"attributes": attributes,
}]}}

test_deny_public_access if {
	some v in public_access.deny with input as instance({"publicly_accessible": true})
	v.resource_id == "aws_db_instance.main"
	v.attribute_path == ["publicly_accessible"]
}

test_deny_from_data if {
	count(public_access.deny) == 1 with data.scan.resources_by_type as instance({"publicly_accessible": true}).resources_by_type
}

test_allow_compliant if {
	count(public_access.deny) == 0 with input as instance({"publicly_accessible": false})
}

test_allow_attribute_absent if {
	count(public_access.deny) == 0 with input as instance({})
}

test_allow_unknown if {
	count(public_access.deny) == 0 with input as instance({"publicly_accessible": {"$unknown": true, "reason": "set by the Aurora DB cluster"}})
}

test_allow_other_types if {
	count(public_access.deny) == 0 with input as {"resources_by_type": {"aws.s3.bucket": [{"id": "b", "attributes": {"publicly_accessible": true}}]}}
}
