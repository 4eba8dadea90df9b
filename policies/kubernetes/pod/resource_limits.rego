# METADATA
# scope: package
# title: Containers set CPU and memory limits
# description: >-
#   Without limits one container can use all the CPU or memory of its node and starve the other workloads on it (a noisy neighbour or a denial of service). Ephemeral containers cannot set resources and are not checked.
# related_resources:
#   - https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
# custom:
#   id: K8S-0006
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
#     Set resources.limits.cpu and resources.limits.memory on every container and init container (or apply a LimitRange to the namespace).
#   frameworks:
#     nsa-cisa-k8s-1.2: [NSA-NET-5]
#     nist-800-53-r5: [SC-6]
#     soc2-2017: [A1.1]
#     iso-27001-2022: ["8.6"]
#   peers:
#     checkov: [CKV_K8S_11, CKV_K8S_13]
#     kics: [4ac0e2b7-d2d2-4af7-8799-e8de6721ccda, b14d1bc4-a208-45db-92f0-e21f8e2588e9]
#     trivy: [AVD-KSV-0011, KSV011, AVD-KSV-0018, KSV018]
#   reads:
#     - '{pod}.containers.*.resources.limits.cpu'
#     - '{pod}.containers.*.resources.limits.memory'
#     - '{pod}.initContainers.*.resources.limits.cpu'
#     - '{pod}.initContainers.*.resources.limits.memory'
#   deprecated: false
package checks.kubernetes.pod.resource_limits

import data.lib.k8s
import data.lib.unknown

# METADATA
# entrypoint: true
deny contains v if {
	some c in k8s.containers
	c.field in {"containers", "initContainers"}
	some resource in ["cpu", "memory"]
	path := ["resources", "limits", resource]
	unknown.absent(c.container, path)
	v := {
		"msg": concat("", ["Container ", k8s.container_name(c), " of ", c.resource_id, " has no ", resource, " limit"]),
		"resource_id": c.resource_id,
		"attribute_path": array.concat(c.path, path),
	}
}
