# METADATA
# scope: package
# title: Containers drop ALL capabilities and add back at most NET_BIND_SERVICE
# description: >-
#   Container runtimes grant a default set of capabilities (including NET_RAW, which allows packet spoofing) unless they are dropped. Pod Security Standards (restricted) require every container to drop ALL and to add back only NET_BIND_SERVICE; nothing is dropped when capabilities.drop is absent. Capabilities beyond the baseline set are reported by K8S-0007, so this check reports only the baseline ones added back. Windows pods are exempt.
#   It is the union of Trivy's KSV003 (drop ALL) and KSV106 (add back only NET_BIND_SERVICE).
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted
# custom:
#   id: K8S-0019
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
#     Set securityContext.capabilities.drop to ["ALL"] on every container and add back only NET_BIND_SERVICE when the container binds a port below 1024.
#   frameworks:
#     pod-security-standards: [restricted.capabilities]
#     cis-kubernetes-1.9: ["5.2.8", "5.2.10"]
#     nsa-cisa-k8s-1.2: [NSA-POD-5]
#     nist-800-53-r5: [AC-6, CM-7]
#     pci-dss-4.0.1: ["2.2.6"]
#     soc2-2017: [CC6.1]
#     iso-27001-2022: ["8.2", "8.9"]
#   peers:
#     checkov: [CKV_K8S_28, CKV_K8S_37]
#     kics: [268ca686-7fb7-4ae9-b129-955a2a89064e]
#     trivy: [AVD-KSV-0003, KSV003, AVD-KSV-0106, KSV106]
#   reads:
#     - '{pod}.{containers}.*.securityContext.capabilities'
#     - '{pod}.os.name'
#   deprecated: false
package checks.kubernetes.pod.capabilities_restricted

import data.lib.k8s
import data.lib.unknown

# Allowed by the baseline (so not reported by K8S-0007) but not by the restricted profile.
baseline_only := {
	"AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD",
	"SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
}

cap_name(cap) := trim_prefix(upper(cap), "CAP_")

linux(c) if not object.get(c.pod_spec, ["os", "name"], "") == "windows"

drop_path(c) := array.concat(c.path, ["securityContext", "capabilities", "drop"])

# METADATA
# entrypoint: true
deny contains v if {
	some c in k8s.containers
	linux(c)
	drop := c.container.securityContext.capabilities.drop
	is_array(drop)
	not "ALL" in {cap_name(d) | some d in drop; is_string(d)}
	not unknown.is_unknown(drop)
	not any_unknown(drop)
	v := violation(c, drop_path(c), "does not drop ALL capabilities")
}

deny contains v if {
	some c in k8s.containers
	linux(c)
	unknown.absent(c.container, ["securityContext", "capabilities", "drop"])
	v := violation(c, drop_path(c), "does not drop ALL capabilities")
}

deny contains v if {
	some c in k8s.containers
	linux(c)
	added := c.container.securityContext.capabilities.add
	is_array(added)
	some i, cap in added
	is_string(cap)
	cap_name(cap) in baseline_only
	v := violation(c, array.concat(c.path, ["securityContext", "capabilities", "add", i]), concat("", ["adds capability ", cap]))
}

any_unknown(list) if {
	some x in list
	unknown.is_unknown(x)
}

violation(c, path, what) := {
	"msg": concat("", ["Container ", k8s.container_name(c), " of ", c.resource_id, " ", what]),
	"resource_id": c.resource_id,
	"attribute_path": path,
}
