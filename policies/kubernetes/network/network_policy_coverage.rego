# METADATA
# scope: package
# title: Workloads are selected by a NetworkPolicy
# description: >-
#   A pod that no NetworkPolicy selects accepts traffic from every pod of the cluster and can connect anywhere, so one compromised workload can reach all others. Reported for each workload whose pod labels no NetworkPolicy among the scanned manifests selects in its namespace (an empty podSelector selects every pod of its namespace); a manifest without a namespace may be applied to any, so it is matched with policies of every namespace. The check is cross-resource: policies applied from another repository are not seen, and a policy whose selector or namespace is unknown counts as selecting. When a manifest beside them could not be read (it may be the policy that selects them), the workloads no policy selects are inconclusive, not reported. Pods on the host network are not subject to NetworkPolicies and are not reported.
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
#     - k8s.apps.deploymentconfig
#     - k8s.argoproj.rollout
#     - k8s.serving.service
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
#   peers:
#     kics: [0401f71b-9c1e-4821-ab15-a955caa621be]
#   reads:
#     - '{pod}'
#     - 'metadata.namespace'
#     - 'spec.podSelector'
#   deprecated: false
#   cross_resource: true
package checks.kubernetes.network.network_policy_coverage

import data.lib.k8s
import data.lib.scan

policies := [p |
	some type in ["k8s.networking.networkpolicy", "k8s.extensions.networkpolicy"]
	some p in scan.resources(type)
]

# What each policy may select and where, worked out once per policy (not once per pod and
# policy: has_unknown walks the whole value, and 500 pods × 500 policies took 47 s and 1.4 GB).
# ns is the namespace the policy applies in, or null when it may apply in any namespace: not set
# in the manifest (applied to whatever namespace the kubectl context, Helm or Kustomize sets),
# or unknown.
policy_facts contains f if {
	some p in policies
	selector := object.get(p.attributes, ["spec", "podSelector"], {})
	f := {"ns": policy_namespace(p), "selector": selector, "unknown_selector": unknown_in(selector)}
}

unknown_in(x) if k8s.has_unknown(x)

else := false

policy_namespace(p) := null if {
	k8s.has_unknown(object.get(p.attributes, "metadata", {}))
} else := k8s.namespace(p)

# The policies indexed by [ns, label key, label value]: a selector's matchLabels must all hold,
# so any one of them (the least key) is a label every pod it selects has. A policy with no
# matchLabels to index by (empty, not a map, or unknown) is filed under [ns, "*"]: looked at
# for every pod in its namespace.
candidates[key] contains f if {
	some f in policy_facts
	key := index_key(f)
}

index_key(f) := [f.ns, k, f.selector.matchLabels[k]] if {
	not f.unknown_selector
	is_object(f.selector)
	labels := object.get(f.selector, "matchLabels", {})
	is_object(labels)
	count(labels) > 0
	k := min(object.keys(labels))
} else := [f.ns, "*"]

# The namespaces whose policies may apply to a pod in ns: its own and "any"; every one when the
# pod's own namespace is not set.
scopes(ns) := {ns, null} if ns != null

scopes(null) := {f.ns | some f in policy_facts} | {null}

matches(f, _) if f.unknown_selector

matches(f, labels) if k8s.selects(f.selector, labels)

covered(pod, labels) if {
	some ns in scopes(pod.namespace)
	some f in candidates[[ns, "*"]]
	matches(f, labels)
}

covered(pod, labels) if {
	some ns in scopes(pod.namespace)
	some k, v in labels
	some f in candidates[[ns, k, v]]
	matches(f, labels)
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
