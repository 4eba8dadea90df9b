package checks.aws.cloudfront.viewer_https_test

import data.checks.aws.cloudfront.viewer_https

distribution(attributes) := {"resources_by_type": {"aws.cloudfront.distribution": [{
	"id": "aws_cloudfront_distribution.cdn",
	"type": "aws.cloudfront.distribution",
	"attributes": attributes,
}]}}

https := {"viewer_protocol_policy": "redirect-to-https"}

test_deny_default_behavior if {
	some v in viewer_https.deny with input as distribution({"default_cache_behavior": {"viewer_protocol_policy": "allow-all"}, "ordered_cache_behaviors": []})
	v.attribute_path == ["default_cache_behavior", "viewer_protocol_policy"]
}

test_deny_ordered_behavior if {
	behaviors := [{"path_pattern": "/a/*", "viewer_protocol_policy": "https-only"}, {"path_pattern": "/b/*", "viewer_protocol_policy": "allow-all"}]
	vs := viewer_https.deny with input as distribution({"default_cache_behavior": https, "ordered_cache_behaviors": behaviors})
	count(vs) == 1
	some v in vs
	v.attribute_path == ["ordered_cache_behaviors", 1, "viewer_protocol_policy"]
	contains(v.msg, "/b/*")
}

test_allow_https if {
	count(viewer_https.deny) == 0 with input as distribution({"default_cache_behavior": https, "ordered_cache_behaviors": [https]})
}

test_allow_attribute_absent if {
	count(viewer_https.deny) == 0 with input as distribution({})
}

test_allow_unknown if {
	unknown := {"$unknown": true, "reason": "var.policy has no value"}
	count(viewer_https.deny) == 0 with input as distribution({"default_cache_behavior": {"viewer_protocol_policy": unknown}, "ordered_cache_behaviors": unknown})
}

test_allow_other_types if {
	count(viewer_https.deny) == 0 with input as {"resources_by_type": {"aws.s3.bucket": [{"id": "b", "attributes": {"default_cache_behavior": {"viewer_protocol_policy": "allow-all"}}}]}}
}
