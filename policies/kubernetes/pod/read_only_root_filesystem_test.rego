package checks.kubernetes.pod.read_only_root_filesystem_test

import data.checks.kubernetes.pod.read_only_root_filesystem

pod(spec) := {"resources_by_type": {"k8s.core.pod": [{
	"id": "v1/Pod/app/p",
	"type": "k8s.core.pod",
	"attributes": {"metadata": {"name": "p", "namespace": "app"}, "spec": spec},
}]}}

paths(spec) := ps if {
	ps := {v.attribute_path | some v in read_only_root_filesystem.deny} with input as pod(spec)
}

test_deny_false if {
	read_only_root_filesystem.deny == {{
		"msg": "Container c of v1/Pod/app/p does not set securityContext.readOnlyRootFilesystem to true",
		"resource_id": "v1/Pod/app/p",
		"attribute_path": ["spec", "containers", 0, "securityContext", "readOnlyRootFilesystem"],
	}} with input as pod({"containers": [{"name": "c", "securityContext": {"readOnlyRootFilesystem": false}}]})
}

test_deny_attribute_absent if {
	paths({"initContainers": [{"name": "i"}]}) == {["spec", "initContainers", 0, "securityContext", "readOnlyRootFilesystem"]}
}

test_allow_true if {
	count(paths({"containers": [{"name": "c", "securityContext": {"readOnlyRootFilesystem": true}}]})) == 0
}

test_allow_ephemeral if {
	count(paths({"ephemeralContainers": [{"name": "debug"}]})) == 0
}

test_allow_unknown if {
	count(paths({"containers": [{"name": "c", "securityContext": {"readOnlyRootFilesystem": {"$unknown": true}}}]})) == 0
}
