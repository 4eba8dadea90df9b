# METADATA
# scope: package
# title: The ingress-nginx controller does not allow snippet annotations
# description: >-
#   With allow-snippet-annotations true in the ingress-nginx controller's ConfigMap, every user who may create or edit an Ingress in any namespace can inject raw configuration into the controller and, through it, read the controller's service account token, which lists every Secret of the cluster (CVE-2021-25742). annotations-risk-level Critical (controller 1.12 and later) admits the same annotations. Both were the default before controller 1.9 and 1.12; setting them back is what this check reports. Reported for each ConfigMap whose data sets allow-snippet-annotations to true or annotations-risk-level to Critical: the keys are the controller's own, so the ConfigMap is recognised by them, whatever its name. A controller configured through Helm values alone (controller.allowSnippetAnnotations) is seen only once rendered.
# related_resources:
#   - https://github.com/kubernetes/ingress-nginx/issues/7837
#   - https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/configmap/#allow-snippet-annotations
# custom:
#   id: K8S-0067
#   severity: HIGH
#   resource_types:
#     - k8s.core.configmap
#   formats: [kubernetes]
#   recommended_action: >-
#     Set allow-snippet-annotations to "false" (and annotations-risk-level to High or lower) in the controller's ConfigMap; replace the snippets in use with dedicated annotations or controller-wide settings.
#   frameworks:
#     nist-800-53-r5: [AC-6, CM-7]
#     soc2-2017: [CC6.1, CC6.3]
#     iso-27001-2022: ["8.9"]
#   reads:
#     - 'data.allow-snippet-annotations'
#     - 'data.annotations-risk-level'
#   deprecated: false
package checks.kubernetes.general.ingress_nginx_allow_snippets

import data.lib.scan

# ConfigMap data are strings; an unquoted YAML true would be rejected by the API server, but it
# states the same intent.
opens("allow-snippet-annotations", true)

opens("allow-snippet-annotations", value) if {
	is_string(value)
	lower(trim_space(value)) == "true"
}

opens("annotations-risk-level", value) if {
	is_string(value)
	lower(trim_space(value)) == "critical"
}

text(value) := value if is_string(value)

else := "true"

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("k8s.core.configmap")
	values := r.attributes.data
	is_object(values)
	some key in ["allow-snippet-annotations", "annotations-risk-level"]
	opens(key, values[key])
	v := {
		"msg": concat("", [r.id, " sets ", key, " to ", text(values[key]), ": every user who may edit an Ingress can inject configuration into ingress-nginx and read its token"]),
		"resource_id": r.id,
		"attribute_path": ["data", key],
	}
}
