package checks.aws.elasticache.transit_encryption_test

import data.checks.aws.elasticache.transit_encryption

resource(attributes) := {"resources_by_type": {"aws.elasticache.replication_group": [{
	"id": "aws_elasticache_replication_group.sessions",
	"type": "aws.elasticache.replication_group",
	"attributes": attributes,
}]}}

test_deny_transit_encryption_enabled if {
	some v in transit_encryption.deny with input as resource({"transit_encryption_enabled": false})
	v.resource_id == "aws_elasticache_replication_group.sessions"
	v.attribute_path == ["transit_encryption_enabled"]
}

test_deny_from_data if {
	count(transit_encryption.deny) == 1 with data.scan.resources_by_type as resource({"transit_encryption_enabled": false}).resources_by_type
}

test_allow_compliant if {
	count(transit_encryption.deny) == 0 with input as resource({"transit_encryption_enabled": true})
}

test_allow_attribute_absent if {
	count(transit_encryption.deny) == 0 with input as resource({})
}

test_allow_unknown if {
	count(transit_encryption.deny) == 0 with input as resource({"transit_encryption_enabled": {"$unknown": true, "reason": "var.x has no value"}})
}

test_allow_other_types if {
	count(transit_encryption.deny) == 0 with input as {"resources_by_type": {"aws.s3.bucket": [{"id": "b", "type": "aws.s3.bucket", "attributes": {"transit_encryption_enabled": false}}]}}
}
