package checks.kubernetes.pod.privileged_test

import data.checks.kubernetes.pod.privileged

deployment(pod_spec) := {"resources_by_type": {"k8s.apps.deployment": [{
	"id": "apps/v1/Deployment/prod/web",
	"type": "k8s.apps.deployment",
	"attributes": {"kind": "Deployment", "spec": {"template": {"spec": pod_spec}}},
}]}}

test_deny_privileged if {
	privileged.deny == {{
		"msg": "Container app of apps/v1/Deployment/prod/web runs privileged",
		"resource_id": "apps/v1/Deployment/prod/web",
		"attribute_path": ["spec", "template", "spec", "containers", 1, "securityContext", "privileged"],
	}} with input as deployment({"containers": [
		{"name": "sidecar", "image": "envoy:1.30"},
		{"name": "app", "image": "web:1.0", "securityContext": {"privileged": true}},
	]})
}

test_deny_init_container if {
	some v in privileged.deny with input as deployment({
		"initContainers": [{"name": "setup", "securityContext": {"privileged": true}}],
		"containers": [{"name": "app"}],
	})
	v.attribute_path == ["spec", "template", "spec", "initContainers", 0, "securityContext", "privileged"]
}

test_deny_cronjob if {
	some v in privileged.deny with input as {"resources_by_type": {"k8s.batch.cronjob": [{
		"id": "batch/v1/CronJob/ops/backup",
		"attributes": {"spec": {"jobTemplate": {"spec": {"template": {"spec": {"containers": [{"name": "b", "securityContext": {"privileged": true}}]}}}}}},
	}]}}
	v.attribute_path == ["spec", "jobTemplate", "spec", "template", "spec", "containers", 0, "securityContext", "privileged"]
}

test_deny_from_data if {
	count(privileged.deny) == 1 with data.scan.resources_by_type as deployment({"containers": [{"name": "app", "securityContext": {"privileged": true}}]}).resources_by_type
}

test_allow_not_privileged if {
	count(privileged.deny) == 0 with input as deployment({"containers": [{"name": "app", "securityContext": {"privileged": false}}]})
}

test_allow_attribute_absent if {
	count(privileged.deny) == 0 with input as deployment({"containers": [{"name": "app"}]})
}

test_allow_unknown if {
	count(privileged.deny) == 0 with input as deployment({"containers": [{"name": "app", "securityContext": {"privileged": {"$unknown": true}}}]})
}
