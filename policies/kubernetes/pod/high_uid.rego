# METADATA
# scope: package
# title: Containers run with a user ID of 10000 or more
# description: >-
#   A container that runs as a low user ID shares it with the accounts of the node (system daemons, users with UIDs 1000 and up), so a process that escapes the container acts as one of them on the host and its files. Reported for each container whose effective runAsUser (its own, else the pod's) is set to 1 to 9999; runAsUser 0 is reported by K8S-0017. Unlike Checkov (CKV_K8S_40) and Trivy (KSV020, which asks for more than 10000), a container that sets no runAsUser at all is not reported: its user then comes from the image, which the manifest does not show (K8S-0003 asks for runAsNonRoot there). Windows pods (spec.os.name windows) are not reported: runAsUser does not apply to them.
# related_resources:
#   - https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
# custom:
#   id: K8S-0060
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
#     Set securityContext.runAsUser (on the pod or the container) to an ID of 10000 or more that no account of the node uses, and build the image to run as that user.
#   frameworks:
#     nsa-cisa-k8s-1.2: [NSA-POD-1]
#     nist-800-53-r5: [AC-6]
#     soc2-2017: [CC6.1]
#     iso-27001-2022: ["8.2"]
#   peers:
#     checkov: [CKV_K8S_40]
#     trivy: [AVD-KSV-0020, KSV020]
#   reads:
#     - '{pod}.securityContext.runAsUser'
#     - '{pod}.{containers}.*.securityContext.runAsUser'
#     - '{pod}.os.name'
#   deprecated: false
package checks.kubernetes.pod.high_uid

import data.lib.k8s
import data.lib.unknown

setting := ["securityContext", "runAsUser"]

low(id) if {
	is_number(id)
	id > 0
	id < 10000
}

windows(spec) if spec.os.name == "windows"

# A container that sets runAsUser itself is reported there; one that inherits the pod's value is
# reported once, on the pod.

# METADATA
# entrypoint: true
deny contains v if {
	some c in k8s.containers
	not windows(c.pod_spec)
	id := c.container.securityContext.runAsUser
	low(id)
	v := violation(c.resource_id, array.concat(c.path, setting), concat("", ["container ", k8s.container_name(c)]), id)
}

deny contains v if {
	some c in k8s.containers
	not windows(c.pod_spec)
	unknown.absent(c.container, setting)
	id := c.pod_spec.securityContext.runAsUser
	low(id)
	v := violation(c.resource_id, array.concat(c.pod_path, setting), "the pod", id)
}

violation(id, path, owner, uid) := {
	"msg": concat("", [id, ": ", owner, " runs as user ID ", format_int(uid, 10), ", below 10000, where it may share an ID with an account of the node"]),
	"resource_id": id,
	"attribute_path": path,
}
