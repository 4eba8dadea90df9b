# METADATA
# title: Network helpers
# description: >-
#   Helpers for security group rules in canonical form (see src/model/aws/ec2.ts): world-open
#   CIDRs, port ranges and protocols. Unknown values never match.
# custom:
#   library: true
package lib.net

import data.lib.scan

# is_world(cidr) holds for a CIDR whose prefix length is 0: the whole IPv4 or IPv6 space,
# however the address is written (0.0.0.0/0, 0.0.0.0/00, ::/0, ::0/0, 0000:0000::/0). The text
# is parsed, not compared: a prefix of zero bits matches every address of its family.
is_world(cidr) if {
	is_string(cidr)
	parts := split(cidr, "/")
	count(parts) == 2
	regex.match(`^0{1,3}$`, parts[1])
	ip_address(parts[0])
}

# dotted quad (IPv4) or colon-separated hex groups (IPv6, with :: and an IPv4 tail)
ip_address(text) if regex.match(`^[0-9]{1,3}(\.[0-9]{1,3}){3}$`, text)

ip_address(text) if {
	regex.match(`^[0-9A-Fa-f:.]{2,45}$`, text)
	contains(text, ":")
}

# world_cidr_paths(rule) is the set of [field, index] pairs of rule whose CIDR is world-open.
world_cidr_paths(rule) := {[field, i] |
	some field in ["cidr_ipv4", "cidr_ipv6"]
	cidrs := rule[field]
	is_array(cidrs)
	some i, cidr in cidrs
	is_world(cidr)
}

# all_traffic(rule) holds when the rule allows every protocol (-1).
all_traffic(rule) if rule.protocol == "-1"

# covers_tcp(rule) holds when the rule allows TCP (tcp or all traffic).
covers_tcp(rule) if rule.protocol == "tcp"

covers_tcp(rule) if all_traffic(rule)

# includes_port(rule, port) holds when the rule's port range contains port.
includes_port(rule, _) if all_traffic(rule)

includes_port(rule, port) if {
	is_number(rule.from_port)
	is_number(rule.to_port)
	rule.from_port <= port
	port <= rule.to_port
}

# all_ports(rule) holds when the rule allows every port: protocol -1, or tcp/udp over 0-65535
# (or 1-65535).
all_ports(rule) if all_traffic(rule)

all_ports(rule) if {
	rule.protocol in {"tcp", "udp"}
	is_number(rule.from_port)
	rule.from_port <= 1
	rule.to_port == 65535
}

# public_ingress: one entry per world-open CIDR of every ingress rule of every security group:
# {resource_id, rule, cidr, path}; path is the attribute path of the CIDR,
# e.g. ["ingress", 2, "cidr_ipv4", 0].
public_ingress contains e if {
	some r in scan.resources("aws.ec2.security_group")
	is_array(r.attributes.ingress)
	some i, rule in r.attributes.ingress
	is_object(rule)
	some [field, j] in world_cidr_paths(rule)
	e := {
		"resource_id": r.id,
		"rule": rule,
		"cidr": rule[field][j],
		"path": ["ingress", i, field, j],
	}
}

# rule_label(e) names an ingress entry for messages: "ingress[2] (ssh)" or "ingress[2]".
rule_label(e) := concat("", ["ingress[", format_int(e.path[1], 10), "] (", e.rule.description, ")"]) if {
	is_string(e.rule.description)
	e.rule.description != ""
} else := concat("", ["ingress[", format_int(e.path[1], 10), "]"])
