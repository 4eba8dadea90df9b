package checks.kubernetes.pod.memory_requests_test

import data.checks.kubernetes.pod.memory_requests

pod(spec) := {"resources_by_type": {"k8s.core.pod": [{
	"id": "v1/Pod/app/p",
	"type": "k8s.core.pod",
	"attributes": {"metadata": {"name": "p", "namespace": "app"}, "spec": spec},
}]}}

paths(spec) := ps if {
	ps := {v.attribute_path | some v in memory_requests.deny} with input as pod(spec)
}

test_allow_other_types if {
	count(memory_requests.deny) == 0 with input as {"resources_by_type": {"k8s.core.service": [{"id": "s", "attributes": {"spec": {"containers": [{"name": "c"}]}}}]}}
}

test_deny_absent if {
	memory_requests.deny == {{
		"msg": "Container c of v1/Pod/app/p has no memory request",
		"resource_id": "v1/Pod/app/p",
		"attribute_path": ["spec", "initContainers", 0, "resources", "requests", "memory"],
	}} with input as pod({"initContainers": [{"name": "c", "resources": {"requests": {"other": "1"}}}], "containers": [{"name": "d", "resources": {"requests": {"memory": "256Mi"}}}]})
	paths({"containers": [{"name": "c"}]}) == {["spec", "containers", 0, "resources", "requests", "memory"]}
}

test_allow_request if {
	count(paths({"containers": [{"name": "c", "resources": {"requests": {"memory": "256Mi"}}}]})) == 0
}

test_allow_limit_only if {
	count(paths({"containers": [{"name": "c", "resources": {"limits": {"memory": "256Mi"}}}]})) == 0
}

test_allow_ephemeral if {
	count(paths({"containers": [{"name": "c", "resources": {"requests": {"memory": "256Mi"}}}], "ephemeralContainers": [{"name": "debug"}]})) == 0
}

test_allow_limit_range if {
	doc := object.union(pod({"containers": [{"name": "c"}]}), {"resources_by_type": {"k8s.core.limitrange": [{"id": "l", "attributes": {
		"metadata": {"namespace": "app"},
		"spec": {"limits": [{"type": "Container", "defaultRequest": {"memory": "256Mi"}}]},
	}}]}})
	count(memory_requests.deny) == 0 with input as doc
}

test_deny_limit_range_elsewhere if {
	doc := object.union(pod({"containers": [{"name": "c"}]}), {"resources_by_type": {"k8s.core.limitrange": [{"id": "l", "attributes": {
		"metadata": {"namespace": "other"},
		"spec": {"limits": [{"type": "Container", "defaultRequest": {"memory": "256Mi"}}]},
	}}]}})
	count(memory_requests.deny) == 1 with input as doc
}

test_allow_unknown if {
	count(paths({"containers": [{"name": "c", "resources": {"requests": {"memory": {"$unknown": true}}}}]})) == 0
	count(paths({"containers": [{"name": "c", "resources": {"$unknown": true}}]})) == 0
}
