# METADATA
# scope: package
# title: The AppArmor profile is not overridden
# description: >-
#   On nodes with AppArmor the container runtime confines every container with its default profile. Setting securityContext.appArmorProfile.type to Unconfined, or the container.apparmor.security.beta.kubernetes.io/<container> annotation to unconfined, removes that confinement. Pod Security Standards (baseline) allow only RuntimeDefault and Localhost profiles; an absent setting keeps the runtime default and passes.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
#   - https://kubernetes.io/docs/tutorials/security/apparmor/
# custom:
#   id: K8S-0010
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
#     Remove the override, or set appArmorProfile.type to RuntimeDefault (or Localhost with a reviewed profile).
#   frameworks:
#     pod-security-standards: [baseline.apparmor]
#     cis-kubernetes-1.9: ["5.7.3"]
#     nsa-cisa-k8s-1.2: [NSA-POD-10]
#     nist-800-53-r5: [CM-7]
#     pci-dss-4.0.1: ["2.2.6"]
#     soc2-2017: [CC6.1]
#     iso-27001-2022: ["8.9"]
#   peers:
#     trivy: [AVD-KSV-0002, KSV002]
#   reads:
#     - '{pod}.securityContext.appArmorProfile.type'
#     - '{pod}.{containers}.*.securityContext.appArmorProfile.type'
#     - 'metadata.annotations'
#     - 'spec.template.metadata.annotations'
#     - 'spec.jobTemplate.spec.template.metadata.annotations'
#     - 'template.metadata.annotations'
#   deprecated: false
package checks.kubernetes.pod.apparmor

import data.lib.k8s

prefix := "container.apparmor.security.beta.kubernetes.io/"

allowed_annotation(value) if value in {"", "runtime/default"}

allowed_annotation(value) if startswith(value, "localhost/")

# METADATA
# entrypoint: true
deny contains v if {
	some sc in k8s.security_contexts
	type := sc.context.appArmorProfile.type
	is_string(type)
	not type in {"RuntimeDefault", "Localhost"}
	v := {
		"msg": concat("", [sc.resource_id, ": ", sc.owner, " sets the AppArmor profile to ", type]),
		"resource_id": sc.resource_id,
		"attribute_path": array.concat(sc.path, ["appArmorProfile", "type"]),
	}
}

deny contains v if {
	some pod in k8s.pods
	annotations := pod.metadata.annotations
	is_object(annotations)
	some key, value in annotations
	startswith(key, prefix)
	is_string(value)
	not allowed_annotation(value)
	v := {
		"msg": concat("", [pod.resource_id, ": the AppArmor profile of container ", trim_prefix(key, prefix), " is overridden to ", value]),
		"resource_id": pod.resource_id,
		"attribute_path": array.concat(pod.metadata_path, ["annotations", key]),
	}
}
