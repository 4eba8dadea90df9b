package checks.aws.s3.public_acl_test

import data.checks.aws.s3.public_acl

bucket(attributes) := {"resources_by_type": {"aws.s3.bucket": [{
	"id": "aws_s3_bucket.site",
	"type": "aws.s3.bucket",
	"attributes": attributes,
}]}}

test_deny_public_read if {
	some v in public_acl.deny with input as bucket({"acl": "public-read"})
	v.resource_id == "aws_s3_bucket.site"
	v.attribute_path == ["acl"]
}

test_deny_public_read_write if {
	count(public_acl.deny) == 1 with input as bucket({"acl": "public-read-write"})
}

test_deny_authenticated_read if {
	count(public_acl.deny) == 1 with input as bucket({"acl": "authenticated-read"})
}

test_allow_private if {
	count(public_acl.deny) == 0 with input as bucket({"acl": "private"})
	count(public_acl.deny) == 0 with input as bucket({"acl": "log-delivery-write"})
}

test_allow_attribute_absent if {
	count(public_acl.deny) == 0 with input as bucket({})
}

test_allow_unknown if {
	count(public_acl.deny) == 0 with input as bucket({"acl": {"$unknown": true, "reason": "the AccessControlList matches no canned ACL"}})
}

test_allow_other_types if {
	count(public_acl.deny) == 0 with input as {"resources_by_type": {"aws.s3.object": [{"id": "o", "attributes": {"acl": "public-read"}}]}}
}
