package checks.aws.elasticache.automatic_backups_test

import data.checks.aws.elasticache.automatic_backups

resource(attributes) := {"resources_by_type": {"aws.elasticache.replication_group": [{
	"id": "aws_elasticache_replication_group.sessions",
	"type": "aws.elasticache.replication_group",
	"attributes": attributes,
}]}}

test_deny_snapshot_retention_limit if {
	some v in automatic_backups.deny with input as resource({"snapshot_retention_limit": 0})
	v.resource_id == "aws_elasticache_replication_group.sessions"
	v.attribute_path == ["snapshot_retention_limit"]
}

test_deny_from_data if {
	count(automatic_backups.deny) == 1 with data.scan.resources_by_type as resource({"snapshot_retention_limit": 0}).resources_by_type
}

test_allow_compliant if {
	count(automatic_backups.deny) == 0 with input as resource({"snapshot_retention_limit": 7})
}

test_allow_attribute_absent if {
	count(automatic_backups.deny) == 0 with input as resource({})
}

test_allow_unknown if {
	count(automatic_backups.deny) == 0 with input as resource({"snapshot_retention_limit": {"$unknown": true, "reason": "var.x has no value"}})
}

test_allow_other_types if {
	count(automatic_backups.deny) == 0 with input as {"resources_by_type": {"aws.s3.bucket": [{"id": "b", "type": "aws.s3.bucket", "attributes": {"snapshot_retention_limit": 0}}]}}
}

test_deny_cluster if {
	{v.msg | some v in automatic_backups.deny} == {"ElastiCache cluster aws_elasticache_cluster.c does not take automatic backups (snapshot retention limit is 0)"} with input as {"resources_by_type": {"aws.elasticache.cluster": [{"id": "aws_elasticache_cluster.c", "attributes": {"snapshot_retention_limit": 0}}]}}
}

test_allow_memcached_cluster if {
	count(automatic_backups.deny) == 0 with input as {"resources_by_type": {"aws.elasticache.cluster": [{"id": "c", "attributes": {"snapshot_retention_limit": null}}]}}
}
