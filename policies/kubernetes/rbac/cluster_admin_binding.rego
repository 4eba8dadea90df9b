# METADATA
# scope: package
# title: Bindings do not grant the cluster-admin role
# description: >-
#   cluster-admin allows every action on every resource. Bound with a ClusterRoleBinding it gives its subjects full control of the cluster; bound with a RoleBinding, full control of the namespace including its Secrets and RBAC. Each RoleBinding or ClusterRoleBinding whose roleRef is the ClusterRole cluster-admin is reported.
#   Narrower than Trivy's KSV111, which also reports bindings of the admin and edit ClusterRoles.
# related_resources:
#   - https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles
#   - https://kubernetes.io/docs/concepts/security/rbac-good-practices/
# custom:
#   id: K8S-0028
#   severity: HIGH
#   resource_types:
#     - k8s.rbac.rolebinding
#     - k8s.rbac.clusterrolebinding
#   formats: [kubernetes]
#   recommended_action: >-
#     Bind a role that grants only what the subjects need (for example admin or edit in one namespace, or a custom role) instead of cluster-admin.
#   frameworks:
#     cis-kubernetes-1.9: ["5.1.1"]
#     nsa-cisa-k8s-1.2: [NSA-AUTH-5]
#     nist-800-53-r5: [AC-6]
#     pci-dss-4.0.1: ["7.2.2"]
#     soc2-2017: [CC6.1, CC6.3]
#     iso-27001-2022: ["8.2", "8.3"]
#   peers:
#     kics: [249328b8-5f0f-409f-b1dd-029f07882e11]
#     trivy: [AVD-KSV-0111, KSV111]
#   reads:
#     - 'roleRef.kind'
#     - 'roleRef.name'
#   deprecated: false
package checks.kubernetes.rbac.cluster_admin_binding

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some type in ["k8s.rbac.rolebinding", "k8s.rbac.clusterrolebinding"]
	some r in scan.resources(type)
	r.attributes.roleRef.kind == "ClusterRole"
	r.attributes.roleRef.name == "cluster-admin"
	v := {
		"msg": concat("", [r.id, " binds the cluster-admin ClusterRole"]),
		"resource_id": r.id,
		"attribute_path": ["roleRef", "name"],
	}
}
