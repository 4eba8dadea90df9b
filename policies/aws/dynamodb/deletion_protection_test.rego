package checks.aws.dynamodb.deletion_protection_test

import data.checks.aws.dynamodb.deletion_protection

resource(attributes) := {"resources_by_type": {"aws.dynamodb.table": [{
	"id": "aws_dynamodb_table.orders",
	"type": "aws.dynamodb.table",
	"attributes": attributes,
}]}}

test_deny_deletion_protection_enabled if {
	some v in deletion_protection.deny with input as resource({"deletion_protection_enabled": false})
	v.resource_id == "aws_dynamodb_table.orders"
	v.attribute_path == ["deletion_protection_enabled"]
}

test_deny_from_data if {
	count(deletion_protection.deny) == 1 with data.scan.resources_by_type as resource({"deletion_protection_enabled": false}).resources_by_type
}

test_allow_compliant if {
	count(deletion_protection.deny) == 0 with input as resource({"deletion_protection_enabled": true})
}

test_allow_attribute_absent if {
	count(deletion_protection.deny) == 0 with input as resource({})
}

test_allow_unknown if {
	count(deletion_protection.deny) == 0 with input as resource({"deletion_protection_enabled": {"$unknown": true, "reason": "var.x has no value"}})
}

test_allow_other_types if {
	count(deletion_protection.deny) == 0 with input as {"resources_by_type": {"aws.s3.bucket": [{"id": "b", "type": "aws.s3.bucket", "attributes": {"deletion_protection_enabled": false}}]}}
}
