# METADATA
# scope: package
# title: Windows pods run no HostProcess containers
# description: >-
#   A Windows HostProcess container runs directly on the host with the privileges of a host user, with access to the host network and file system. Pod Security Standards (baseline) forbid securityContext.windowsOptions.hostProcess: true on the pod or any container; it is false when absent.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
#   - https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/
# custom:
#   id: K8S-0015
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
#     Remove windowsOptions.hostProcess (or set it to false); run node management tasks from a dedicated privileged namespace.
#   frameworks:
#     pod-security-standards: [baseline.host-process]
#     cis-kubernetes-1.9: ["5.2.11"]
#     nsa-cisa-k8s-1.2: [NSA-POD-3]
#     nist-800-53-r5: [AC-6]
#     pci-dss-4.0.1: ["2.2.3", "2.2.6"]
#     soc2-2017: [CC6.1]
#     iso-27001-2022: ["8.2", "8.9"]
#   peers:
#     trivy: [AVD-KSV-0103, KSV103]
#   reads:
#     - '{pod}.securityContext.windowsOptions.hostProcess'
#     - '{pod}.{containers}.*.securityContext.windowsOptions.hostProcess'
#   deprecated: false
package checks.kubernetes.pod.host_process

import data.lib.k8s

# METADATA
# entrypoint: true
deny contains v if {
	some sc in k8s.security_contexts
	sc.context.windowsOptions.hostProcess == true
	v := {
		"msg": concat("", [sc.resource_id, ": ", sc.owner, " runs as a Windows HostProcess container"]),
		"resource_id": sc.resource_id,
		"attribute_path": array.concat(sc.path, ["windowsOptions", "hostProcess"]),
	}
}
