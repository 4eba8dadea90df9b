# METADATA
# scope: package
# title: Ingresses carry no ingress-nginx snippet annotations
# description: >-
#   ingress-nginx copies the text of its snippet annotations (server-snippet, configuration-snippet, auth-snippet, stream-snippet, modsecurity-snippet) verbatim into the configuration of the controller, which holds a token that reads every Secret of the cluster: with snippets allowed, anyone who may create or edit an Ingress in any namespace can make the controller serve its files and that token, or run Lua code in it (CVE-2021-25742, CVE-2023-5044 family). Since controller 1.9 snippets are off by default (allow-snippet-annotations, see K8S-0067), so an Ingress that needs them also needs the controller opened up. Reported for each annotation under nginx.ingress.kubernetes.io/ whose name ends in -snippet; a controller started with another --annotations-prefix is not recognised. The text of the snippet is not reported.
# related_resources:
#   - https://github.com/kubernetes/ingress-nginx/issues/7837
#   - https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/#configuration-snippet
# custom:
#   id: K8S-0066
#   severity: MEDIUM
#   resource_types:
#     - k8s.networking.ingress
#     - k8s.extensions.ingress
#   formats: [kubernetes]
#   recommended_action: >-
#     Replace the snippet with the dedicated ingress-nginx annotation for what it does (headers, rewrites, auth-url, rate limits) or with controller-wide settings in its ConfigMap, and keep allow-snippet-annotations false on the controller.
#   frameworks:
#     nist-800-53-r5: [AC-6, CM-7]
#     soc2-2017: [CC6.1]
#     iso-27001-2022: ["8.9"]
#   peers:
#     checkov: [CKV_K8S_153]
#   reads:
#     - 'metadata.annotations'
#   deprecated: false
package checks.kubernetes.network.ingress_nginx_snippets

import data.lib.scan

prefix := "nginx.ingress.kubernetes.io/"

snippet(key) if {
	startswith(key, prefix)
	endswith(key, "-snippet")
}

# METADATA
# entrypoint: true
deny contains v if {
	some type in ["k8s.networking.ingress", "k8s.extensions.ingress"]
	some r in scan.resources(type)
	annotations := r.attributes.metadata.annotations
	is_object(annotations)
	some key, _ in annotations
	snippet(key)
	v := {
		"msg": concat("", [r.id, " sets the ingress-nginx snippet annotation ", key, ", raw configuration that runs with the controller's access to every Secret"]),
		"resource_id": r.id,
		"attribute_path": ["metadata", "annotations", key],
	}
}
