package checks.aws.redshift.cluster_encryption_test

import data.checks.aws.redshift.cluster_encryption

resource(attributes) := {"resources_by_type": {"aws.redshift.cluster": [{
	"id": "aws_redshift_cluster.warehouse",
	"type": "aws.redshift.cluster",
	"attributes": attributes,
}]}}

test_deny_encrypted if {
	some v in cluster_encryption.deny with input as resource({"encrypted": false})
	v.resource_id == "aws_redshift_cluster.warehouse"
	v.attribute_path == ["encrypted"]
}

test_deny_from_data if {
	count(cluster_encryption.deny) == 1 with data.scan.resources_by_type as resource({"encrypted": false}).resources_by_type
}

test_allow_compliant if {
	count(cluster_encryption.deny) == 0 with input as resource({"encrypted": true})
}

test_allow_attribute_absent if {
	count(cluster_encryption.deny) == 0 with input as resource({})
}

test_allow_unknown if {
	count(cluster_encryption.deny) == 0 with input as resource({"encrypted": {"$unknown": true, "reason": "var.x has no value"}})
}

test_allow_other_types if {
	count(cluster_encryption.deny) == 0 with input as {"resources_by_type": {"aws.s3.bucket": [{"id": "b", "type": "aws.s3.bucket", "attributes": {"encrypted": false}}]}}
}
