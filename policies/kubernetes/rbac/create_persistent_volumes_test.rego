package checks.kubernetes.rbac.create_persistent_volumes_test

import data.checks.kubernetes.rbac.create_persistent_volumes

role(type, rules) := {"resources_by_type": {type: [{"id": "r", "type": type, "attributes": {"metadata": {"name": "r"}, "rules": rules}}]}}

paths(rules) := ps if {
	ps := {v.attribute_path | some v in create_persistent_volumes.deny} with input as role("k8s.rbac.clusterrole", rules)
}

deny_rule := {"apiGroups": [""], "resources": ["persistentvolumes"], "verbs": ["get", "create"]}

test_deny_explicit if {
	paths([{"apiGroups": ["x"], "resources": ["configmaps"], "verbs": ["get"]}, deny_rule]) == {["rules", 1, "verbs", count(deny_rule.verbs) - 1]}
}

test_deny_every_type if {
	every type in ["k8s.rbac.clusterrole"] {
		count(create_persistent_volumes.deny) == 1 with input as role(type, [deny_rule])
	}
}

test_deny_star_verb if {
	paths([object.union(deny_rule, {"verbs": ["*"]})]) == {["rules", 0, "verbs", 0]}
}

test_allow_other_permissions if {
	count(paths([{"apiGroups": [""], "resources": ["persistentvolumeclaims", "persistentvolumes"], "verbs": ["get", "list"]}])) == 0
}

test_allow_resource_names if {
	count(paths([object.union(deny_rule, {"resourceNames": ["one"]})])) == 0
}

test_allow_attribute_absent if {
	count(paths([{"nonResourceURLs": ["/healthz"], "verbs": ["get"]}])) == 0
	count(create_persistent_volumes.deny) == 0 with input as {"resources_by_type": {"k8s.rbac.clusterrole": [{"id": "a", "attributes": {"aggregationRule": {}}}]}}
}

test_allow_unknown if {
	count(paths([object.union(deny_rule, {"verbs": {"$unknown": true}})])) == 0
	count(paths([object.union(deny_rule, {"resources": [{"$unknown": true}]})])) == 0
	count(paths([{"$unknown": true}])) == 0
}

test_allow_other_types if {
	count(create_persistent_volumes.deny) == 0 with input as role("k8s.rbac.rolebinding", [deny_rule])
}
