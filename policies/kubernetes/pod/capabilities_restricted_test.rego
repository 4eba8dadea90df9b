package checks.kubernetes.pod.capabilities_restricted_test

import data.checks.kubernetes.pod.capabilities_restricted

pod(spec) := {"resources_by_type": {"k8s.core.pod": [{
	"id": "v1/Pod/app/p",
	"type": "k8s.core.pod",
	"attributes": {"metadata": {"name": "p", "namespace": "app"}, "spec": spec},
}]}}

paths(spec) := ps if {
	ps := {v.attribute_path | some v in capabilities_restricted.deny} with input as pod(spec)
}

caps(capabilities) := {"containers": [{"name": "c", "securityContext": {"capabilities": capabilities}}]}

test_deny_attribute_absent if {
	capabilities_restricted.deny == {{
		"msg": "Container c of v1/Pod/app/p does not drop ALL capabilities",
		"resource_id": "v1/Pod/app/p",
		"attribute_path": ["spec", "containers", 0, "securityContext", "capabilities", "drop"],
	}} with input as pod({"containers": [{"name": "c"}]})
}

test_deny_drop_without_all if {
	paths(caps({"drop": ["NET_RAW"]})) == {["spec", "containers", 0, "securityContext", "capabilities", "drop"]}
}

test_deny_add_baseline_capability if {
	paths(caps({"drop": ["ALL"], "add": ["NET_BIND_SERVICE", "CHOWN", "SYS_ADMIN"]})) == {["spec", "containers", 0, "securityContext", "capabilities", "add", 1]}
}

test_allow_drop_all if {
	count(paths(caps({"drop": ["all"], "add": ["NET_BIND_SERVICE"]}))) == 0
}

test_allow_windows if {
	count(paths({"os": {"name": "windows"}, "containers": [{"name": "c"}]})) == 0
}

test_allow_unknown if {
	count(paths(caps({"drop": {"$unknown": true}}))) == 0
	count(paths(caps({"drop": [{"$unknown": true}]}))) == 0
	count(paths({"containers": [{"name": "c", "securityContext": {"$unknown": true}}]})) == 0
}
