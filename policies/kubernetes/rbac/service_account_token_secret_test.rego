package checks.kubernetes.rbac.service_account_token_secret_test

import data.checks.kubernetes.rbac.service_account_token_secret

secret(attributes) := {"resources_by_type": {"k8s.core.secret": [{"id": "s", "attributes": attributes}]}}

annotations := {"kubernetes.io/service-account.name": "ci"}

test_deny_token_secret if {
	service_account_token_secret.deny == {{
		"msg": "s is a service account token Secret: its token never expires and is not bound to a pod",
		"resource_id": "s",
		"attribute_path": ["type"],
	}} with input as secret({"metadata": {"name": "ci-token", "annotations": annotations}, "type": "kubernetes.io/service-account-token"})
}

test_allow_other_secret_types if {
	count(service_account_token_secret.deny) == 0 with input as secret({"metadata": {"name": "tls"}, "type": "kubernetes.io/tls"})
	count(service_account_token_secret.deny) == 0 with input as secret({"metadata": {"name": "o"}, "type": "Opaque"})
}

test_allow_attribute_absent if {
	# type defaults to Opaque
	count(service_account_token_secret.deny) == 0 with input as secret({"metadata": {"name": "o"}})
}

test_allow_unknown if {
	count(service_account_token_secret.deny) == 0 with input as secret({"metadata": {"name": "o"}, "type": {"$unknown": true}})
}

test_allow_other_types if {
	count(service_account_token_secret.deny) == 0 with input as {"resources_by_type": {"k8s.core.configmap": [{"id": "c", "attributes": {"type": "kubernetes.io/service-account-token"}}]}}
}
