package checks.aws.secretsmanager.customer_managed_key_test

import data.checks.aws.secretsmanager.customer_managed_key

secret(attributes) := {"resources_by_type": {"aws.secretsmanager.secret": [{
	"id": "aws_secretsmanager_secret.db",
	"type": "aws.secretsmanager.secret",
	"attributes": attributes,
}]}}

test_deny_no_key if {
	some v in customer_managed_key.deny with input as secret({"kms_key_id": null})
	v.attribute_path == ["kms_key_id"]
}

test_deny_aws_managed_alias if {
	count(customer_managed_key.deny) == 1 with input as secret({"kms_key_id": "alias/aws/secretsmanager"})
}

test_allow_customer_key if {
	count(customer_managed_key.deny) == 0 with input as secret({"kms_key_id": "arn:aws:kms:eu-west-1:111122223333:key/0b7e4a52-3c1d-4f6e-9a8b-2d5c7e9f1a3b"})
}

test_allow_attribute_absent if {
	count(customer_managed_key.deny) == 0 with input as secret({})
}

test_allow_unknown if {
	count(customer_managed_key.deny) == 0 with input as secret({"kms_key_id": {"$unknown": true, "reason": "aws_kms_key.secrets.arn"}})
}

test_allow_other_types if {
	count(customer_managed_key.deny) == 0 with input as {"resources_by_type": {"aws.rds.db_instance": [{"id": "d", "attributes": {"kms_key_id": null}}]}}
}

test_aws_managed_key_forms if {
	every key in ["alias/aws/secretsmanager", "arn:aws:kms:eu-west-1:111122223333:alias/aws/secretsmanager", "arn:aws-us-gov:kms:us-gov-west-1:111122223333:alias/aws/secretsmanager"] {
		customer_managed_key.aws_managed(key)
	}
	every key in ["alias/team/aws/secretsmanager", "arn:aws:kms:eu-west-1:111122223333:alias/team/aws/secretsmanager", "arn:aws:kms:eu-west-1:111122223333:key/5f0c3a7e-1d2b-4c8e-9f6a-0b1c2d3e4f5a"] {
		not customer_managed_key.aws_managed(key)
	}
}
