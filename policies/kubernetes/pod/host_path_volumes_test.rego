package checks.kubernetes.pod.host_path_volumes_test

import data.checks.kubernetes.pod.host_path_volumes

pod(spec) := {"resources_by_type": {"k8s.core.pod": [{
	"id": "v1/Pod/app/p",
	"type": "k8s.core.pod",
	"attributes": {"metadata": {"name": "p", "namespace": "app"}, "spec": spec},
}]}}

paths(spec) := ps if {
	ps := {v.attribute_path | some v in host_path_volumes.deny} with input as pod(spec)
}

test_deny_host_path if {
	host_path_volumes.deny == {{
		"msg": "v1/Pod/app/p mounts hostPath volume sock (/var/run/docker.sock)",
		"resource_id": "v1/Pod/app/p",
		"attribute_path": ["spec", "volumes", 1, "hostPath"],
	}} with input as pod({"containers": [], "volumes": [
		{"name": "tmp", "emptyDir": {}},
		{"name": "sock", "hostPath": {"path": "/var/run/docker.sock"}},
	]})
}

test_deny_host_path_unknown_path if {
	paths({"volumes": [{"name": "h", "hostPath": {"$unknown": true}}]}) == {["spec", "volumes", 0, "hostPath"]}
}

test_allow_other_volumes if {
	count(paths({"volumes": [{"name": "c", "configMap": {"name": "x"}}, {"name": "d", "persistentVolumeClaim": {"claimName": "d"}}]})) == 0
}

test_allow_attribute_absent if {
	count(paths({"containers": [{"name": "c"}]})) == 0
}

test_allow_unknown_volumes if {
	count(paths({"volumes": {"$unknown": true}})) == 0
	count(paths({"volumes": [{"$unknown": true}]})) == 0
}
