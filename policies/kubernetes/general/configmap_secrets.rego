# METADATA
# scope: package
# title: ConfigMaps carry no secrets
# description: >-
#   A ConfigMap is not meant for secrets: it is committed in plain text, printed by kubectl describe, left unencrypted in etcd when Secrets are encrypted at rest, and readable by roles (and tools) that are granted ConfigMaps but not Secrets. Reported for each data key of a ConfigMap whose value is a secret by its form or by its name: a value holding an AWS access key id (AKIA/ASIA), a private key block or a GitHub token; a key named like a secret (ending in password, passwd, secret, token, api_key, apikey, private_key, access_key or credentials, in any case and with - or _) with a literal value; or a value that is a configuration file (properties, YAML, JSON, .env) with a line giving such a name a literal value. Placeholders for templating tools (${VAR}, {{ ... }}, $(VAR), <...>), empty values and true/false/null are not secrets. A key named like a secret may hold a reference rather than the secret (SECRET_NAME is not matched, but DB_PASSWORD_SECRET holding the name of a Secret is): suppress such a finding inline. Values are never reported, only the key names.
# related_resources:
#   - https://kubernetes.io/docs/concepts/configuration/configmap/
#   - https://kubernetes.io/docs/concepts/security/secrets-good-practices/
# custom:
#   id: K8S-0068
#   severity: HIGH
#   resource_types:
#     - k8s.core.configmap
#   formats: [kubernetes]
#   recommended_action: >-
#     Move the value into a Secret delivered by an external secret store (External Secrets Operator, Secrets Store CSI driver) or encrypted in the repository (Sealed Secrets, SOPS), reference it from the pod, and rotate the value that was committed.
#   frameworks:
#     cis-kubernetes-1.9: ["5.4.2"]
#     nsa-cisa-k8s-1.2: [NSA-NET-8]
#     nist-800-53-r5: [IA-5, SC-28]
#     pci-dss-4.0.1: ["8.6.2"]
#     soc2-2017: [CC6.1]
#     iso-27001-2022: ["5.17"]
#   reads:
#     - 'data'
#   deprecated: false
package checks.kubernetes.general.configmap_secrets

import data.lib.scan

# Patterns are RE2 (linear time) and anchored where they can be; none has nested repetition.
secret_name := `(?i)(password|passwd|secret|token|api[_-]?key|private[_-]?key|access[_-]?key|credentials?)$`

placeholder := `^\s*(\$\{[^}]*\}|\{\{.*\}\}|\$\([^)]*\)|<[^<>]*>)\s*$`

# A value that is a secret whatever its key: AWS access key id, PEM private key, GitHub token.
secret_forms := [
	`(^|[^A-Z0-9])(AKIA|ASIA)[A-Z2-7]{16}([^A-Z2-7]|$)`,
	`-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY-----`,
	`(^|[^A-Za-z0-9_])(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{22,255})`,
]

# One line of a configuration file setting a secret-named key: `password=x`, `db.password: x`,
# `"apiKey": "x"`, `export TOKEN=x`. The value is captured to rule out placeholders.
secret_line := `(?i)^\s*(export\s+)?["']?[a-z0-9_.-]*(password|passwd|secret|token|api[_-]?key|private[_-]?key|access[_-]?key)["']?\s*[:=]\s*["']?([^\s"',]+)`

not_literal := {"", "true", "false", "null", "none", "~", "yes", "no", "''", "\"\""}

literal(text) if {
	t := trim_space(text)
	not lower(t) in not_literal
	not regex.match(placeholder, t)
	not startswith(t, "$")
	not startswith(t, "{{")
}

secret_value(_, value) if {
	some form in secret_forms
	regex.match(form, value)
}

secret_value(key, value) if {
	regex.match(secret_name, key)
	not contains(value, "\n")
	literal(value)
}

secret_value(_, value) if {
	contains(value, "\n")
	some line in split(value, "\n")
	some match in regex.find_all_string_submatch_n(secret_line, line, 1)
	literal(match[3])
}

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("k8s.core.configmap")
	values := r.attributes.data
	is_object(values)
	some key, value in values
	is_string(key)
	is_string(value)
	secret_value(key, value)
	v := {
		"msg": concat("", [r.id, " holds a secret in data key ", key, " (value not shown): ConfigMaps are readable and stored in plain text"]),
		"resource_id": r.id,
		"attribute_path": ["data", key],
	}
}
