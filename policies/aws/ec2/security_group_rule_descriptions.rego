# METADATA
# scope: package
# title: Security group rules have descriptions
# description: >-
#   A rule without a description says nothing about why it exists or who asked for it, so
#   reviews cannot tell a needed opening from a forgotten one and stale rules pile up. A
#   description is free text of up to 255 characters on each rule.
# related_resources:
#   - https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
# custom:
#   id: AWS-0026
#   severity: LOW
#   resource_types: [aws.ec2.security_group]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Give every ingress and egress rule a description (description / Description) that says
#     what the opening is for.
#   frameworks:
#     iso-27001-2022: ["8.20"]
#     nist-800-53-r5: [CM-8]
#     pci-dss-4.0.1: ["1.2.5"]
#   peers:
#     checkov: [CKV_AWS_23]
#     tfsec: [aws-ec2-add-description-to-security-group-rule]
#     trivy: [AVD-AWS-0124, aws-ec2-add-description-to-security-group-rule, aws-vpc-add-description-to-security-group-rule]
#   reads: [ingress.*.description, egress.*.description]
#   deprecated: false
package checks.aws.ec2.security_group_rule_descriptions

import data.lib.scan

missing(rule) if rule.description == null

missing(rule) if rule.description == ""

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.ec2.security_group")
	some direction in ["ingress", "egress"]
	is_array(r.attributes[direction])
	some i, rule in r.attributes[direction]
	missing(rule)
	v := {
		"msg": concat("", ["Security group ", r.id, " ", direction, "[", format_int(i, 10), "] has no description"]),
		"resource_id": r.id,
		"attribute_path": [direction, i, "description"],
	}
}
