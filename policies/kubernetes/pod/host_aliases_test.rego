package checks.kubernetes.pod.host_aliases_test

import data.checks.kubernetes.pod.host_aliases

pod(spec) := {"resources_by_type": {"k8s.core.pod": [{
	"id": "v1/Pod/app/p",
	"type": "k8s.core.pod",
	"attributes": {"metadata": {"name": "p", "namespace": "app"}, "spec": spec},
}]}}

paths(spec) := ps if {
	ps := {v.attribute_path | some v in host_aliases.deny} with input as pod(spec)
}

test_deny_host_aliases if {
	host_aliases.deny == {{
		"msg": "v1/Pod/app/p writes 1 hostAliases entry(ies) into /etc/hosts of its containers, overriding DNS",
		"resource_id": "v1/Pod/app/p",
		"attribute_path": ["spec", "hostAliases"],
	}} with input as pod({"hostAliases": [{"ip": "10.0.0.5", "hostnames": ["db.internal"]}], "containers": [{"name": "c"}]})
}

test_allow_absent_or_empty if {
	count(paths({"containers": [{"name": "c"}]})) == 0
	count(paths({"hostAliases": [], "containers": [{"name": "c"}]})) == 0
}

test_allow_unknown if {
	count(paths({"hostAliases": {"$unknown": true}, "containers": [{"name": "c"}]})) == 0
}
