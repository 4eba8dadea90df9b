package checks.aws.cloudfront.viewer_tls_test

import data.checks.aws.cloudfront.viewer_tls

distribution(certificate) := {"resources_by_type": {"aws.cloudfront.distribution": [{
	"id": "aws_cloudfront_distribution.cdn",
	"type": "aws.cloudfront.distribution",
	"attributes": {"viewer_certificate": certificate},
}]}}

test_deny_tlsv1 if {
	some v in viewer_tls.deny with input as distribution({"cloudfront_default_certificate": false, "minimum_protocol_version": "TLSv1"})
	v.attribute_path == ["viewer_certificate", "minimum_protocol_version"]
}

test_deny_tls12_2019 if {
	count(viewer_tls.deny) == 1 with input as distribution({"cloudfront_default_certificate": false, "minimum_protocol_version": "TLSv1.2_2019"})
}

test_allow_tls12_2021 if {
	count(viewer_tls.deny) == 0 with input as distribution({"cloudfront_default_certificate": false, "minimum_protocol_version": "TLSv1.2_2021"})
}

test_allow_newer_policy if {
	count(viewer_tls.deny) == 0 with input as distribution({"cloudfront_default_certificate": false, "minimum_protocol_version": "TLSv1.3_2025"})
}

test_allow_default_certificate if {
	count(viewer_tls.deny) == 0 with input as distribution({"cloudfront_default_certificate": true, "minimum_protocol_version": "TLSv1"})
}

test_allow_attribute_absent if {
	count(viewer_tls.deny) == 0 with input as distribution({})
}

test_allow_unknown if {
	unknown := {"$unknown": true}
	count(viewer_tls.deny) == 0 with input as distribution({"cloudfront_default_certificate": unknown, "minimum_protocol_version": "TLSv1"})
	count(viewer_tls.deny) == 0 with input as distribution({"cloudfront_default_certificate": false, "minimum_protocol_version": unknown})
}

test_allow_other_types if {
	count(viewer_tls.deny) == 0 with input as {"resources_by_type": {"aws.elb.listener": [{"id": "l", "attributes": {"viewer_certificate": {"cloudfront_default_certificate": false, "minimum_protocol_version": "TLSv1"}}}]}}
}
