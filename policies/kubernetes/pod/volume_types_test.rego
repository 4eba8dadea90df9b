package checks.kubernetes.pod.volume_types_test

import data.checks.kubernetes.pod.volume_types

pod(spec) := {"resources_by_type": {"k8s.core.pod": [{
	"id": "v1/Pod/app/p",
	"type": "k8s.core.pod",
	"attributes": {"metadata": {"name": "p", "namespace": "app"}, "spec": spec},
}]}}

paths(spec) := ps if {
	ps := {v.attribute_path | some v in volume_types.deny} with input as pod(spec)
}

test_deny_nfs if {
	volume_types.deny == {{
		"msg": "v1/Pod/app/p uses volume type nfs, which the restricted Pod Security Standard does not allow",
		"resource_id": "v1/Pod/app/p",
		"attribute_path": ["spec", "volumes", 1, "nfs"],
	}} with input as pod({"volumes": [{"name": "a", "emptyDir": {}}, {"name": "b", "nfs": {"server": "n", "path": "/"}}]})
}

test_allow_restricted_types if {
	count(paths({"volumes": [
		{"name": "a", "configMap": {"name": "c"}}, {"name": "b", "secret": {"secretName": "s"}},
		{"name": "c", "projected": {"sources": []}}, {"name": "d", "persistentVolumeClaim": {"claimName": "x"}},
	]})) == 0
}

test_allow_attribute_absent if {
	count(paths({"containers": [{"name": "c"}]})) == 0
}

test_allow_unknown if {
	count(paths({"volumes": [{"$unknown": true, "reason": "r"}]})) == 0
}
