# METADATA
# scope: package
# title: Manifests use no API version that Kubernetes no longer serves
# description: >-
#   An API server answers only the API versions of its release: a manifest written against a version removed in Kubernetes 1.16 to 1.29 (extensions/v1beta1, apps/v1beta2, networking.k8s.io/v1beta1, rbac.authorization.k8s.io/v1beta1, batch/v1beta1, policy/v1beta1, autoscaling/v2beta2, flowcontrol.apiserver.k8s.io/v1beta2 and the others of the deprecation guide) can only be applied to a cluster of a release that no longer gets security fixes, including under EKS, GKE and AKS extended support, or is dead code that a reviewer reads as deployed. Reported for each resource whose apiVersion was removed for its kind by Kubernetes 1.29; versions removed later (flowcontrol.apiserver.k8s.io/v1beta3 in 1.32) are not, while some supported releases still serve them. PodSecurityPolicy (policy/v1beta1, extensions/v1beta1) was removed without a successor in the same API: use Pod Security Admission (K8S-0053).
# related_resources:
#   - https://kubernetes.io/docs/reference/using-api/deprecation-guide/
#   - https://kubernetes.io/releases/
# custom:
#   id: K8S-0096
#   severity: LOW
#   resource_types:
#     - k8s.apps.deployment
#     - k8s.apps.daemonset
#     - k8s.apps.replicaset
#     - k8s.apps.statefulset
#     - k8s.extensions.ingress
#     - k8s.extensions.networkpolicy
#     - k8s.extensions.podsecuritypolicy
#     - k8s.networking.ingress
#     - k8s.networking.ingressclass
#     - k8s.rbac.role
#     - k8s.rbac.clusterrole
#     - k8s.rbac.rolebinding
#     - k8s.rbac.clusterrolebinding
#     - k8s.batch.cronjob
#     - k8s.policy.poddisruptionbudget
#     - k8s.policy.podsecuritypolicy
#     - k8s.autoscaling.horizontalpodautoscaler
#     - k8s.admissionregistration.validatingwebhookconfiguration
#     - k8s.admissionregistration.mutatingwebhookconfiguration
#     - k8s.apiextensions.customresourcedefinition
#     - k8s.apiregistration.apiservice
#     - k8s.certificates.certificatesigningrequest
#     - k8s.coordination.lease
#     - k8s.scheduling.priorityclass
#     - k8s.storage.csidriver
#     - k8s.storage.csinode
#     - k8s.storage.storageclass
#     - k8s.storage.volumeattachment
#     - k8s.storage.csistoragecapacity
#     - k8s.discovery.endpointslice
#     - k8s.events.event
#     - k8s.node.runtimeclass
#     - k8s.flowcontrol.flowschema
#     - k8s.flowcontrol.prioritylevelconfiguration
#   formats: [kubernetes]
#   recommended_action: >-
#     Move the manifest to the served API version (kubectl convert, or the deprecation guide's migration notes for each kind) and upgrade any cluster that still accepts the old one.
#   frameworks:
#     nsa-cisa-k8s-1.2: [NSA-UPG-1]
#     nist-800-53-r5: [SA-22, SI-2]
#     pci-dss-4.0.1: ["6.3.3"]
#     iso-27001-2022: ["8.8"]
#   reads:
#     - 'apiVersion'
#     - 'kind'
#   deprecated: false
package checks.kubernetes.general.removed_api_versions

import data.lib.scan

# apiVersion -> the release that stopped serving it, for every kind it had.
removed := {
	"apps/v1beta1": "1.16",
	"apps/v1beta2": "1.16",
	"admissionregistration.k8s.io/v1beta1": "1.22",
	"apiextensions.k8s.io/v1beta1": "1.22",
	"apiregistration.k8s.io/v1beta1": "1.22",
	"certificates.k8s.io/v1beta1": "1.22",
	"coordination.k8s.io/v1beta1": "1.22",
	"networking.k8s.io/v1beta1": "1.22",
	"rbac.authorization.k8s.io/v1beta1": "1.22",
	"scheduling.k8s.io/v1beta1": "1.22",
	"batch/v1beta1": "1.25",
	"discovery.k8s.io/v1beta1": "1.25",
	"events.k8s.io/v1beta1": "1.25",
	"autoscaling/v2beta1": "1.25",
	"policy/v1beta1": "1.25",
	"node.k8s.io/v1beta1": "1.25",
	"autoscaling/v2beta2": "1.26",
	"flowcontrol.apiserver.k8s.io/v1beta1": "1.26",
	"flowcontrol.apiserver.k8s.io/v1beta2": "1.29",
}

# [apiVersion, kind] -> release, where the kinds of one version went at different times.
removed_kind := {
	["extensions/v1beta1", "Ingress"]: "1.22",
	["storage.k8s.io/v1beta1", "CSIDriver"]: "1.22",
	["storage.k8s.io/v1beta1", "CSINode"]: "1.22",
	["storage.k8s.io/v1beta1", "StorageClass"]: "1.22",
	["storage.k8s.io/v1beta1", "VolumeAttachment"]: "1.22",
	["storage.k8s.io/v1beta1", "CSIStorageCapacity"]: "1.27",
}

# release(api_version, kind) is the release that no longer serves kind in api_version.
release(api_version, _) := removed[api_version]

release(api_version, kind) := removed_kind[[api_version, kind]]

# every other extensions/v1beta1 kind (Deployment, DaemonSet, ReplicaSet, NetworkPolicy, PodSecurityPolicy)
release("extensions/v1beta1", kind) := "1.16" if kind != "Ingress"

# METADATA
# entrypoint: true
deny contains v if {
	some type, resources in scan.by_type
	startswith(type, "k8s.")
	some r in resources
	api_version := r.attributes.apiVersion
	kind := r.attributes.kind
	is_string(api_version)
	is_string(kind)
	gone := release(api_version, kind)
	v := {
		"msg": concat("", [r.id, " uses ", api_version, " ", kind, ", which Kubernetes ", gone, " and later no longer serve"]),
		"resource_id": r.id,
		"attribute_path": ["apiVersion"],
	}
}
