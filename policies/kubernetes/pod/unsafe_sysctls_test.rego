package checks.kubernetes.pod.unsafe_sysctls_test

import data.checks.kubernetes.pod.unsafe_sysctls

pod(spec) := {"resources_by_type": {"k8s.core.pod": [{
	"id": "v1/Pod/app/p",
	"type": "k8s.core.pod",
	"attributes": {"metadata": {"name": "p", "namespace": "app"}, "spec": spec},
}]}}

paths(spec) := ps if {
	ps := {v.attribute_path | some v in unsafe_sysctls.deny} with input as pod(spec)
}

test_deny_unsafe if {
	unsafe_sysctls.deny == {{
		"msg": "v1/Pod/app/p sets unsafe sysctl net.core.somaxconn",
		"resource_id": "v1/Pod/app/p",
		"attribute_path": ["spec", "securityContext", "sysctls", 1, "name"],
	}} with input as pod({"securityContext": {"sysctls": [
		{"name": "net.ipv4.tcp_syncookies", "value": "1"},
		{"name": "net.core.somaxconn", "value": "1024"},
	]}})
}

test_allow_safe_with_slashes if {
	count(paths({"securityContext": {"sysctls": [{"name": "net/ipv4/ip_local_port_range", "value": "1024 65535"}]}})) == 0
}

test_allow_attribute_absent if {
	count(paths({"securityContext": {"runAsNonRoot": true}})) == 0
}

test_allow_unknown if {
	count(paths({"securityContext": {"sysctls": [{"name": {"$unknown": true}}]}})) == 0
}
