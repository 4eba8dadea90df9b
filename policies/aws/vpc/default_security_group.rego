# METADATA
# scope: package
# title: The default security group of every VPC allows no traffic
# description: >-
#   Resources launched without a security group land in the VPC's default group, which out of the
#   box lets its members reach each other and everything outbound. With no rules in it, such
#   resources are isolated until someone gives them a deliberate group. Terraform manages it with
#   aws_default_security_group, and AWS Config records it as the security group named default;
#   not for CloudFormation, which cannot manage the default group. In Terraform, rules added to
#   the default group by aws_security_group_rule or aws_vpc_security_group_*_rule are reported at
#   the rule, and a VPC declared without an aws_default_security_group is reported too: AWS
#   creates its default group allowing all traffic between its members, and nothing removes it.
# related_resources:
#   - https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-2
# custom:
#   id: AWS-0022
#   severity: MEDIUM
#   resource_types: [aws.ec2.default_security_group, aws.ec2.security_group, aws.ec2.vpc]
#   formats: [terraform, aws-config]
#   recommended_action: >-
#     Declare aws_default_security_group with no ingress or egress blocks (it then removes every
#     rule), or delete the rules of each VPC's default group, and give resources their own groups.
#   frameworks:
#     aws-fsbp: [EC2.2]
#     cis-aws-3.0: ["5.4"]
#     cis-aws-4.0.1: ["5.5"]
#     hipaa-security: ["164.312(a)(1)", "164.312(e)(1)"]
#     iso-27001-2022: ["8.20", "8.22"]
#     nist-800-53-r5: [SC-7, CM-7]
#     pci-dss-4.0.1: ["1.3.1", "1.3.2"]
#     soc2-2017: [CC6.6]
#   peers:
#     checkov: [CKV2_AWS_12]
#     kics: [46883ce1-dc3e-4b17-9195-c6a601624c73, ea33fcf7-394b-4d11-a228-985c5d08f205]
#     trivy: [AVD-AWS-0173, aws-ec2-restrict-all-in-default-sg]
#   reads: [ingress_rules, egress_rules, name, ingress, egress, default_security_group_managed]
#   deprecated: false
package checks.aws.vpc.default_security_group

import data.lib.scan

directions := ["ingress", "egress"]

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.ec2.default_security_group")
	some direction in directions
	attribute := concat("", [direction, "_rules"])
	is_number(r.attributes[attribute])
	r.attributes[attribute] > 0
	v := {
		"msg": concat("", ["Default security group ", r.id, " has ", direction, " rules"]),
		"resource_id": r.id,
		"attribute_path": [attribute],
	}
}

deny contains v if {
	some r in scan.resources("aws.ec2.security_group")
	r.attributes.name == "default"
	some direction in directions
	is_array(r.attributes[direction])
	count(r.attributes[direction]) > 0
	v := {
		"msg": concat("", ["Default security group ", r.id, " has ", direction, " rules"]),
		"resource_id": r.id,
		"attribute_path": [direction],
	}
}

deny contains v if {
	some r in scan.resources("aws.ec2.vpc")
	r.attributes.default_security_group_managed == false
	v := {
		"msg": concat("", ["VPC ", r.id, " keeps the default security group AWS creates, which allows all traffic between its members: no aws_default_security_group manages it"]),
		"resource_id": r.id,
		"attribute_path": ["default_security_group_managed"],
	}
}
