package checks.kubernetes.pod.seccomp_profile_test

import data.checks.kubernetes.pod.seccomp_profile

pod(spec) := {"resources_by_type": {"k8s.core.pod": [{
	"id": "v1/Pod/app/p",
	"type": "k8s.core.pod",
	"attributes": {"metadata": {"name": "p", "namespace": "app"}, "spec": spec},
}]}}

paths(spec) := ps if {
	ps := {v.attribute_path | some v in seccomp_profile.deny} with input as pod(spec)
}

test_deny_attribute_absent if {
	seccomp_profile.deny == {{
		"msg": "v1/Pod/app/p sets no seccomp profile for container(s) a, b: set securityContext.seccompProfile.type to RuntimeDefault",
		"resource_id": "v1/Pod/app/p",
		"attribute_path": ["spec", "securityContext", "seccompProfile"],
	}} with input as pod({"containers": [{"name": "b"}, {"name": "a"}]})
}

test_deny_one_container_unset if {
	paths({"containers": [{"name": "a", "securityContext": {"seccompProfile": {"type": "RuntimeDefault"}}}, {"name": "b"}]}) == {["spec", "securityContext", "seccompProfile"]}
}

test_allow_pod_level if {
	count(paths({"securityContext": {"seccompProfile": {"type": "RuntimeDefault"}}, "containers": [{"name": "a"}]})) == 0
}

test_allow_every_container if {
	count(paths({"containers": [{"name": "a", "securityContext": {"seccompProfile": {"type": "Localhost", "localhostProfile": "x.json"}}}]})) == 0
}

test_allow_annotation if {
	count(seccomp_profile.deny) == 0 with input as {"resources_by_type": {"k8s.core.pod": [{"id": "p", "attributes": {
		"metadata": {"annotations": {"seccomp.security.alpha.kubernetes.io/pod": "runtime/default"}},
		"spec": {"containers": [{"name": "a"}]},
	}}]}}
}

test_allow_windows if {
	count(paths({"os": {"name": "windows"}, "containers": [{"name": "a"}]})) == 0
}

test_allow_unknown if {
	count(paths({"securityContext": {"$unknown": true}, "containers": [{"name": "a"}]})) == 0
	count(paths({"containers": [{"name": "a", "securityContext": {"seccompProfile": {"$unknown": true}}}]})) == 0
}
