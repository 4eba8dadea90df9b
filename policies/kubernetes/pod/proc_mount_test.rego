package checks.kubernetes.pod.proc_mount_test

import data.checks.kubernetes.pod.proc_mount

pod(spec) := {"resources_by_type": {"k8s.core.pod": [{
	"id": "v1/Pod/app/p",
	"type": "k8s.core.pod",
	"attributes": {"metadata": {"name": "p", "namespace": "app"}, "spec": spec},
}]}}

paths(spec) := ps if {
	ps := {v.attribute_path | some v in proc_mount.deny} with input as pod(spec)
}

test_deny_unmasked if {
	proc_mount.deny == {{
		"msg": "Container c of v1/Pod/app/p sets procMount to Unmasked",
		"resource_id": "v1/Pod/app/p",
		"attribute_path": ["spec", "initContainers", 0, "securityContext", "procMount"],
	}} with input as pod({"initContainers": [{"name": "c", "securityContext": {"procMount": "Unmasked"}}]})
}

test_allow_default if {
	count(paths({"containers": [{"name": "c", "securityContext": {"procMount": "Default"}}]})) == 0
}

test_allow_attribute_absent if {
	count(paths({"containers": [{"name": "c"}]})) == 0
}

test_allow_unknown if {
	count(paths({"containers": [{"name": "c", "securityContext": {"procMount": {"$unknown": true}}}]})) == 0
}
