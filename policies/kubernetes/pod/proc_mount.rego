# METADATA
# scope: package
# title: Containers keep the default /proc mount
# description: >-
#   The container runtime masks and makes read-only sensitive paths under /proc. procMount: Unmasked turns that off and exposes host information and kernel interfaces to the container. Pod Security Standards (baseline) require the Default type, which is also what an absent procMount means.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
# custom:
#   id: K8S-0012
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
#     Remove securityContext.procMount or set it to Default.
#   frameworks:
#     pod-security-standards: [baseline.proc-mount-type]
#     cis-kubernetes-1.9: ["5.7.3"]
#     nist-800-53-r5: [CM-7]
#     pci-dss-4.0.1: ["2.2.6"]
#     soc2-2017: [CC6.1]
#     iso-27001-2022: ["8.9"]
#   peers:
#     kics: [f922827f-aab6-447c-832a-e1ff63312bd3]
#     trivy: [AVD-KSV-0027, KSV027]
#   reads:
#     - '{pod}.{containers}.*.securityContext.procMount'
#   deprecated: false
package checks.kubernetes.pod.proc_mount

import data.lib.k8s

# METADATA
# entrypoint: true
deny contains v if {
	some c in k8s.containers
	mount := c.container.securityContext.procMount
	is_string(mount)
	mount != "Default"
	v := {
		"msg": concat("", ["Container ", k8s.container_name(c), " of ", c.resource_id, " sets procMount to ", mount]),
		"resource_id": c.resource_id,
		"attribute_path": array.concat(c.path, ["securityContext", "procMount"]),
	}
}
