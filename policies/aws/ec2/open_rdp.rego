# METADATA
# scope: package
# title: Security groups do not allow RDP from the internet
# description: >-
#   A security group rule that allows RDP (TCP port 3389) from 0.0.0.0/0 or ::/0 exposes remote
#   administration to the whole internet, where it is scanned and brute-forced within minutes.
#   Any CIDR with a prefix length of 0 is the world however it is written (0.0.0.0/00, ::0/0).
#   Trivy's AVD-AWS-0107 covers SSH and RDP in one check; this is its RDP half (AWS-0005 the SSH
#   half).
# related_resources:
#   - https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html
# custom:
#   id: AWS-0006
#   severity: HIGH
#   resource_types: [aws.ec2.security_group]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Restrict the source to known CIDRs or a security group, or reach instances through SSM
#     Session Manager or a bastion instead of opening port 3389.
#   frameworks:
#     aws-fsbp: [EC2.14, EC2.53, EC2.54]
#     cis-aws-3.0: ["5.2", "5.3"]
#     cis-aws-4.0.1: ["5.3", "5.4"]
#     hipaa-security: ["164.312(a)(1)", "164.312(e)(1)"]
#     iso-27001-2022: ["8.20"]
#     nist-800-53-r5: [SC-7, AC-17, CM-7]
#     pci-dss-4.0.1: ["1.3.1"]
#     soc2-2017: [CC6.6]
#   peers:
#     checkov: [CKV_AWS_25]
#     kics: [151187cb-0efc-481c-babd-ad24e3c9bc22, c9846969-d066-431f-9b34-8c4abafe422a, 3ae83918-7ec7-4cb8-80db-b91ef0f94002]
#     tfsec: [aws-ec2-no-public-ingress-sgr]
#     trivy: [AVD-AWS-0107, aws-ec2-no-public-ingress-sgr]
#   reads:
#     - ingress.*.protocol
#     - ingress.*.from_port
#     - ingress.*.to_port
#     - ingress.*.cidr_ipv4.*
#     - ingress.*.cidr_ipv6.*
#   deprecated: false
package checks.aws.ec2.open_rdp

import data.lib.net

# METADATA
# entrypoint: true
deny contains v if {
	some e in net.public_ingress
	net.covers_tcp(e.rule)
	net.includes_port(e.rule, 3389)
	v := {
		"msg": concat("", ["Security group ", e.resource_id, " ", net.rule_label(e), " allows RDP (port 3389) from ", e.cidr]),
		"resource_id": e.resource_id,
		"attribute_path": e.path,
	}
}
