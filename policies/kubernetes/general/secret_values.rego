# METADATA
# scope: package
# title: Secret manifests carry no secret values
# description: >-
#   A Secret manifest with values in data (only base64-encoded, not encrypted) or stringData puts the secret in plain text in version control, where every clone, fork and CI log keeps it for good. Reported for each Secret whose data or stringData holds a non-empty value other than a placeholder for a templating tool (${VAR}, {{ ... }}, $(VAR), <...>); service account token Secrets, which the control plane fills in, are not reported. The values are never reported.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/secrets-good-practices/
#   - https://kubernetes.io/docs/concepts/configuration/secret/
# custom:
#   id: K8S-0054
#   severity: MEDIUM
#   resource_types:
#     - k8s.core.secret
#   formats: [kubernetes]
#   recommended_action: >-
#     Remove the values from the repository and rotate them; deliver them through an external secret store (External Secrets Operator, Secrets Store CSI driver) or encrypt them (Sealed Secrets, SOPS).
#   frameworks:
#     cis-kubernetes-1.9: ["5.4.2"]
#     nist-800-53-r5: [SC-28, IA-5]
#     pci-dss-4.0.1: ["8.6.2"]
#     soc2-2017: [CC6.1]
#     iso-27001-2022: ["5.17"]
#   reads:
#     - 'data'
#     - 'stringData'
#     - 'type'
#   deprecated: false
package checks.kubernetes.general.secret_values

import data.lib.scan

placeholder := `^\s*(\$\{[^}]*\}|\{\{.*\}\}|\$\([^)]*\)|<[^<>]*>)\s*$`

# plain(field, value) is the text of a value: stringData as is, data decoded when it is base64.
plain("stringData", value) := value

plain("data", value) := base64.decode(value) if base64.is_valid(value)

else := value

secret_value(field, value) if {
	is_string(value)
	text := plain(field, value)
	trim_space(text) != ""
	not regex.match(placeholder, text)
}

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("k8s.core.secret")
	object.get(r.attributes, "type", "Opaque") != "kubernetes.io/service-account-token"
	some field in ["data", "stringData"]
	values := r.attributes[field]
	is_object(values)
	keys := [key | some key, value in values; secret_value(field, value)]
	count(keys) > 0
	v := {
		"msg": concat("", [r.id, " carries ", format_int(count(keys), 10), " secret value(s) in ", field, " (", concat(", ", sort(keys)), ")"]),
		"resource_id": r.id,
		"attribute_path": [field],
	}
}
