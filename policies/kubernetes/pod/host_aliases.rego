# METADATA
# scope: package
# title: Pods do not override name resolution with hostAliases
# description: >-
#   hostAliases writes fixed entries into the /etc/hosts file of every container of the pod, ahead of cluster DNS: a name then resolves to an address chosen in the manifest, which bypasses DNS-based controls and keeps pointing at that address after the service behind the name moves, and the kubelet-managed file cannot be changed by the container engine once the pod runs. Reported for each pod spec with a non-empty hostAliases list.
# related_resources:
#   - https://kubernetes.io/docs/tasks/network/customize-hosts-file-for-pods/
# custom:
#   id: K8S-0062
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
#     Remove spec.hostAliases and resolve the name through DNS (a Service, an ExternalName Service or a record in the cluster's DNS).
#   frameworks:
#     nist-800-53-r5: [CM-6, SC-20]
#     soc2-2017: [CC6.1]
#     iso-27001-2022: ["8.9"]
#   peers:
#     trivy: [AVD-KSV-0007, KSV007]
#   reads:
#     - '{pod}.hostAliases'
#   deprecated: false
package checks.kubernetes.pod.host_aliases

import data.lib.k8s

# METADATA
# entrypoint: true
deny contains v if {
	some pod in k8s.pods
	aliases := pod.spec.hostAliases
	is_array(aliases)
	count(aliases) > 0
	v := {
		"msg": concat("", [pod.resource_id, " writes ", format_int(count(aliases), 10), " hostAliases entry(ies) into /etc/hosts of its containers, overriding DNS"]),
		"resource_id": pod.resource_id,
		"attribute_path": array.concat(pod.path, ["hostAliases"]),
	}
}
