package checks.kubernetes.pod.seccomp_unconfined_test

import data.checks.kubernetes.pod.seccomp_unconfined

pod(spec) := {"resources_by_type": {"k8s.core.pod": [{
	"id": "v1/Pod/app/p",
	"type": "k8s.core.pod",
	"attributes": {"metadata": {"name": "p", "namespace": "app"}, "spec": spec},
}]}}

paths(spec) := ps if {
	ps := {v.attribute_path | some v in seccomp_unconfined.deny} with input as pod(spec)
}

test_deny_container if {
	seccomp_unconfined.deny == {{
		"msg": "v1/Pod/app/p: container c sets the seccomp profile to Unconfined",
		"resource_id": "v1/Pod/app/p",
		"attribute_path": ["spec", "containers", 0, "securityContext", "seccompProfile", "type"],
	}} with input as pod({
		"securityContext": {"seccompProfile": {"type": "RuntimeDefault"}},
		"containers": [{"name": "c", "securityContext": {"seccompProfile": {"type": "Unconfined"}}}],
	})
}

test_deny_annotation if {
	seccomp_unconfined.deny[v] with input as {"resources_by_type": {"k8s.core.pod": [{"id": "p", "attributes": {
		"metadata": {"annotations": {"seccomp.security.alpha.kubernetes.io/pod": "unconfined"}},
		"spec": {"containers": []},
	}}]}}
	v.attribute_path == ["metadata", "annotations", "seccomp.security.alpha.kubernetes.io/pod"]
}

test_allow_runtime_default if {
	count(paths({"securityContext": {"seccompProfile": {"type": "RuntimeDefault"}}, "containers": [{"name": "c", "securityContext": {"seccompProfile": {"type": "Localhost", "localhostProfile": "p.json"}}}]})) == 0
}

test_allow_attribute_absent if {
	count(paths({"containers": [{"name": "c"}]})) == 0
}

test_allow_unknown if {
	count(paths({"securityContext": {"seccompProfile": {"$unknown": true}}, "containers": []})) == 0
}
