# METADATA
# scope: package
# title: Containers must run as non-root
# description: >-
#   A container running as root (UID 0) is one kernel or runtime bug away from root on the node. runAsNonRoot makes the kubelet refuse to start a container whose user is root; it must be true on the container or inherited from the pod, and a container-level value overrides the pod-level one.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted
# custom:
#   id: K8S-0003
#   severity: MEDIUM
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
#     Set securityContext.runAsNonRoot to true on the pod (and do not override it with false on a container), and build images with a non-root USER.
#   frameworks:
#     pod-security-standards: [restricted.running-as-non-root]
#     cis-kubernetes-1.9: ["5.2.7"]
#     nsa-cisa-k8s-1.2: [NSA-POD-1]
#     nist-800-53-r5: [AC-6]
#     pci-dss-4.0.1: ["2.2.6", "7.2.5"]
#     soc2-2017: [CC6.1]
#     iso-27001-2022: ["8.2", "8.9"]
#   peers:
#     checkov: [CKV_K8S_23]
#     kics: [cf34805e-3872-4c08-bf92-6ff7bb0cfadb]
#     trivy: [AVD-KSV-0012, KSV012]
#   reads:
#     - '{pod}.securityContext.runAsNonRoot'
#     - '{pod}.{containers}.*.securityContext.runAsNonRoot'
#   deprecated: false
package checks.kubernetes.pod.run_as_non_root

import data.lib.k8s
import data.lib.unknown

setting := ["securityContext", "runAsNonRoot"]

# Three cases: a container sets runAsNonRoot: false itself; the pod sets it to false and a
# container inherits it (reported once, on the pod); neither sets it.

# METADATA
# entrypoint: true
deny contains v if {
	some c in k8s.containers
	c.container.securityContext.runAsNonRoot == false
	v := violation(c.resource_id, array.concat(c.path, setting), ["container ", k8s.container_name(c), " sets it to false"])
}

deny contains v if {
	some c in k8s.containers
	unknown.absent(c.container, setting)
	c.pod_spec.securityContext.runAsNonRoot == false
	v := violation(c.resource_id, array.concat(c.pod_path, setting), ["the pod sets it to false"])
}

deny contains v if {
	some c in k8s.containers
	unknown.absent(c.container, setting)
	unknown.absent(c.pod_spec, setting)
	v := violation(c.resource_id, array.concat(c.path, setting), ["container ", k8s.container_name(c), " does not set it"])
}

violation(id, path, why) := {
	"msg": concat("", array.concat([id, " may run as root: runAsNonRoot is not true, "], why)),
	"resource_id": id,
	"attribute_path": path,
}
