package checks.aws.vpc.subnet_public_ip_test

import data.checks.aws.vpc.subnet_public_ip

subnet(attributes) := {"resources_by_type": {"aws.ec2.subnet": [{
	"id": "aws_subnet.public",
	"type": "aws.ec2.subnet",
	"attributes": attributes,
}]}}

test_deny_map_public_ip if {
	subnet_public_ip.deny == {{
		"msg": "Subnet aws_subnet.public assigns a public IPv4 address to every instance launched in it",
		"resource_id": "aws_subnet.public",
		"attribute_path": ["map_public_ip_on_launch"],
	}} with input as subnet({"map_public_ip_on_launch": true})
}

test_allow_private if {
	count(subnet_public_ip.deny) == 0 with input as subnet({"map_public_ip_on_launch": false})
}

test_allow_attribute_absent if {
	count(subnet_public_ip.deny) == 0 with input as subnet({})
}

test_allow_unknown if {
	count(subnet_public_ip.deny) == 0 with input as subnet({"map_public_ip_on_launch": {"$unknown": true}})
}

test_allow_other_types if {
	count(subnet_public_ip.deny) == 0 with input as {"resources_by_type": {"aws.ec2.vpc": [{"id": "v", "attributes": {"map_public_ip_on_launch": true}}]}}
}
