package checks.aws.cloudfront.waf_test

import data.checks.aws.cloudfront.waf

distribution(attributes) := {"resources_by_type": {"aws.cloudfront.distribution": [{
	"id": "aws_cloudfront_distribution.cdn",
	"type": "aws.cloudfront.distribution",
	"attributes": attributes,
}]}}

test_deny_no_web_acl if {
	some v in waf.deny with input as distribution({"web_acl_id": null})
	v.attribute_path == ["web_acl_id"]
}

test_allow_web_acl if {
	count(waf.deny) == 0 with input as distribution({"web_acl_id": "arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/1"})
}

test_allow_attribute_absent if {
	count(waf.deny) == 0 with input as distribution({})
}

test_allow_unknown if {
	count(waf.deny) == 0 with input as distribution({"web_acl_id": {"$unknown": true, "reason": "aws_wafv2_web_acl.edge.arn"}})
}

test_allow_other_types if {
	count(waf.deny) == 0 with input as {"resources_by_type": {"aws.apigateway.stage": [{"id": "s", "attributes": {"web_acl_id": null}}]}}
}
