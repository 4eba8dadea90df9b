package checks.kubernetes.pod.image_digest_test

import data.checks.kubernetes.pod.image_digest

pod(spec) := {"resources_by_type": {"k8s.core.pod": [{
	"id": "v1/Pod/app/p",
	"type": "k8s.core.pod",
	"attributes": {"metadata": {"name": "p", "namespace": "app"}, "spec": spec},
}]}}

paths(spec) := ps if {
	ps := {v.attribute_path | some v in image_digest.deny} with input as pod(spec)
}

test_allow_other_types if {
	count(image_digest.deny) == 0 with input as {"resources_by_type": {"k8s.core.service": [{"id": "s", "attributes": {"spec": {"containers": [{"name": "c", "image": "nginx:1.27"}]}}}]}}
}

test_deny_tag if {
	image_digest.deny == {{
		"msg": "Container c of v1/Pod/app/p uses image nginx:1.27 without a digest",
		"resource_id": "v1/Pod/app/p",
		"attribute_path": ["spec", "containers", 0, "image"],
	}} with input as pod({"containers": [{"name": "c", "image": "nginx:1.27"}]})
	paths({"initContainers": [{"name": "c", "image": "registry.local:5000/app"}]}) == {["spec", "initContainers", 0, "image"]}
}

test_allow_digest if {
	count(paths({"containers": [
		{"name": "a", "image": "nginx@sha256:0000000000000000000000000000000000000000000000000000000000000000"},
		{"name": "b", "image": "ghcr.io/acme/web:2.4.1@sha256:0000000000000000000000000000000000000000000000000000000000000000"},
	]})) == 0
}

test_allow_attribute_absent if {
	count(paths({"containers": [{"name": "c"}]})) == 0
}

test_allow_unknown if {
	count(paths({"containers": [{"name": "c", "image": {"$unknown": true}}]})) == 0
}
