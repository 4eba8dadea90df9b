# METADATA
# scope: package
# title: SELinux options keep the container types
# description: >-
#   Custom SELinux options can move a container out of the confined container domain, for example into spc_t (unconfined) or a privileged user or role. Pod Security Standards (baseline) allow seLinuxOptions.type only to be container_t, container_init_t, container_kvm_t or container_engine_t, and forbid setting user or role; absent options keep the runtime's default labelling and pass.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
# custom:
#   id: K8S-0011
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
#     Remove seLinuxOptions.user and seLinuxOptions.role, and set seLinuxOptions.type only to one of the container types (or leave it unset).
#   frameworks:
#     pod-security-standards: [baseline.selinux]
#     cis-kubernetes-1.9: ["5.7.3"]
#     nsa-cisa-k8s-1.2: [NSA-POD-10]
#     nist-800-53-r5: [AC-3, AC-6]
#     pci-dss-4.0.1: ["2.2.6"]
#     soc2-2017: [CC6.1]
#     iso-27001-2022: ["8.9"]
#   peers:
#     trivy: [AVD-KSV-0025, KSV025]
#   reads:
#     - '{pod}.securityContext.seLinuxOptions'
#     - '{pod}.{containers}.*.securityContext.seLinuxOptions'
#   deprecated: false
package checks.kubernetes.pod.selinux

import data.lib.k8s

allowed_types := {"container_t", "container_init_t", "container_kvm_t", "container_engine_t"}

# METADATA
# entrypoint: true
deny contains v if {
	some sc in k8s.security_contexts
	type := sc.context.seLinuxOptions.type
	is_string(type)
	type != ""
	not type in allowed_types
	v := violation(sc, "type", concat("", ["type ", type]))
}

deny contains v if {
	some sc in k8s.security_contexts
	some field in ["user", "role"]
	value := sc.context.seLinuxOptions[field]
	is_string(value)
	value != ""
	v := violation(sc, field, concat("", ["a custom ", field]))
}

violation(sc, field, what) := {
	"msg": concat("", [sc.resource_id, ": ", sc.owner, " sets SELinux ", what]),
	"resource_id": sc.resource_id,
	"attribute_path": array.concat(sc.path, ["seLinuxOptions", field]),
}
