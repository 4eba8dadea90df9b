# METADATA
# scope: package
# title: Roles grant no read access to Secrets
# description: >-
#   get, list and watch on secrets let the subject read every Secret of the namespace (of every namespace for a ClusterRole bound by a ClusterRoleBinding): passwords, API keys, TLS keys and, on older clusters, the tokens of every service account, which are a step to further privileges. Each rule that grants one of these verbs (or "*") on secrets in the core API group is reported; a rule narrowed by resourceNames to named Secrets is not, and "*" in resources is reported by K8S-0027.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets
# custom:
#   id: K8S-0030
#   severity: HIGH
#   resource_types:
#     - k8s.rbac.role
#     - k8s.rbac.clusterrole
#   formats: [kubernetes]
#   recommended_action: >-
#     Remove get, list and watch on secrets, or narrow the rule with resourceNames to the Secrets the subject needs (or mount the Secrets into the pod instead of reading them through the API).
#   frameworks:
#     cis-kubernetes-1.9: ["5.1.2"]
#     nsa-cisa-k8s-1.2: [NSA-AUTH-6]
#     nist-800-53-r5: [AC-6]
#     pci-dss-4.0.1: ["7.2.2"]
#     soc2-2017: [CC6.1, CC6.3]
#     iso-27001-2022: ["8.3"]
#   peers:
#     kics: [b7bca5c4-1dab-4c2c-8cbe-3050b9d59b14]
#     trivy: [AVD-KSV-0041, KSV041]
#   reads:
#     - 'rules.*.apiGroups'
#     - 'rules.*.resources'
#     - 'rules.*.verbs'
#     - 'rules.*.resourceNames'
#   deprecated: false
package checks.kubernetes.rbac.secrets_read

import data.lib.k8s

resources := {"secrets"}

verbs := {"get", "list", "watch"}

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
