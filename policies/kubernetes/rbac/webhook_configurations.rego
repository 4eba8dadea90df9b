# METADATA
# scope: package
# title: ClusterRoles grant no write access to admission webhook configurations
# description: >-
#   An admission webhook sees, and a mutating one may change, every object it is registered for: whoever can create or change a webhook configuration can read Secrets as they are written, inject containers into pods or switch off the policies other webhooks enforce. Each ClusterRole rule that grants create, update, patch, delete or deletecollection (or "*") on validatingwebhookconfigurations or mutatingwebhookconfigurations is reported; a rule narrowed by resourceNames is not.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#control-admission-webhooks
# custom:
#   id: K8S-0037
#   severity: HIGH
#   resource_types:
#     - k8s.rbac.clusterrole
#   formats: [kubernetes]
#   recommended_action: >-
#     Keep write access to admission webhook configurations for cluster administrators; an operator that manages its own webhook can be limited to it with resourceNames.
#   frameworks:
#     cis-kubernetes-1.9: ["5.1.12"]
#     nsa-cisa-k8s-1.2: [NSA-AUTH-4]
#     nist-800-53-r5: [AC-6]
#     pci-dss-4.0.1: ["7.2.2"]
#     soc2-2017: [CC6.1, CC6.3]
#     iso-27001-2022: ["8.2", "8.3"]
#   peers:
#     checkov: [CKV_K8S_155]
#     trivy: [AVD-KSV-0114, KSV114]
#   reads:
#     - 'rules.*.apiGroups'
#     - 'rules.*.resources'
#     - 'rules.*.verbs'
#     - 'rules.*.resourceNames'
#   deprecated: false
package checks.kubernetes.rbac.webhook_configurations

import data.lib.k8s

resources := {"validatingwebhookconfigurations", "mutatingwebhookconfigurations"}

verbs := {"create", "update", "patch", "delete", "deletecollection"}

# METADATA
# entrypoint: true
deny contains v if {
	some x in k8s.role_rules
	x.type == "k8s.rbac.clusterrole"
	granted := {resource: js | some resource in resources; js := k8s.grants(x.rule, "admissionregistration.k8s.io", resource, verbs)}
	some j in {j | some js in granted; some j in js}
	names := concat(", ", sort([resource | some resource, js in granted; j in js]))
	v := {
		"msg": concat("", [x.resource_id, " grants ", x.rule.verbs[j], " on ", names, " in rule ", format_int(x.index, 10)]),
		"resource_id": x.resource_id,
		"attribute_path": ["rules", x.index, "verbs", j],
	}
}
