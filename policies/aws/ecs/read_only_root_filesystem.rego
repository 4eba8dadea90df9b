# METADATA
# scope: package
# title: ECS containers have a read-only root filesystem
# description: >-
#   A read-only root filesystem stops a compromised process from changing the container's
#   binaries and configuration or dropping tools into it; writable paths can still be mounted as
#   volumes. The root filesystem is writable unless set read-only.
# related_resources:
#   - https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security
# custom:
#   id: AWS-0085
#   severity: MEDIUM
#   resource_types: [aws.ecs.task_definition]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set "readonlyRootFilesystem": true in each container definition (ReadonlyRootFilesystem in
#     CloudFormation) and mount volumes for the paths the container writes.
#   frameworks:
#     aws-fsbp: [ECS.5]
#     iso-27001-2022: ["8.9"]
#     nist-800-53-r5: [AC-6]
#     pci-dss-4.0.1: ["2.2.6"]
#   peers:
#     checkov: [CKV_AWS_336]
#   reads: [containers]
#   deprecated: false
package checks.aws.ecs.read_only_root_filesystem

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
	c.readonly_root_filesystem == false
	v := {
		"msg": concat("", ["ECS task definition ", r.id, ": container ", container_name(c), " has a writable root filesystem"]),
		"resource_id": r.id,
		"attribute_path": ["containers", i, "readonly_root_filesystem"],
	}
}
