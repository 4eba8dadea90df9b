# METADATA
# scope: package
# title: Containers add no capabilities beyond the baseline set
# description: >-
#   Capabilities such as SYS_ADMIN, NET_ADMIN, SYS_PTRACE or NET_RAW give a container powers close to root on the node. Pod Security Standards (baseline) allow adding only AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID and SYS_CHROOT; nothing is added when securityContext.capabilities.add is absent. Names are compared case-insensitively, with or without the CAP_ prefix.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
# custom:
#   id: K8S-0007
#   severity: HIGH
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
#     Remove the capability from securityContext.capabilities.add; if the workload truly needs it, run it in a namespace with the privileged Pod Security level and document why.
#   frameworks:
#     pod-security-standards: [baseline.capabilities, restricted.capabilities]
#     cis-kubernetes-1.9: ["5.2.9"]
#     nsa-cisa-k8s-1.2: [NSA-POD-5]
#     nist-800-53-r5: [AC-6]
#     pci-dss-4.0.1: ["2.2.6"]
#     soc2-2017: [CC6.1]
#     iso-27001-2022: ["8.2", "8.9"]
#   peers:
#     checkov: [CKV_K8S_25]
#     kics: [19ebaa28-fc86-4a58-bcfa-015c9e22fe40]
#     trivy: [AVD-KSV-0022, KSV022]
#   reads:
#     - '{pod}.{containers}.*.securityContext.capabilities.add'
#   deprecated: false
package checks.kubernetes.pod.capabilities_baseline

import data.lib.k8s

baseline := {
	"AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD",
	"NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
}

# cap_name(cap) normalises "cap_sys_admin" and "SYS_ADMIN" alike.
cap_name(cap) := trim_prefix(upper(cap), "CAP_")

# METADATA
# entrypoint: true
deny contains v if {
	some c in k8s.containers
	added := c.container.securityContext.capabilities.add
	is_array(added)
	some i, cap in added
	is_string(cap)
	not cap_name(cap) in baseline
	v := {
		"msg": concat("", [
			"Container ", k8s.container_name(c), " of ", c.resource_id, " adds capability ", cap,
			", which is beyond the Pod Security Standards baseline set",
		]),
		"resource_id": c.resource_id,
		"attribute_path": array.concat(c.path, ["securityContext", "capabilities", "add", i]),
	}
}
