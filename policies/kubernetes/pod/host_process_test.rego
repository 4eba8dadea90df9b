package checks.kubernetes.pod.host_process_test

import data.checks.kubernetes.pod.host_process

pod(spec) := {"resources_by_type": {"k8s.core.pod": [{
	"id": "v1/Pod/app/p",
	"type": "k8s.core.pod",
	"attributes": {"metadata": {"name": "p", "namespace": "app"}, "spec": spec},
}]}}

paths(spec) := ps if {
	ps := {v.attribute_path | some v in host_process.deny} with input as pod(spec)
}

test_deny_pod_level if {
	host_process.deny == {{
		"msg": "v1/Pod/app/p: the pod runs as a Windows HostProcess container",
		"resource_id": "v1/Pod/app/p",
		"attribute_path": ["spec", "securityContext", "windowsOptions", "hostProcess"],
	}} with input as pod({"securityContext": {"windowsOptions": {"hostProcess": true}}, "hostNetwork": true, "containers": [{"name": "c"}]})
}

test_deny_container_level if {
	paths({"containers": [{"name": "c", "securityContext": {"windowsOptions": {"hostProcess": true}}}]}) == {["spec", "containers", 0, "securityContext", "windowsOptions", "hostProcess"]}
}

test_allow_false if {
	count(paths({"containers": [{"name": "c", "securityContext": {"windowsOptions": {"hostProcess": false, "runAsUserName": "app"}}}]})) == 0
}

test_allow_attribute_absent if {
	count(paths({"containers": [{"name": "c"}]})) == 0
}

test_allow_unknown if {
	count(paths({"containers": [{"name": "c", "securityContext": {"windowsOptions": {"hostProcess": {"$unknown": true}}}}]})) == 0
}
