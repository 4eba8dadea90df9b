package checks.kubernetes.rbac.escalation_verbs_test

import data.checks.kubernetes.rbac.escalation_verbs

role(type, rules) := {"resources_by_type": {type: [{"id": "r", "type": type, "attributes": {"rules": rules}}]}}

paths(rules) := ps if {
	ps := {v.attribute_path | some v in escalation_verbs.deny} with input as role("k8s.rbac.clusterrole", rules)
}

test_deny_escalate_bind if {
	escalation_verbs.deny == {
		{"msg": "r grants the bind verb in rule 0", "resource_id": "r", "attribute_path": ["rules", 0, "verbs", 1]},
		{"msg": "r grants the escalate verb in rule 0", "resource_id": "r", "attribute_path": ["rules", 0, "verbs", 2]},
	} with input as role("k8s.rbac.role", [{"apiGroups": ["rbac.authorization.k8s.io"], "resources": ["roles"], "verbs": ["get", "bind", "escalate"]}])
}

test_deny_impersonate if {
	paths([{"apiGroups": [""], "resources": ["users", "groups"], "verbs": ["impersonate"]}]) == {["rules", 0, "verbs", 0]}
}

test_allow_resource_names if {
	count(paths([{"apiGroups": ["rbac.authorization.k8s.io"], "resources": ["clusterroles"], "resourceNames": ["view"], "verbs": ["bind"]}])) == 0
}

test_deny_resource_names_all_powerful if {
	paths([{"apiGroups": ["rbac.authorization.k8s.io"], "resources": ["clusterroles"], "resourceNames": ["view", "cluster-admin"], "verbs": ["bind"]}]) == {["rules", 0, "verbs", 0]}
	paths([{"apiGroups": [""], "resources": ["groups"], "resourceNames": ["system:masters"], "verbs": ["get", "impersonate"]}]) == {["rules", 0, "verbs", 1]}
	paths([{"apiGroups": [""], "resources": ["users"], "resourceNames": ["system:admin"], "verbs": ["impersonate"]}]) == {["rules", 0, "verbs", 0]}
}

test_allow_other_verbs if {
	count(paths([{"apiGroups": ["rbac.authorization.k8s.io"], "resources": ["roles"], "verbs": ["get", "create", "*"]}])) == 0
}

test_allow_attribute_absent if {
	count(paths([{"apiGroups": [""], "resources": ["pods"]}])) == 0
}

test_allow_unknown if {
	count(paths([{"resources": ["roles"], "verbs": [{"$unknown": true}]}])) == 0
	count(paths([{"resources": ["roles"], "verbs": {"$unknown": true}}])) == 0
	count(paths([{"resources": ["roles"], "verbs": ["bind"], "resourceNames": {"$unknown": true}}])) == 0
}

test_allow_other_types if {
	count(escalation_verbs.deny) == 0 with input as role("k8s.rbac.rolebinding", [{"verbs": ["bind"]}])
}
