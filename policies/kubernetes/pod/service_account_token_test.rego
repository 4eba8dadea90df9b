package checks.kubernetes.pod.service_account_token_test

import data.checks.kubernetes.pod.service_account_token

pod(spec) := {"resources_by_type": {"k8s.core.pod": [{
	"id": "v1/Pod/app/p",
	"type": "k8s.core.pod",
	"attributes": {"metadata": {"name": "p", "namespace": "app"}, "spec": spec},
}]}}

paths(spec) := ps if {
	ps := {v.attribute_path | some v in service_account_token.deny} with input as pod(spec)
}

with_account(spec, account) := {"resources_by_type": {
	"k8s.core.pod": [{"id": "v1/Pod/app/p", "attributes": {"metadata": {"namespace": "app"}, "spec": spec}}],
	"k8s.core.serviceaccount": [{"id": "v1/ServiceAccount/app/sa", "attributes": account}],
}}

test_deny_attribute_absent if {
	service_account_token.deny == {{
		"msg": "v1/Pod/app/p mounts the API token of service account default: automountServiceAccountToken is not false on the pod or its ServiceAccount",
		"resource_id": "v1/Pod/app/p",
		"attribute_path": ["spec", "automountServiceAccountToken"],
	}} with input as pod({"containers": [{"name": "c"}]})
}

test_deny_account_in_other_namespace if {
	count(service_account_token.deny) == 1 with input as with_account(
		{"serviceAccountName": "sa", "containers": []},
		{"metadata": {"name": "sa", "namespace": "other"}, "automountServiceAccountToken": false},
	)
}

test_allow_pod_false_or_true if {
	count(paths({"automountServiceAccountToken": false, "containers": []})) == 0
	count(paths({"automountServiceAccountToken": true, "containers": []})) == 0
}

test_allow_service_account_opted_out if {
	count(service_account_token.deny) == 0 with input as with_account(
		{"serviceAccountName": "sa", "containers": []},
		{"metadata": {"name": "sa", "namespace": "app"}, "automountServiceAccountToken": false},
	)
}

test_allow_unknown if {
	count(paths({"automountServiceAccountToken": {"$unknown": true}, "containers": []})) == 0
}
