package checks.kubernetes.rbac.wildcard_role_binding_test

import data.checks.kubernetes.rbac.wildcard_role_binding

subjects := [{"kind": "Group", "name": "ops"}]

scan(binding_type, binding_ns, ref, roles) := {"resources_by_type": object.union(
	{binding_type: [{"id": "b", "attributes": {"metadata": {"name": "b", "namespace": binding_ns}, "roleRef": ref, "subjects": subjects}}]},
	roles,
)}

cluster_role(rules) := {"k8s.rbac.clusterrole": [{"id": "cr", "attributes": {"metadata": {"name": "ops"}, "rules": rules}}]}

role(ns, rules) := {"k8s.rbac.role": [{"id": "r", "attributes": {"metadata": {"name": "ops", "namespace": ns}, "rules": rules}}]}

wildcard := [{"apiGroups": [""], "resources": ["pods"], "verbs": ["get"]}, {"apiGroups": ["apps"], "resources": ["*"], "verbs": ["get"]}]

explicit := [{"apiGroups": [""], "resources": ["pods"], "verbs": ["get", "list"]}]

test_deny_cluster_role if {
	wildcard_role_binding.deny == {{
		"msg": "b grants ClusterRole ops, which has wildcard verbs or resources",
		"resource_id": "b",
		"attribute_path": ["roleRef", "name"],
	}} with input as scan("k8s.rbac.rolebinding", "app", {"kind": "ClusterRole", "name": "ops"}, cluster_role(wildcard))
	count(wildcard_role_binding.deny) == 1 with input as scan("k8s.rbac.clusterrolebinding", null, {"kind": "ClusterRole", "name": "ops"}, cluster_role([{"verbs": ["*"]}]))
}

test_deny_role_same_namespace if {
	count(wildcard_role_binding.deny) == 1 with input as scan("k8s.rbac.rolebinding", "app", {"kind": "Role", "name": "ops"}, role("app", wildcard))
}

test_allow_role_other_namespace if {
	count(wildcard_role_binding.deny) == 0 with input as scan("k8s.rbac.rolebinding", "app", {"kind": "Role", "name": "ops"}, role("web", wildcard))
	count(wildcard_role_binding.deny) == 0 with input as scan("k8s.rbac.rolebinding", "app", {"kind": "ClusterRole", "name": "ops"}, role("app", wildcard))
}

test_allow_explicit_role if {
	count(wildcard_role_binding.deny) == 0 with input as scan("k8s.rbac.rolebinding", "app", {"kind": "ClusterRole", "name": "ops"}, cluster_role(explicit))
}

test_allow_attribute_absent if {
	# The role is not among the scanned manifests, or the binding has no subjects.
	count(wildcard_role_binding.deny) == 0 with input as scan("k8s.rbac.rolebinding", "app", {"kind": "ClusterRole", "name": "ops"}, {})
	count(wildcard_role_binding.deny) == 0 with input as {"resources_by_type": object.union(cluster_role(wildcard), {"k8s.rbac.clusterrolebinding": [{"id": "b", "attributes": {"roleRef": {"kind": "ClusterRole", "name": "ops"}}}]})}
}

test_allow_unknown if {
	count(wildcard_role_binding.deny) == 0 with input as scan("k8s.rbac.rolebinding", "app", {"kind": "ClusterRole", "name": {"$unknown": true}}, cluster_role(wildcard))
	count(wildcard_role_binding.deny) == 0 with input as scan("k8s.rbac.rolebinding", "app", {"kind": "ClusterRole", "name": "ops"}, cluster_role([{"resources": {"$unknown": true}, "verbs": ["get"]}]))
}

test_allow_other_types if {
	count(wildcard_role_binding.deny) == 0 with input as scan("k8s.core.pod", "app", {"kind": "ClusterRole", "name": "ops"}, cluster_role(wildcard))
}
