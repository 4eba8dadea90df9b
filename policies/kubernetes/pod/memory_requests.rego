# METADATA
# scope: package
# title: Containers request memory
# description: >-
#   The scheduler places a pod by its requests: a container without a memory request counts as needing none, so nodes are overcommitted and the container is among the first to be killed when the node runs out of memory. Reported for containers and init containers that set neither resources.requests.memory nor resources.limits.memory (a limit without a request sets the request to the limit), unless a LimitRange among the scanned manifests gives containers of the namespace a default. Ephemeral containers cannot set resources and are not checked. Limits are checked by K8S-0006. Requests are often left to the platform, so this is LOW and fires on many workloads: suppress it (a waiver for K8S-0044 in .posture.yaml, with a path or resource glob) where requests are set outside the scanned manifests, such as a LimitRange applied from another repository, a VerticalPodAutoscaler in Initial or Auto mode, a platform that sets them at admission (GKE Autopilot, EKS on Fargate), or Helm values given at install time (scan the chart with --helm and those values instead).
# related_resources:
#   - https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#requests-and-limits
#   - https://kubernetes.io/docs/concepts/policy/limit-range/
# custom:
#   id: K8S-0044
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
#     - k8s.core.limitrange
#   formats: [kubernetes]
#   recommended_action: >-
#     Set resources.requests.memory on every container and init container to what it needs under normal load, or give the namespace a LimitRange with a defaultRequest.
#   frameworks:
#     nsa-cisa-k8s-1.2: [NSA-NET-5]
#     nist-800-53-r5: [SC-6]
#     soc2-2017: [A1.1]
#     iso-27001-2022: ["8.6"]
#   peers:
#     checkov: [CKV_K8S_12]
#     kics: [229588ef-8fde-40c8-8756-f4f2b5825ded]
#     trivy: [AVD-KSV-0016, KSV016]
#   reads:
#     - '{pod}.containers.*.resources.requests.memory'
#     - '{pod}.containers.*.resources.limits.memory'
#     - '{pod}.initContainers.*.resources.requests.memory'
#     - '{pod}.initContainers.*.resources.limits.memory'
#     - 'spec.limits'
#   deprecated: false
#   whole_scope: true
package checks.kubernetes.pod.memory_requests

import data.lib.k8s
import data.lib.unknown

# METADATA
# entrypoint: true
deny contains v if {
	some pod in k8s.pods
	not [pod.namespace, "memory"] in k8s.defaulted_requests
	some c in pod.containers
	c.field in {"containers", "initContainers"}
	unknown.absent(c.container, ["resources", "requests", "memory"])
	unknown.absent(c.container, ["resources", "limits", "memory"])
	v := {
		"msg": concat("", ["Container ", k8s.container_name(c), " of ", c.resource_id, " has no memory request"]),
		"resource_id": c.resource_id,
		"attribute_path": array.concat(c.path, ["resources", "requests", "memory"]),
	}
}
