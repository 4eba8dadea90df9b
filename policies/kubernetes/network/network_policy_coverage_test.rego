package checks.kubernetes.network.network_policy_coverage_test

import data.checks.kubernetes.network.network_policy_coverage
import data.lib.k8s

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

# The pairwise logic this check had before its policies were indexed (47 s for 500 pods and 500
# policies), kept as the reference the indexed check must agree with.
reference_in_namespace(p, ns) if k8s.namespace(p) == ns

reference_in_namespace(p, _) if k8s.namespace(p) == null

reference_in_namespace(_, null)

reference_in_namespace(p, _) if k8s.has_unknown(object.get(p.attributes, "metadata", {}))

reference_covered(pod, labels) if {
	some p in network_policy_coverage.policies
	reference_in_namespace(p, pod.namespace)
	k8s.may_select(object.get(p.attributes, ["spec", "podSelector"], {}), labels)
}

reference_uncovered contains pod.resource_id if {
	some pod in k8s.pods
	object.get(pod.spec, "hostNetwork", false) == false
	labels := object.get(pod.metadata, "labels", {})
	is_object(labels)
	not k8s.has_unknown(pod.metadata)
	not reference_covered(pod, labels)
}

namespaces := ["a", "b", "c", null]

generated_workloads := [w |
	some i in numbers.range(0, 49)
	labels := {"app": concat("", ["app", format_int(i % 17, 10)]), "tier": ["web", "db", "cache"][i % 3]}
	w := object.union(deployment(namespaces[i % 4], labels, spec), {"id": concat("", ["d", format_int(i, 10)])})
]

generated_selectors := [
	{"matchLabels": {"app": "app3"}},
	{"matchLabels": {"app": "app5", "tier": "db"}},
	{"matchLabels": {"tier": "cache", "app": "app8"}},
	{"matchExpressions": [{"key": "tier", "operator": "In", "values": ["web"]}]},
	{"matchLabels": {"app": "app11"}, "matchExpressions": [{"key": "tier", "operator": "NotIn", "values": ["db"]}]},
	{"matchLabels": {"app": "nothing"}},
	{},
	{"matchLabels": {"app": {"$unknown": true}}},
	{"matchLabels": []},
	"not a selector",
]

generated_policies := [p |
	some i in numbers.range(0, 49)
	ns := [namespaces[i % 4], {"$unknown": true}][to_number((i % 13) == 0)]
	p := policy(ns, generated_selectors[(i * 7) % count(generated_selectors)])
]

test_indexed_agrees_with_pairwise_reference if {
	got := {v.resource_id | some v in network_policy_coverage.deny} with input as scan(generated_workloads, generated_policies)
	want := reference_uncovered with input as scan(generated_workloads, generated_policies)
	got == want
}

test_indexed_agrees_with_pairwise_reference_selective if {
	# without the select-everything policies ({} and an unknown namespace or selector), some pods stay uncovered
	selective := [p |
		some p in generated_policies
		not k8s.has_unknown(p)
		p.attributes.spec.podSelector != {}
	]
	got := {v.resource_id | some v in network_policy_coverage.deny} with input as scan(generated_workloads, selective)
	want := reference_uncovered with input as scan(generated_workloads, selective)
	got == want
	count(want) > 0
	count(want) < 50
}

test_indexed_agrees_with_pairwise_reference_sparse if {
	# fewer policies: more pods uncovered, and the "every namespace" pods exercise scopes(null)
	few := array.slice(generated_policies, 1, 6)
	got := {v.resource_id | some v in network_policy_coverage.deny} with input as scan(generated_workloads, few)
	want := reference_uncovered with input as scan(generated_workloads, few)
	got == want
	count(want) > 0
}
