package checks.aws.kms.key_rotation_test

import data.checks.aws.kms.key_rotation

key(attributes) := {"resources_by_type": {"aws.kms.key": [{
	"id": "aws_kms_key.main",
	"type": "aws.kms.key",
	"attributes": object.union({"key_spec": "SYMMETRIC_DEFAULT", "key_manager": "CUSTOMER", "origin": "AWS_KMS", "key_state": null}, attributes),
}]}}

test_deny_rotation_off if {
	some v in key_rotation.deny with input as key({"rotation_enabled": false})
	v.resource_id == "aws_kms_key.main"
	v.attribute_path == ["rotation_enabled"]
}

test_allow_rotation_on if {
	count(key_rotation.deny) == 0 with input as key({"rotation_enabled": true})
}

test_allow_attribute_absent if {
	count(key_rotation.deny) == 0 with input as key({})
}

test_allow_unknown if {
	count(key_rotation.deny) == 0 with input as key({"rotation_enabled": {"$unknown": true, "reason": "var.rotate has no value"}})
}

test_allow_asymmetric if {
	count(key_rotation.deny) == 0 with input as key({"rotation_enabled": false, "key_spec": "RSA_2048"})
}

test_allow_aws_managed if {
	count(key_rotation.deny) == 0 with input as key({"rotation_enabled": false, "key_manager": "AWS"})
}

test_allow_imported_material if {
	count(key_rotation.deny) == 0 with input as key({"rotation_enabled": false, "origin": "EXTERNAL"})
}

test_allow_pending_deletion if {
	count(key_rotation.deny) == 0 with input as key({"rotation_enabled": false, "key_state": "PendingDeletion"})
}

test_allow_unknown_spec if {
	count(key_rotation.deny) == 0 with input as key({"rotation_enabled": false, "key_spec": {"$unknown": true}})
}
