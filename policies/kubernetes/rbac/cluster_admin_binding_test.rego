package checks.kubernetes.rbac.cluster_admin_binding_test

import data.checks.kubernetes.rbac.cluster_admin_binding

binding(type, ref) := {"resources_by_type": {type: [{"id": "b", "attributes": {"roleRef": ref, "subjects": [{"kind": "User", "name": "u"}]}}]}}

test_deny_cluster_role_binding if {
	cluster_admin_binding.deny == {{
		"msg": "b binds the cluster-admin ClusterRole",
		"resource_id": "b",
		"attribute_path": ["roleRef", "name"],
	}} with input as binding("k8s.rbac.clusterrolebinding", {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "cluster-admin"})
}

test_deny_role_binding if {
	count(cluster_admin_binding.deny) == 1 with input as binding("k8s.rbac.rolebinding", {"kind": "ClusterRole", "name": "cluster-admin"})
}

test_allow_other_roles if {
	count(cluster_admin_binding.deny) == 0 with input as binding("k8s.rbac.clusterrolebinding", {"kind": "ClusterRole", "name": "view"})
	count(cluster_admin_binding.deny) == 0 with input as binding("k8s.rbac.rolebinding", {"kind": "Role", "name": "cluster-admin"})
}

test_allow_attribute_absent if {
	count(cluster_admin_binding.deny) == 0 with input as {"resources_by_type": {"k8s.rbac.rolebinding": [{"id": "b", "attributes": {"subjects": []}}]}}
}

test_allow_unknown if {
	count(cluster_admin_binding.deny) == 0 with input as binding("k8s.rbac.rolebinding", {"kind": "ClusterRole", "name": {"$unknown": true}})
}
