package checks.aws.rds.cluster_deletion_protection_test

import data.checks.aws.rds.cluster_deletion_protection

resource(attributes) := {"resources_by_type": {"aws.rds.db_cluster": [{
	"id": "aws_rds_cluster.orders",
	"type": "aws.rds.db_cluster",
	"attributes": attributes,
}]}}

test_deny_deletion_protection if {
	some v in cluster_deletion_protection.deny with input as resource({"deletion_protection": false})
	v.resource_id == "aws_rds_cluster.orders"
	v.attribute_path == ["deletion_protection"]
}

test_deny_from_data if {
	count(cluster_deletion_protection.deny) == 1 with data.scan.resources_by_type as resource({"deletion_protection": false}).resources_by_type
}

test_allow_compliant if {
	count(cluster_deletion_protection.deny) == 0 with input as resource({"deletion_protection": true})
}

test_allow_attribute_absent if {
	count(cluster_deletion_protection.deny) == 0 with input as resource({})
}

test_allow_unknown if {
	count(cluster_deletion_protection.deny) == 0 with input as resource({"deletion_protection": {"$unknown": true, "reason": "var.x has no value"}})
}

test_allow_other_types if {
	count(cluster_deletion_protection.deny) == 0 with input as {"resources_by_type": {"aws.s3.bucket": [{"id": "b", "type": "aws.s3.bucket", "attributes": {"deletion_protection": false}}]}}
}
