package checks.kubernetes.rbac.default_service_account_automount_test

import data.checks.kubernetes.rbac.default_service_account_automount

account(attributes) := {"resources_by_type": {"k8s.core.serviceaccount": [{"id": "sa", "attributes": attributes}]}}

paths(attributes) := ps if {
	ps := {v.attribute_path | some v in default_service_account_automount.deny} with input as account(attributes)
}

test_deny_automount_true if {
	default_service_account_automount.deny == {{
		"msg": "sa does not set automountServiceAccountToken to false, so pods that name no service account get its API token",
		"resource_id": "sa",
		"attribute_path": ["automountServiceAccountToken"],
	}} with input as account({"metadata": {"name": "default", "namespace": "apps"}, "automountServiceAccountToken": true})
}

test_deny_attribute_absent if {
	paths({"metadata": {"name": "default", "namespace": "apps"}}) == {["automountServiceAccountToken"]}
}

test_allow_opted_out if {
	count(paths({"metadata": {"name": "default"}, "automountServiceAccountToken": false})) == 0
}

test_allow_other_accounts if {
	count(paths({"metadata": {"name": "web"}})) == 0
}

test_allow_unknown if {
	count(paths({"metadata": {"name": "default"}, "automountServiceAccountToken": {"$unknown": true}})) == 0
	count(paths({"metadata": {"name": {"$unknown": true}}})) == 0
}

test_allow_other_types if {
	count(default_service_account_automount.deny) == 0 with input as {"resources_by_type": {"k8s.core.secret": [{"id": "s", "attributes": {"metadata": {"name": "default"}}}]}}
}
