package checks.aws.vpc.default_security_group_test

import data.checks.aws.vpc.default_security_group

unk := {"$unknown": true, "reason": "dynamic block"}

managed(ingress, egress) := {"resources_by_type": {"aws.ec2.default_security_group": [{
	"id": "aws_default_security_group.main",
	"type": "aws.ec2.default_security_group",
	"attributes": {"vpc_id": unk, "ingress_rules": ingress, "egress_rules": egress},
}]}}

recorded(name, ingress, egress) := {"resources_by_type": {"aws.ec2.security_group": [{
	"id": "sg-1",
	"type": "aws.ec2.security_group",
	"attributes": {"name": name, "ingress": ingress, "egress": egress},
}]}}

rule := {"protocol": "-1", "from_port": 0, "to_port": 65535}

test_deny_managed_ingress if {
	default_security_group.deny == {{
		"msg": "Default security group aws_default_security_group.main has ingress rules",
		"resource_id": "aws_default_security_group.main",
		"attribute_path": ["ingress_rules"],
	}} with input as managed(1, 0)
}

test_deny_recorded_default if {
	default_security_group.deny == {
		{"msg": "Default security group sg-1 has ingress rules", "resource_id": "sg-1", "attribute_path": ["ingress"]},
		{"msg": "Default security group sg-1 has egress rules", "resource_id": "sg-1", "attribute_path": ["egress"]},
	} with input as recorded("default", [rule], [rule])
}

test_allow_managed_empty if {
	count(default_security_group.deny) == 0 with input as managed(0, 0)
}

test_allow_recorded_empty if {
	count(default_security_group.deny) == 0 with input as recorded("default", [], [])
}

test_allow_other_group if {
	count(default_security_group.deny) == 0 with input as recorded("web", [rule], [rule])
}

test_allow_attribute_absent if {
	count(default_security_group.deny) == 0 with input as {"resources_by_type": {"aws.ec2.default_security_group": [{"id": "d", "attributes": {}}]}}
}

test_allow_unknown if {
	count(default_security_group.deny) == 0 with input as managed(unk, unk)
}

test_allow_unknown_name if {
	count(default_security_group.deny) == 0 with input as recorded(unk, [rule], [rule])
}

test_allow_other_types if {
	count(default_security_group.deny) == 0 with input as {"resources_by_type": {"aws.ec2.vpc": [{"id": "v", "attributes": {"ingress_rules": 3}}]}}
}

vpc(managed) := {"resources_by_type": {"aws.ec2.vpc": [{"id": "aws_vpc.main", "attributes": {"default_security_group_managed": managed}}]}}

test_deny_vpc_default_group_unmanaged if {
	default_security_group.deny == {{
		"msg": "VPC aws_vpc.main keeps the default security group AWS creates, which allows all traffic between its members: no aws_default_security_group manages it",
		"resource_id": "aws_vpc.main",
		"attribute_path": ["default_security_group_managed"],
	}} with input as vpc(false)
}

test_allow_vpc_default_group_managed if {
	count(default_security_group.deny) == 0 with input as vpc(true)
}

test_allow_vpc_default_group_unknown if {
	count(default_security_group.deny) == 0 with input as vpc(unk)
}
