package checks.kubernetes.pod.privilege_escalation_test

import data.checks.kubernetes.pod.privilege_escalation

pod(pod_spec) := {"resources_by_type": {"k8s.core.pod": [{
	"id": "v1/Pod/default/web",
	"type": "k8s.core.pod",
	"attributes": {"kind": "Pod", "spec": pod_spec},
}]}}

test_deny_true if {
	privilege_escalation.deny == {{
		"msg": "Container app of v1/Pod/default/web allows privilege escalation",
		"resource_id": "v1/Pod/default/web",
		"attribute_path": ["spec", "containers", 0, "securityContext", "allowPrivilegeEscalation"],
	}} with input as pod({"containers": [{"name": "app", "securityContext": {"allowPrivilegeEscalation": true}}]})
}

test_deny_attribute_absent if {
	some v in privilege_escalation.deny with input as pod({"containers": [{"name": "app", "securityContext": {"runAsNonRoot": true}}]})
	v.attribute_path == ["spec", "containers", 0, "securityContext", "allowPrivilegeEscalation"]
}

test_deny_no_security_context if {
	count(privilege_escalation.deny) == 1 with input as pod({"containers": [{"name": "app"}]})
}

test_deny_ephemeral_container if {
	some v in privilege_escalation.deny with input as pod({
		"containers": [{"name": "app", "securityContext": {"allowPrivilegeEscalation": false}}],
		"ephemeralContainers": [{"name": "debug"}],
	})
	v.attribute_path == ["spec", "ephemeralContainers", 0, "securityContext", "allowPrivilegeEscalation"]
}

test_allow_false if {
	count(privilege_escalation.deny) == 0 with input as pod({"containers": [{"name": "app", "securityContext": {"allowPrivilegeEscalation": false}}]})
}

test_allow_unknown if {
	count(privilege_escalation.deny) == 0 with input as pod({"containers": [{"name": "app", "securityContext": {"allowPrivilegeEscalation": {"$unknown": true}}}]})
}

test_allow_unknown_security_context if {
	count(privilege_escalation.deny) == 0 with input as pod({"containers": [{"name": "app", "securityContext": {"$unknown": true}}]})
}

test_allow_unknown_containers if {
	count(privilege_escalation.deny) == 0 with input as pod({"containers": {"$unknown": true}})
}
