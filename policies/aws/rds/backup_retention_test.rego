package checks.aws.rds.backup_retention_test

import data.checks.aws.rds.backup_retention

instance(attributes) := {"resources_by_type": {"aws.rds.db_instance": [{
	"id": "aws_db_instance.main",
	"type": "aws.rds.db_instance",
	"attributes": attributes,
}]}}

test_deny_backup_retention if {
	some v in backup_retention.deny with input as instance({"backup_retention_period": 1})
	v.resource_id == "aws_db_instance.main"
	v.attribute_path == ["backup_retention_period"]
}

test_deny_from_data if {
	count(backup_retention.deny) == 1 with data.scan.resources_by_type as instance({"backup_retention_period": 1}).resources_by_type
}

test_allow_compliant if {
	count(backup_retention.deny) == 0 with input as instance({"backup_retention_period": 7})
}

test_allow_attribute_absent if {
	count(backup_retention.deny) == 0 with input as instance({})
}

test_allow_unknown if {
	count(backup_retention.deny) == 0 with input as instance({"backup_retention_period": {"$unknown": true, "reason": "set by the Aurora DB cluster"}})
}

test_allow_other_types if {
	count(backup_retention.deny) == 0 with input as {"resources_by_type": {"aws.s3.bucket": [{"id": "b", "attributes": {"backup_retention_period": 1}}]}}
}

test_deny_backups_off if {
	some v in backup_retention.deny with input as instance({"backup_retention_period": 0})
	contains(v.msg, "for 0 day(s)")
}

test_allow_above_minimum if {
	count(backup_retention.deny) == 0 with input as instance({"backup_retention_period": 35})
}

test_allow_not_a_number if {
	count(backup_retention.deny) == 0 with input as instance({"backup_retention_period": "3"})
}

test_deny_cluster if {
	backup_retention.deny == {{
		"msg": "RDS DB cluster aws_rds_cluster.main keeps automated backups for 1 day(s); at least 7 are required",
		"resource_id": "aws_rds_cluster.main",
		"attribute_path": ["backup_retention_period"],
	}} with input as {"resources_by_type": {"aws.rds.db_cluster": [{"id": "aws_rds_cluster.main", "attributes": {"backup_retention_period": 1}}]}}
}

test_allow_cluster_long_retention if {
	count(backup_retention.deny) == 0 with input as {"resources_by_type": {"aws.rds.db_cluster": [{"id": "c", "attributes": {"backup_retention_period": 14}}]}}
}
