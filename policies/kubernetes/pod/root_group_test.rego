package checks.kubernetes.pod.root_group_test

import data.checks.kubernetes.pod.root_group

pod(spec) := {"resources_by_type": {"k8s.core.pod": [{
	"id": "v1/Pod/app/p",
	"type": "k8s.core.pod",
	"attributes": {"metadata": {"name": "p", "namespace": "app"}, "spec": spec},
}]}}

paths(spec) := ps if {
	ps := {v.attribute_path | some v in root_group.deny} with input as pod(spec)
}

test_allow_other_types if {
	count(root_group.deny) == 0 with input as {"resources_by_type": {"k8s.core.service": [{"id": "s", "attributes": {"spec": {"securityContext": {"runAsGroup": 0}}}}]}}
}

test_deny_pod_groups if {
	paths({"securityContext": {"runAsGroup": 0, "fsGroup": 0, "supplementalGroups": [10, 0]}, "containers": [{"name": "c"}]}) == {
		["spec", "securityContext", "runAsGroup"],
		["spec", "securityContext", "fsGroup"],
		["spec", "securityContext", "supplementalGroups", 1],
	}
}

test_deny_container_group if {
	root_group.deny == {{
		"msg": "v1/Pod/app/p: container c sets runAsGroup to 0 (root group)",
		"resource_id": "v1/Pod/app/p",
		"attribute_path": ["spec", "containers", 0, "securityContext", "runAsGroup"],
	}} with input as pod({"containers": [{"name": "c", "securityContext": {"runAsGroup": 0}}]})
}

test_allow_non_zero if {
	count(paths({"securityContext": {"runAsGroup": 10001, "fsGroup": 2000, "supplementalGroups": [3000]}, "containers": [{"name": "c", "securityContext": {"runAsGroup": 1}}]})) == 0
}

test_allow_attribute_absent if {
	count(paths({"securityContext": {"runAsUser": 1000}, "containers": [{"name": "c"}]})) == 0
}

test_allow_unknown if {
	count(paths({"securityContext": {"runAsGroup": {"$unknown": true}, "supplementalGroups": {"$unknown": true}}, "containers": [{"name": "c", "securityContext": {"$unknown": true}}]})) == 0
}
