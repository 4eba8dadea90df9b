package checks.aws.ec2.ebs_encryption_by_default_test

import data.checks.aws.ec2.ebs_encryption_by_default

setting(attributes) := {"resources_by_type": {"aws.ec2.ebs_encryption_by_default": [{
	"id": "aws_ebs_encryption_by_default.this",
	"type": "aws.ec2.ebs_encryption_by_default",
	"attributes": attributes,
}]}}

test_deny_disabled if {
	ebs_encryption_by_default.deny == {{
		"msg": "EBS encryption by default is disabled by aws_ebs_encryption_by_default.this",
		"resource_id": "aws_ebs_encryption_by_default.this",
		"attribute_path": ["enabled"],
	}} with input as setting({"enabled": false})
}

test_allow_enabled if {
	count(ebs_encryption_by_default.deny) == 0 with input as setting({"enabled": true})
}

test_allow_attribute_absent if {
	count(ebs_encryption_by_default.deny) == 0 with input as setting({})
}

test_allow_unknown if {
	count(ebs_encryption_by_default.deny) == 0 with input as setting({"enabled": {"$unknown": true, "reason": "var.enabled"}})
}

test_allow_other_types if {
	count(ebs_encryption_by_default.deny) == 0 with input as {"resources_by_type": {"aws.ec2.volume": [{"id": "v", "attributes": {"enabled": false}}]}}
}
