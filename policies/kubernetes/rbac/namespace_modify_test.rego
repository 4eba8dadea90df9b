package checks.kubernetes.rbac.namespace_modify_test

import data.checks.kubernetes.rbac.namespace_modify

role(type, rules) := {"resources_by_type": {type: [{"id": "r", "type": type, "attributes": {"metadata": {"name": "r"}, "rules": rules}}]}}

paths(rules) := ps if {
	ps := {v.attribute_path | some v in namespace_modify.deny} with input as role("k8s.rbac.clusterrole", rules)
}

test_deny_patch if {
	namespace_modify.deny == {{
		"msg": "r grants patch on namespaces in rule 0, which lets the subject lift their Pod Security labels",
		"resource_id": "r",
		"attribute_path": ["rules", 0, "verbs", 2],
	}} with input as role("k8s.rbac.role", [{"apiGroups": [""], "resources": ["namespaces"], "verbs": ["get", "list", "patch"]}])
}

test_deny_update_and_star if {
	paths([{"apiGroups": [""], "resources": ["pods", "namespaces"], "verbs": ["update"]}, {"apiGroups": ["*"], "resources": ["namespaces"], "verbs": ["*"]}]) == {["rules", 0, "verbs", 0], ["rules", 1, "verbs", 0]}
}

test_allow_read_only if {
	count(paths([{"apiGroups": [""], "resources": ["namespaces"], "verbs": ["get", "list", "watch"]}])) == 0
}

test_allow_status_and_other_groups if {
	count(paths([{"apiGroups": [""], "resources": ["namespaces/status", "namespaces/finalize"], "verbs": ["update"]}])) == 0
	count(paths([{"apiGroups": ["apps"], "resources": ["namespaces"], "verbs": ["patch"]}])) == 0
}

test_allow_resource_names if {
	count(paths([{"apiGroups": [""], "resources": ["namespaces"], "resourceNames": ["sandbox"], "verbs": ["patch"]}])) == 0
}

test_allow_attribute_absent if {
	count(paths([{"apiGroups": [""], "resources": ["namespaces"]}])) == 0
	count(paths([{"resources": ["namespaces"], "verbs": ["patch"]}])) == 0
}

test_allow_unknown if {
	count(paths([{"apiGroups": [""], "resources": ["namespaces"], "verbs": {"$unknown": true}}])) == 0
	count(paths([{"apiGroups": [""], "resources": {"$unknown": true}, "verbs": ["patch"]}])) == 0
	count(paths([{"apiGroups": [""], "resources": ["namespaces"], "verbs": ["patch"], "resourceNames": {"$unknown": true}}])) == 0
}

test_allow_other_types if {
	count(namespace_modify.deny) == 0 with input as role("k8s.rbac.rolebinding", [{"apiGroups": [""], "resources": ["namespaces"], "verbs": ["patch"]}])
}
