package checks.aws.rds.cluster_storage_encryption_test

import data.checks.aws.rds.cluster_storage_encryption

resource(attributes) := {"resources_by_type": {"aws.rds.db_cluster": [{
	"id": "aws_rds_cluster.orders",
	"type": "aws.rds.db_cluster",
	"attributes": attributes,
}]}}

test_deny_storage_encrypted if {
	some v in cluster_storage_encryption.deny with input as resource({"storage_encrypted": false})
	v.resource_id == "aws_rds_cluster.orders"
	v.attribute_path == ["storage_encrypted"]
}

test_deny_from_data if {
	count(cluster_storage_encryption.deny) == 1 with data.scan.resources_by_type as resource({"storage_encrypted": false}).resources_by_type
}

test_allow_compliant if {
	count(cluster_storage_encryption.deny) == 0 with input as resource({"storage_encrypted": true})
}

test_allow_attribute_absent if {
	count(cluster_storage_encryption.deny) == 0 with input as resource({})
}

test_allow_unknown if {
	count(cluster_storage_encryption.deny) == 0 with input as resource({"storage_encrypted": {"$unknown": true, "reason": "var.x has no value"}})
}

test_allow_other_types if {
	count(cluster_storage_encryption.deny) == 0 with input as {"resources_by_type": {"aws.s3.bucket": [{"id": "b", "type": "aws.s3.bucket", "attributes": {"storage_encrypted": false}}]}}
}
