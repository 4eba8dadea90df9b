package checks.aws.dynamodb.customer_managed_key_test

import data.checks.aws.dynamodb.customer_managed_key

resource(attributes) := {"resources_by_type": {"aws.dynamodb.table": [{
	"id": "aws_dynamodb_table.orders",
	"type": "aws.dynamodb.table",
	"attributes": attributes,
}]}}

test_deny_encryption_customer_managed_key if {
	some v in customer_managed_key.deny with input as resource({"encryption": {"customer_managed_key": false}})
	v.resource_id == "aws_dynamodb_table.orders"
	v.attribute_path == ["encryption", "customer_managed_key"]
}

test_deny_from_data if {
	count(customer_managed_key.deny) == 1 with data.scan.resources_by_type as resource({"encryption": {"customer_managed_key": false}}).resources_by_type
}

test_allow_compliant if {
	count(customer_managed_key.deny) == 0 with input as resource({"encryption": {"customer_managed_key": true}})
}

test_allow_attribute_absent if {
	count(customer_managed_key.deny) == 0 with input as resource({})
}

test_allow_unknown if {
	count(customer_managed_key.deny) == 0 with input as resource({"encryption": {"customer_managed_key": {"$unknown": true, "reason": "var.x has no value"}}})
}

test_allow_other_types if {
	count(customer_managed_key.deny) == 0 with input as {"resources_by_type": {"aws.s3.bucket": [{"id": "b", "type": "aws.s3.bucket", "attributes": {"encryption": {"customer_managed_key": false}}}]}}
}
