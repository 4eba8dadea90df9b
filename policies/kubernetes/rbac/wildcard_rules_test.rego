package checks.kubernetes.rbac.wildcard_rules_test

import data.checks.kubernetes.rbac.wildcard_rules

role(rules) := {"resources_by_type": {"k8s.rbac.clusterrole": [{"id": "rbac.authorization.k8s.io/v1/ClusterRole/r", "attributes": {"rules": rules}}]}}

paths(rules) := ps if {
	ps := {v.attribute_path | some v in wildcard_rules.deny} with input as role(rules)
}

test_deny_wildcard_verbs if {
	wildcard_rules.deny == {{
		"msg": "rbac.authorization.k8s.io/v1/ClusterRole/r grants every verb (\"*\") in rule 1",
		"resource_id": "rbac.authorization.k8s.io/v1/ClusterRole/r",
		"attribute_path": ["rules", 1, "verbs", 0],
	}} with input as role([{"resources": ["pods"], "verbs": ["get"]}, {"resources": ["pods"], "verbs": ["*"]}])
}

test_deny_wildcard_resources_in_role if {
	count(wildcard_rules.deny) == 2 with input as {"resources_by_type": {"k8s.rbac.role": [{"id": "r", "attributes": {"rules": [{"apiGroups": ["*"], "resources": ["*"], "verbs": ["get"]}]}}]}}
}

test_allow_explicit if {
	count(paths([{"apiGroups": ["", "apps"], "resources": ["pods"], "verbs": ["get", "list"]}])) == 0
}

test_deny_wildcard_api_groups if {
	wildcard_rules.deny == {{
		"msg": "rbac.authorization.k8s.io/v1/ClusterRole/r grants every API group (\"*\") in rule 0",
		"resource_id": "rbac.authorization.k8s.io/v1/ClusterRole/r",
		"attribute_path": ["rules", 0, "apiGroups", 1],
	}} with input as role([{"apiGroups": ["", "*"], "resources": ["pods"], "verbs": ["get"]}])
}

test_allow_attribute_absent if {
	count(paths([{"nonResourceURLs": ["/healthz"], "verbs": ["get"]}])) == 0
	count(wildcard_rules.deny) == 0 with input as {"resources_by_type": {"k8s.rbac.clusterrole": [{"id": "a", "attributes": {"aggregationRule": {}}}]}}
}

test_allow_unknown if {
	count(paths([{"resources": {"$unknown": true}, "verbs": [{"$unknown": true}]}])) == 0
}
