# METADATA
# scope: package
# title: ECS containers do not run privileged
# description: >-
#   A privileged container gets root capabilities on the host instance, much like root on the
#   host itself, so a compromise of the container becomes a compromise of the instance and of
#   every task on it. Containers are not privileged unless set.
# related_resources:
#   - https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security
# custom:
#   id: AWS-0084
#   severity: HIGH
#   resource_types: [aws.ecs.task_definition]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Remove "privileged": true from the container definition (Privileged in CloudFormation) and
#     grant only the Linux capabilities the container needs.
#   frameworks:
#     aws-fsbp: [ECS.4]
#     iso-27001-2022: ["8.2"]
#     nist-800-53-r5: [AC-6]
#     pci-dss-4.0.1: ["2.2.6"]
#   peers:
#     checkov: [CKV_AWS_334]
#   reads: [containers]
#   deprecated: false
package checks.aws.ecs.privileged_container

import data.lib.scan

# A container without a resolvable name still gets a readable message.
container_name(c) := c.name if is_string(c.name)

else := "(unnamed)"

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.ecs.task_definition")
	is_array(r.attributes.containers)
	some i, c in r.attributes.containers
	c.privileged == true
	v := {
		"msg": concat("", ["ECS task definition ", r.id, " runs container ", container_name(c), " privileged"]),
		"resource_id": r.id,
		"attribute_path": ["containers", i, "privileged"],
	}
}
