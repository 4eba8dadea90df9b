package checks.aws.opensearch.node_to_node_encryption_test

import data.checks.aws.opensearch.node_to_node_encryption

resource(attributes) := {"resources_by_type": {"aws.opensearch.domain": [{
	"id": "aws_opensearch_domain.search",
	"type": "aws.opensearch.domain",
	"attributes": attributes,
}]}}

test_deny_node_to_node_encryption_enabled if {
	some v in node_to_node_encryption.deny with input as resource({"node_to_node_encryption": {"enabled": false}})
	v.resource_id == "aws_opensearch_domain.search"
	v.attribute_path == ["node_to_node_encryption", "enabled"]
}

test_deny_from_data if {
	count(node_to_node_encryption.deny) == 1 with data.scan.resources_by_type as resource({"node_to_node_encryption": {"enabled": false}}).resources_by_type
}

test_allow_compliant if {
	count(node_to_node_encryption.deny) == 0 with input as resource({"node_to_node_encryption": {"enabled": true}})
}

test_allow_attribute_absent if {
	count(node_to_node_encryption.deny) == 0 with input as resource({})
}

test_allow_unknown if {
	count(node_to_node_encryption.deny) == 0 with input as resource({"node_to_node_encryption": {"enabled": {"$unknown": true, "reason": "var.x has no value"}}})
}

test_allow_other_types if {
	count(node_to_node_encryption.deny) == 0 with input as {"resources_by_type": {"aws.s3.bucket": [{"id": "b", "type": "aws.s3.bucket", "attributes": {"node_to_node_encryption": {"enabled": false}}}]}}
}
