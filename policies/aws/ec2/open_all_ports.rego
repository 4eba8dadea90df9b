# METADATA
# scope: package
# title: Security groups do not allow all ports from the internet
# description: >-
#   A security group rule that allows every protocol (-1), or every TCP or UDP port, from
#   0.0.0.0/0 or ::/0 exposes every service on the instances to the whole internet, including
#   ones never meant to be reachable.
#   Any CIDR with a prefix length of 0 is the world however it is written (0.0.0.0/00, ::0/0).
#   Trivy's AVD-AWS-0107 now covers only SSH and RDP (AWS-0005, AWS-0006), so no Trivy check is
#   listed here.
# related_resources:
#   - https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
# custom:
#   id: AWS-0007
#   severity: CRITICAL
#   resource_types: [aws.ec2.security_group]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Allow only the ports the workload serves, and only from the sources that need them.
#   frameworks:
#     aws-fsbp: [EC2.18, EC2.19, EC2.53, EC2.54]
#     cis-aws-3.0: ["5.2", "5.3"]
#     cis-aws-4.0.1: ["5.3", "5.4"]
#     hipaa-security: ["164.312(a)(1)", "164.312(e)(1)"]
#     iso-27001-2022: ["8.20"]
#     nist-800-53-r5: [SC-7, CM-7]
#     pci-dss-4.0.1: ["1.3.1"]
#     soc2-2017: [CC6.6]
#   peers:
#     checkov: [CKV_AWS_277]
#   reads:
#     - ingress.*.protocol
#     - ingress.*.from_port
#     - ingress.*.to_port
#     - ingress.*.cidr_ipv4.*
#     - ingress.*.cidr_ipv6.*
#   deprecated: false
package checks.aws.ec2.open_all_ports

import data.lib.net

# METADATA
# entrypoint: true
deny contains v if {
	some e in net.public_ingress
	net.all_ports(e.rule)
	v := {
		"msg": concat("", ["Security group ", e.resource_id, " ", net.rule_label(e), " allows all ports from ", e.cidr]),
		"resource_id": e.resource_id,
		"attribute_path": e.path,
	}
}
