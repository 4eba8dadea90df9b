# METADATA
# scope: package
# title: Roles grant no permission to create service account tokens
# description: >-
#   create on serviceaccounts/token issues a token for any service account of the namespace (of every namespace for a ClusterRole bound cluster-wide), so the subject gains the permissions of each of them. Each rule that grants create (or "*") on serviceaccounts/token, or on serviceaccounts/*, is reported; a rule narrowed by resourceNames to named service accounts is not.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#token-request
# custom:
#   id: K8S-0038
#   severity: MEDIUM
#   resource_types:
#     - k8s.rbac.role
#     - k8s.rbac.clusterrole
#   formats: [kubernetes]
#   recommended_action: >-
#     Remove create on serviceaccounts/token, or narrow it with resourceNames to the service accounts the subject must issue tokens for.
#   frameworks:
#     cis-kubernetes-1.9: ["5.1.13"]
#     nsa-cisa-k8s-1.2: [NSA-AUTH-4]
#     nist-800-53-r5: [AC-6]
#     pci-dss-4.0.1: ["7.2.2"]
#     soc2-2017: [CC6.1, CC6.3]
#     iso-27001-2022: ["8.3"]
#   reads:
#     - 'rules.*.apiGroups'
#     - 'rules.*.resources'
#     - 'rules.*.verbs'
#     - 'rules.*.resourceNames'
#   deprecated: false
package checks.kubernetes.rbac.service_account_token_create

import data.lib.k8s

resources := {"serviceaccounts/token"}

verbs := {"create"}

# METADATA
# entrypoint: true
deny contains v if {
	some x in k8s.role_rules
	granted := {resource: js | some resource in resources; js := k8s.grants(x.rule, "", resource, verbs)}
	some j in {j | some js in granted; some j in js}
	names := concat(", ", sort([resource | some resource, js in granted; j in js]))
	v := {
		"msg": concat("", [x.resource_id, " grants ", x.rule.verbs[j], " on ", names, " in rule ", format_int(x.index, 10)]),
		"resource_id": x.resource_id,
		"attribute_path": ["rules", x.index, "verbs", j],
	}
}
