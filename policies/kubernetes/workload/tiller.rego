# METADATA
# scope: package
# title: Tiller (Helm v2) is not deployed
# description: >-
#   Tiller, the in-cluster server of Helm v2, installs whatever chart a client sends it, usually with cluster-admin rights and, by default, without authenticating the client on its gRPC port (44134): any pod that reaches it owns the cluster. Helm v2 has had no security fixes since November 2020; Helm v3 has no Tiller. Reported for each container whose image is named tiller (gcr.io/kubernetes-helm/tiller, ghcr.io/helm/tiller, ...), for a workload whose pod template carries Tiller's labels (app=helm, name=tiller) when no image gives it away, and for each Service that selects those labels.
# related_resources:
#   - https://helm.sh/docs/faq/changes_since_helm2/#removal-of-tiller
#   - https://helm.sh/blog/helm-v2-deprecation-timeline/
# custom:
#   id: K8S-0064
#   severity: HIGH
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
#     - k8s.core.service
#   formats: [kubernetes]
#   recommended_action: >-
#     Migrate the releases to Helm v3 (helm-2to3 plugin), then delete the tiller-deploy Deployment and Service and Tiller's service account and role binding.
#   frameworks:
#     nsa-cisa-k8s-1.2: [NSA-UPG-1, NSA-UPG-5]
#     nist-800-53-r5: [SA-22, CM-7]
#     soc2-2017: [CC6.1, CC7.1]
#     iso-27001-2022: ["8.8"]
#   peers:
#     checkov: [CKV_K8S_34, CKV_K8S_44]
#     kics: [6d173be7-545a-46c6-a81d-2ae52ed1605d, 8b862ca9-0fbd-4959-ad72-b6609bdaa22d]
#     trivy: [AVD-KSV-0102, KSV102]
#   reads:
#     - '{pod}.{containers}.*.image'
#     - '{pod}.metadata.labels'
#     - 'spec.selector'
#   deprecated: false
package checks.kubernetes.workload.tiller

import data.lib.k8s
import data.lib.scan

tiller_labels(labels) if {
	labels.app == "helm"
	labels.name == "tiller"
}

tiller_containers(pod) := [c | some c in pod.containers; k8s.image_name(c.container.image) == "tiller"]

# METADATA
# entrypoint: true
deny contains v if {
	some pod in k8s.pods
	some c in tiller_containers(pod)
	v := {
		"msg": concat("", ["Container ", k8s.container_name(c), " of ", c.resource_id, " runs Tiller (Helm v2), which installs charts for any client that reaches it"]),
		"resource_id": c.resource_id,
		"attribute_path": array.concat(c.path, ["image"]),
	}
}

deny contains v if {
	some pod in k8s.pods
	count(tiller_containers(pod)) == 0
	tiller_labels(pod.metadata.labels)
	v := {
		"msg": concat("", [pod.resource_id, " carries Tiller's labels (app=helm, name=tiller): it deploys Tiller (Helm v2)"]),
		"resource_id": pod.resource_id,
		"attribute_path": array.concat(pod.metadata_path, ["labels"]),
	}
}

deny contains v if {
	some r in scan.resources("k8s.core.service")
	tiller_labels(r.attributes.spec.selector)
	v := {
		"msg": concat("", [r.id, " exposes Tiller (Helm v2): it selects pods labelled app=helm, name=tiller"]),
		"resource_id": r.id,
		"attribute_path": ["spec", "selector"],
	}
}
