package checks.aws.rds.auto_minor_version_upgrade_test

import data.checks.aws.rds.auto_minor_version_upgrade

instance(attributes) := {"resources_by_type": {"aws.rds.db_instance": [{
	"id": "aws_db_instance.main",
	"type": "aws.rds.db_instance",
	"attributes": attributes,
}]}}

test_deny_auto_minor_version_upgrade if {
	some v in auto_minor_version_upgrade.deny with input as instance({"auto_minor_version_upgrade": false})
	v.resource_id == "aws_db_instance.main"
	v.attribute_path == ["auto_minor_version_upgrade"]
}

test_deny_from_data if {
	count(auto_minor_version_upgrade.deny) == 1 with data.scan.resources_by_type as instance({"auto_minor_version_upgrade": false}).resources_by_type
}

test_allow_compliant if {
	count(auto_minor_version_upgrade.deny) == 0 with input as instance({"auto_minor_version_upgrade": true})
}

test_allow_attribute_absent if {
	count(auto_minor_version_upgrade.deny) == 0 with input as instance({})
}

test_allow_unknown if {
	count(auto_minor_version_upgrade.deny) == 0 with input as instance({"auto_minor_version_upgrade": {"$unknown": true, "reason": "set by the Aurora DB cluster"}})
}

test_allow_other_types if {
	count(auto_minor_version_upgrade.deny) == 0 with input as {"resources_by_type": {"aws.s3.bucket": [{"id": "b", "attributes": {"auto_minor_version_upgrade": false}}]}}
}
