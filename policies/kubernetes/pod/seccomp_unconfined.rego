# METADATA
# scope: package
# title: The seccomp profile is not Unconfined
# description: >-
#   Seccomp filters the system calls a container may make, which blocks many kernel exploits. An Unconfined profile (securityContext.seccompProfile.type, or the deprecated seccomp.security.alpha.kubernetes.io annotations set to unconfined) disables the filter. Pod Security Standards forbid it in both profiles; an absent profile is reported by K8S-0018 instead.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
#   - https://kubernetes.io/docs/tutorials/security/seccomp/
# custom:
#   id: K8S-0013
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
#     Set securityContext.seccompProfile.type to RuntimeDefault (or Localhost with a reviewed profile) instead of Unconfined.
#   frameworks:
#     pod-security-standards: [baseline.seccomp, restricted.seccomp]
#     cis-kubernetes-1.9: ["5.7.2"]
#     nsa-cisa-k8s-1.2: [NSA-POD-9]
#     nist-800-53-r5: [CM-7]
#     pci-dss-4.0.1: ["2.2.6"]
#     soc2-2017: [CC6.1]
#     iso-27001-2022: ["8.9"]
#   peers:
#     trivy: [AVD-KSV-0104, KSV104]
#   reads:
#     - '{pod}.securityContext.seccompProfile.type'
#     - '{pod}.{containers}.*.securityContext.seccompProfile.type'
#     - 'metadata.annotations'
#     - 'spec.template.metadata.annotations'
#     - 'spec.jobTemplate.spec.template.metadata.annotations'
#     - 'template.metadata.annotations'
#   deprecated: false
package checks.kubernetes.pod.seccomp_unconfined

import data.lib.k8s

# The annotations used before Kubernetes 1.19 (the pod and per-container forms).
annotation(key) if key == "seccomp.security.alpha.kubernetes.io/pod"

annotation(key) if startswith(key, "container.seccomp.security.alpha.kubernetes.io/")

# METADATA
# entrypoint: true
deny contains v if {
	some sc in k8s.security_contexts
	sc.context.seccompProfile.type == "Unconfined"
	v := {
		"msg": concat("", [sc.resource_id, ": ", sc.owner, " sets the seccomp profile to Unconfined"]),
		"resource_id": sc.resource_id,
		"attribute_path": array.concat(sc.path, ["seccompProfile", "type"]),
	}
}

deny contains v if {
	some pod in k8s.pods
	annotations := pod.metadata.annotations
	is_object(annotations)
	some key, value in annotations
	annotation(key)
	value == "unconfined"
	v := {
		"msg": concat("", [pod.resource_id, ": annotation ", key, " sets the seccomp profile to unconfined"]),
		"resource_id": pod.resource_id,
		"attribute_path": array.concat(pod.metadata_path, ["annotations", key]),
	}
}
