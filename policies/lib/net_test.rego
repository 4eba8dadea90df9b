package lib.net_test

import data.lib.net

rule(protocol, from, to) := {"protocol": protocol, "from_port": from, "to_port": to}

test_allow_world if {
	net.is_world("0.0.0.0/0")
	net.is_world("::/0")
	not net.is_world("10.0.0.0/8")
	not net.is_world(json.unmarshal(`{"$unknown": true}`))
}

test_allow_world_parsed_not_compared if {
	every cidr in ["0.0.0.0/00", "000.000.000.000/0", "10.0.0.0/0", "0000:0000::/0", "::0/0", "0:0:0:0:0:0:0:0/0", "::ffff:0.0.0.0/0"] {
		net.is_world(cidr)
	}
	every cidr in ["0.0.0.0/1", "0.0.0.0/8", "::/1", "0.0.0.0", "/0", "0.0.0.0/0/0", "a.b.c.d/0", "0.0.0.0/ 0", "::/0000"] {
		not net.is_world(cidr)
	}
}

test_allow_world_cidr_paths if {
	net.world_cidr_paths({"cidr_ipv4": ["10.0.0.0/8", "0.0.0.0/0"], "cidr_ipv6": ["::/0"]}) == {["cidr_ipv4", 1], ["cidr_ipv6", 0]}
	net.world_cidr_paths({"cidr_ipv4": {"$unknown": true}}) == set()
}

test_allow_includes_port if {
	net.includes_port(rule("tcp", 20, 25), 22)
	net.includes_port(rule("-1", 0, 0), 22)
	not net.includes_port(rule("tcp", 23, 25), 22)
	not net.includes_port(rule("tcp", {"$unknown": true}, 25), 22)
}

test_allow_covers_tcp if {
	net.covers_tcp(rule("tcp", 0, 0))
	net.covers_tcp(rule("-1", 0, 0))
	not net.covers_tcp(rule("udp", 0, 0))
}

test_allow_all_ports if {
	net.all_ports(rule("-1", 0, 65535))
	net.all_ports(rule("tcp", 0, 65535))
	net.all_ports(rule("udp", 1, 65535))
	not net.all_ports(rule("tcp", 2, 65535))
	not net.all_ports(rule("icmp", -1, -1))
}

test_allow_public_ingress if {
	entries := net.public_ingress with input as {"resources_by_type": {"aws.ec2.security_group": [{
		"id": "sg",
		"attributes": {"ingress": [
			{"protocol": "tcp", "from_port": 443, "to_port": 443, "cidr_ipv4": ["10.0.0.0/8"]},
			{"protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_ipv4": ["0.0.0.0/0"], "description": "ssh"},
		]},
	}]}}
	[e] := [e | some e in entries]
	e.path == ["ingress", 1, "cidr_ipv4", 0]
	e.cidr == "0.0.0.0/0"
	net.rule_label(e) == "ingress[1] (ssh)"
}
