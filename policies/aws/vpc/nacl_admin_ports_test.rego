package checks.aws.vpc.nacl_admin_ports_test

import data.checks.aws.vpc.nacl_admin_ports

unk := {"$unknown": true, "reason": "var.x"}

acl(ingress) := {"resources_by_type": {"aws.ec2.network_acl": [{
	"id": "aws_network_acl.main",
	"type": "aws.ec2.network_acl",
	"attributes": {"is_default": false, "ingress": ingress, "egress": []},
}]}}

entry(number, action, protocol, from, to, v4) := {
	"rule_number": number,
	"action": action,
	"protocol": protocol,
	"from_port": from,
	"to_port": to,
	"cidr_ipv4": v4,
	"cidr_ipv6": null,
}

test_deny_ssh if {
	nacl_admin_ports.deny == {{
		"msg": "Network ACL aws_network_acl.main ingress rule 100 allows port 22 from 0.0.0.0/0",
		"resource_id": "aws_network_acl.main",
		"attribute_path": ["ingress", 0, "cidr_ipv4"],
	}} with input as acl([entry(100, "allow", "tcp", 22, 22, "0.0.0.0/0")])
}

test_deny_all_traffic if {
	some v in nacl_admin_ports.deny with input as acl([entry(100, "allow", "-1", 0, 65535, "0.0.0.0/0")])
	v.msg == "Network ACL aws_network_acl.main ingress rule 100 allows port 22 and 3389 from 0.0.0.0/0"
}

test_deny_ipv6 if {
	some v in nacl_admin_ports.deny with input as acl([{
		"rule_number": 101, "action": "allow", "protocol": "tcp",
		"from_port": 3389, "to_port": 3389, "cidr_ipv4": null, "cidr_ipv6": "::/0",
	}])
	v.attribute_path == ["ingress", 0, "cidr_ipv6"]
}

test_deny_later_deny_does_not_help if {
	count(nacl_admin_ports.deny) == 1 with input as acl([
		entry(100, "allow", "tcp", 22, 22, "0.0.0.0/0"),
		entry(200, "deny", "-1", 0, 65535, "0.0.0.0/0"),
	])
}

test_deny_narrow_deny_does_not_help if {
	count(nacl_admin_ports.deny) == 1 with input as acl([
		entry(50, "deny", "tcp", 22, 22, "198.51.100.0/24"),
		entry(100, "allow", "tcp", 22, 22, "0.0.0.0/0"),
	])
}

test_allow_earlier_deny if {
	count(nacl_admin_ports.deny) == 0 with input as acl([
		entry(50, "deny", "tcp", 22, 22, "0.0.0.0/0"),
		entry(100, "allow", "tcp", 22, 22, "0.0.0.0/0"),
	])
}

test_allow_earlier_unknown_entry if {
	count(nacl_admin_ports.deny) == 0 with input as acl([
		entry(unk, unk, "tcp", 22, 22, "0.0.0.0/0"),
		entry(100, "allow", "tcp", 22, 22, "0.0.0.0/0"),
	])
}

test_allow_private_cidr if {
	count(nacl_admin_ports.deny) == 0 with input as acl([entry(100, "allow", "tcp", 22, 22, "10.0.0.0/8")])
}

test_allow_other_port if {
	count(nacl_admin_ports.deny) == 0 with input as acl([entry(100, "allow", "tcp", 443, 443, "0.0.0.0/0")])
}

test_allow_deny_entry if {
	count(nacl_admin_ports.deny) == 0 with input as acl([entry(100, "deny", "tcp", 22, 22, "0.0.0.0/0")])
}

test_allow_attribute_absent if {
	count(nacl_admin_ports.deny) == 0 with input as acl([{"rule_number": 100, "action": "allow", "protocol": "tcp"}])
}

test_allow_unknown_cidr if {
	count(nacl_admin_ports.deny) == 0 with input as acl([entry(100, "allow", "tcp", 22, 22, unk)])
}

test_allow_unknown_ports if {
	count(nacl_admin_ports.deny) == 0 with input as acl([entry(100, "allow", "tcp", unk, unk, "0.0.0.0/0")])
}

test_allow_unknown_entries if {
	count(nacl_admin_ports.deny) == 0 with input as acl(unk)
}

test_allow_egress if {
	count(nacl_admin_ports.deny) == 0 with input as {"resources_by_type": {"aws.ec2.network_acl": [{
		"id": "a", "attributes": {"ingress": [], "egress": [entry(100, "allow", "-1", 0, 65535, "0.0.0.0/0")]},
	}]}}
}

test_allow_other_types if {
	count(nacl_admin_ports.deny) == 0 with input as {"resources_by_type": {"aws.ec2.security_group": [{
		"id": "s", "attributes": {"ingress": [entry(100, "allow", "tcp", 22, 22, "0.0.0.0/0")]},
	}]}}
}
