package checks.aws.ec2.instance_block_device_encryption_test

import data.checks.aws.ec2.instance_block_device_encryption

unk := {"$unknown": true, "reason": "account default"}

instance(devices) := {"resources_by_type": {"aws.ec2.instance": [{
	"id": "aws_instance.web",
	"type": "aws.ec2.instance",
	"attributes": {"block_devices": devices},
}]}}

test_deny_root if {
	instance_block_device_encryption.deny == {{
		"msg": "EC2 instance aws_instance.web does not encrypt its root block device",
		"resource_id": "aws_instance.web",
		"attribute_path": ["block_devices", 0, "encrypted"],
	}} with input as instance([{"device_name": null, "root": true, "encrypted": false}])
}

test_deny_named_device if {
	some v in instance_block_device_encryption.deny with input as instance([
		{"device_name": null, "root": true, "encrypted": true},
		{"device_name": "/dev/sdf", "root": false, "encrypted": false},
	])
	v.msg == "EC2 instance aws_instance.web does not encrypt its block device /dev/sdf"
	v.attribute_path == ["block_devices", 1, "encrypted"]
}

test_allow_encrypted if {
	count(instance_block_device_encryption.deny) == 0 with input as instance([{"device_name": "/dev/xvda", "root": null, "encrypted": true}])
}

test_allow_attribute_absent if {
	count(instance_block_device_encryption.deny) == 0 with input as instance([{"device_name": "/dev/xvda", "root": null}])
}

test_allow_no_devices if {
	count(instance_block_device_encryption.deny) == 0 with input as instance([])
}

test_allow_unknown if {
	count(instance_block_device_encryption.deny) == 0 with input as instance([{"device_name": null, "root": true, "encrypted": unk}])
}

test_allow_unknown_devices if {
	count(instance_block_device_encryption.deny) == 0 with input as instance(unk)
}

test_allow_other_types if {
	count(instance_block_device_encryption.deny) == 0 with input as {"resources_by_type": {"aws.ec2.volume": [{"id": "v", "attributes": {"block_devices": [{"encrypted": false}]}}]}}
}
