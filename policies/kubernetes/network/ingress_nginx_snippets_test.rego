package checks.kubernetes.network.ingress_nginx_snippets_test

import data.checks.kubernetes.network.ingress_nginx_snippets

ingress(annotations) := {"resources_by_type": {"k8s.networking.ingress": [{
	"id": "networking.k8s.io/v1/Ingress/app/web",
	"type": "k8s.networking.ingress",
	"attributes": {"metadata": {"name": "web", "namespace": "app", "annotations": annotations}, "spec": {}},
}]}}

paths(annotations) := ps if {
	ps := {v.attribute_path | some v in ingress_nginx_snippets.deny} with input as ingress(annotations)
}

test_deny_server_snippet if {
	ingress_nginx_snippets.deny == {{
		"msg": "networking.k8s.io/v1/Ingress/app/web sets the ingress-nginx snippet annotation nginx.ingress.kubernetes.io/server-snippet, raw configuration that runs with the controller's access to every Secret",
		"resource_id": "networking.k8s.io/v1/Ingress/app/web",
		"attribute_path": ["metadata", "annotations", "nginx.ingress.kubernetes.io/server-snippet"],
	}} with input as ingress({"nginx.ingress.kubernetes.io/server-snippet": "location /x { alias /var/run/secrets/; }"})
}

test_deny_every_snippet_kind if {
	keys := ["configuration-snippet", "auth-snippet", "stream-snippet", "modsecurity-snippet"]
	paths({concat("", ["nginx.ingress.kubernetes.io/", k]): "x" | some k in keys}) == {
	["metadata", "annotations", concat("", ["nginx.ingress.kubernetes.io/", k])] | some k in keys}
}

test_allow_other_annotations if {
	count(paths({
		"nginx.ingress.kubernetes.io/rewrite-target": "/",
		"nginx.org/server-snippets": "x",
		"kubernetes.io/ingress.class": "nginx",
	})) == 0
}

test_allow_annotations_absent if {
	count(ingress_nginx_snippets.deny) == 0 with input as {"resources_by_type": {"k8s.networking.ingress": [{
		"id": "i",
		"type": "k8s.networking.ingress",
		"attributes": {"metadata": {"name": "web"}, "spec": {}},
	}]}}
}

test_allow_unknown if {
	count(paths({"$unknown": true})) == 0
}
