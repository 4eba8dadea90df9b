package checks.aws.ec2.open_all_ports_test

import data.checks.aws.ec2.open_all_ports

unk := {"$unknown": true, "reason": "var.cidr"}

sg(ingress) := {"resources_by_type": {"aws.ec2.security_group": [{
	"id": "AWS::EC2::SecurityGroup/Web",
	"type": "aws.ec2.security_group",
	"attributes": {"ingress": ingress, "egress": []},
}]}}

rule(protocol, from, to, v4) := {
	"protocol": protocol,
	"from_port": from,
	"to_port": to,
	"cidr_ipv4": v4,
	"cidr_ipv6": [],
	"description": "everything",
}

test_deny_all_traffic if {
	open_all_ports.deny == {{
		"msg": "Security group AWS::EC2::SecurityGroup/Web ingress[0] (everything) allows all ports from 0.0.0.0/0",
		"resource_id": "AWS::EC2::SecurityGroup/Web",
		"attribute_path": ["ingress", 0, "cidr_ipv4", 0],
	}} with input as sg([rule("-1", 0, 65535, ["0.0.0.0/0"])])
}

test_deny_tcp_all_ports if {
	count(open_all_ports.deny) == 1 with input as sg([rule("tcp", 0, 65535, ["0.0.0.0/0"])])
}

test_deny_udp_1_to_65535 if {
	count(open_all_ports.deny) == 1 with input as sg([rule("udp", 1, 65535, ["0.0.0.0/0"])])
}

test_allow_port_range if {
	count(open_all_ports.deny) == 0 with input as sg([rule("tcp", 1024, 65535, ["0.0.0.0/0"])])
}

test_allow_private if {
	count(open_all_ports.deny) == 0 with input as sg([rule("-1", 0, 65535, ["172.16.0.0/12"])])
}

test_allow_icmp if {
	count(open_all_ports.deny) == 0 with input as sg([rule("icmp", -1, -1, ["0.0.0.0/0"])])
}

test_allow_attribute_absent if {
	count(open_all_ports.deny) == 0 with input as sg([{"cidr_ipv4": ["0.0.0.0/0"]}])
}

test_allow_unknown_protocol if {
	count(open_all_ports.deny) == 0 with input as sg([rule(unk, 0, 65535, ["0.0.0.0/0"])])
}

test_allow_unknown_cidr if {
	count(open_all_ports.deny) == 0 with input as sg([rule("-1", 0, 65535, [unk])])
}
