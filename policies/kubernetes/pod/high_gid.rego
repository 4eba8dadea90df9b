# METADATA
# scope: package
# title: Containers run with a group ID of 10000 or more
# description: >-
#   A container whose primary group has a low ID shares it with groups of the node (system groups such as disk, adm or docker have IDs below 1000), so a process that escapes the container can read and write whatever that group may on the host. Reported for each container whose effective runAsGroup (its own, else the pod's) is set to 1 to 9999; group 0 is reported by K8S-0047. As with K8S-0060 and unlike Trivy (KSV021), a container that sets no runAsGroup is not reported: its group then comes from the image. Windows pods (spec.os.name windows) are not reported.
# related_resources:
#   - https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
# custom:
#   id: K8S-0061
#   severity: LOW
#   resource_types:
#     - k8s.core.pod
#     - k8s.apps.deployment
#     - k8s.apps.statefulset
#     - k8s.apps.daemonset
#     - k8s.apps.replicaset
#     - k8s.core.replicationcontroller
#     - k8s.batch.job
#     - k8s.batch.cronjob
#     - k8s.core.podtemplate
#     - k8s.apps.deploymentconfig
#     - k8s.argoproj.rollout
#     - k8s.serving.service
#   formats: [kubernetes]
#   recommended_action: >-
#     Set securityContext.runAsGroup (on the pod or the container) to an ID of 10000 or more that no group of the node uses.
#   frameworks:
#     nsa-cisa-k8s-1.2: [NSA-POD-1]
#     nist-800-53-r5: [AC-6]
#     soc2-2017: [CC6.1]
#     iso-27001-2022: ["8.2"]
#   peers:
#     trivy: [AVD-KSV-0021, KSV021]
#   reads:
#     - '{pod}.securityContext.runAsGroup'
#     - '{pod}.{containers}.*.securityContext.runAsGroup'
#     - '{pod}.os.name'
#   deprecated: false
package checks.kubernetes.pod.high_gid

import data.lib.k8s
import data.lib.unknown

setting := ["securityContext", "runAsGroup"]

low(id) if {
	is_number(id)
	id > 0
	id < 10000
}

windows(spec) if spec.os.name == "windows"

# A container that sets runAsGroup itself is reported there; one that inherits the pod's value is
# reported once, on the pod.

# METADATA
# entrypoint: true
deny contains v if {
	some c in k8s.containers
	not windows(c.pod_spec)
	id := c.container.securityContext.runAsGroup
	low(id)
	v := violation(c.resource_id, array.concat(c.path, setting), concat("", ["container ", k8s.container_name(c)]), id)
}

deny contains v if {
	some c in k8s.containers
	not windows(c.pod_spec)
	unknown.absent(c.container, setting)
	id := c.pod_spec.securityContext.runAsGroup
	low(id)
	v := violation(c.resource_id, array.concat(c.pod_path, setting), "the pod", id)
}

violation(id, path, owner, gid) := {
	"msg": concat("", [id, ": ", owner, " runs with group ID ", format_int(gid, 10), ", below 10000, where it may share an ID with a group of the node"]),
	"resource_id": id,
	"attribute_path": path,
}
