# METADATA
# scope: package
# title: Bindings grant no role to a default service account
# description: >-
#   Every pod that names no service account runs as the default service account of its namespace, so a role bound to it is granted to all of them, including pods added later for other purposes. Each subject of kind ServiceAccount named default in a RoleBinding or ClusterRoleBinding is reported.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/service-accounts/#default-service-accounts
#   - https://kubernetes.io/docs/concepts/security/rbac-good-practices/
# custom:
#   id: K8S-0041
#   severity: MEDIUM
#   resource_types:
#     - k8s.rbac.rolebinding
#     - k8s.rbac.clusterrolebinding
#   formats: [kubernetes]
#   recommended_action: >-
#     Create a dedicated ServiceAccount for the workload that needs the role, set serviceAccountName in its pod spec and bind the role to that account.
#   frameworks:
#     cis-kubernetes-1.9: ["5.1.5"]
#     nsa-cisa-k8s-1.2: [NSA-POD-15, NSA-AUTH-9]
#     nist-800-53-r5: [AC-6]
#     pci-dss-4.0.1: ["7.2.5"]
#     soc2-2017: [CC6.1, CC6.3]
#     iso-27001-2022: ["8.3"]
#   peers:
#     checkov: [CKV_K8S_42]
#     kics: [1e749bc9-fde8-471c-af0c-8254efd2dee5]
#   reads:
#     - 'subjects.*.kind'
#     - 'subjects.*.name'
#   deprecated: false
package checks.kubernetes.rbac.default_service_account_binding

import data.lib.k8s

# METADATA
# entrypoint: true
deny contains v if {
	some x in k8s.binding_subjects
	x.subject.kind == "ServiceAccount"
	x.subject.name == "default"
	v := {
		"msg": concat("", [x.resource_id, " grants ", x.role_ref.name, " to the default service account"]),
		"resource_id": x.resource_id,
		"attribute_path": ["subjects", x.index, "name"],
	}
}
