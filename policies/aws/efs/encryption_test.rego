package checks.aws.efs.encryption_test

import data.checks.aws.efs.encryption

resource(attributes) := {"resources_by_type": {"aws.efs.file_system": [{
	"id": "aws_efs_file_system.shared",
	"type": "aws.efs.file_system",
	"attributes": attributes,
}]}}

test_deny_encrypted if {
	some v in encryption.deny with input as resource({"encrypted": false})
	v.resource_id == "aws_efs_file_system.shared"
	v.attribute_path == ["encrypted"]
}

test_deny_from_data if {
	count(encryption.deny) == 1 with data.scan.resources_by_type as resource({"encrypted": false}).resources_by_type
}

test_allow_compliant if {
	count(encryption.deny) == 0 with input as resource({"encrypted": true})
}

test_allow_attribute_absent if {
	count(encryption.deny) == 0 with input as resource({})
}

test_allow_unknown if {
	count(encryption.deny) == 0 with input as resource({"encrypted": {"$unknown": true, "reason": "var.x has no value"}})
}

test_allow_other_types if {
	count(encryption.deny) == 0 with input as {"resources_by_type": {"aws.s3.bucket": [{"id": "b", "type": "aws.s3.bucket", "attributes": {"encrypted": false}}]}}
}
