package checks.aws.redshift.public_access_test

import data.checks.aws.redshift.public_access

resource(attributes) := {"resources_by_type": {"aws.redshift.cluster": [{
	"id": "aws_redshift_cluster.warehouse",
	"type": "aws.redshift.cluster",
	"attributes": attributes,
}]}}

test_deny_publicly_accessible if {
	some v in public_access.deny with input as resource({"publicly_accessible": true})
	v.resource_id == "aws_redshift_cluster.warehouse"
	v.attribute_path == ["publicly_accessible"]
}

test_deny_from_data if {
	count(public_access.deny) == 1 with data.scan.resources_by_type as resource({"publicly_accessible": true}).resources_by_type
}

test_allow_compliant if {
	count(public_access.deny) == 0 with input as resource({"publicly_accessible": false})
}

test_allow_attribute_absent if {
	count(public_access.deny) == 0 with input as resource({})
}

test_allow_unknown if {
	count(public_access.deny) == 0 with input as resource({"publicly_accessible": {"$unknown": true, "reason": "var.x has no value"}})
}

test_allow_other_types if {
	count(public_access.deny) == 0 with input as {"resources_by_type": {"aws.s3.bucket": [{"id": "b", "type": "aws.s3.bucket", "attributes": {"publicly_accessible": true}}]}}
}
