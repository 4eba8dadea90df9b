package checks.aws.secretsmanager.rotation_test

import data.checks.aws.secretsmanager.rotation

secret(attributes) := {"resources_by_type": {"aws.secretsmanager.secret": [{
	"id": "aws_secretsmanager_secret.db",
	"type": "aws.secretsmanager.secret",
	"attributes": attributes,
}]}}

test_deny_no_rotation if {
	some v in rotation.deny with input as secret({"rotation_enabled": false})
	v.resource_id == "aws_secretsmanager_secret.db"
	v.attribute_path == ["rotation_enabled"]
}

test_allow_rotation if {
	count(rotation.deny) == 0 with input as secret({"rotation_enabled": true})
}

test_allow_attribute_absent if {
	count(rotation.deny) == 0 with input as secret({})
}

test_allow_unknown if {
	count(rotation.deny) == 0 with input as secret({"rotation_enabled": {"$unknown": true, "reason": "aws_secretsmanager_secret_rotation.r rotates a secret that cannot be resolved"}})
}

test_allow_other_types if {
	count(rotation.deny) == 0 with input as {"resources_by_type": {"aws.kms.key": [{"id": "k", "attributes": {"rotation_enabled": false}}]}}
}
