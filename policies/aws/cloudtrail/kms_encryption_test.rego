package checks.aws.cloudtrail.kms_encryption_test

import data.checks.aws.cloudtrail.kms_encryption

base := {}

res(attributes) := {"resources_by_type": {"aws.cloudtrail.trail": [{
	"id": "aws_cloudtrail.main",
	"type": "aws.cloudtrail.trail",
	"attributes": object.union(base, attributes),
}]}}

test_deny_no_key if {
	some v in kms_encryption.deny with input as res({"kms_key_id": null})
	v.resource_id == "aws_cloudtrail.main"
	v.attribute_path == ["kms_key_id"]
}

test_deny_from_data if {
	count(kms_encryption.deny) == 1 with data.scan.resources_by_type as res({"kms_key_id": null}).resources_by_type
}

test_allow_compliant if {
	count(kms_encryption.deny) == 0 with input as res({"kms_key_id": "arn:aws:kms:eu-west-1:111122223333:key/k"})
}

test_allow_attribute_absent if {
	count(kms_encryption.deny) == 0 with input as res({})
}

test_allow_unknown if {
	count(kms_encryption.deny) == 0 with input as res({"kms_key_id": {"$unknown": true, "reason": "var.x has no value"}})
}

test_allow_other_types if {
	count(kms_encryption.deny) == 0 with input as {"resources_by_type": {"tf.aws_instance": [{"id": "aws_instance.x", "type": "tf.aws_instance", "attributes": {"kms_key_id": null}}]}}
}
