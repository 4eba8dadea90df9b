package checks.kubernetes.general.secret_values_test

import data.checks.kubernetes.general.secret_values

secret(attributes) := {"resources_by_type": {"k8s.core.secret": [{"id": "s", "attributes": attributes}]}}

paths(attributes) := ps if {
	ps := {v.attribute_path | some v in secret_values.deny} with input as secret(attributes)
}

test_deny_data if {
	secret_values.deny == {{
		"msg": "s carries 2 secret value(s) in data (password, user)",
		"resource_id": "s",
		"attribute_path": ["data"],
	}} with input as secret({"type": "Opaque", "data": {"user": "YWRtaW4=", "password": "czNjcjN0", "empty": ""}})
}

test_deny_string_data if {
	paths({"stringData": {"token": "abc", "url": "${URL}"}}) == {["stringData"]}
}

test_allow_placeholders if {
	count(paths({"stringData": {"a": "${A}", "b": "{{ .Values.b }}", "c": "$(C)", "d": "<your password>", "e": " "}})) == 0
	count(paths({"data": {"a": "JHtBfQ==", "b": ""}})) == 0
}

test_allow_service_account_token if {
	count(paths({"type": "kubernetes.io/service-account-token", "data": {"token": "YWJj"}})) == 0
}

test_allow_attribute_absent if {
	count(paths({"type": "Opaque"})) == 0
	count(paths({"data": {}})) == 0
}

test_allow_unknown if {
	count(paths({"data": {"$unknown": true}})) == 0
	count(paths({"stringData": {"token": {"$unknown": true}}})) == 0
}

test_allow_other_types if {
	count(secret_values.deny) == 0 with input as {"resources_by_type": {"k8s.core.configmap": [{"id": "c", "attributes": {"data": {"a": "b"}}}]}}
}
