# METADATA
# scope: package
# title: Network ACLs do not allow SSH or RDP from the internet
# description: >-
#   A network ACL entry that allows TCP port 22 or 3389 (or all traffic) from 0.0.0.0/0 or ::/0
#   lets the whole internet reach remote administration on every subnet the ACL covers, leaving
#   security groups as the only barrier. Entries are evaluated by rule number, so an allow is not
#   reported when a lower-numbered entry denies the same traffic from everywhere (or may, as far
#   as the scan can tell).
#   Any CIDR with a prefix length of 0 is the world however it is written (0.0.0.0/00, ::0/0).
#   An entry whose ACL is not in the module or template is checked on its own (the ACL's other
#   entries are not seen), not skipped.
# related_resources:
#   - https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-21
# custom:
#   id: AWS-0024
#   severity: HIGH
#   resource_types: [aws.ec2.network_acl]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Allow ports 22 and 3389 only from known CIDRs, or add a lower-numbered deny entry for them
#     from 0.0.0.0/0 and ::/0; reach instances through Session Manager or a bastion instead.
#   frameworks:
#     aws-fsbp: [EC2.21]
#     cis-aws-3.0: ["5.1"]
#     cis-aws-4.0.1: ["5.2"]
#     hipaa-security: ["164.312(a)(1)", "164.312(e)(1)"]
#     iso-27001-2022: ["8.20"]
#     nist-800-53-r5: [SC-7, AC-17, CM-7]
#     pci-dss-4.0.1: ["1.3.1"]
#     soc2-2017: [CC6.6]
#   peers:
#     checkov: [CKV_AWS_231, CKV_AWS_232]
#   reads:
#     - ingress.*.rule_number
#     - ingress.*.action
#     - ingress.*.protocol
#     - ingress.*.from_port
#     - ingress.*.to_port
#     - ingress.*.cidr_ipv4
#     - ingress.*.cidr_ipv6
#   deprecated: false
package checks.aws.vpc.nacl_admin_ports

import data.lib.net
import data.lib.scan
import data.lib.unknown

admin_ports := {22, 3389}

# may(x, want) holds when x is want or unknown.
may(x, want) if x == want

may(x, _) if unknown.is_unknown(x)

# may_cover(e, port): the entry allows (or may allow) TCP traffic to port.
may_cover(e, port) if {
	net.covers_tcp(e)
	net.includes_port(e, port)
}

may_cover(e, _) if unknown.is_unknown(e.protocol)

may_cover(e, _) if {
	net.covers_tcp(e)
	not net.all_traffic(e)
	some key in ["from_port", "to_port"]
	unknown.is_unknown(e[key])
}

# may_come_first: an unknown object never compares below a number, so it is tested on its own.
may_come_first(other, e) if {
	is_number(other.rule_number)
	other.rule_number < e.rule_number
}

may_come_first(other, _) if unknown.is_unknown(other.rule_number)

# shadowed: a lower-numbered entry denies (or may deny) this traffic from the whole internet.
shadowed(entries, e, field, port) if {
	some other in entries
	may_come_first(other, e)
	may(other.action, "deny")
	may(other[field], e[field])
	may_cover(other, port)
}

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.ec2.network_acl")
	entries := r.attributes.ingress
	is_array(entries)
	some i, e in entries
	e.action == "allow"
	is_number(e.rule_number)
	some field in ["cidr_ipv4", "cidr_ipv6"]
	net.is_world(e[field])
	open := sort({port |
		some port in admin_ports
		net.covers_tcp(e)
		net.includes_port(e, port)
		not shadowed(entries, e, field, port)
	})
	count(open) > 0
	ports := concat(" and ", [format_int(p, 10) | some p in open])
	v := {
		"msg": concat("", ["Network ACL ", r.id, " ingress rule ", format_int(e.rule_number, 10), " allows port ", ports, " from ", e[field]]),
		"resource_id": r.id,
		"attribute_path": ["ingress", i, field],
	}
}
