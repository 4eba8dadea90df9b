package checks.aws.ec2.instance_public_ip_test

import data.checks.aws.ec2.instance_public_ip

unk := {"$unknown": true, "reason": "the subnet decides"}

resource(type, attributes) := {"resources_by_type": {type: [{
	"id": "web",
	"type": type,
	"attributes": attributes,
}]}}

test_deny_instance if {
	instance_public_ip.deny == {{
		"msg": "EC2 instance web assigns a public IPv4 address",
		"resource_id": "web",
		"attribute_path": ["public_ip"],
	}} with input as resource("aws.ec2.instance", {"public_ip": true})
}

test_deny_launch_configuration if {
	count(instance_public_ip.deny) == 1 with input as resource("aws.autoscaling.launch_configuration", {"public_ip": true})
}

test_allow_no_public_ip if {
	count(instance_public_ip.deny) == 0 with input as resource("aws.ec2.instance", {"public_ip": false})
}

test_allow_attribute_absent if {
	count(instance_public_ip.deny) == 0 with input as resource("aws.ec2.instance", {})
}

test_allow_unknown if {
	count(instance_public_ip.deny) == 0 with input as resource("aws.ec2.instance", {"public_ip": unk})
}

test_allow_other_types if {
	count(instance_public_ip.deny) == 0 with input as resource("aws.ec2.volume", {"public_ip": true})
}

test_deny_launch_template if {
	count(instance_public_ip.deny) == 1 with input as resource("aws.ec2.launch_template", {"public_ip": true})
}
