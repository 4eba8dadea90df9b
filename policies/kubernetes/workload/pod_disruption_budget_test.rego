package checks.kubernetes.workload.pod_disruption_budget_test

import data.checks.kubernetes.workload.pod_disruption_budget

deployment(replicas, ns) := {
	"id": "apps/v1/Deployment/app/web",
	"type": "k8s.apps.deployment",
	"attributes": {
		"metadata": {"name": "web", "namespace": ns},
		"spec": {"replicas": replicas, "template": {"metadata": {"labels": {"app": "web", "tier": "front"}}, "spec": {"containers": [{"name": "c"}]}}},
	},
}

budget(ns, selector) := {
	"id": "policy/v1/PodDisruptionBudget/x/web",
	"type": "k8s.policy.poddisruptionbudget",
	"attributes": {"metadata": {"name": "web", "namespace": ns}, "spec": {"maxUnavailable": 1, "selector": selector}},
}

scan(workload, budgets) := {"resources_by_type": {"k8s.apps.deployment": [workload], "k8s.policy.poddisruptionbudget": budgets}}

reported(workload, budgets) if count(pod_disruption_budget.deny) == 1 with input as scan(workload, budgets)

test_deny_no_budget if {
	pod_disruption_budget.deny == {{
		"msg": "apps/v1/Deployment/app/web runs 3 replicas but no PodDisruptionBudget selects its pods: a node drain may evict them all at once",
		"resource_id": "apps/v1/Deployment/app/web",
		"attribute_path": ["spec", "replicas"],
	}} with input as scan(deployment(3, "app"), [])
}

test_deny_budget_elsewhere_or_selecting_others if {
	reported(deployment(3, "app"), [budget("other", {"matchLabels": {"app": "web"}})])
	reported(deployment(3, "app"), [budget("app", {"matchLabels": {"app": "api"}})])
	reported(deployment(3, "app"), [{"id": "p", "attributes": {"metadata": {"name": "p", "namespace": "app"}, "spec": {"maxUnavailable": 1}}}])
}

test_allow_budget_selects if {
	not reported(deployment(3, "app"), [budget("app", {"matchLabels": {"app": "web"}})])
	not reported(deployment(3, "app"), [budget("app", {"matchExpressions": [{"key": "tier", "operator": "In", "values": ["front"]}]})])
	not reported(deployment(3, "app"), [budget("app", {})])
}

test_allow_namespace_not_set_matches_any if {
	not reported(deployment(3, null), [budget("app", {"matchLabels": {"app": "web"}})])
	not reported(deployment(3, "app"), [budget(null, {"matchLabels": {"app": "web"}})])
}

test_allow_single_or_default_replicas if {
	not reported(deployment(1, "app"), [])
	w := deployment(3, "app")
	not reported(json.remove(w, ["attributes/spec/replicas"]), [])
}

test_allow_unknown if {
	not reported(deployment({"$unknown": true}, "app"), [])
	not reported(deployment(3, "app"), [budget("app", {"$unknown": true})])
	not reported(deployment(3, "app"), [budget({"$unknown": true}, {"matchLabels": {"app": "web"}})])
}
