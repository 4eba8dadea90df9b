# METADATA
# scope: package
# title: Roles and ClusterRoles grant no wildcard verbs or resources
# description: >-
#   A "*" in verbs or resources grants every current and future verb or resource of the API groups listed, and a "*" in apiGroups extends the rule to every API group, CRDs included, including ones (such as escalate, impersonate or secrets) the author never meant to grant, which breaks least privilege. Each wildcard in a rule of a Role or ClusterRole is reported; aggregated ClusterRoles whose rules are filled in by the controller have none to report.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege
# custom:
#   id: K8S-0027
#   severity: HIGH
#   resource_types:
#     - k8s.rbac.role
#     - k8s.rbac.clusterrole
#   formats: [kubernetes]
#   recommended_action: >-
#     List the verbs and resources the subject needs explicitly instead of "*".
#   frameworks:
#     cis-kubernetes-1.9: ["5.1.3"]
#     nsa-cisa-k8s-1.2: [NSA-AUTH-4]
#     nist-800-53-r5: [AC-6]
#     pci-dss-4.0.1: ["7.2.2"]
#     soc2-2017: [CC6.1, CC6.3]
#     iso-27001-2022: ["8.2", "8.3"]
#   peers:
#     checkov: [CKV_K8S_49]
#     kics: [6b896afb-ca07-467a-b256-1a0077a1c08e]
#     trivy: [AVD-KSV-0044, KSV044, AVD-KSV-0045, KSV045, AVD-KSV-0046, KSV046]
#   reads:
#     - 'rules.*.verbs'
#     - 'rules.*.resources'
#     - 'rules.*.apiGroups'
#   deprecated: false
package checks.kubernetes.rbac.wildcard_rules

import data.lib.scan

labels := {"verbs": "verb", "resources": "resource", "apiGroups": "API group"}

# METADATA
# entrypoint: true
deny contains v if {
	some type in ["k8s.rbac.role", "k8s.rbac.clusterrole"]
	some r in scan.resources(type)
	rules := r.attributes.rules
	is_array(rules)
	some i, rule in rules
	some field, label in labels
	values := rule[field]
	is_array(values)
	some j, value in values
	value == "*"
	v := {
		"msg": concat("", [r.id, " grants every ", label, " (\"*\") in rule ", format_int(i, 10)]),
		"resource_id": r.id,
		"attribute_path": ["rules", i, field, j],
	}
}
