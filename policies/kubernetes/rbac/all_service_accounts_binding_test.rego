package checks.kubernetes.rbac.all_service_accounts_binding_test

import data.checks.kubernetes.rbac.all_service_accounts_binding

binding(type, ref, subjects) := {"resources_by_type": {type: [{"id": "b", "type": type, "attributes": {
	"metadata": {"name": "b", "namespace": "app"},
	"roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": ref},
	"subjects": subjects,
}}]}}

paths(ref, subjects) := ps if {
	ps := {v.attribute_path | some v in all_service_accounts_binding.deny} with input as binding("k8s.rbac.clusterrolebinding", ref, subjects)
}

test_deny_all_service_accounts if {
	all_service_accounts_binding.deny == {{
		"msg": "b grants edit to every service account of the cluster (system:serviceaccounts)",
		"resource_id": "b",
		"attribute_path": ["subjects", 1, "name"],
	}} with input as binding("k8s.rbac.rolebinding", "edit", [{"kind": "ServiceAccount", "name": "web", "namespace": "app"}, {"kind": "Group", "name": "system:serviceaccounts"}])
	paths("view", [{"kind": "Group", "apiGroup": "rbac.authorization.k8s.io", "name": "system:serviceaccounts"}]) == {["subjects", 0, "name"]}
}

test_allow_issuer_discovery if {
	count(paths("system:service-account-issuer-discovery", [{"kind": "Group", "name": "system:serviceaccounts"}])) == 0
}

test_allow_named_accounts_and_namespace_groups if {
	count(paths("view", [{"kind": "ServiceAccount", "name": "web", "namespace": "app"}, {"kind": "Group", "name": "system:serviceaccounts:app"}])) == 0
}

test_allow_attribute_absent if {
	count(all_service_accounts_binding.deny) == 0 with input as {"resources_by_type": {"k8s.rbac.rolebinding": [{"id": "b", "attributes": {"roleRef": {"kind": "Role", "name": "r"}}}]}}
}

test_deny_role_name_absent if {
	all_service_accounts_binding.deny == {{
		"msg": "b grants its role to every service account of the cluster (system:serviceaccounts)",
		"resource_id": "b",
		"attribute_path": ["subjects", 0, "name"],
	}} with input as {"resources_by_type": {"k8s.rbac.clusterrolebinding": [{"id": "b", "attributes": {"subjects": [{"kind": "Group", "name": "system:serviceaccounts"}]}}]}}
}

test_allow_unknown if {
	count(paths("view", [{"kind": "Group", "name": {"$unknown": true}}])) == 0
	count(paths("view", [{"$unknown": true}])) == 0
	count(paths("view", {"$unknown": true})) == 0
}

test_allow_other_types if {
	count(all_service_accounts_binding.deny) == 0 with input as binding("k8s.rbac.role", "edit", [{"kind": "Group", "name": "system:serviceaccounts"}])
}
