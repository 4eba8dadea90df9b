package checks.kubernetes.pod.default_service_account_test

import data.checks.kubernetes.pod.default_service_account

deployment(spec) := {"resources_by_type": {"k8s.apps.deployment": [{
	"id": "apps/v1/Deployment/app/d",
	"type": "k8s.apps.deployment",
	"attributes": {"metadata": {"name": "d", "namespace": "app"}, "spec": {"template": {"spec": spec}}},
}]}}

with_account(spec, sa) := object.union(deployment(spec), {"resources_by_type": {"k8s.core.serviceaccount": [{
	"id": "v1/ServiceAccount/app/default",
	"type": "k8s.core.serviceaccount",
	"attributes": sa,
}]}})

paths(spec) := ps if {
	ps := {v.attribute_path | some v in default_service_account.deny} with input as deployment(spec)
}

containers := [{"name": "c"}]

test_deny_no_account_named if {
	default_service_account.deny == {{
		"msg": "apps/v1/Deployment/app/d runs as the default service account of its namespace, shared with every pod that names none, and mounts its API token",
		"resource_id": "apps/v1/Deployment/app/d",
		"attribute_path": ["spec", "template", "spec", "serviceAccountName"],
	}} with input as deployment({"containers": containers})
}

test_deny_default_named_and_deprecated_field if {
	paths({"serviceAccountName": "default", "containers": containers}) == {["spec", "template", "spec", "serviceAccountName"]}
	paths({"serviceAccount": "default", "containers": containers}) == {["spec", "template", "spec", "serviceAccount"]}
}

test_deny_token_asked_for_even_when_account_opts_out if {
	spec := {"automountServiceAccountToken": true, "containers": containers}
	count(default_service_account.deny) == 1 with input as with_account(spec, {"metadata": {"name": "default", "namespace": "app"}, "automountServiceAccountToken": false})
}

test_allow_own_account if {
	count(paths({"serviceAccountName": "web", "containers": containers})) == 0
	count(paths({"serviceAccount": "web", "containers": containers})) == 0
}

test_allow_no_token if {
	count(paths({"automountServiceAccountToken": false, "containers": containers})) == 0
	spec := {"containers": containers}
	count(default_service_account.deny) == 0 with input as with_account(spec, {"metadata": {"name": "default", "namespace": "app"}, "automountServiceAccountToken": false})
}

test_deny_opt_out_in_another_namespace if {
	spec := {"containers": containers}
	count(default_service_account.deny) == 1 with input as with_account(spec, {"metadata": {"name": "default", "namespace": "other"}, "automountServiceAccountToken": false})
}

test_allow_unknown if {
	count(paths({"serviceAccountName": {"$unknown": true}, "containers": containers})) == 0
	count(paths({"automountServiceAccountToken": {"$unknown": true}, "containers": containers})) == 0
}
