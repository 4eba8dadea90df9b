package checks.aws.ecr.kms_encryption_test

import data.checks.aws.ecr.kms_encryption

repo(attributes) := {"resources_by_type": {"aws.ecr.repository": [{
	"id": "aws_ecr_repository.app",
	"type": "aws.ecr.repository",
	"attributes": attributes,
}]}}

test_deny_bad_value if {
	some v in kms_encryption.deny with input as repo({"encryption_type": "AES256"})
	v.resource_id == "aws_ecr_repository.app"
	v.attribute_path == ["encryption_type"]
}

test_allow_good_value if {
	count(kms_encryption.deny) == 0 with input as repo({"encryption_type": "KMS"})
}

test_allow_attribute_absent if {
	count(kms_encryption.deny) == 0 with input as repo({})
}

test_allow_unknown if {
	count(kms_encryption.deny) == 0 with input as repo({"encryption_type": {"$unknown": true, "reason": "var.x has no value"}})
}

test_allow_other_types if {
	count(kms_encryption.deny) == 0 with input as {"resources_by_type": {"aws.sns.topic": [{"id": "t", "attributes": {"encryption_type": "AES256"}}]}}
}

test_allow_dsse if {
	count(kms_encryption.deny) == 0 with input as repo({"encryption_type": "KMS_DSSE"})
}
