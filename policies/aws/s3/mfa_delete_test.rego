package checks.aws.s3.mfa_delete_test

import data.checks.aws.s3.mfa_delete

bucket(format, versioning) := {"resources_by_type": {"aws.s3.bucket": [{
	"id": "aws_s3_bucket.records",
	"type": "aws.s3.bucket",
	"format": format,
	"attributes": {"versioning": versioning},
}]}}

test_deny_mfa_delete_off if {
	some v in mfa_delete.deny with input as bucket("terraform", {"enabled": true, "mfa_delete": false})
	v.attribute_path == ["versioning", "mfa_delete"]
}

test_deny_aws_config if {
	count(mfa_delete.deny) == 1 with input as bucket("aws-config", {"enabled": true, "mfa_delete": false})
}

test_allow_mfa_delete_on if {
	count(mfa_delete.deny) == 0 with input as bucket("terraform", {"enabled": true, "mfa_delete": true})
}

test_allow_cloudformation if {
	count(mfa_delete.deny) == 0 with input as bucket("cloudformation", {"enabled": true, "mfa_delete": false})
}

test_allow_attribute_absent if {
	count(mfa_delete.deny) == 0 with input as bucket("terraform", {})
}

test_allow_unknown if {
	count(mfa_delete.deny) == 0 with input as bucket("aws-config", {"mfa_delete": {"$unknown": true}})
}

test_allow_other_types if {
	count(mfa_delete.deny) == 0 with input as {"resources_by_type": {"aws.dynamodb.table": [{"id": "t", "format": "terraform", "attributes": {"versioning": {"mfa_delete": false}}}]}}
}
