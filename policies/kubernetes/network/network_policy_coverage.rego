# METADATA
# scope: package
# title: Workloads are selected by a NetworkPolicy
# description: >-
#   A pod that no NetworkPolicy selects accepts traffic from every pod of the cluster and can connect anywhere, so one compromised workload can reach all others. Reported for each workload whose pod labels no NetworkPolicy among the scanned manifests selects in its namespace (an empty podSelector selects every pod of its namespace); a manifest without a namespace may be applied to any, so it is matched with policies of every namespace. The check is cross-resource: policies applied from another repository are not seen, and a policy whose selector or namespace is unknown counts as selecting. Pods on the host network are not subject to NetworkPolicies and are not reported.
# related_resources:
#   - https://kubernetes.io/docs/concepts/services-networking/network-policies/
#   - https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-policies
# custom:
#   id: K8S-0049
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
#     - k8s.networking.networkpolicy
#     - k8s.extensions.networkpolicy
#   formats: [kubernetes]
#   recommended_action: >-
#     Add a NetworkPolicy to the namespace, ideally a default deny-all (podSelector: {}) plus policies that allow the traffic each workload needs.
#   frameworks:
#     cis-kubernetes-1.9: ["5.3.2"]
#     nsa-cisa-k8s-1.2: [NSA-NET-1]
#     nist-800-53-r5: [SC-7, AC-4]
#     pci-dss-4.0.1: ["1.3.1", "1.3.2"]
#     soc2-2017: [CC6.1, CC6.6]
#     iso-27001-2022: ["8.22"]
#   reads:
#     - '{pod}'
#     - 'metadata.namespace'
#     - 'spec.podSelector'
#   deprecated: false
package checks.kubernetes.network.network_policy_coverage

import data.lib.k8s
import data.lib.scan

policies := [p |
	some type in ["k8s.networking.networkpolicy", "k8s.extensions.networkpolicy"]
	some p in scan.resources(type)
]

# in_namespace(p, ns) holds when policy p may be in namespace ns: they are equal, or either is not
# set in the manifest (applied to whatever namespace the kubectl context, Helm or Kustomize sets),
# or the policy's namespace is unknown.
in_namespace(p, ns) if k8s.namespace(p) == ns

in_namespace(p, _) if k8s.namespace(p) == null

in_namespace(_, null)

in_namespace(p, _) if k8s.has_unknown(object.get(p.attributes, "metadata", {}))

covered(pod, labels) if {
	some p in policies
	in_namespace(p, pod.namespace)
	k8s.may_select(object.get(p.attributes, ["spec", "podSelector"], {}), labels)
}

# METADATA
# entrypoint: true
deny contains v if {
	some pod in k8s.pods
	object.get(pod.spec, "hostNetwork", false) == false
	labels := object.get(pod.metadata, "labels", {})
	is_object(labels)
	not k8s.has_unknown(pod.metadata)
	not covered(pod, labels)
	v := {
		"msg": concat("", [pod.resource_id, " is not selected by any NetworkPolicy, so its pods accept traffic from anywhere"]),
		"resource_id": pod.resource_id,
		"attribute_path": pod.metadata_path,
	}
}
