package checks.kubernetes.general.ingress_nginx_allow_snippets_test

import data.checks.kubernetes.general.ingress_nginx_allow_snippets

configmap(d) := {"resources_by_type": {"k8s.core.configmap": [{
	"id": "v1/ConfigMap/ingress-nginx/ingress-nginx-controller",
	"type": "k8s.core.configmap",
	"attributes": {"metadata": {"name": "ingress-nginx-controller", "namespace": "ingress-nginx"}, "data": d},
}]}}

paths(d) := ps if {
	ps := {v.attribute_path | some v in ingress_nginx_allow_snippets.deny} with input as configmap(d)
}

test_deny_allow_snippets if {
	ingress_nginx_allow_snippets.deny == {{
		"msg": "v1/ConfigMap/ingress-nginx/ingress-nginx-controller sets allow-snippet-annotations to true: every user who may edit an Ingress can inject configuration into ingress-nginx and read its token",
		"resource_id": "v1/ConfigMap/ingress-nginx/ingress-nginx-controller",
		"attribute_path": ["data", "allow-snippet-annotations"],
	}} with input as configmap({"allow-snippet-annotations": "true"})
	paths({"allow-snippet-annotations": true}) == {["data", "allow-snippet-annotations"]}
}

test_deny_critical_risk_level if {
	paths({"annotations-risk-level": "Critical", "allow-snippet-annotations": "false"}) == {["data", "annotations-risk-level"]}
}

test_allow_false_high_and_absent if {
	count(paths({"allow-snippet-annotations": "false", "annotations-risk-level": "High"})) == 0
	count(paths({"use-forwarded-headers": "true"})) == 0
	count(ingress_nginx_allow_snippets.deny) == 0 with input as {"resources_by_type": {"k8s.core.configmap": [{"id": "c", "attributes": {"metadata": {"name": "c"}}}]}}
}

test_allow_unknown if {
	count(paths({"allow-snippet-annotations": {"$unknown": true}, "annotations-risk-level": {"$unknown": true}})) == 0
	count(paths({"$unknown": true})) == 0
}
