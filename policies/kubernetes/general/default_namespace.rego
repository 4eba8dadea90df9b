# METADATA
# scope: package
# title: Resources are not placed in the default namespace
# description: >-
#   The default namespace is where everything lands by accident; sharing it mixes unrelated workloads under the same RBAC, quotas, NetworkPolicies and Pod Security level. Reported only when metadata.namespace is explicitly "default": a manifest without a namespace is applied to the namespace of the kubectl context or the one Helm or Kustomize set, which the scanner cannot know.
# related_resources:
#   - https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/
# custom:
#   id: K8S-0023
#   severity: LOW
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
#     - k8s.core.configmap
#     - k8s.core.secret
#     - k8s.core.serviceaccount
#     - k8s.rbac.role
#     - k8s.rbac.rolebinding
#     - k8s.networking.ingress
#   formats: [kubernetes]
#   recommended_action: >-
#     Create a namespace per application or team and set metadata.namespace to it (or let Helm or Kustomize set it).
#   frameworks:
#     cis-kubernetes-1.9: ["5.7.4"]
#     nsa-cisa-k8s-1.2: [NSA-POD-15, NSA-NET-3]
#     nist-800-53-r5: [AC-3]
#   peers:
#     checkov: [CKV_K8S_21]
#     kics: [611ab018-c4aa-4ba2-b0f6-a448337509a6]
#     trivy: [AVD-KSV-0110, KSV110]
#   reads:
#     - 'metadata.namespace'
#   deprecated: false
package checks.kubernetes.general.default_namespace

import data.lib.scan

types := {
	"k8s.core.pod", "k8s.apps.deployment", "k8s.apps.statefulset", "k8s.apps.daemonset",
	"k8s.apps.replicaset", "k8s.core.replicationcontroller", "k8s.batch.job", "k8s.batch.cronjob",
	"k8s.core.podtemplate", "k8s.apps.deploymentconfig", "k8s.argoproj.rollout", "k8s.serving.service", "k8s.core.service", "k8s.core.configmap", "k8s.core.secret",
	"k8s.core.serviceaccount", "k8s.rbac.role", "k8s.rbac.rolebinding", "k8s.networking.ingress",
}

# METADATA
# entrypoint: true
deny contains v if {
	some type in types
	some r in scan.resources(type)
	r.attributes.metadata.namespace == "default"
	v := {
		"msg": concat("", [r.id, " is placed in the default namespace"]),
		"resource_id": r.id,
		"attribute_path": ["metadata", "namespace"],
	}
}
