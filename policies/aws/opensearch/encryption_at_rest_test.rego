package checks.aws.opensearch.encryption_at_rest_test

import data.checks.aws.opensearch.encryption_at_rest

resource(attributes) := {"resources_by_type": {"aws.opensearch.domain": [{
	"id": "aws_opensearch_domain.search",
	"type": "aws.opensearch.domain",
	"attributes": attributes,
}]}}

test_deny_encryption_at_rest_enabled if {
	some v in encryption_at_rest.deny with input as resource({"encryption_at_rest": {"enabled": false}})
	v.resource_id == "aws_opensearch_domain.search"
	v.attribute_path == ["encryption_at_rest", "enabled"]
}

test_deny_from_data if {
	count(encryption_at_rest.deny) == 1 with data.scan.resources_by_type as resource({"encryption_at_rest": {"enabled": false}}).resources_by_type
}

test_allow_compliant if {
	count(encryption_at_rest.deny) == 0 with input as resource({"encryption_at_rest": {"enabled": true}})
}

test_allow_attribute_absent if {
	count(encryption_at_rest.deny) == 0 with input as resource({})
}

test_allow_unknown if {
	count(encryption_at_rest.deny) == 0 with input as resource({"encryption_at_rest": {"enabled": {"$unknown": true, "reason": "var.x has no value"}}})
}

test_allow_other_types if {
	count(encryption_at_rest.deny) == 0 with input as {"resources_by_type": {"aws.s3.bucket": [{"id": "b", "type": "aws.s3.bucket", "attributes": {"encryption_at_rest": {"enabled": false}}}]}}
}
