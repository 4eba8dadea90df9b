package checks.aws.opensearch.https_tls_test

import data.checks.aws.opensearch.https_tls

domain(endpoint) := {"resources_by_type": {"aws.opensearch.domain": [{
	"id": "aws_opensearch_domain.search",
	"type": "aws.opensearch.domain",
	"attributes": {"endpoint": endpoint},
}]}}

unknown := {"$unknown": true, "reason": "without domain endpoint options the service chooses"}

test_deny_https_not_enforced if {
	some v in https_tls.deny with input as domain({"enforce_https": false, "tls_security_policy": "Policy-Min-TLS-1-2-2019-07"})
	v.resource_id == "aws_opensearch_domain.search"
	v.attribute_path == ["endpoint", "enforce_https"]
}

test_deny_old_tls_policy if {
	some v in https_tls.deny with input as domain({"enforce_https": true, "tls_security_policy": "Policy-Min-TLS-1-0-2019-07"})
	v.attribute_path == ["endpoint", "tls_security_policy"]
}

test_deny_both if {
	count(https_tls.deny) == 2 with input as domain({"enforce_https": false, "tls_security_policy": "Policy-Min-TLS-1-0-2019-07"})
}

test_deny_from_data if {
	count(https_tls.deny) == 1 with data.scan.resources_by_type as domain({"enforce_https": false}).resources_by_type
}

test_allow_compliant if {
	count(https_tls.deny) == 0 with input as domain({"enforce_https": true, "tls_security_policy": "Policy-Min-TLS-1-2-PFS-2023-10"})
}

test_allow_attribute_absent if {
	count(https_tls.deny) == 0 with input as domain({})
}

test_allow_unknown if {
	count(https_tls.deny) == 0 with input as domain({"enforce_https": unknown, "tls_security_policy": unknown})
}

test_allow_other_types if {
	count(https_tls.deny) == 0 with input as {"resources_by_type": {"aws.s3.bucket": [{"id": "b", "type": "aws.s3.bucket", "attributes": {"endpoint": {"enforce_https": false}}}]}}
}
