# METADATA
# scope: package
# title: Pods do not share one process namespace between their containers
# description: >-
#   With shareProcessNamespace: true every container of the pod sees the processes of the others: it can signal them, read their environment and command line, and reach their file systems through /proc/<pid>/root, so a compromised sidecar gets the Secrets and credentials of the main container. Reported when the field is explicitly true (the default is false).
# related_resources:
#   - https://kubernetes.io/docs/tasks/configure-pod-container/share-process-namespace/
# custom:
#   id: K8S-0048
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
#     Remove shareProcessNamespace, or keep it only on pods whose containers all trust each other (for example a short-lived debugging pod).
#   frameworks:
#     cis-kubernetes-1.9: ["5.7.3"]
#     nist-800-53-r5: [SC-39]
#     pci-dss-4.0.1: ["2.2.6"]
#     soc2-2017: [CC6.1]
#     iso-27001-2022: ["8.9"]
#   reads:
#     - '{pod}.shareProcessNamespace'
#   deprecated: false
package checks.kubernetes.pod.share_process_namespace

import data.lib.k8s

# METADATA
# entrypoint: true
deny contains v if {
	some pod in k8s.pods
	pod.spec.shareProcessNamespace == true
	v := {
		"msg": concat("", [pod.resource_id, " shares one process namespace between its containers"]),
		"resource_id": pod.resource_id,
		"attribute_path": array.concat(pod.path, ["shareProcessNamespace"]),
	}
}
