package checks.kubernetes.general.configmap_secrets_test

import data.checks.kubernetes.general.configmap_secrets

configmap(d) := {"resources_by_type": {"k8s.core.configmap": [{
	"id": "v1/ConfigMap/app/settings",
	"type": "k8s.core.configmap",
	"attributes": {"metadata": {"name": "settings", "namespace": "app"}, "data": d},
}]}}

keys(d) := ks if {
	ks := {v.attribute_path[1] | some v in configmap_secrets.deny} with input as configmap(d)
}

test_deny_secret_named_key if {
	configmap_secrets.deny == {{
		"msg": "v1/ConfigMap/app/settings holds a secret in data key DB_PASSWORD (value not shown): ConfigMaps are readable and stored in plain text",
		"resource_id": "v1/ConfigMap/app/settings",
		"attribute_path": ["data", "DB_PASSWORD"],
	}} with input as configmap({"DB_PASSWORD": "hunter2!", "DB_HOST": "db.internal"})
	keys({"apiKey": "k-123", "client_secret": "s3cr3t", "GITHUB-TOKEN": "abc", "credentials": "u:p"}) == {"apiKey", "client_secret", "GITHUB-TOKEN", "credentials"}
}

test_deny_secret_forms_whatever_the_key if {
	keys({
		"aws": "AKIAIOSFODNN7EXAMPLE",
		"env": "region=eu-west-1\nkey=ASIAIOSFODNN7EXAMPLE\n",
		"tls.key": "-----BEGIN RSA PRIVATE KEY-----\nMIIE...\n-----END RSA PRIVATE KEY-----\n",
		"ci": "ghp_abcdefghijklmnopqrstuvwxyz0123456789",
	}) == {"aws", "env", "tls.key", "ci"}
}

test_deny_configuration_files if {
	keys({
		"application.properties": "server.port=8080\nspring.datasource.password=hunter2\n",
		"config.yaml": "db:\n  host: db\n  password: \"hunter2\"\n",
		"settings.json": "{\n  \"apiKey\": \"k-123\",\n  \"region\": \"eu\"\n}\n",
		".env": "export API_TOKEN=abc123\nDEBUG=1\n",
	}) == {"application.properties", "config.yaml", "settings.json", ".env"}
}

test_allow_placeholders_references_and_empty if {
	count(keys({
		"DB_PASSWORD": "${DB_PASSWORD}",
		"API_TOKEN": "{{ .Values.token }}",
		"SECRET_NAME": "db-credentials",
		"tokenUrl": "https://auth.example.com/token",
		"REQUIRE_PASSWORD": "true",
		"password": "",
		"application.properties": "spring.datasource.password=${DB_PASSWORD}\npassword_file=/run/secrets/db\n",
		"config.yaml": "auth:\n  token: null\n  secret: false\n  tokenUrl: https://x\n",
		"notes": "AKIA is how AWS access key ids start",
	})) == 0
}

test_allow_data_absent if {
	count(configmap_secrets.deny) == 0 with input as {"resources_by_type": {"k8s.core.configmap": [{"id": "c", "attributes": {"metadata": {"name": "c"}}}]}}
}

test_allow_unknown if {
	count(keys({"DB_PASSWORD": {"$unknown": true}})) == 0
	count(keys({"$unknown": true})) == 0
}
