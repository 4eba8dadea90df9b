package checks.kubernetes.rbac.default_service_account_binding_test

import data.checks.kubernetes.rbac.default_service_account_binding

binding(type, ref, subjects) := {"resources_by_type": {type: [{"id": "b", "type": type, "attributes": {
	"metadata": {"name": "b", "namespace": "app"},
	"roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": ref},
	"subjects": subjects,
}}]}}

paths(ref, subjects) := ps if {
	ps := {v.attribute_path | some v in default_service_account_binding.deny} with input as binding("k8s.rbac.clusterrolebinding", ref, subjects)
}

test_allow_attribute_absent if {
	count(default_service_account_binding.deny) == 0 with input as {"resources_by_type": {"k8s.rbac.rolebinding": [{"id": "b", "attributes": {"roleRef": {"kind": "Role", "name": "r"}}}]}}
}

test_allow_other_types if {
	count(default_service_account_binding.deny) == 0 with input as binding("k8s.rbac.role", "edit", [{"kind": "Group", "name": "system:unauthenticated"}, {"kind": "ServiceAccount", "name": "default"}])
}

test_deny_default if {
	default_service_account_binding.deny == {{
		"msg": "b grants edit to the default service account",
		"resource_id": "b",
		"attribute_path": ["subjects", 1, "name"],
	}} with input as binding("k8s.rbac.rolebinding", "edit", [{"kind": "ServiceAccount", "name": "app"}, {"kind": "ServiceAccount", "name": "default", "namespace": "app"}])
}

test_allow_other_subjects if {
	count(paths("view", [{"kind": "User", "name": "default"}, {"kind": "ServiceAccount", "name": "app"}])) == 0
}

test_allow_unknown if {
	count(paths("view", [{"kind": "ServiceAccount", "name": {"$unknown": true}}])) == 0
}
