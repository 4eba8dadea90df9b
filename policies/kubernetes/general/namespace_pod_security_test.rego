package checks.kubernetes.general.namespace_pod_security_test

import data.checks.kubernetes.general.namespace_pod_security

namespace(metadata) := {"resources_by_type": {"k8s.core.namespace": [{"id": "v1/Namespace/app", "attributes": {"metadata": metadata}}]}}

paths(metadata) := ps if {
	ps := {v.attribute_path | some v in namespace_pod_security.deny} with input as namespace(metadata)
}

test_deny_missing_label if {
	namespace_pod_security.deny == {{
		"msg": "v1/Namespace/app has no pod-security.kubernetes.io/enforce label, so no Pod Security Standard is enforced on it",
		"resource_id": "v1/Namespace/app",
		"attribute_path": ["metadata", "labels"],
	}} with input as namespace({"name": "app", "labels": {"pod-security.kubernetes.io/warn": "restricted"}})
}

test_deny_privileged if {
	paths({"name": "app", "labels": {"pod-security.kubernetes.io/enforce": "privileged"}}) == {["metadata", "labels", "pod-security.kubernetes.io/enforce"]}
}

test_allow_enforced if {
	count(paths({"name": "app", "labels": {"pod-security.kubernetes.io/enforce": "restricted"}})) == 0
	count(paths({"name": "app", "labels": {"pod-security.kubernetes.io/enforce": "baseline"}})) == 0
}

test_deny_attribute_absent if {
	paths({"name": "app"}) == {["metadata", "labels"]}
	count(namespace_pod_security.deny) == 1 with input as {"resources_by_type": {"k8s.core.namespace": [{"id": "n", "attributes": {}}]}}
}

test_allow_unknown if {
	count(paths({"name": "app", "labels": {"$unknown": true}})) == 0
	count(paths({"name": "app", "labels": {"pod-security.kubernetes.io/enforce": {"$unknown": true}}})) == 0
	count(paths({"$unknown": true})) == 0
}

test_allow_other_types if {
	count(namespace_pod_security.deny) == 0 with input as {"resources_by_type": {"k8s.core.pod": [{"id": "p", "attributes": {"metadata": {"name": "p"}}}]}}
}
