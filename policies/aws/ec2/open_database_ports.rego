# METADATA
# scope: package
# title: Security groups do not allow database and legacy admin ports from the internet
# description: >-
#   Databases, caches and search engines (MySQL 3306, PostgreSQL 5432, SQL Server 1433, Oracle
#   1521, MongoDB 27017, Redis 6379, Elasticsearch 9200, Kibana 5601) and legacy services (FTP 21,
#   Telnet 23, SMB 445) are scanned for and attacked within minutes of being reachable from
#   0.0.0.0/0 or ::/0. SSH, RDP and rules opening every port have checks of their own (AWS-0005,
#   AWS-0006, AWS-0007).
#   Any CIDR with a prefix length of 0 is the world however it is written (0.0.0.0/00, ::0/0).
# related_resources:
#   - https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19
# custom:
#   id: AWS-0025
#   severity: HIGH
#   resource_types: [aws.ec2.security_group]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Allow these ports only from the application's security group or private CIDRs; reach
#     databases through a bastion, Session Manager port forwarding or a VPN.
#   frameworks:
#     aws-fsbp: [EC2.19]
#     cis-aws-4.0.1: ["5.1.2"]
#     hipaa-security: ["164.312(a)(1)", "164.312(e)(1)"]
#     iso-27001-2022: ["8.20"]
#     nist-800-53-r5: [SC-7, CM-7]
#     pci-dss-4.0.1: ["1.3.1", "1.4.4"]
#     soc2-2017: [CC6.6]
#   reads:
#     - ingress.*.protocol
#     - ingress.*.from_port
#     - ingress.*.to_port
#     - ingress.*.cidr_ipv4.*
#     - ingress.*.cidr_ipv6.*
#   deprecated: false
package checks.aws.ec2.open_database_ports

import data.lib.net

risky_ports := {21, 23, 445, 1433, 1521, 3306, 5432, 5601, 6379, 9200, 27017}

# METADATA
# entrypoint: true
deny contains v if {
	some e in net.public_ingress
	e.rule.protocol == "tcp"
	not net.all_ports(e.rule)
	exposed := sort({p | some p in risky_ports; net.includes_port(e.rule, p)})
	count(exposed) > 0
	ports := concat(", ", [format_int(p, 10) | some p in exposed])
	v := {
		"msg": concat("", ["Security group ", e.resource_id, " ", net.rule_label(e), " allows port(s) ", ports, " from ", e.cidr]),
		"resource_id": e.resource_id,
		"attribute_path": e.path,
	}
}
