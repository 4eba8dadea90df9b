package checks.kubernetes.pod.host_ports_test

import data.checks.kubernetes.pod.host_ports

pod(spec) := {"resources_by_type": {"k8s.core.pod": [{
	"id": "v1/Pod/app/p",
	"type": "k8s.core.pod",
	"attributes": {"metadata": {"name": "p", "namespace": "app"}, "spec": spec},
}]}}

paths(spec) := ps if {
	ps := {v.attribute_path | some v in host_ports.deny} with input as pod(spec)
}

test_deny_host_port if {
	host_ports.deny == {{
		"msg": "Container c of v1/Pod/app/p binds host port 8080",
		"resource_id": "v1/Pod/app/p",
		"attribute_path": ["spec", "containers", 0, "ports", 1, "hostPort"],
	}} with input as pod({"containers": [{"name": "c", "ports": [{"containerPort": 53}, {"containerPort": 80, "hostPort": 8080}]}]})
}

test_allow_zero if {
	count(paths({"containers": [{"name": "c", "ports": [{"containerPort": 80, "hostPort": 0}]}]})) == 0
}

test_allow_attribute_absent if {
	count(paths({"containers": [{"name": "c", "ports": [{"containerPort": 80}]}]})) == 0
	count(paths({"containers": [{"name": "c"}]})) == 0
}

test_allow_unknown if {
	count(paths({"containers": [{"name": "c", "ports": [{"containerPort": 80, "hostPort": {"$unknown": true}}]}]})) == 0
}
