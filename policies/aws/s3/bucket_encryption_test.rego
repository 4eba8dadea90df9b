package checks.aws.s3.bucket_encryption_test

import data.checks.aws.s3.bucket_encryption

bucket(encryption) := {"resources_by_type": {"aws.s3.bucket": [{
	"id": "aws_s3_bucket.data",
	"type": "aws.s3.bucket",
	"attributes": {"encryption": encryption},
}]}}

test_deny_disabled if {
	bucket_encryption.deny == {{
		"msg": "S3 bucket aws_s3_bucket.data has default encryption disabled",
		"resource_id": "aws_s3_bucket.data",
		"attribute_path": ["encryption", "enabled"],
	}} with input as bucket({"enabled": false, "declared": true})
}

test_deny_not_declared if {
	some v in bucket_encryption.deny with input as bucket({"enabled": true, "declared": false, "algorithm": "AES256"})
	v.attribute_path == ["encryption", "declared"]
}

test_deny_disabled_reported_once if {
	count(bucket_encryption.deny) == 1 with input as bucket({"enabled": false, "declared": false})
}

test_deny_from_data if {
	count(bucket_encryption.deny) == 1 with data.scan.resources_by_type as bucket({"enabled": false, "declared": true}).resources_by_type
}

test_allow_declared_sse_s3 if {
	count(bucket_encryption.deny) == 0 with input as bucket({"enabled": true, "declared": true, "algorithm": "AES256"})
}

test_allow_declared_kms if {
	count(bucket_encryption.deny) == 0 with input as bucket({"enabled": true, "declared": true, "algorithm": "aws:kms"})
}

test_allow_attribute_absent if {
	count(bucket_encryption.deny) == 0 with input as bucket({})
}

test_allow_unknown if {
	count(bucket_encryption.deny) == 0 with input as bucket({"enabled": {"$unknown": true, "reason": "var.sse"}, "declared": true})
}

test_allow_no_buckets if {
	count(bucket_encryption.deny) == 0 with input as {"resources_by_type": {}}
}
