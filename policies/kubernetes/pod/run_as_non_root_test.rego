package checks.kubernetes.pod.run_as_non_root_test

import data.checks.kubernetes.pod.run_as_non_root

statefulset(pod_spec) := {"resources_by_type": {"k8s.apps.statefulset": [{
	"id": "apps/v1/StatefulSet/db/pg",
	"type": "k8s.apps.statefulset",
	"attributes": {"kind": "StatefulSet", "spec": {"template": {"spec": pod_spec}}},
}]}}

paths(spec) := ps if {
	ps := {v.attribute_path | some v in run_as_non_root.deny} with input as statefulset(spec)
}

test_deny_attribute_absent if {
	paths({"containers": [{"name": "pg"}]}) == {["spec", "template", "spec", "containers", 0, "securityContext", "runAsNonRoot"]}
}

test_deny_container_false if {
	run_as_non_root.deny == {{
		"msg": "apps/v1/StatefulSet/db/pg may run as root: runAsNonRoot is not true, container pg sets it to false",
		"resource_id": "apps/v1/StatefulSet/db/pg",
		"attribute_path": ["spec", "template", "spec", "containers", 0, "securityContext", "runAsNonRoot"],
	}} with input as statefulset({
		"securityContext": {"runAsNonRoot": true},
		"containers": [{"name": "pg", "securityContext": {"runAsNonRoot": false}}],
	})
}

test_deny_pod_false_reported_once if {
	paths({
		"securityContext": {"runAsNonRoot": false},
		"containers": [{"name": "a"}, {"name": "b"}],
	}) == {["spec", "template", "spec", "securityContext", "runAsNonRoot"]}
}

test_allow_pod_level if {
	count(paths({"securityContext": {"runAsNonRoot": true}, "containers": [{"name": "pg"}]})) == 0
}

test_allow_container_level if {
	count(paths({"containers": [{"name": "pg", "securityContext": {"runAsNonRoot": true}}]})) == 0
}

test_allow_container_overrides_pod_false if {
	count(paths({
		"securityContext": {"runAsNonRoot": false},
		"containers": [{"name": "pg", "securityContext": {"runAsNonRoot": true}}],
	})) == 0
}

test_allow_unknown_container if {
	count(paths({"containers": [{"name": "pg", "securityContext": {"runAsNonRoot": {"$unknown": true}}}]})) == 0
}

test_allow_unknown_pod if {
	count(paths({"securityContext": {"$unknown": true}, "containers": [{"name": "pg"}]})) == 0
}
