# METADATA
# scope: package
# title: Containers use a read-only root filesystem
# description: >-
#   A writable root filesystem lets an attacker who gains code execution drop tools, modify binaries or persist in the container. readOnlyRootFilesystem is false when absent, so it must be set to true on every container and init container; mount an emptyDir where the application needs to write. Ephemeral debug containers are not checked.
# related_resources:
#   - https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
# custom:
#   id: K8S-0020
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
#     Set securityContext.readOnlyRootFilesystem to true and mount emptyDir volumes for the paths the application writes to (for example /tmp).
#   frameworks:
#     cis-kubernetes-1.9: ["5.7.3"]
#     nsa-cisa-k8s-1.2: [NSA-POD-2]
#     nist-800-53-r5: [CM-7, SI-7]
#     pci-dss-4.0.1: ["2.2.6"]
#     soc2-2017: [CC6.1, CC6.8]
#     iso-27001-2022: ["8.9"]
#   peers:
#     checkov: [CKV_K8S_22]
#     kics: [a9c2f49d-0671-4fc9-9ece-f4e261e128d0]
#     trivy: [AVD-KSV-0014, KSV014]
#   reads:
#     - '{pod}.{containers}.*.securityContext.readOnlyRootFilesystem'
#   deprecated: false
package checks.kubernetes.pod.read_only_root_filesystem

import data.lib.k8s
import data.lib.unknown

setting := ["securityContext", "readOnlyRootFilesystem"]

# METADATA
# entrypoint: true
deny contains v if {
	some c in k8s.containers
	c.field in {"containers", "initContainers"}
	not_read_only(c.container)
	v := {
		"msg": concat("", ["Container ", k8s.container_name(c), " of ", c.resource_id, " does not set securityContext.readOnlyRootFilesystem to true"]),
		"resource_id": c.resource_id,
		"attribute_path": array.concat(c.path, setting),
	}
}

not_read_only(container) if object.get(container, setting, null) == false

not_read_only(container) if unknown.absent(container, setting)
