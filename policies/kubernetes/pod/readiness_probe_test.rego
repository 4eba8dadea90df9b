package checks.kubernetes.pod.readiness_probe_test

import data.checks.kubernetes.pod.readiness_probe

pod(spec) := {"resources_by_type": {"k8s.core.pod": [{
	"id": "v1/Pod/app/p",
	"type": "k8s.core.pod",
	"attributes": {"metadata": {"name": "p", "namespace": "app"}, "spec": spec},
}]}}

paths(spec) := ps if {
	ps := {v.attribute_path | some v in readiness_probe.deny} with input as pod(spec)
}

test_deny_attribute_absent if {
	readiness_probe.deny == {{
		"msg": "Container c of v1/Pod/app/p has no readiness probe",
		"resource_id": "v1/Pod/app/p",
		"attribute_path": ["spec", "containers", 0, "readinessProbe"],
	}} with input as pod({"containers": [{"name": "c"}]})
}

test_allow_probe if {
	count(paths({"containers": [{"name": "c", "readinessProbe": {"tcpSocket": {"port": 80}}}]})) == 0
}

test_allow_init_container_and_run_to_completion if {
	count(paths({"initContainers": [{"name": "i"}], "containers": [{"name": "c", "readinessProbe": {"exec": {"command": ["true"]}}}]})) == 0
	count(paths({"restartPolicy": "Never", "containers": [{"name": "c"}]})) == 0
	count(readiness_probe.deny) == 0 with input as {"resources_by_type": {"k8s.batch.job": [{"id": "j", "attributes": {"spec": {"template": {"spec": {"containers": [{"name": "c"}]}}}}}]}}
}

test_allow_unknown if {
	count(paths({"containers": [{"name": "c", "readinessProbe": {"$unknown": true}}]})) == 0
}
