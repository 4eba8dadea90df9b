package checks.aws.cloudfront.default_root_object_test

import data.checks.aws.cloudfront.default_root_object

distribution(attributes) := {"resources_by_type": {"aws.cloudfront.distribution": [{
	"id": "aws_cloudfront_distribution.cdn",
	"type": "aws.cloudfront.distribution",
	"attributes": attributes,
}]}}

test_deny_no_root_object if {
	some v in default_root_object.deny with input as distribution({"default_root_object": null})
	v.attribute_path == ["default_root_object"]
}

test_allow_root_object if {
	count(default_root_object.deny) == 0 with input as distribution({"default_root_object": "index.html"})
}

test_allow_attribute_absent if {
	count(default_root_object.deny) == 0 with input as distribution({})
}

test_allow_unknown if {
	count(default_root_object.deny) == 0 with input as distribution({"default_root_object": {"$unknown": true}})
}

test_allow_other_types if {
	count(default_root_object.deny) == 0 with input as {"resources_by_type": {"aws.s3.bucket": [{"id": "b", "attributes": {"default_root_object": null}}]}}
}
