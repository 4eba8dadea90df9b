package checks.kubernetes.pod.cpu_requests_test

import data.checks.kubernetes.pod.cpu_requests

pod(spec) := {"resources_by_type": {"k8s.core.pod": [{
	"id": "v1/Pod/app/p",
	"type": "k8s.core.pod",
	"attributes": {"metadata": {"name": "p", "namespace": "app"}, "spec": spec},
}]}}

paths(spec) := ps if {
	ps := {v.attribute_path | some v in cpu_requests.deny} with input as pod(spec)
}

test_allow_other_types if {
	count(cpu_requests.deny) == 0 with input as {"resources_by_type": {"k8s.core.service": [{"id": "s", "attributes": {"spec": {"containers": [{"name": "c"}]}}}]}}
}

test_deny_absent if {
	cpu_requests.deny == {{
		"msg": "Container c of v1/Pod/app/p has no cpu request",
		"resource_id": "v1/Pod/app/p",
		"attribute_path": ["spec", "initContainers", 0, "resources", "requests", "cpu"],
	}} with input as pod({"initContainers": [{"name": "c", "resources": {"requests": {"other": "1"}}}], "containers": [{"name": "d", "resources": {"requests": {"cpu": "250m"}}}]})
	paths({"containers": [{"name": "c"}]}) == {["spec", "containers", 0, "resources", "requests", "cpu"]}
}

test_allow_request if {
	count(paths({"containers": [{"name": "c", "resources": {"requests": {"cpu": "250m"}}}]})) == 0
}

test_allow_limit_only if {
	count(paths({"containers": [{"name": "c", "resources": {"limits": {"cpu": "250m"}}}]})) == 0
}

test_allow_ephemeral if {
	count(paths({"containers": [{"name": "c", "resources": {"requests": {"cpu": "250m"}}}], "ephemeralContainers": [{"name": "debug"}]})) == 0
}

test_allow_limit_range if {
	doc := object.union(pod({"containers": [{"name": "c"}]}), {"resources_by_type": {"k8s.core.limitrange": [{"id": "l", "attributes": {
		"metadata": {"namespace": "app"},
		"spec": {"limits": [{"type": "Container", "defaultRequest": {"cpu": "250m"}}]},
	}}]}})
	count(cpu_requests.deny) == 0 with input as doc
}

test_deny_limit_range_elsewhere if {
	doc := object.union(pod({"containers": [{"name": "c"}]}), {"resources_by_type": {"k8s.core.limitrange": [{"id": "l", "attributes": {
		"metadata": {"namespace": "other"},
		"spec": {"limits": [{"type": "Container", "defaultRequest": {"cpu": "250m"}}]},
	}}]}})
	count(cpu_requests.deny) == 1 with input as doc
}

test_allow_unknown if {
	count(paths({"containers": [{"name": "c", "resources": {"requests": {"cpu": {"$unknown": true}}}}]})) == 0
	count(paths({"containers": [{"name": "c", "resources": {"$unknown": true}}]})) == 0
}
