package checks.kubernetes.pod.selinux_test

import data.checks.kubernetes.pod.selinux

pod(spec) := {"resources_by_type": {"k8s.core.pod": [{
	"id": "v1/Pod/app/p",
	"type": "k8s.core.pod",
	"attributes": {"metadata": {"name": "p", "namespace": "app"}, "spec": spec},
}]}}

paths(spec) := ps if {
	ps := {v.attribute_path | some v in selinux.deny} with input as pod(spec)
}

test_deny_type if {
	selinux.deny == {{
		"msg": "v1/Pod/app/p: the pod sets SELinux type spc_t",
		"resource_id": "v1/Pod/app/p",
		"attribute_path": ["spec", "securityContext", "seLinuxOptions", "type"],
	}} with input as pod({"securityContext": {"seLinuxOptions": {"type": "spc_t"}}, "containers": []})
}

test_deny_user_and_role if {
	paths({"containers": [{"name": "c", "securityContext": {"seLinuxOptions": {"user": "system_u", "role": "system_r"}}}]}) == {
		["spec", "containers", 0, "securityContext", "seLinuxOptions", "user"],
		["spec", "containers", 0, "securityContext", "seLinuxOptions", "role"],
	}
}

test_allow_container_types_and_level if {
	count(paths({"securityContext": {"seLinuxOptions": {"level": "s0:c123,c456"}}, "containers": [{"name": "c", "securityContext": {"seLinuxOptions": {"type": "container_init_t"}}}]})) == 0
}

test_allow_attribute_absent if {
	count(paths({"containers": [{"name": "c", "securityContext": {}}]})) == 0
}

test_allow_unknown if {
	count(paths({"containers": [{"name": "c", "securityContext": {"seLinuxOptions": {"type": {"$unknown": true}}}}]})) == 0
}
