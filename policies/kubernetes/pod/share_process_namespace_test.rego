package checks.kubernetes.pod.share_process_namespace_test

import data.checks.kubernetes.pod.share_process_namespace

pod(spec) := {"resources_by_type": {"k8s.core.pod": [{
	"id": "v1/Pod/app/p",
	"type": "k8s.core.pod",
	"attributes": {"metadata": {"name": "p", "namespace": "app"}, "spec": spec},
}]}}

paths(spec) := ps if {
	ps := {v.attribute_path | some v in share_process_namespace.deny} with input as pod(spec)
}

test_allow_other_types if {
	count(share_process_namespace.deny) == 0 with input as {"resources_by_type": {"k8s.core.service": [{"id": "s", "attributes": {"spec": {"shareProcessNamespace": true}}}]}}
}

test_deny_shared if {
	share_process_namespace.deny == {{
		"msg": "v1/Pod/app/p shares one process namespace between its containers",
		"resource_id": "v1/Pod/app/p",
		"attribute_path": ["spec", "shareProcessNamespace"],
	}} with input as pod({"shareProcessNamespace": true, "containers": [{"name": "c"}]})
}

test_allow_false if {
	count(paths({"shareProcessNamespace": false, "containers": [{"name": "c"}]})) == 0
}

test_allow_attribute_absent if {
	count(paths({"containers": [{"name": "c"}]})) == 0
}

test_allow_unknown if {
	count(paths({"shareProcessNamespace": {"$unknown": true}, "containers": [{"name": "c"}]})) == 0
}
