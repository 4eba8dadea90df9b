# METADATA
# scope: package
# title: Pods and containers do not run with group ID 0
# description: >-
#   Group 0 (root) owns many files and devices on the node and in images, so a process running with it as its primary group (runAsGroup), a supplementary group (supplementalGroups) or the volume group (fsGroup) can read or change them after a container escape or through a shared volume. Reported only where the group is explicitly 0; an absent runAsGroup falls back to the image, which cannot be known here.
# related_resources:
#   - https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
# custom:
#   id: K8S-0047
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
#     Set runAsGroup, fsGroup and supplementalGroups to a non-zero group ID (for example 10001).
#   frameworks:
#     cis-kubernetes-1.9: ["5.7.3"]
#     nsa-cisa-k8s-1.2: [NSA-POD-1]
#     nist-800-53-r5: [AC-6]
#     pci-dss-4.0.1: ["2.2.6"]
#     soc2-2017: [CC6.1]
#     iso-27001-2022: ["8.9"]
#   peers:
#     trivy: [AVD-KSV-0116, KSV116]
#   reads:
#     - '{pod}.securityContext.runAsGroup'
#     - '{pod}.securityContext.fsGroup'
#     - '{pod}.securityContext.supplementalGroups'
#     - '{pod}.{containers}.*.securityContext.runAsGroup'
#   deprecated: false
package checks.kubernetes.pod.root_group

import data.lib.k8s

# METADATA
# entrypoint: true
deny contains v if {
	some sc in k8s.security_contexts
	some field in ["runAsGroup", "fsGroup"]
	sc.context[field] == 0
	v := {
		"msg": concat("", [sc.resource_id, ": ", sc.owner, " sets ", field, " to 0 (root group)"]),
		"resource_id": sc.resource_id,
		"attribute_path": array.concat(sc.path, [field]),
	}
}

deny contains v if {
	some sc in k8s.security_contexts
	groups := sc.context.supplementalGroups
	is_array(groups)
	some i, group in groups
	group == 0
	v := {
		"msg": concat("", [sc.resource_id, ": ", sc.owner, " adds the root group (0) to supplementalGroups"]),
		"resource_id": sc.resource_id,
		"attribute_path": array.concat(sc.path, ["supplementalGroups", i]),
	}
}
