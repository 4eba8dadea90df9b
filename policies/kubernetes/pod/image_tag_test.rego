package checks.kubernetes.pod.image_tag_test

import data.checks.kubernetes.pod.image_tag

job(image) := {"resources_by_type": {"k8s.batch.job": [{
	"id": "batch/v1/Job/ops/migrate",
	"type": "k8s.batch.job",
	"attributes": {"kind": "Job", "spec": {"template": {"spec": {"containers": [{"name": "migrate", "image": image}]}}}},
}]}}

denied(image) if {
	count(image_tag.deny) == 1 with input as job(image)
}

test_deny_latest if {
	image_tag.deny == {{
		"msg": "Container migrate of batch/v1/Job/ops/migrate uses image nginx:latest without a pinned tag or digest",
		"resource_id": "batch/v1/Job/ops/migrate",
		"attribute_path": ["spec", "template", "spec", "containers", 0, "image"],
	}} with input as job("nginx:latest")
}

test_deny_no_tag if {
	denied("ghcr.io/acme/api")
}

test_deny_registry_port_without_tag if {
	denied("registry.local:5000/acme/api")
}

test_deny_empty_tag if {
	denied("nginx:")
}

test_allow_tag if {
	not denied("nginx:1.27.2")
}

test_allow_registry_port_with_tag if {
	not denied("registry.local:5000/acme/api:2.1.0")
}

test_allow_digest if {
	not denied("nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31")
}

test_allow_latest_with_digest if {
	not denied("nginx:latest@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31")
}

test_allow_attribute_absent if {
	count(image_tag.deny) == 0 with input as {"resources_by_type": {"k8s.core.pod": [{
		"id": "v1/Pod/default/x",
		"attributes": {"spec": {"containers": [{"name": "x"}]}},
	}]}}
}

test_allow_unknown if {
	not denied({"$unknown": true, "reason": "values.image"})
}
