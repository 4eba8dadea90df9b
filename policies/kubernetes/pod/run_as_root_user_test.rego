package checks.kubernetes.pod.run_as_root_user_test

import data.checks.kubernetes.pod.run_as_root_user

pod(spec) := {"resources_by_type": {"k8s.core.pod": [{
	"id": "v1/Pod/app/p",
	"type": "k8s.core.pod",
	"attributes": {"metadata": {"name": "p", "namespace": "app"}, "spec": spec},
}]}}

paths(spec) := ps if {
	ps := {v.attribute_path | some v in run_as_root_user.deny} with input as pod(spec)
}

test_deny_container if {
	run_as_root_user.deny == {{
		"msg": "v1/Pod/app/p: container c sets runAsUser to 0 (root)",
		"resource_id": "v1/Pod/app/p",
		"attribute_path": ["spec", "containers", 0, "securityContext", "runAsUser"],
	}} with input as pod({"securityContext": {"runAsUser": 1000}, "containers": [{"name": "c", "securityContext": {"runAsUser": 0}}]})
}

test_deny_pod if {
	paths({"securityContext": {"runAsUser": 0}, "containers": [{"name": "c"}]}) == {["spec", "securityContext", "runAsUser"]}
}

test_allow_non_zero if {
	count(paths({"securityContext": {"runAsUser": 10001}, "containers": [{"name": "c", "securityContext": {"runAsUser": 1}}]})) == 0
}

test_allow_attribute_absent if {
	count(paths({"containers": [{"name": "c"}]})) == 0
}

test_allow_unknown if {
	count(paths({"securityContext": {"runAsUser": {"$unknown": true}}, "containers": [{"name": "c"}]})) == 0
}
