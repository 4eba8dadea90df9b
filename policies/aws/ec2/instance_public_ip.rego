# METADATA
# scope: package
# title: EC2 instances do not get a public IPv4 address
# description: >-
#   An instance with a public IPv4 address is reachable from the internet as far as its security
#   groups and network ACL allow, and one permissive rule exposes it. Instances behind a load
#   balancer, NAT gateway or Session Manager need none. Also reported for launch configurations
#   that give every instance of their Auto Scaling group a public address. When the setting is
#   not written the subnet decides, so only an explicit request (or, in AWS Config, an address
#   the instance has) is reported.
#   Launch templates are read too: a network interface with associate_public_ip_address
#   (AssociatePublicIpAddress) true gives every instance launched from it a public address.
#   It is the union of Checkov's CKV_AWS_88 (instances, launch templates) and CKV_AWS_389 (launch
#   configurations); Trivy's AVD-AWS-0009 (tfsec aws-autoscaling-no-public-ip) covers launch
#   configurations only, so skipping it does not waive this check (custom.peers_partial).
# related_resources:
#   - https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-9
# custom:
#   id: AWS-0017
#   severity: MEDIUM
#   resource_types: [aws.ec2.instance, aws.autoscaling.launch_configuration, aws.ec2.launch_template]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set associate_public_ip_address = false (AssociatePublicIpAddress: false), launch into a
#     private subnet, and reach the instance through a load balancer or Session Manager.
#   frameworks:
#     aws-fsbp: [EC2.9, AutoScaling.5]
#     hipaa-security: ["164.312(a)(1)"]
#     iso-27001-2022: ["8.20", "8.22"]
#     nist-800-53-r5: [SC-7]
#     pci-dss-4.0.1: ["1.4.4"]
#     soc2-2017: [CC6.6]
#   peers:
#     checkov: [CKV_AWS_88, CKV_AWS_389]
#     tfsec: [aws-ec2-no-public-ip, aws-autoscaling-no-public-ip]
#     trivy: [AVD-AWS-0009, aws-ec2-no-public-ip]
#   peers_partial: [AVD-AWS-0009, aws-ec2-no-public-ip, aws-autoscaling-no-public-ip]
#   reads: [public_ip]
#   deprecated: false
package checks.aws.ec2.instance_public_ip

import data.lib.scan

kinds := {
	"aws.ec2.instance": "EC2 instance ",
	"aws.autoscaling.launch_configuration": "Launch configuration ",
	"aws.ec2.launch_template": "Launch template ",
}

# METADATA
# entrypoint: true
deny contains v if {
	some type, label in kinds
	some r in scan.resources(type)
	r.attributes.public_ip == true
	v := {
		"msg": concat("", [label, r.id, " assigns a public IPv4 address"]),
		"resource_id": r.id,
		"attribute_path": ["public_ip"],
	}
}
