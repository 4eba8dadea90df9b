package checks.kubernetes.pod.high_uid_test

import data.checks.kubernetes.pod.high_uid

deployment(spec) := {"resources_by_type": {"k8s.apps.deployment": [{
	"id": "apps/v1/Deployment/app/d",
	"type": "k8s.apps.deployment",
	"attributes": {"metadata": {"name": "d", "namespace": "app"}, "spec": {"template": {"spec": spec}}},
}]}}

paths(spec) := ps if {
	ps := {v.attribute_path | some v in high_uid.deny} with input as deployment(spec)
}

test_deny_container_low_uid if {
	high_uid.deny == {{
		"msg": "apps/v1/Deployment/app/d: container c runs as user ID 1000, below 10000, where it may share an ID with an account of the node",
		"resource_id": "apps/v1/Deployment/app/d",
		"attribute_path": ["spec", "template", "spec", "containers", 0, "securityContext", "runAsUser"],
	}} with input as deployment({"containers": [{"name": "c", "securityContext": {"runAsUser": 1000}}]})
}

test_deny_pod_low_uid_inherited_once if {
	paths({
		"securityContext": {"runAsUser": 999},
		"containers": [{"name": "a"}, {"name": "b"}],
		"initContainers": [{"name": "i", "securityContext": {"runAsUser": 20000}}],
	}) == {["spec", "template", "spec", "securityContext", "runAsUser"]}
}

test_allow_container_overrides_pod if {
	count(paths({"securityContext": {"runAsUser": 999}, "containers": [{"name": "a", "securityContext": {"runAsUser": 10000}}]})) == 0
}

test_allow_high_root_absent_windows if {
	count(paths({"containers": [{"name": "a", "securityContext": {"runAsUser": 65532}}]})) == 0
	count(paths({"containers": [{"name": "a", "securityContext": {"runAsUser": 0}}]})) == 0
	count(paths({"containers": [{"name": "a"}]})) == 0
	count(paths({"os": {"name": "windows"}, "containers": [{"name": "a", "securityContext": {"runAsUser": 1000}}]})) == 0
}

test_allow_unknown if {
	count(paths({"containers": [{"name": "a", "securityContext": {"runAsUser": {"$unknown": true}}}]})) == 0
	count(paths({
		"securityContext": {"runAsUser": 1000},
		"containers": [{"name": "a", "securityContext": {"runAsUser": {"$unknown": true}}}],
	})) == 0
}
