# METADATA
# scope: package
# title: Containers do not run privileged
# description: >-
#   A privileged container has every capability and access to all host devices, so a compromise of the container is a compromise of the node. Pod Security Standards (baseline) forbid it.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#privileged-containers
# custom:
#   id: K8S-0001
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
#     Remove securityContext.privileged or set it to false; grant only the specific capabilities the container needs.
#   frameworks:
#     pod-security-standards: [baseline.privileged-containers]
#     cis-kubernetes-1.9: ["5.2.2"]
#     nsa-cisa-k8s-1.2: [NSA-POD-3]
#     nist-800-53-r5: [AC-6, CM-7]
#     pci-dss-4.0.1: ["2.2.3", "2.2.6"]
#     soc2-2017: [CC6.1]
#     iso-27001-2022: ["8.2", "8.9"]
#   peers:
#     checkov: [CKV_K8S_16]
#     kics: [dd29336b-fe57-445b-a26e-e6aa867ae609]
#     trivy: [AVD-KSV-0017, KSV017]
#   reads:
#     - '{pod}.{containers}.*.securityContext.privileged'
#   deprecated: false
package checks.kubernetes.pod.privileged

import data.lib.k8s

# METADATA
# entrypoint: true
deny contains v if {
	some c in k8s.containers
	c.container.securityContext.privileged == true
	v := {
		"msg": concat("", ["Container ", k8s.container_name(c), " of ", c.resource_id, " runs privileged"]),
		"resource_id": c.resource_id,
		"attribute_path": array.concat(c.path, ["securityContext", "privileged"]),
	}
}
