package checks.kubernetes.network.network_policy_coverage_test

import data.checks.kubernetes.network.network_policy_coverage

deployment(ns, labels, spec) := {"id": "d", "attributes": {
	"metadata": {"name": "d", "namespace": ns},
	"spec": {"template": {"metadata": {"labels": labels}, "spec": spec}},
}}

policy(ns, selector) := {"id": "np", "attributes": {"metadata": {"name": "np", "namespace": ns}, "spec": {"podSelector": selector}}}

scan(workloads, policies) := {"resources_by_type": {"k8s.apps.deployment": workloads, "k8s.networking.networkpolicy": policies}}

spec := {"containers": [{"name": "c"}]}

test_deny_no_policy if {
	network_policy_coverage.deny == {{
		"msg": "d is not selected by any NetworkPolicy, so its pods accept traffic from anywhere",
		"resource_id": "d",
		"attribute_path": ["spec", "template", "metadata"],
	}} with input as scan([deployment("app", {"app": "web"}, spec)], [])
}

test_deny_policy_selects_other_pods if {
	count(network_policy_coverage.deny) == 1 with input as scan([deployment("app", {"app": "web"}, spec)], [policy("app", {"matchLabels": {"app": "db"}})])
}

test_deny_policy_in_other_namespace if {
	count(network_policy_coverage.deny) == 1 with input as scan([deployment("app", {"app": "web"}, spec)], [policy("other", {})])
}

test_allow_default_deny if {
	count(network_policy_coverage.deny) == 0 with input as scan([deployment("app", {"app": "web"}, spec)], [policy("app", {})])
}

test_allow_selected if {
	count(network_policy_coverage.deny) == 0 with input as scan([deployment("app", {"app": "web", "tier": "front"}, spec)], [policy("app", {"matchExpressions": [{"key": "tier", "operator": "In", "values": ["front"]}]})])
}

test_allow_namespace_not_set if {
	count(network_policy_coverage.deny) == 0 with input as scan([deployment(null, {"app": "web"}, spec)], [policy("app", {})])
	count(network_policy_coverage.deny) == 0 with input as scan([deployment("app", {"app": "web"}, spec)], [policy(null, {})])
}

test_allow_both_without_namespace if {
	count(network_policy_coverage.deny) == 0 with input as scan([deployment(null, {"app": "web"}, spec)], [policy(null, {"matchLabels": {"app": "web"}})])
}

test_allow_host_network if {
	count(network_policy_coverage.deny) == 0 with input as scan([deployment("app", {"app": "web"}, {"hostNetwork": true, "containers": []})], [])
}

test_deny_attribute_absent if {
	# No labels: only a policy with an empty selector would select the pods.
	count(network_policy_coverage.deny) == 1 with input as scan([{"id": "d", "attributes": {"spec": {"template": {"spec": spec}}}}], [policy(null, {"matchLabels": {"app": "web"}})])
	count(network_policy_coverage.deny) == 0 with input as scan([{"id": "d", "attributes": {"spec": {"template": {"spec": spec}}}}], [{"id": "np", "attributes": {"spec": {}}}])
}

test_allow_unknown if {
	count(network_policy_coverage.deny) == 0 with input as scan([deployment("app", {"app": {"$unknown": true}}, spec)], [])
	count(network_policy_coverage.deny) == 0 with input as scan([deployment("app", {"app": "web"}, {"hostNetwork": {"$unknown": true}})], [])
	count(network_policy_coverage.deny) == 0 with input as scan([deployment("app", {"app": "web"}, spec)], [policy("app", {"matchLabels": {"$unknown": true}})])
	count(network_policy_coverage.deny) == 0 with input as scan([deployment("app", {"app": "web"}, spec)], [policy({"$unknown": true}, {"matchLabels": {"app": "web"}})])
}

test_allow_other_types if {
	count(network_policy_coverage.deny) == 0 with input as {"resources_by_type": {"k8s.core.service": [deployment("app", {"app": "web"}, spec)]}}
}
