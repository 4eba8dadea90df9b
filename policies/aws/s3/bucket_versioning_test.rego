package checks.aws.s3.bucket_versioning_test

import data.checks.aws.s3.bucket_versioning

bucket(versioning) := {"resources_by_type": {"aws.s3.bucket": [{
	"id": "aws_s3_bucket.data",
	"type": "aws.s3.bucket",
	"attributes": {"versioning": versioning},
}]}}

test_deny_disabled if {
	some v in bucket_versioning.deny with input as bucket({"enabled": false})
	v.resource_id == "aws_s3_bucket.data"
	v.attribute_path == ["versioning", "enabled"]
}

test_deny_from_data if {
	count(bucket_versioning.deny) == 1 with data.scan.resources_by_type as bucket({"enabled": false}).resources_by_type
}

test_allow_enabled if {
	count(bucket_versioning.deny) == 0 with input as bucket({"enabled": true})
}

test_allow_attribute_absent if {
	count(bucket_versioning.deny) == 0 with input as bucket({})
}

test_allow_unknown if {
	count(bucket_versioning.deny) == 0 with input as bucket({"enabled": {"$unknown": true, "reason": "computed"}})
}
