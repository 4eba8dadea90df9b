package checks.aws.ec2.ebs_volume_encryption_test

import data.checks.aws.ec2.ebs_volume_encryption

volume(attributes) := {"resources_by_type": {"aws.ec2.volume": [{
	"id": "aws_ebs_volume.data",
	"type": "aws.ec2.volume",
	"attributes": attributes,
}]}}

test_deny_unencrypted if {
	ebs_volume_encryption.deny == {{
		"msg": "EBS volume aws_ebs_volume.data is not encrypted",
		"resource_id": "aws_ebs_volume.data",
		"attribute_path": ["encrypted"],
	}} with input as volume({"encrypted": false})
}

test_allow_encrypted if {
	count(ebs_volume_encryption.deny) == 0 with input as volume({"encrypted": true})
}

test_allow_attribute_absent if {
	count(ebs_volume_encryption.deny) == 0 with input as volume({})
}

test_allow_unknown if {
	count(ebs_volume_encryption.deny) == 0 with input as volume({"encrypted": {"$unknown": true, "reason": "account default"}})
}

test_allow_other_types if {
	count(ebs_volume_encryption.deny) == 0 with input as {"resources_by_type": {"aws.ec2.instance": [{"id": "i", "attributes": {"encrypted": false}}]}}
}
