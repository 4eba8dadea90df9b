package checks.kubernetes.pod.high_gid_test

import data.checks.kubernetes.pod.high_gid

deployment(spec) := {"resources_by_type": {"k8s.apps.deployment": [{
	"id": "apps/v1/Deployment/app/d",
	"type": "k8s.apps.deployment",
	"attributes": {"metadata": {"name": "d", "namespace": "app"}, "spec": {"template": {"spec": spec}}},
}]}}

paths(spec) := ps if {
	ps := {v.attribute_path | some v in high_gid.deny} with input as deployment(spec)
}

test_deny_container_low_uid if {
	high_gid.deny == {{
		"msg": "apps/v1/Deployment/app/d: container c runs with group ID 1000, below 10000, where it may share an ID with a group of the node",
		"resource_id": "apps/v1/Deployment/app/d",
		"attribute_path": ["spec", "template", "spec", "containers", 0, "securityContext", "runAsGroup"],
	}} with input as deployment({"containers": [{"name": "c", "securityContext": {"runAsGroup": 1000}}]})
}

test_deny_pod_low_uid_inherited_once if {
	paths({
		"securityContext": {"runAsGroup": 999},
		"containers": [{"name": "a"}, {"name": "b"}],
		"initContainers": [{"name": "i", "securityContext": {"runAsGroup": 20000}}],
	}) == {["spec", "template", "spec", "securityContext", "runAsGroup"]}
}

test_allow_container_overrides_pod if {
	count(paths({"securityContext": {"runAsGroup": 999}, "containers": [{"name": "a", "securityContext": {"runAsGroup": 10000}}]})) == 0
}

test_allow_high_root_absent_windows if {
	count(paths({"containers": [{"name": "a", "securityContext": {"runAsGroup": 65532}}]})) == 0
	count(paths({"containers": [{"name": "a", "securityContext": {"runAsGroup": 0}}]})) == 0
	count(paths({"containers": [{"name": "a"}]})) == 0
	count(paths({"os": {"name": "windows"}, "containers": [{"name": "a", "securityContext": {"runAsGroup": 1000}}]})) == 0
}

test_allow_unknown if {
	count(paths({"containers": [{"name": "a", "securityContext": {"runAsGroup": {"$unknown": true}}}]})) == 0
	count(paths({
		"securityContext": {"runAsGroup": 1000},
		"containers": [{"name": "a", "securityContext": {"runAsGroup": {"$unknown": true}}}],
	})) == 0
}
