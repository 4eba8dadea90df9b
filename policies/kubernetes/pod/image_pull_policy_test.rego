package checks.kubernetes.pod.image_pull_policy_test

import data.checks.kubernetes.pod.image_pull_policy

pod(spec) := {"resources_by_type": {"k8s.core.pod": [{
	"id": "v1/Pod/app/p",
	"type": "k8s.core.pod",
	"attributes": {"metadata": {"name": "p", "namespace": "app"}, "spec": spec},
}]}}

paths(spec) := ps if {
	ps := {v.attribute_path | some v in image_pull_policy.deny} with input as pod(spec)
}

container(image, policy) := {"containers": [object.union({"name": "c", "image": image}, policy)]}

test_deny_latest_if_not_present if {
	image_pull_policy.deny == {{
		"msg": "Container c of v1/Pod/app/p uses moving image nginx:latest with imagePullPolicy IfNotPresent",
		"resource_id": "v1/Pod/app/p",
		"attribute_path": ["spec", "containers", 0, "imagePullPolicy"],
	}} with input as pod(container("nginx:latest", {"imagePullPolicy": "IfNotPresent"}))
}

test_deny_attribute_absent_moving_tag if {
	paths(container("registry:5000/team/app:stable", {})) == {["spec", "containers", 0, "imagePullPolicy"]}
}

test_allow_always if {
	count(paths(container("nginx:stable", {"imagePullPolicy": "Always"}))) == 0
}

test_allow_attribute_absent_latest if {
	count(paths(container("nginx", {}))) == 0
	count(paths(container("nginx:latest", {}))) == 0
}

test_allow_version_and_digest if {
	count(paths(container("nginx:1.27.2", {"imagePullPolicy": "IfNotPresent"}))) == 0
	count(paths(container("nginx:latest@sha256:abc", {"imagePullPolicy": "Never"}))) == 0
}

test_allow_unknown if {
	count(paths(container("nginx:stable", {"imagePullPolicy": {"$unknown": true}}))) == 0
}
