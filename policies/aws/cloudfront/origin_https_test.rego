package checks.aws.cloudfront.origin_https_test

import data.checks.aws.cloudfront.origin_https

distribution(origins) := {"resources_by_type": {"aws.cloudfront.distribution": [{
	"id": "aws_cloudfront_distribution.cdn",
	"type": "aws.cloudfront.distribution",
	"attributes": {"origins": origins},
}]}}

s3 := {"id": "s3", "domain_name": "b.s3.amazonaws.com", "custom_origin": false, "origin_protocol_policy": null}

test_deny_http_only if {
	vs := origin_https.deny with input as distribution([s3, {"id": "api", "custom_origin": true, "origin_protocol_policy": "http-only"}])
	count(vs) == 1
	some v in vs
	v.attribute_path == ["origins", 1, "origin_protocol_policy"]
	contains(v.msg, "origin api")
}

test_allow_https_only if {
	count(origin_https.deny) == 0 with input as distribution([{"id": "api", "custom_origin": true, "origin_protocol_policy": "https-only"}])
}

test_allow_match_viewer if {
	count(origin_https.deny) == 0 with input as distribution([{"id": "api", "custom_origin": true, "origin_protocol_policy": "match-viewer"}])
}

test_allow_s3_origin if {
	count(origin_https.deny) == 0 with input as distribution([s3])
}

test_allow_attribute_absent if {
	count(origin_https.deny) == 0 with input as {"resources_by_type": {"aws.cloudfront.distribution": [{"id": "d", "attributes": {}}]}}
}

test_allow_unknown if {
	count(origin_https.deny) == 0 with input as distribution({"$unknown": true, "reason": "Origins is a parameter"})
	count(origin_https.deny) == 0 with input as distribution([{"id": "api", "custom_origin": true, "origin_protocol_policy": {"$unknown": true}}])
}

test_allow_other_types if {
	count(origin_https.deny) == 0 with input as {"resources_by_type": {"aws.elb.load_balancer": [{"id": "l", "attributes": {"origins": [{"custom_origin": true, "origin_protocol_policy": "http-only"}]}}]}}
}
