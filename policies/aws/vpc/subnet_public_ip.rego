# METADATA
# scope: package
# title: Subnets do not assign public IPv4 addresses on launch
# description: >-
#   A subnet that maps a public IPv4 address to every instance launched in it puts each one on the
#   internet, whether or not it was meant to be; one permissive security group then exposes it.
#   It is off unless enabled, except in the default VPC's default subnets.
# related_resources:
#   - https://docs.aws.amazon.com/vpc/latest/userguide/subnet-public-ip.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-15
# custom:
#   id: AWS-0023
#   severity: MEDIUM
#   resource_types: [aws.ec2.subnet]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set map_public_ip_on_launch = false (MapPublicIpOnLaunch: false), and give a public address
#     only to the instances that need one, through an Elastic IP or a load balancer.
#   frameworks:
#     aws-fsbp: [EC2.15]
#     hipaa-security: ["164.312(a)(1)"]
#     iso-27001-2022: ["8.20", "8.22"]
#     nist-800-53-r5: [SC-7]
#     pci-dss-4.0.1: ["1.4.4"]
#     soc2-2017: [CC6.6]
#   peers:
#     checkov: [CKV_AWS_130]
#     kics: [b3de4e4c-14be-4159-b99d-9ad194365e4c]
#     tfsec: [aws-ec2-no-public-ip-subnet]
#     trivy: [AVD-AWS-0164, aws-ec2-no-public-ip-subnet]
#   reads: [map_public_ip_on_launch]
#   deprecated: false
package checks.aws.vpc.subnet_public_ip

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.ec2.subnet")
	r.attributes.map_public_ip_on_launch == true
	v := {
		"msg": concat("", ["Subnet ", r.id, " assigns a public IPv4 address to every instance launched in it"]),
		"resource_id": r.id,
		"attribute_path": ["map_public_ip_on_launch"],
	}
}
