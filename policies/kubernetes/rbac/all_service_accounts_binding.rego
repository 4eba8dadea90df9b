# METADATA
# scope: package
# title: Bindings do not grant roles to every service account
# description: >-
#   The group system:serviceaccounts holds every service account of every namespace, so a role bound to it is held by every pod of the cluster, whatever service account it runs as, including pods an attacker manages to start in any namespace. That defeats giving each workload its own service account with only the permissions it needs. Each such subject of a RoleBinding or ClusterRoleBinding is reported, except in a binding of system:service-account-issuer-discovery, which Kubernetes grants to the group itself. The per-namespace groups (system:serviceaccounts:<namespace>) are not reported.
# related_resources:
#   - https://kubernetes.io/docs/reference/access-authn-authz/rbac/#service-account-permissions
#   - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege
# custom:
#   id: K8S-0097
#   severity: HIGH
#   resource_types:
#     - k8s.rbac.rolebinding
#     - k8s.rbac.clusterrolebinding
#   formats: [kubernetes]
#   recommended_action: >-
#     Bind the role to the service accounts that need it, each by name and namespace (kind ServiceAccount), instead of to the system:serviceaccounts group.
#   frameworks:
#     nsa-cisa-k8s-1.2: [NSA-AUTH-4, NSA-AUTH-9]
#     nist-800-53-r5: [AC-6]
#     pci-dss-4.0.1: ["7.2.2", "7.2.5"]
#     soc2-2017: [CC6.1, CC6.3]
#     iso-27001-2022: ["8.2", "8.3"]
#   reads:
#     - 'subjects.*.kind'
#     - 'subjects.*.name'
#     - 'roleRef.name'
#   deprecated: false
package checks.kubernetes.rbac.all_service_accounts_binding

import data.lib.k8s

# METADATA
# entrypoint: true
deny contains v if {
	some x in k8s.binding_subjects
	x.subject.kind == "Group"
	x.subject.name == "system:serviceaccounts"
	not x.role_ref.name == "system:service-account-issuer-discovery"
	v := {
		"msg": concat("", [x.resource_id, " grants ", role_name(x.role_ref), " to every service account of the cluster (system:serviceaccounts)"]),
		"resource_id": x.resource_id,
		"attribute_path": ["subjects", x.index, "name"],
	}
}

role_name(ref) := ref.name if is_string(ref.name)

else := "its role"
