# METADATA
# scope: package
# title: Pods do not share host namespaces
# description: >-
#   hostNetwork, hostPID and hostIPC put the pod in the node's network, process or IPC namespace, where it can sniff traffic, see and signal every process, or read shared memory of other workloads. Pod Security Standards (baseline) forbid them.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
# custom:
#   id: K8S-0004
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
#     Remove hostNetwork, hostPID and hostIPC from the pod spec, or set them to false.
#   frameworks:
#     pod-security-standards: [baseline.host-namespaces]
#     cis-kubernetes-1.9: ["5.2.3", "5.2.4", "5.2.5"]
#     nsa-cisa-k8s-1.2: [NSA-POD-6]
#     nist-800-53-r5: [SC-39, AC-6]
#     pci-dss-4.0.1: ["2.2.3", "2.2.6"]
#     soc2-2017: [CC6.1]
#     iso-27001-2022: ["8.9"]
#   peers:
#     checkov: [CKV_K8S_17, CKV_K8S_18, CKV_K8S_19]
#     kics: [302736f4-b16c-41b8-befe-c0baffa0bd9d, cd290efd-6c82-4e9d-a698-be12ae31d536, 6b6bdfb3-c3ae-44cb-88e4-7405c1ba2c8a]
#     trivy: [AVD-KSV-0008, KSV008, AVD-KSV-0009, KSV009, AVD-KSV-0010, KSV010]
#   reads:
#     - '{pod}.hostNetwork'
#     - '{pod}.hostPID'
#     - '{pod}.hostIPC'
#   deprecated: false
package checks.kubernetes.pod.host_namespaces

import data.lib.k8s

# METADATA
# entrypoint: true
deny contains v if {
	some pod in k8s.pods
	some field in ["hostNetwork", "hostPID", "hostIPC"]
	pod.spec[field] == true
	v := {
		"msg": concat("", [pod.resource_id, " shares a host namespace: ", field, " is true"]),
		"resource_id": pod.resource_id,
		"attribute_path": array.concat(pod.path, [field]),
	}
}
