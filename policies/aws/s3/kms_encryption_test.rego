package checks.aws.s3.kms_encryption_test

import data.checks.aws.s3.kms_encryption

bucket(attributes) := {"resources_by_type": {"aws.s3.bucket": [{
	"id": "aws_s3_bucket.data",
	"type": "aws.s3.bucket",
	"attributes": attributes,
}]}}

test_deny_sse_s3 if {
	some v in kms_encryption.deny with input as bucket({"encryption": {"enabled": true, "algorithm": "AES256"}})
	v.attribute_path == ["encryption", "algorithm"]
}

test_allow_kms if {
	count(kms_encryption.deny) == 0 with input as bucket({"encryption": {"enabled": true, "algorithm": "aws:kms"}})
	count(kms_encryption.deny) == 0 with input as bucket({"encryption": {"enabled": true, "algorithm": "aws:kms:dsse"}})
}

test_allow_attribute_absent if {
	count(kms_encryption.deny) == 0 with input as bucket({})
}

test_allow_unknown if {
	count(kms_encryption.deny) == 0 with input as bucket({"encryption": {"enabled": true, "algorithm": {"$unknown": true}}})
}

test_allow_other_types if {
	count(kms_encryption.deny) == 0 with input as {"resources_by_type": {"aws.efs.file_system": [{"id": "f", "attributes": {"encryption": {"algorithm": "AES256"}}}]}}
}

test_allow_access_log_target if {
	count(kms_encryption.deny) == 0 with input as {"resources_by_type": {"aws.s3.bucket": [
		{"id": "aws_s3_bucket.logs", "attributes": {"name": "acme-logs", "encryption": {"algorithm": "AES256"}}},
		{"id": "aws_s3_bucket.data", "attributes": {"name": "acme-data", "encryption": {"algorithm": "aws:kms"}, "logging": {"target_bucket": "acme-logs"}}},
	]}}
}
