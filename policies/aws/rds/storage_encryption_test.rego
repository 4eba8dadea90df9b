package checks.aws.rds.storage_encryption_test

import data.checks.aws.rds.storage_encryption

instance(attributes) := {"resources_by_type": {"aws.rds.db_instance": [{
	"id": "aws_db_instance.main",
	"type": "aws.rds.db_instance",
	"attributes": attributes,
}]}}

test_deny_storage_encryption if {
	some v in storage_encryption.deny with input as instance({"storage_encrypted": false})
	v.resource_id == "aws_db_instance.main"
	v.attribute_path == ["storage_encrypted"]
}

test_deny_from_data if {
	count(storage_encryption.deny) == 1 with data.scan.resources_by_type as instance({"storage_encrypted": false}).resources_by_type
}

test_allow_compliant if {
	count(storage_encryption.deny) == 0 with input as instance({"storage_encrypted": true})
}

test_allow_attribute_absent if {
	count(storage_encryption.deny) == 0 with input as instance({})
}

test_allow_unknown if {
	count(storage_encryption.deny) == 0 with input as instance({"storage_encrypted": {"$unknown": true, "reason": "set by the Aurora DB cluster"}})
}

test_allow_other_types if {
	count(storage_encryption.deny) == 0 with input as {"resources_by_type": {"aws.s3.bucket": [{"id": "b", "attributes": {"storage_encrypted": false}}]}}
}
