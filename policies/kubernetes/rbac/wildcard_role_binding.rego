# METADATA
# scope: package
# title: Bindings do not grant roles with wildcard permissions
# description: >-
#   A binding is what puts a role to use: one that grants a Role or ClusterRole with "*" in the verbs or resources of a rule hands its subjects every current and future verb or resource of those API groups. Reported for each RoleBinding or ClusterRoleBinding with at least one subject whose roleRef is a Role (in the same namespace) or ClusterRole of the scanned manifests with such a rule; roles that are not among the scanned manifests are not guessed at (cluster-admin is reported by K8S-0028).
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege
# custom:
#   id: K8S-0042
#   severity: HIGH
#   resource_types:
#     - k8s.rbac.rolebinding
#     - k8s.rbac.clusterrolebinding
#     - k8s.rbac.role
#     - k8s.rbac.clusterrole
#   formats: [kubernetes]
#   recommended_action: >-
#     Bind a role that lists the verbs and resources the subjects need, or replace the wildcards in the bound role.
#   frameworks:
#     cis-kubernetes-1.9: ["5.1.3"]
#     nsa-cisa-k8s-1.2: [NSA-AUTH-4]
#     nist-800-53-r5: [AC-6]
#     pci-dss-4.0.1: ["7.2.2"]
#     soc2-2017: [CC6.1, CC6.3]
#     iso-27001-2022: ["8.2", "8.3"]
#   reads:
#     - 'roleRef.kind'
#     - 'roleRef.name'
#     - 'subjects'
#     - 'metadata.namespace'
#     - 'rules.*.verbs'
#     - 'rules.*.resources'
#   deprecated: false
#   whole_scope: true
package checks.kubernetes.rbac.wildcard_role_binding

import data.lib.k8s
import data.lib.scan

# wildcard_roles: [kind, namespace, name] of every scanned Role (namespace as lib.k8s.namespace) and
# ClusterRole (namespace null) with "*" in the verbs or resources of a rule.
wildcard_roles contains [kind, ns, r.attributes.metadata.name] if {
	some [type, kind] in [["k8s.rbac.role", "Role"], ["k8s.rbac.clusterrole", "ClusterRole"]]
	some r in scan.resources(type)
	some rule in r.attributes.rules
	some field in ["verbs", "resources"]
	is_array(rule[field])
	"*" in rule[field]
	ns := namespace(kind, r)
}

namespace("Role", r) := k8s.namespace(r)

namespace("ClusterRole", _) := null

# METADATA
# entrypoint: true
deny contains v if {
	some type in k8s.binding_types
	some b in scan.resources(type)
	ref := b.attributes.roleRef
	is_array(b.attributes.subjects)
	count(b.attributes.subjects) > 0
	[ref.kind, namespace(ref.kind, b), ref.name] in wildcard_roles
	v := {
		"msg": concat("", [b.id, " grants ", ref.kind, " ", ref.name, ", which has wildcard verbs or resources"]),
		"resource_id": b.id,
		"attribute_path": ["roleRef", "name"],
	}
}
