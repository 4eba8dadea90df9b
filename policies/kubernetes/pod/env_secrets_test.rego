package checks.kubernetes.pod.env_secrets_test

import data.checks.kubernetes.pod.env_secrets

pod(spec) := {"resources_by_type": {"k8s.core.pod": [{
	"id": "v1/Pod/app/p",
	"type": "k8s.core.pod",
	"attributes": {"metadata": {"name": "p", "namespace": "app"}, "spec": spec},
}]}}

paths(spec) := ps if {
	ps := {v.attribute_path | some v in env_secrets.deny} with input as pod(spec)
}

env(vars) := {"containers": [{"name": "c", "env": vars}]}

test_deny_literal_password if {
	env_secrets.deny == {{
		"msg": "Container c of v1/Pod/app/p sets environment variable DB_PASSWORD to a literal value; reference a Secret instead",
		"resource_id": "v1/Pod/app/p",
		"attribute_path": ["spec", "containers", 0, "env", 1, "value"],
	}} with input as pod(env([{"name": "DB_HOST", "value": "db"}, {"name": "DB_PASSWORD", "value": "hunter2"}]))
}

test_deny_other_names if {
	count(paths(env([{"name": "github_token", "value": "x"}, {"name": "STRIPE_API_KEY", "value": "y"}, {"name": "apiKey", "value": "z"}]))) == 3
}

test_deny_message_has_no_value if {
	some v in env_secrets.deny with input as pod(env([{"name": "TOKEN", "value": "s3cr3t-value"}]))
	not contains(v.msg, "s3cr3t-value")
}

test_allow_secret_key_ref if {
	count(paths(env([{"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "db", "key": "password"}}}]))) == 0
}

test_allow_descriptive_names_and_references if {
	count(paths(env([
		{"name": "DB_PASSWORD_FILE", "value": "/run/secrets/db"},
		{"name": "TOKEN_URL", "value": "https://auth/token"},
		{"name": "AWS_ACCESS_KEY_ID", "value": "AKIA"},
		{"name": "PASSWORD", "value": "$(DB_PASSWORD)"},
		{"name": "SECRET", "value": ""},
		{"name": "TOKENIZER", "value": "bert"},
		{"name": "ETCD_INITIAL_CLUSTER_TOKEN", "value": "etcd-cluster-1"},
	]))) == 0
}

test_allow_attribute_absent if {
	count(paths(env([{"name": "PASSWORD"}]))) == 0
	count(paths({"containers": [{"name": "c"}]})) == 0
}

test_allow_unknown if {
	count(paths(env([{"name": "PASSWORD", "value": {"$unknown": true}}]))) == 0
}
