package checks.aws.ec2.open_ssh_test

import data.checks.aws.ec2.open_ssh

unk := {"$unknown": true, "reason": "var.cidr"}

sg(ingress) := {"resources_by_type": {"aws.ec2.security_group": [{
	"id": "aws_security_group.web",
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

private := rule("tcp", 443, 443, ["10.0.0.0/8"], [])

test_deny_ipv4 if {
	open_ssh.deny == {{
		"msg": "Security group aws_security_group.web ingress[1] allows SSH (port 22) from 0.0.0.0/0",
		"resource_id": "aws_security_group.web",
		"attribute_path": ["ingress", 1, "cidr_ipv4", 1],
	}} with input as sg([private, rule("tcp", 22, 22, ["10.0.0.0/8", "0.0.0.0/0"], [])])
}

test_deny_ipv6 if {
	some v in open_ssh.deny with input as sg([rule("tcp", 22, 22, [], ["::/0"])])
	v.attribute_path == ["ingress", 0, "cidr_ipv6", 0]
}

test_deny_port_range if {
	count(open_ssh.deny) == 1 with input as sg([rule("tcp", 1, 65535, ["0.0.0.0/0"], [])])
}

test_deny_all_traffic if {
	count(open_ssh.deny) == 1 with input as sg([rule("-1", 0, 65535, ["0.0.0.0/0"], [])])
}

test_deny_from_data if {
	count(open_ssh.deny) == 1 with data.scan.resources_by_type as sg([rule("tcp", 22, 22, ["0.0.0.0/0"], [])]).resources_by_type
}

test_allow_private_cidr if {
	count(open_ssh.deny) == 0 with input as sg([rule("tcp", 22, 22, ["10.0.0.0/8"], [])])
}

test_allow_other_port if {
	count(open_ssh.deny) == 0 with input as sg([rule("tcp", 3389, 3389, ["0.0.0.0/0"], [])])
}

test_allow_udp if {
	count(open_ssh.deny) == 0 with input as sg([rule("udp", 22, 22, ["0.0.0.0/0"], [])])
}

test_allow_attribute_absent if {
	count(open_ssh.deny) == 0 with input as sg([{"protocol": "tcp", "from_port": 22, "to_port": 22}])
}

test_allow_no_rules if {
	count(open_ssh.deny) == 0 with input as sg([])
}

test_allow_unknown_cidr if {
	count(open_ssh.deny) == 0 with input as sg([rule("tcp", 22, 22, [unk], unk)])
}

test_allow_unknown_port if {
	count(open_ssh.deny) == 0 with input as sg([rule("tcp", unk, unk, ["0.0.0.0/0"], [])])
}

test_allow_unknown_ingress if {
	count(open_ssh.deny) == 0 with input as sg(unk)
}
