package checks.aws.redshift.audit_logging_test

import data.checks.aws.redshift.audit_logging

resource(attributes) := {"resources_by_type": {"aws.redshift.cluster": [{
	"id": "aws_redshift_cluster.warehouse",
	"type": "aws.redshift.cluster",
	"attributes": attributes,
}]}}

test_deny_logging_enabled if {
	some v in audit_logging.deny with input as resource({"logging_enabled": false})
	v.resource_id == "aws_redshift_cluster.warehouse"
	v.attribute_path == ["logging_enabled"]
}

test_deny_from_data if {
	count(audit_logging.deny) == 1 with data.scan.resources_by_type as resource({"logging_enabled": false}).resources_by_type
}

test_allow_compliant if {
	count(audit_logging.deny) == 0 with input as resource({"logging_enabled": true})
}

test_allow_attribute_absent if {
	count(audit_logging.deny) == 0 with input as resource({})
}

test_allow_unknown if {
	count(audit_logging.deny) == 0 with input as resource({"logging_enabled": {"$unknown": true, "reason": "var.x has no value"}})
}

test_allow_other_types if {
	count(audit_logging.deny) == 0 with input as {"resources_by_type": {"aws.s3.bucket": [{"id": "b", "type": "aws.s3.bucket", "attributes": {"logging_enabled": false}}]}}
}
