package checks.aws.s3.secure_transport_test

import data.checks.aws.s3.secure_transport

bucket(attributes) := {"resources_by_type": {"aws.s3.bucket": [{
	"id": "AWS::S3::Bucket/Data",
	"type": "aws.s3.bucket",
	"attributes": attributes,
}]}}

deny_http := {
	"Effect": "Deny",
	"Principal": "*",
	"Action": "s3:*",
	"Resource": ["arn:aws:s3:::data", "arn:aws:s3:::data/*"],
	"Condition": {"Bool": {"aws:SecureTransport": "false"}},
}

allow_read := {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::data/*"}

test_deny_no_policy if {
	some v in secure_transport.deny with input as bucket({"policy": null})
	v.attribute_path == ["policy"]
}

test_deny_policy_without_statement if {
	count(secure_transport.deny) == 1 with input as bucket({"policy": {"Version": "2012-10-17", "Statement": [allow_read]}})
}

test_allow_deny_statement if {
	count(secure_transport.deny) == 0 with input as bucket({"policy": {"Version": "2012-10-17", "Statement": [allow_read, deny_http]}})
}

test_allow_single_statement_object_and_boolean if {
	statement := object.union(deny_http, {"Condition": {"Bool": {"aws:securetransport": false}}})
	count(secure_transport.deny) == 0 with input as bucket({"policy": {"Statement": statement}})
}

test_allow_bool_if_exists_list if {
	statement := object.union(deny_http, {"Condition": {"BoolIfExists": {"aws:SecureTransport": ["false"]}}})
	count(secure_transport.deny) == 0 with input as bucket({"policy": {"Statement": [statement]}})
}

test_deny_allow_effect_on_secure_transport if {
	statement := object.union(deny_http, {"Effect": "Allow"})
	count(secure_transport.deny) == 1 with input as bucket({"policy": {"Statement": [statement]}})
}

test_allow_attribute_absent if {
	count(secure_transport.deny) == 0 with input as bucket({})
}

test_allow_unknown if {
	unknown := {"$unknown": true, "reason": "not resolved"}
	count(secure_transport.deny) == 0 with input as bucket({"policy": unknown})
	count(secure_transport.deny) == 0 with input as bucket({"policy": {"Statement": unknown}})
	count(secure_transport.deny) == 0 with input as bucket({"policy": {"Statement": [allow_read, unknown]}})
	count(secure_transport.deny) == 0 with input as bucket({"policy": {"Statement": [object.union(deny_http, {"Condition": {"Bool": {"aws:SecureTransport": unknown}}})]}})
}

test_allow_other_types if {
	count(secure_transport.deny) == 0 with input as {"resources_by_type": {"aws.sqs.queue": [{"id": "q", "attributes": {"policy": null}}]}}
}
