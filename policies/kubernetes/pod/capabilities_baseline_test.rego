package checks.kubernetes.pod.capabilities_baseline_test

import data.checks.kubernetes.pod.capabilities_baseline

pod(spec) := {"resources_by_type": {"k8s.core.pod": [{
	"id": "v1/Pod/app/p",
	"type": "k8s.core.pod",
	"attributes": {"metadata": {"name": "p", "namespace": "app"}, "spec": spec},
}]}}

paths(spec) := ps if {
	ps := {v.attribute_path | some v in capabilities_baseline.deny} with input as pod(spec)
}

caps(add) := {"containers": [{"name": "c", "securityContext": {"capabilities": {"add": add}}}]}

test_deny_sys_admin if {
	capabilities_baseline.deny == {{
		"msg": "Container c of v1/Pod/app/p adds capability SYS_ADMIN, which is beyond the Pod Security Standards baseline set",
		"resource_id": "v1/Pod/app/p",
		"attribute_path": ["spec", "containers", 0, "securityContext", "capabilities", "add", 1],
	}} with input as pod(caps(["CHOWN", "SYS_ADMIN"]))
}

test_deny_prefixed_lower_case if {
	paths(caps(["cap_net_raw"])) == {["spec", "containers", 0, "securityContext", "capabilities", "add", 0]}
}

test_allow_baseline_set if {
	count(paths(caps(["NET_BIND_SERVICE", "CAP_CHOWN", "kill"]))) == 0
}

test_allow_attribute_absent if {
	count(paths({"containers": [{"name": "c", "securityContext": {"capabilities": {"drop": ["ALL"]}}}]})) == 0
	count(paths({"containers": [{"name": "c"}]})) == 0
}

test_allow_unknown if {
	count(paths(caps({"$unknown": true, "reason": "SYS_ADMIN"}))) == 0
	count(paths(caps([{"$unknown": true}]))) == 0
}
