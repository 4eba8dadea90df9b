package checks.aws.ec2.open_database_ports_test

import data.checks.aws.ec2.open_database_ports

unk := {"$unknown": true, "reason": "var.cidr"}

sg(ingress) := {"resources_by_type": {"aws.ec2.security_group": [{
	"id": "aws_security_group.db",
	"type": "aws.ec2.security_group",
	"attributes": {"ingress": ingress, "egress": []},
}]}}

rule(protocol, from, to, v4, v6) := {
	"protocol": protocol,
	"from_port": from,
	"to_port": to,
	"cidr_ipv4": v4,
	"cidr_ipv6": v6,
}

test_deny_mysql if {
	open_database_ports.deny == {{
		"msg": "Security group aws_security_group.db ingress[1] allows port(s) 3306 from 0.0.0.0/0",
		"resource_id": "aws_security_group.db",
		"attribute_path": ["ingress", 1, "cidr_ipv4", 0],
	}} with input as sg([rule("tcp", 443, 443, ["0.0.0.0/0"], []), rule("tcp", 3306, 3306, ["0.0.0.0/0"], [])])
}

test_deny_range_lists_ports if {
	some v in open_database_ports.deny with input as sg([rule("tcp", 5000, 7000, [], ["::/0"])])
	v.msg == "Security group aws_security_group.db ingress[0] allows port(s) 5432, 5601, 6379 from ::/0"
	v.attribute_path == ["ingress", 0, "cidr_ipv6", 0]
}

test_allow_all_ports_left_to_aws_0007 if {
	count(open_database_ports.deny) == 0 with input as sg([rule("tcp", 0, 65535, ["0.0.0.0/0"], []), rule("-1", 0, 65535, ["0.0.0.0/0"], [])])
}

test_allow_private_cidr if {
	count(open_database_ports.deny) == 0 with input as sg([rule("tcp", 5432, 5432, ["10.0.0.0/8"], [])])
}

test_allow_other_port if {
	count(open_database_ports.deny) == 0 with input as sg([rule("tcp", 443, 443, ["0.0.0.0/0"], [])])
}

test_allow_udp if {
	count(open_database_ports.deny) == 0 with input as sg([rule("udp", 445, 445, ["0.0.0.0/0"], [])])
}

test_allow_attribute_absent if {
	count(open_database_ports.deny) == 0 with input as sg([{"protocol": "tcp", "from_port": 3306, "to_port": 3306}])
}

test_allow_unknown_cidr if {
	count(open_database_ports.deny) == 0 with input as sg([rule("tcp", 3306, 3306, [unk], unk)])
}

test_allow_unknown_port if {
	count(open_database_ports.deny) == 0 with input as sg([rule("tcp", unk, unk, ["0.0.0.0/0"], [])])
}

test_allow_other_types if {
	count(open_database_ports.deny) == 0 with input as {"resources_by_type": {"aws.ec2.default_security_group": [{"id": "d", "attributes": {"ingress": [rule("tcp", 3306, 3306, ["0.0.0.0/0"], [])]}}]}}
}
