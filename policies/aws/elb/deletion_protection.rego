# METADATA
# scope: package
# title: Load balancers have deletion protection enabled
# description: >-
#   Deletion protection makes Elastic Load Balancing refuse to delete the load balancer until the
#   setting is turned off, so a stray destroy or stack deletion cannot take the entry point of an
#   application offline. It is off unless enabled.
# related_resources:
#   - https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#deletion-protection
# custom:
#   id: AWS-0055
#   severity: LOW
#   resource_types: [aws.elb.load_balancer]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set enable_deletion_protection = true (load balancer attribute deletion_protection.enabled =
#     true in CloudFormation).
#   frameworks:
#     aws-fsbp: ["ELB.6"]
#     nist-800-53-r5: ["CP-10"]
#   peers:
#     checkov: [CKV_AWS_150]
#   reads: [deletion_protection]
#   deprecated: false
package checks.aws.elb.deletion_protection

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.elb.load_balancer")
	r.attributes.deletion_protection == false
	v := {
		"msg": concat("", ["Load balancer ", r.id, " can be deleted without first turning off deletion protection"]),
		"resource_id": r.id,
		"attribute_path": ["deletion_protection"],
	}
}
