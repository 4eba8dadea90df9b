package checks.aws.cloudfront.access_logging_test

import data.checks.aws.cloudfront.access_logging

distribution(attributes) := {"resources_by_type": {"aws.cloudfront.distribution": [{
	"id": "aws_cloudfront_distribution.cdn",
	"type": "aws.cloudfront.distribution",
	"attributes": attributes,
}]}}

test_deny_logging_off if {
	some v in access_logging.deny with input as distribution({"logging": {"enabled": false, "bucket": null}})
	v.resource_id == "aws_cloudfront_distribution.cdn"
	v.attribute_path == ["logging", "enabled"]
}

test_allow_logging_on if {
	count(access_logging.deny) == 0 with input as distribution({"logging": {"enabled": true, "bucket": "logs.s3.amazonaws.com"}})
}

test_allow_attribute_absent if {
	count(access_logging.deny) == 0 with input as distribution({})
}

test_allow_unknown if {
	count(access_logging.deny) == 0 with input as distribution({"logging": {"enabled": {"$unknown": true}}})
}

test_allow_other_types if {
	count(access_logging.deny) == 0 with input as {"resources_by_type": {"aws.s3.bucket": [{"id": "b", "attributes": {"logging": {"enabled": false}}}]}}
}
