package checks.kubernetes.workload.tiller_test

import data.checks.kubernetes.workload.tiller

deployment(labels, image) := {"resources_by_type": {"k8s.apps.deployment": [{
	"id": "apps/v1/Deployment/kube-system/tiller-deploy",
	"type": "k8s.apps.deployment",
	"attributes": {
		"metadata": {"name": "tiller-deploy", "namespace": "kube-system"},
		"spec": {"template": {"metadata": {"labels": labels}, "spec": {"containers": [{"name": "tiller", "image": image}]}}},
	},
}]}}

service(selector) := {"resources_by_type": {"k8s.core.service": [{
	"id": "v1/Service/kube-system/tiller-deploy",
	"type": "k8s.core.service",
	"attributes": {"metadata": {"name": "tiller-deploy"}, "spec": {"selector": selector}},
}]}}

paths(x) := ps if {
	ps := {v.attribute_path | some v in tiller.deny} with input as x
}

helm := {"app": "helm", "name": "tiller"}

test_deny_tiller_image if {
	tiller.deny == {{
		"msg": "Container tiller of apps/v1/Deployment/kube-system/tiller-deploy runs Tiller (Helm v2), which installs charts for any client that reaches it",
		"resource_id": "apps/v1/Deployment/kube-system/tiller-deploy",
		"attribute_path": ["spec", "template", "spec", "containers", 0, "image"],
	}} with input as deployment(helm, "gcr.io/kubernetes-helm/tiller:v2.16.1")
	paths(deployment({}, "ghcr.io/helm/tiller@sha256:abc")) == {["spec", "template", "spec", "containers", 0, "image"]}
}

test_deny_tiller_labels_without_tiller_image if {
	paths(deployment(helm, "registry.local/mirror/helm-server:2")) == {["spec", "template", "metadata", "labels"]}
}

test_deny_tiller_service if {
	paths(service(helm)) == {["spec", "selector"]}
}

test_allow_other_images_and_labels_absent if {
	count(paths(deployment({"app": "helm"}, "ghcr.io/acme/tiller-exporter:1.0"))) == 0
	count(paths(deployment({"app": "web"}, "ghcr.io/acme/web:1.0"))) == 0
	count(paths(service({"app": "web"}))) == 0
}

test_allow_unknown if {
	count(paths(deployment({"$unknown": true}, {"$unknown": true}))) == 0
	count(paths(service({"$unknown": true}))) == 0
}
