# METADATA
# scope: package
# title: Pods set a RuntimeDefault or Localhost seccomp profile
# description: >-
#   Without a seccomp profile a container runs Unconfined, because the kubelet does not apply the runtime's default profile unless told to (the SeccompDefault kubelet setting is off by default). Pod Security Standards (restricted) require seccompProfile.type RuntimeDefault or Localhost on the pod, or on every container; the deprecated seccomp.security.alpha.kubernetes.io annotations count as set. Windows pods (spec.os.name windows) are exempt.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted
#   - https://kubernetes.io/docs/tutorials/security/seccomp/
# custom:
#   id: K8S-0018
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
#     Set spec.securityContext.seccompProfile.type to RuntimeDefault on the pod (or Localhost with a reviewed profile).
#   frameworks:
#     pod-security-standards: [restricted.seccomp]
#     cis-kubernetes-1.9: ["5.7.2"]
#     nsa-cisa-k8s-1.2: [NSA-POD-9]
#     nist-800-53-r5: [CM-7]
#     pci-dss-4.0.1: ["2.2.6"]
#     soc2-2017: [CC6.1]
#     iso-27001-2022: ["8.9"]
#   peers:
#     checkov: [CKV_K8S_31]
#     kics: [f377b83e-bd07-4f48-a591-60c82b14a78b]
#     trivy: [AVD-KSV-0030, KSV030]
#   reads:
#     - '{pod}.securityContext.seccompProfile'
#     - '{pod}.{containers}.*.securityContext.seccompProfile'
#     - '{pod}.os.name'
#     - 'metadata.annotations'
#     - 'spec.template.metadata.annotations'
#     - 'spec.jobTemplate.spec.template.metadata.annotations'
#     - 'template.metadata.annotations'
#   deprecated: false
package checks.kubernetes.pod.seccomp_profile

import data.lib.k8s
import data.lib.unknown

setting := ["securityContext", "seccompProfile"]

pod_annotation := "seccomp.security.alpha.kubernetes.io/pod"

container_annotation(c) := concat("", ["container.seccomp.security.alpha.kubernetes.io/", k8s.container_name(c)])

# METADATA
# entrypoint: true
deny contains v if {
	some pod in k8s.pods
	not object.get(pod.spec, ["os", "name"], "") == "windows"
	unknown.absent(pod.spec, setting)
	annotations := object.get(pod.metadata, "annotations", {})
	is_object(annotations)
	not pod_annotation in object.keys(annotations)
	unset_containers := [k8s.container_name(c) |
		some c in pod.containers
		unknown.absent(c.container, setting)
		not container_annotation(c) in object.keys(annotations)
	]
	count(unset_containers) > 0
	v := {
		"msg": concat("", [
			pod.resource_id, " sets no seccomp profile for container(s) ",
			concat(", ", sort(unset_containers)), ": set securityContext.seccompProfile.type to RuntimeDefault",
		]),
		"resource_id": pod.resource_id,
		"attribute_path": array.concat(pod.path, setting),
	}
}
