# METADATA
# scope: package
# title: ECS task definitions with host networking run no privileged or root container
# description: >-
#   In host network mode a container shares the instance's network stack. Run privileged or as
#   root, it can then see and change the instance's network, and reach the instance metadata
#   service with the instance role. A container that names no user runs as the image's user,
#   which the task definition does not say, so only an explicit root user (root, 0) is reported.
# related_resources:
#   - https://docs.aws.amazon.com/AmazonECS/latest/developerguide/networking-networkmode-host.html
# custom:
#   id: AWS-0086
#   severity: HIGH
#   resource_types: [aws.ecs.task_definition]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Use the awsvpc network mode, or run the containers as a non-root user and not privileged.
#   frameworks:
#     aws-fsbp: [ECS.1]
#     iso-27001-2022: ["8.2", "8.22"]
#     nist-800-53-r5: [AC-6, SC-7]
#     pci-dss-4.0.1: ["2.2.6"]
#   reads: [network_mode, containers]
#   deprecated: false
package checks.aws.ecs.host_network

import data.lib.scan

root_user(user) if user in {"root", "0"}

root_user(user) if startswith(user, "root:")

root_user(user) if startswith(user, "0:")

risky(c) := "privileged" if c.privileged == true

risky(c) := "user" if {
	not c.privileged == true
	is_string(c.user)
	root_user(c.user)
}

# A container without a resolvable name still gets a readable message.
container_name(c) := c.name if is_string(c.name)

else := "(unnamed)"

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.ecs.task_definition")
	r.attributes.network_mode == "host"
	is_array(r.attributes.containers)
	some i, c in r.attributes.containers
	attribute := risky(c)
	v := {
		"msg": concat("", ["ECS task definition ", r.id, " uses host networking with container ", container_name(c), " running as root or privileged"]),
		"resource_id": r.id,
		"attribute_path": ["containers", i, attribute],
	}
}
