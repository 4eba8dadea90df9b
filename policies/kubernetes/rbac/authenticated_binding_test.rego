package checks.kubernetes.rbac.authenticated_binding_test

import data.checks.kubernetes.rbac.authenticated_binding

binding(type, ref, subjects) := {"resources_by_type": {type: [{"id": "b", "type": type, "attributes": {
	"metadata": {"name": "b", "namespace": "app"},
	"roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": ref},
	"subjects": subjects,
}}]}}

paths(ref, subjects) := ps if {
	ps := {v.attribute_path | some v in authenticated_binding.deny} with input as binding("k8s.rbac.clusterrolebinding", ref, subjects)
}

test_allow_attribute_absent if {
	count(authenticated_binding.deny) == 0 with input as {"resources_by_type": {"k8s.rbac.rolebinding": [{"id": "b", "attributes": {"roleRef": {"kind": "Role", "name": "r"}}}]}}
}

test_allow_other_types if {
	count(authenticated_binding.deny) == 0 with input as binding("k8s.rbac.role", "edit", [{"kind": "Group", "name": "system:unauthenticated"}, {"kind": "ServiceAccount", "name": "default"}])
}

test_deny_authenticated if {
	authenticated_binding.deny == {{
		"msg": "b grants view to every authenticated user (system:authenticated)",
		"resource_id": "b",
		"attribute_path": ["subjects", 0, "name"],
	}} with input as binding("k8s.rbac.rolebinding", "view", [{"kind": "Group", "name": "system:authenticated"}])
}

test_allow_discovery_roles if {
	count(paths("system:discovery", [{"kind": "Group", "name": "system:authenticated"}])) == 0
}

test_allow_other_subjects if {
	count(paths("view", [{"kind": "User", "name": "system:authenticated"}, {"kind": "Group", "name": "team"}])) == 0
}

test_allow_unknown if {
	count(paths("view", [{"kind": "Group", "name": {"$unknown": true}}])) == 0
}
