# METADATA
# scope: package
# title: The Kubernetes Dashboard is not deployed
# description: >-
#   The Kubernetes Dashboard is a web UI with the rights of whatever service account or token it is given; exposed dashboards (with --enable-skip-login, or bound to cluster-admin as older guides advised) have been the entry point of known cluster takeovers, and in every setup it is one more internet-reachable path to the API server. Reported for each container running a Dashboard image: kubernetesui/dashboard and its v3 parts (dashboard-api, dashboard-web, dashboard-auth), and the older kubernetes-dashboard images; the metrics scraper alone is not reported. Whether this Dashboard is reachable from outside, and with which rights, is not visible here: use kubectl and the cloud console instead, or keep it internal, read-only and behind an authenticating proxy.
# related_resources:
#   - https://github.com/kubernetes/dashboard/blob/master/docs/user/access-control/README.md
#   - https://kubernetes.io/docs/tasks/access-application-cluster/web-ui-dashboard/
# custom:
#   id: K8S-0065
#   severity: MEDIUM
#   resource_types:
#     - k8s.core.pod
#     - k8s.apps.deployment
#     - k8s.apps.statefulset
#     - k8s.apps.daemonset
#     - k8s.apps.replicaset
#     - k8s.core.replicationcontroller
#     - k8s.batch.job
#     - k8s.batch.cronjob
#     - k8s.core.podtemplate
#     - k8s.apps.deploymentconfig
#     - k8s.argoproj.rollout
#     - k8s.serving.service
#   formats: [kubernetes]
#   recommended_action: >-
#     Remove the Dashboard (kubectl and the cloud provider's console do the same with audited, per-user credentials); where it must stay, give it no cluster-wide role, never enable skip-login and reach it only through kubectl proxy or an authenticating proxy.
#   frameworks:
#     nist-800-53-r5: [CM-7, AC-17]
#     soc2-2017: [CC6.1, CC6.6]
#     iso-27001-2022: ["8.9"]
#   peers:
#     checkov: [CKV_K8S_33]
#   reads:
#     - '{pod}.{containers}.*.image'
#   deprecated: false
package checks.kubernetes.workload.kubernetes_dashboard

import data.lib.k8s

dashboard(repository) if regex.match(`(^|/)kubernetesui/dashboard(-(api|web|auth))?$`, repository)

dashboard(repository) if regex.match(`(^|/)kubernetes-dashboard(-[a-z0-9]+)?$`, repository)

# METADATA
# entrypoint: true
deny contains v if {
	some c in k8s.containers
	dashboard(k8s.image_repository(c.container.image))
	v := {
		"msg": concat("", ["Container ", k8s.container_name(c), " of ", c.resource_id, " runs the Kubernetes Dashboard, a web UI to the cluster's API"]),
		"resource_id": c.resource_id,
		"attribute_path": array.concat(c.path, ["image"]),
	}
}
