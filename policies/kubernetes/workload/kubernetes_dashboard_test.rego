package checks.kubernetes.workload.kubernetes_dashboard_test

import data.checks.kubernetes.workload.kubernetes_dashboard

deployment(image) := {"resources_by_type": {"k8s.apps.deployment": [{
	"id": "apps/v1/Deployment/kubernetes-dashboard/kubernetes-dashboard",
	"type": "k8s.apps.deployment",
	"attributes": {
		"metadata": {"name": "kubernetes-dashboard", "namespace": "kubernetes-dashboard"},
		"spec": {"template": {"spec": {"containers": [{"name": "dashboard", "image": image}]}}},
	},
}]}}

reported(image) if count(kubernetes_dashboard.deny) == 1 with input as deployment(image)

test_deny_dashboard_images if {
	kubernetes_dashboard.deny == {{
		"msg": "Container dashboard of apps/v1/Deployment/kubernetes-dashboard/kubernetes-dashboard runs the Kubernetes Dashboard, a web UI to the cluster's API",
		"resource_id": "apps/v1/Deployment/kubernetes-dashboard/kubernetes-dashboard",
		"attribute_path": ["spec", "template", "spec", "containers", 0, "image"],
	}} with input as deployment("kubernetesui/dashboard:v2.7.0")
	reported("docker.io/kubernetesui/dashboard-api:1.10.1")
	reported("docker.io/kubernetesui/dashboard-web:1.6.0")
	reported("k8s.gcr.io/kubernetes-dashboard-amd64:v1.10.1")
	reported("registry.local/mirror/kubernetes-dashboard")
}

test_allow_other_images if {
	not reported("kubernetesui/metrics-scraper:v1.0.8")
	not reported("docker.io/kubernetesui/dashboard-metrics-scraper:1.2.1")
	not reported("grafana/grafana:10.2.0")
	not reported("ghcr.io/acme/dashboard:1.0")
}

test_allow_unknown if {
	not reported({"$unknown": true})
}

test_allow_image_absent if {
	count(kubernetes_dashboard.deny) == 0 with input as {"resources_by_type": {"k8s.apps.deployment": [{
		"id": "apps/v1/Deployment/app/d",
		"type": "k8s.apps.deployment",
		"attributes": {"spec": {"template": {"spec": {"containers": [{"name": "c"}]}}}},
	}]}}
}
