package checks.kubernetes.pod.resource_limits_test

import data.checks.kubernetes.pod.resource_limits

rs(container) := {"resources_by_type": {"k8s.apps.replicaset": [{
	"id": "apps/v1/ReplicaSet/prod/web",
	"type": "k8s.apps.replicaset",
	"attributes": {"kind": "ReplicaSet", "spec": {"template": {"spec": {"containers": [container]}}}},
}]}}

paths(container) := ps if {
	ps := {v.attribute_path | some v in resource_limits.deny} with input as rs(container)
}

prefix := ["spec", "template", "spec", "containers", 0, "resources", "limits"]

test_deny_attribute_absent if {
	paths({"name": "web"}) == {array.concat(prefix, ["cpu"]), array.concat(prefix, ["memory"])}
}

test_deny_memory_missing if {
	resource_limits.deny == {{
		"msg": "Container web of apps/v1/ReplicaSet/prod/web has no memory limit",
		"resource_id": "apps/v1/ReplicaSet/prod/web",
		"attribute_path": array.concat(prefix, ["memory"]),
	}} with input as rs({"name": "web", "resources": {"limits": {"cpu": "500m"}, "requests": {"memory": "128Mi"}}})
}

test_deny_init_container if {
	some v in resource_limits.deny with input as {"resources_by_type": {"k8s.core.pod": [{
		"id": "v1/Pod/default/x",
		"attributes": {"spec": {
			"initContainers": [{"name": "init"}],
			"containers": [{"name": "x", "resources": {"limits": {"cpu": "1", "memory": "1Gi"}}}],
		}},
	}]}}
	v.attribute_path == ["spec", "initContainers", 0, "resources", "limits", "cpu"]
}

test_allow_limits if {
	count(paths({"name": "web", "resources": {"limits": {"cpu": "500m", "memory": "256Mi"}}})) == 0
}

test_allow_ephemeral_container if {
	count(resource_limits.deny) == 0 with input as {"resources_by_type": {"k8s.core.pod": [{
		"id": "v1/Pod/default/x",
		"attributes": {"spec": {
			"containers": [{"name": "x", "resources": {"limits": {"cpu": "1", "memory": "1Gi"}}}],
			"ephemeralContainers": [{"name": "debug"}],
		}},
	}]}}
}

test_allow_unknown_limit if {
	count(paths({"name": "web", "resources": {"limits": {"cpu": {"$unknown": true}, "memory": "1Gi"}}})) == 0
}

test_allow_unknown_resources if {
	count(paths({"name": "web", "resources": {"$unknown": true, "reason": "values.resources"}})) == 0
}
