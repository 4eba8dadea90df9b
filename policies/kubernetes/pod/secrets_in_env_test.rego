package checks.kubernetes.pod.secrets_in_env_test

import data.checks.kubernetes.pod.secrets_in_env

pod(spec) := {"resources_by_type": {"k8s.core.pod": [{
	"id": "v1/Pod/app/p",
	"type": "k8s.core.pod",
	"attributes": {"metadata": {"name": "p", "namespace": "app"}, "spec": spec},
}]}}

paths(spec) := ps if {
	ps := {v.attribute_path | some v in secrets_in_env.deny} with input as pod(spec)
}

test_allow_other_types if {
	count(secrets_in_env.deny) == 0 with input as {"resources_by_type": {"k8s.core.service": [{"id": "s", "attributes": {"spec": {"containers": [{"name": "c", "envFrom": [{"secretRef": {"name": "s"}}]}]}}}]}}
}

test_deny_secret_key_ref if {
	secrets_in_env.deny == {{
		"msg": "Container c of v1/Pod/app/p reads Secret db into its environment",
		"resource_id": "v1/Pod/app/p",
		"attribute_path": ["spec", "containers", 0, "env", 1, "valueFrom", "secretKeyRef"],
	}} with input as pod({"containers": [{"name": "c", "env": [
		{"name": "MODE", "value": "prod"},
		{"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "db", "key": "password"}}},
	]}]})
}

test_deny_env_from if {
	paths({"initContainers": [{"name": "c", "envFrom": [{"configMapRef": {"name": "cm"}}, {"secretRef": {"name": "s"}}]}]}) == {["spec", "initContainers", 0, "envFrom", 1, "secretRef"]}
}

test_allow_other_sources if {
	count(paths({"containers": [{
		"name": "c", "env": [
			{"name": "A", "value": "x"},
			{"name": "B", "valueFrom": {"configMapKeyRef": {"name": "cm", "key": "b"}}},
			{"name": "C", "valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}}},
		],
		"envFrom": [{"configMapRef": {"name": "cm"}}],
	}]})) == 0
}

test_allow_attribute_absent if {
	count(paths({"containers": [{"name": "c"}]})) == 0
}

test_allow_unknown if {
	count(paths({"containers": [{"name": "c", "env": {"$unknown": true}, "envFrom": [{"secretRef": {"$unknown": true}}]}]})) == 0
}
