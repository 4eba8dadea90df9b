package checks.aws.s3.access_logging_test

import data.checks.aws.s3.access_logging

bucket(logging) := {"resources_by_type": {"aws.s3.bucket": [{
	"id": "aws_s3_bucket.data",
	"type": "aws.s3.bucket",
	"attributes": {"logging": logging},
}]}}

test_deny_disabled if {
	some v in access_logging.deny with input as bucket({"enabled": false})
	v.resource_id == "aws_s3_bucket.data"
	v.attribute_path == ["logging", "enabled"]
}

test_deny_from_data if {
	count(access_logging.deny) == 1 with data.scan.resources_by_type as bucket({"enabled": false}).resources_by_type
}

test_allow_enabled if {
	count(access_logging.deny) == 0 with input as bucket({"enabled": true})
}

test_allow_attribute_absent if {
	count(access_logging.deny) == 0 with input as bucket({})
}

test_allow_unknown if {
	count(access_logging.deny) == 0 with input as bucket({"enabled": {"$unknown": true, "reason": "computed"}})
}

two_buckets(target) := {"resources_by_type": {"aws.s3.bucket": [
	{"id": "aws_s3_bucket.data", "type": "aws.s3.bucket", "attributes": {"name": "acme-data", "logging": {"enabled": true, "target_bucket": target}}},
	{"id": "aws_s3_bucket.logs", "type": "aws.s3.bucket", "attributes": {"name": "acme-logs", "logging": {"enabled": false}}},
]}}

test_allow_log_target if {
	count(access_logging.deny) == 0 with input as two_buckets("acme-logs")
}

test_deny_bucket_no_other_logs_to if {
	{v.resource_id | some v in access_logging.deny} == {"aws_s3_bucket.logs"} with input as two_buckets("acme-elsewhere")
}

test_deny_when_target_unknown if {
	count(access_logging.deny) == 1 with input as two_buckets({"$unknown": true, "reason": "computed"})
}

test_allow_linked_log_target if {
	count(access_logging.deny) == 0 with input as bucket({"enabled": false, "receives_access_logs": true})
}
