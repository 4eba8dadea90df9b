package checks.kubernetes.general.default_namespace_test

import data.checks.kubernetes.general.default_namespace

resource(type, metadata) := {"resources_by_type": {type: [{"id": "r", "attributes": {"metadata": metadata}}]}}

test_deny_default if {
	default_namespace.deny == {{
		"msg": "r is placed in the default namespace",
		"resource_id": "r",
		"attribute_path": ["metadata", "namespace"],
	}} with input as resource("k8s.core.service", {"name": "s", "namespace": "default"})
}

test_allow_other_namespace if {
	count(default_namespace.deny) == 0 with input as resource("k8s.apps.deployment", {"name": "d", "namespace": "prod"})
}

test_allow_attribute_absent if {
	count(default_namespace.deny) == 0 with input as resource("k8s.apps.deployment", {"name": "d"})
}

test_allow_cluster_scoped if {
	count(default_namespace.deny) == 0 with input as resource("k8s.rbac.clusterrole", {"name": "c", "namespace": "default"})
}

test_allow_unknown if {
	count(default_namespace.deny) == 0 with input as resource("k8s.core.pod", {"name": "p", "namespace": {"$unknown": true}})
}
