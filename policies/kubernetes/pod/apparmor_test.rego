package checks.kubernetes.pod.apparmor_test

import data.checks.kubernetes.pod.apparmor

pod(spec) := {"resources_by_type": {"k8s.core.pod": [{
	"id": "v1/Pod/app/p",
	"type": "k8s.core.pod",
	"attributes": {"metadata": {"name": "p", "namespace": "app"}, "spec": spec},
}]}}

paths(spec) := ps if {
	ps := {v.attribute_path | some v in apparmor.deny} with input as pod(spec)
}

deployment(annotations, spec) := {"resources_by_type": {"k8s.apps.deployment": [{
	"id": "apps/v1/Deployment/app/d",
	"attributes": {"spec": {"template": {"metadata": {"annotations": annotations}, "spec": spec}}},
}]}}

test_deny_unconfined_field if {
	apparmor.deny == {{
		"msg": "v1/Pod/app/p: container c sets the AppArmor profile to Unconfined",
		"resource_id": "v1/Pod/app/p",
		"attribute_path": ["spec", "containers", 0, "securityContext", "appArmorProfile", "type"],
	}} with input as pod({"containers": [{"name": "c", "securityContext": {"appArmorProfile": {"type": "Unconfined"}}}]})
}

test_deny_pod_level if {
	paths({"securityContext": {"appArmorProfile": {"type": "Unconfined"}}, "containers": []}) == {["spec", "securityContext", "appArmorProfile", "type"]}
}

test_deny_annotation if {
	key := "container.apparmor.security.beta.kubernetes.io/web"
	{v.attribute_path | some v in apparmor.deny} == {["spec", "template", "metadata", "annotations", key]} with input as deployment({key: "unconfined"}, {"containers": [{"name": "web"}]})
}

test_allow_runtime_default_and_localhost if {
	count(paths({"securityContext": {"appArmorProfile": {"type": "RuntimeDefault"}}, "containers": [{"name": "c", "securityContext": {"appArmorProfile": {"type": "Localhost", "localhostProfile": "k8s-web"}}}]})) == 0
	count(apparmor.deny) == 0 with input as deployment({"container.apparmor.security.beta.kubernetes.io/web": "localhost/k8s-web", "other": "unconfined"}, {"containers": [{"name": "web"}]})
}

test_allow_attribute_absent if {
	count(paths({"containers": [{"name": "c"}]})) == 0
}

test_allow_unknown if {
	count(paths({"containers": [{"name": "c", "securityContext": {"appArmorProfile": {"type": {"$unknown": true}}}}]})) == 0
}
