package checks.kubernetes.rbac.csr_approval_test

import data.checks.kubernetes.rbac.csr_approval

role(type, rules) := {"resources_by_type": {type: [{"id": "r", "type": type, "attributes": {"rules": rules}}]}}

paths(rules) := ps if {
	ps := {v.attribute_path | some v in csr_approval.deny} with input as role("k8s.rbac.clusterrole", rules)
}

test_deny_approval_and_signers if {
	csr_approval.deny == {
		{"msg": "r grants update on certificatesigningrequests/approval in rule 0", "resource_id": "r", "attribute_path": ["rules", 0, "verbs", 1]},
		{"msg": "r grants approve on signers in rule 1", "resource_id": "r", "attribute_path": ["rules", 1, "verbs", 0]},
	} with input as role("k8s.rbac.clusterrole", [
		{"apiGroups": ["certificates.k8s.io"], "resources": ["certificatesigningrequests/approval"], "verbs": ["get", "update"]},
		{"apiGroups": ["certificates.k8s.io"], "resources": ["signers"], "verbs": ["approve"]},
	])
}

test_allow_resource_names if {
	count(paths([{"apiGroups": ["certificates.k8s.io"], "resources": ["signers"], "resourceNames": ["example.com/my-signer"], "verbs": ["approve"]}])) == 0
}

test_allow_other_permissions if {
	count(paths([{"apiGroups": ["certificates.k8s.io"], "resources": ["certificatesigningrequests"], "verbs": ["create", "get", "update"]}])) == 0
	count(paths([{"apiGroups": [""], "resources": ["signers"], "verbs": ["approve"]}])) == 0
}

test_allow_attribute_absent if {
	count(paths([{"apiGroups": ["certificates.k8s.io"], "resources": ["signers"]}])) == 0
}

test_allow_unknown if {
	count(paths([{"apiGroups": ["certificates.k8s.io"], "resources": ["signers"], "verbs": {"$unknown": true}}])) == 0
}

test_allow_other_types if {
	count(csr_approval.deny) == 0 with input as role("k8s.rbac.role", [{"apiGroups": ["certificates.k8s.io"], "resources": ["signers"], "verbs": ["approve"]}])
}
