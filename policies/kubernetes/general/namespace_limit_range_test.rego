package checks.kubernetes.general.namespace_limit_range_test

import data.checks.kubernetes.general.namespace_limit_range

namespace(name) := {"id": concat("/", ["v1/Namespace", name]), "attributes": {"metadata": {"name": name}}}

limit_range(metadata) := {"id": "q", "attributes": {"metadata": metadata, "spec": {"limits": [{"type": "Container", "default": {"cpu": "500m"}}]}}}

scan(namespaces, limit_ranges) := {"resources_by_type": {"k8s.core.namespace": namespaces, "k8s.core.limitrange": limit_ranges}}

ids(namespaces, limit_ranges) := xs if {
	xs := {v.resource_id | some v in namespace_limit_range.deny} with input as scan(namespaces, limit_ranges)
}

test_deny_no_limit_range if {
	namespace_limit_range.deny == {{
		"msg": "v1/Namespace/prod has no LimitRange, so its containers get no default requests and limits",
		"resource_id": "v1/Namespace/prod",
		"attribute_path": [],
	}} with input as scan([namespace("prod")], [])
}

test_deny_limit_range_in_other_namespace if {
	ids([namespace("prod"), namespace("dev")], [limit_range({"name": "q", "namespace": "dev"})]) == {"v1/Namespace/prod"}
}

test_allow_limit_range if {
	count(ids([namespace("prod")], [limit_range({"name": "q", "namespace": "prod"})])) == 0
}

test_allow_limit_range_namespace_not_set if {
	count(ids([namespace("prod")], [limit_range({"name": "q"})])) == 0
}

test_allow_system_namespaces if {
	count(ids([namespace("kube-system"), namespace("kube-public"), namespace("kube-node-lease")], [])) == 0
}

test_allow_attribute_absent if {
	# A Namespace without a name is not one this check can judge.
	count(ids([{"id": "n", "attributes": {"metadata": {}}}], [])) == 0
}

test_allow_unknown if {
	count(ids([{"id": "n", "attributes": {"metadata": {"name": {"$unknown": true}}}}], [])) == 0
	count(ids([namespace("prod")], [limit_range({"name": "q", "namespace": {"$unknown": true}})])) == 0
	count(ids([namespace("prod")], [limit_range({"$unknown": true})])) == 0
}

test_allow_other_types if {
	count(namespace_limit_range.deny) == 0 with input as {"resources_by_type": {"k8s.core.configmap": [namespace("prod")]}}
}
