package checks.kubernetes.rbac.anonymous_binding_test

import data.checks.kubernetes.rbac.anonymous_binding

binding(type, ref, subjects) := {"resources_by_type": {type: [{"id": "b", "type": type, "attributes": {
	"metadata": {"name": "b", "namespace": "app"},
	"roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": ref},
	"subjects": subjects,
}}]}}

paths(ref, subjects) := ps if {
	ps := {v.attribute_path | some v in anonymous_binding.deny} with input as binding("k8s.rbac.clusterrolebinding", ref, subjects)
}

test_allow_attribute_absent if {
	count(anonymous_binding.deny) == 0 with input as {"resources_by_type": {"k8s.rbac.rolebinding": [{"id": "b", "attributes": {"roleRef": {"kind": "Role", "name": "r"}}}]}}
}

test_allow_other_types if {
	count(anonymous_binding.deny) == 0 with input as binding("k8s.rbac.role", "edit", [{"kind": "Group", "name": "system:unauthenticated"}, {"kind": "ServiceAccount", "name": "default"}])
}

test_deny_anonymous if {
	anonymous_binding.deny == {{
		"msg": "b grants view to system:unauthenticated",
		"resource_id": "b",
		"attribute_path": ["subjects", 1, "name"],
	}} with input as binding("k8s.rbac.rolebinding", "view", [{"kind": "Group", "name": "team"}, {"kind": "Group", "name": "system:unauthenticated"}])
	paths("edit", [{"kind": "User", "name": "system:anonymous"}]) == {["subjects", 0, "name"]}
}

test_allow_public_info_viewer if {
	count(paths("system:public-info-viewer", [{"kind": "Group", "name": "system:unauthenticated"}])) == 0
}

test_allow_other_subjects if {
	count(paths("view", [{"kind": "Group", "name": "system:anonymous"}, {"kind": "User", "name": "system:unauthenticated"}, {"kind": "Group", "name": "system:authenticated"}])) == 0
}

test_allow_unknown if {
	count(paths("view", [{"kind": "Group", "name": {"$unknown": true}}, {"$unknown": true}])) == 0
	count(paths("view", {"$unknown": true})) == 0
}
