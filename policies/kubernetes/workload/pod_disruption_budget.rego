# METADATA
# scope: package
# title: Replicated workloads are covered by a PodDisruptionBudget
# description: >-
#   Without a PodDisruptionBudget, a node drain (cluster upgrade, autoscaler scale-down, node repair) may evict every replica of a workload at the same time, so a service built to survive the loss of one pod goes down during routine maintenance. Reported for each Deployment, StatefulSet, ReplicaSet, ReplicationController, DeploymentConfig or Argo Rollout that declares more than one replica and whose pod labels no PodDisruptionBudget among the scanned manifests selects in its namespace (a manifest without a namespace is matched with budgets of every namespace). A workload with replicas left out runs one pod, or as many as a HorizontalPodAutoscaler decides, and is not reported. The check is cross-resource: budgets applied from elsewhere are not seen, a budget whose selector or namespace is unknown counts as covering, and when a manifest beside them could not be read the workloads are inconclusive, not reported. Whether the budget allows any disruption at all (minAvailable equal to replicas blocks drains) is not checked.
# related_resources:
#   - https://kubernetes.io/docs/concepts/workloads/pods/disruptions/#pod-disruption-budgets
#   - https://kubernetes.io/docs/tasks/run-application/configure-pdb/
# custom:
#   id: K8S-0072
#   severity: LOW
#   resource_types:
#     - k8s.apps.deployment
#     - k8s.apps.statefulset
#     - k8s.apps.replicaset
#     - k8s.core.replicationcontroller
#     - k8s.apps.deploymentconfig
#     - k8s.argoproj.rollout
#     - k8s.policy.poddisruptionbudget
#   formats: [kubernetes]
#   recommended_action: >-
#     Add a PodDisruptionBudget (policy/v1) in the workload's namespace whose selector matches its pod labels, with maxUnavailable: 1 or a minAvailable below the replica count.
#   frameworks:
#     nist-800-53-r5: [SC-5, CP-10]
#     soc2-2017: [A1.2]
#     iso-27001-2022: ["8.14"]
#   reads:
#     - 'spec.replicas'
#     - '{pod}.metadata.labels'
#     - 'metadata.namespace'
#     - 'spec.selector'
#   deprecated: false
#   cross_resource: true
package checks.kubernetes.workload.pod_disruption_budget

import data.lib.k8s
import data.lib.scan

# What each budget may select and where, worked out once per budget (see network_policy_coverage:
# has_unknown walks the whole value, so it must not run once per workload and budget). ns is null
# when the budget may apply in any namespace (not set in the manifest, or unknown).
budgets contains f if {
	some r in scan.resources("k8s.policy.poddisruptionbudget")
	f := {
		"ns": budget_namespace(r),
		"selector": object.get(r.attributes, ["spec", "selector"], null),
		"unknown": unknown_in(object.get(r.attributes, "spec", {})),
	}
}

budget_namespace(r) := null if {
	k8s.has_unknown(object.get(r.attributes, "metadata", {}))
} else := k8s.namespace(r)

unknown_in(x) if k8s.has_unknown(x)

else := false

by_namespace[f.ns] contains f if some f in budgets

# The namespaces whose budgets may apply to a pod in ns: its own and "any"; every one when the
# workload's own namespace is not set.
scopes(ns) := {ns, null} if ns != null

scopes(null) := {f.ns | some f in budgets} | {null}

# A null selector selects no pods (policy/v1); an empty one selects every pod of the namespace.
matches(f, _) if f.unknown

matches(f, labels) if {
	f.selector != null
	k8s.selects(f.selector, labels)
}

covered(pod, labels) if {
	some ns in scopes(pod.namespace)
	some f in by_namespace[ns]
	matches(f, labels)
}

# METADATA
# entrypoint: true
deny contains v if {
	some pod in k8s.pods
	k8s.replicated(pod)
	labels := object.get(pod.metadata, "labels", {})
	is_object(labels)
	not k8s.has_unknown(pod.metadata)
	not covered(pod, labels)
	v := {
		"msg": concat("", [
			pod.resource_id, " runs ", format_int(pod.replicas, 10),
			" replicas but no PodDisruptionBudget selects its pods: a node drain may evict them all at once",
		]),
		"resource_id": pod.resource_id,
		"attribute_path": ["spec", "replicas"],
	}
}
