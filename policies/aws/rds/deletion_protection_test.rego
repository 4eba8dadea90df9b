package checks.aws.rds.deletion_protection_test

import data.checks.aws.rds.deletion_protection

instance(attributes) := {"resources_by_type": {"aws.rds.db_instance": [{
	"id": "aws_db_instance.main",
	"type": "aws.rds.db_instance",
	"attributes": attributes,
}]}}

test_deny_deletion_protection if {
	some v in deletion_protection.deny with input as instance({"deletion_protection": false})
	v.resource_id == "aws_db_instance.main"
	v.attribute_path == ["deletion_protection"]
}

test_deny_from_data if {
	count(deletion_protection.deny) == 1 with data.scan.resources_by_type as instance({"deletion_protection": false}).resources_by_type
}

test_allow_compliant if {
	count(deletion_protection.deny) == 0 with input as instance({"deletion_protection": true})
}

test_allow_attribute_absent if {
	count(deletion_protection.deny) == 0 with input as instance({})
}

test_allow_unknown if {
	count(deletion_protection.deny) == 0 with input as instance({"deletion_protection": {"$unknown": true, "reason": "set by the Aurora DB cluster"}})
}

test_allow_other_types if {
	count(deletion_protection.deny) == 0 with input as {"resources_by_type": {"aws.s3.bucket": [{"id": "b", "attributes": {"deletion_protection": false}}]}}
}
