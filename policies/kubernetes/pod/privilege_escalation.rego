# METADATA
# scope: package
# title: Containers forbid privilege escalation
# description: >-
#   Unless allowPrivilegeEscalation is false, a process can gain more privileges than its parent (setuid binaries, file capabilities). The setting is per container and allowed when absent; Pod Security Standards (restricted) require it to be false on every container.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted
# custom:
#   id: K8S-0002
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
#     Set securityContext.allowPrivilegeEscalation to false on every container, init container and ephemeral container.
#   frameworks:
#     pod-security-standards: [restricted.privilege-escalation]
#     cis-kubernetes-1.9: ["5.2.6"]
#     nsa-cisa-k8s-1.2: [NSA-POD-4]
#     nist-800-53-r5: [AC-6]
#     pci-dss-4.0.1: ["2.2.6", "7.2.5"]
#     soc2-2017: [CC6.1]
#     iso-27001-2022: ["8.2", "8.9"]
#   peers:
#     checkov: [CKV_K8S_20]
#     kics: [5572cc5e-1e4c-4113-92a6-7a8a3bd25e6d]
#     trivy: [AVD-KSV-0001, KSV001]
#   reads:
#     - '{pod}.{containers}.*.securityContext.allowPrivilegeEscalation'
#   deprecated: false
package checks.kubernetes.pod.privilege_escalation

import data.lib.k8s
import data.lib.unknown

path(c) := array.concat(c.path, ["securityContext", "allowPrivilegeEscalation"])

# METADATA
# entrypoint: true
deny contains v if {
	some c in k8s.containers
	c.container.securityContext.allowPrivilegeEscalation == true
	v := {
		"msg": concat("", ["Container ", k8s.container_name(c), " of ", c.resource_id, " allows privilege escalation"]),
		"resource_id": c.resource_id,
		"attribute_path": path(c),
	}
}

deny contains v if {
	some c in k8s.containers
	unknown.absent(c.container, ["securityContext", "allowPrivilegeEscalation"])
	v := {
		"msg": concat("", [
			"Container ", k8s.container_name(c), " of ", c.resource_id,
			" does not set securityContext.allowPrivilegeEscalation to false",
		]),
		"resource_id": c.resource_id,
		"attribute_path": path(c),
	}
}
