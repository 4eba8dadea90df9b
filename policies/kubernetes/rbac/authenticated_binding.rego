# METADATA
# scope: package
# title: Bindings grant no role to every authenticated user
# description: >-
#   The group system:authenticated holds every user and service account the API server authenticates, in every namespace, and on some managed clusters any account of the cloud provider (any Google account on GKE), so a role bound to it is granted far beyond the intended team. Each such subject is reported, except in bindings of the built-in discovery roles Kubernetes itself grants to it (system:basic-user, system:discovery, system:public-info-viewer).
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/rbac-good-practices/
#   - https://kubernetes.io/docs/reference/access-authn-authz/rbac/#discovery-roles
# custom:
#   id: K8S-0040
#   severity: MEDIUM
#   resource_types:
#     - k8s.rbac.rolebinding
#     - k8s.rbac.clusterrolebinding
#   formats: [kubernetes]
#   recommended_action: >-
#     Bind the role to the groups, users or service accounts that need it instead of system:authenticated.
#   frameworks:
#     nsa-cisa-k8s-1.2: [NSA-AUTH-4]
#     nist-800-53-r5: [AC-6]
#     pci-dss-4.0.1: ["7.2.2"]
#     soc2-2017: [CC6.1, CC6.3]
#     iso-27001-2022: ["8.3"]
#   reads:
#     - 'subjects.*.kind'
#     - 'subjects.*.name'
#     - 'roleRef.name'
#   deprecated: false
package checks.kubernetes.rbac.authenticated_binding

import data.lib.k8s

# METADATA
# entrypoint: true
deny contains v if {
	some x in k8s.binding_subjects
	x.subject.kind == "Group"
	x.subject.name == "system:authenticated"
	not x.role_ref.name in {"system:basic-user", "system:discovery", "system:public-info-viewer"}
	v := {
		"msg": concat("", [x.resource_id, " grants ", x.role_ref.name, " to every authenticated user (system:authenticated)"]),
		"resource_id": x.resource_id,
		"attribute_path": ["subjects", x.index, "name"],
	}
}
