# METADATA
# scope: package
# title: Bindings grant no role to anonymous or unauthenticated users
# description: >-
#   A RoleBinding or ClusterRoleBinding whose subject is the user system:anonymous or the group system:unauthenticated grants its role to anyone who can reach the API server, without credentials; misconfigured bindings of this kind have exposed whole clusters on the internet. Each such subject is reported, except in a binding of the built-in system:public-info-viewer ClusterRole, which Kubernetes itself grants to unauthenticated users (version and health endpoints only).
# related_resources:
#   - https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-requests
#   - https://kubernetes.io/docs/concepts/security/rbac-good-practices/
# custom:
#   id: K8S-0039
#   severity: HIGH
#   resource_types:
#     - k8s.rbac.rolebinding
#     - k8s.rbac.clusterrolebinding
#   formats: [kubernetes]
#   recommended_action: >-
#     Remove system:anonymous and system:unauthenticated from the subjects and bind the role to authenticated users, groups or service accounts that need it.
#   frameworks:
#     nsa-cisa-k8s-1.2: [NSA-AUTH-4]
#     nist-800-53-r5: [AC-3, AC-6]
#     pci-dss-4.0.1: ["7.2.2", "8.3.1"]
#     soc2-2017: [CC6.1, CC6.3]
#     iso-27001-2022: ["8.3", "8.5"]
#   peers:
#     trivy: [AVD-KSV-0122, KSV122]
#   reads:
#     - 'subjects.*.kind'
#     - 'subjects.*.name'
#     - 'roleRef.name'
#   deprecated: false
package checks.kubernetes.rbac.anonymous_binding

import data.lib.k8s

# METADATA
# entrypoint: true
deny contains v if {
	some x in k8s.binding_subjects
	anonymous := {["User", "system:anonymous"], ["Group", "system:unauthenticated"]}
	[x.subject.kind, x.subject.name] in anonymous
	x.role_ref.name != "system:public-info-viewer"
	v := {
		"msg": concat("", [x.resource_id, " grants ", x.role_ref.name, " to ", x.subject.name]),
		"resource_id": x.resource_id,
		"attribute_path": ["subjects", x.index, "name"],
	}
}
