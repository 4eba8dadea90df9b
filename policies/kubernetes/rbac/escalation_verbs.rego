# METADATA
# scope: package
# title: Roles grant no escalate, bind or impersonate verbs
# description: >-
#   RBAC stops a subject from granting permissions it does not hold, except through three verbs: escalate lets it edit a Role to add any permission, bind lets it bind any Role to anyone, and impersonate lets it act as another user, group or service account (system:masters included). Each of these verbs named in a rule of a Role or ClusterRole is reported; a rule narrowed by resourceNames (for example bind on one named ClusterRole, the documented way to delegate it) is not, unless the names include what makes the narrowing moot: the ClusterRole cluster-admin (bind, escalate), or the group system:masters or the user system:admin (impersonate). "*" in verbs is reported by K8S-0027. Like Checkov and KICS, a dangerous verb is reported whatever resources the rule names.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#escalate-verb
#   - https://kubernetes.io/docs/reference/access-authn-authz/rbac/#restrictions-on-role-binding-creation-or-update
# custom:
#   id: K8S-0032
#   severity: HIGH
#   resource_types:
#     - k8s.rbac.role
#     - k8s.rbac.clusterrole
#   formats: [kubernetes]
#   recommended_action: >-
#     Remove escalate, bind and impersonate, or narrow the rule with resourceNames to the roles, users or groups the subject really needs.
#   frameworks:
#     cis-kubernetes-1.9: ["5.1.8"]
#     nsa-cisa-k8s-1.2: [NSA-AUTH-6]
#     nist-800-53-r5: [AC-6]
#     pci-dss-4.0.1: ["7.2.2"]
#     soc2-2017: [CC6.1, CC6.3]
#     iso-27001-2022: ["8.2", "8.3"]
#   peers:
#     checkov: [CKV_K8S_157, CKV_K8S_158]
#     kics: [8320826e-7a9c-4b0b-9535-578333193432, 9f85c3f6-26fd-4007-938a-2e0cb0100980]
#   reads:
#     - 'rules.*.verbs'
#     - 'rules.*.resourceNames'
#   deprecated: false
package checks.kubernetes.rbac.escalation_verbs

import data.lib.k8s

dangerous := {"escalate", "bind", "impersonate"}

# Names that give everything away even in a rule narrowed to them.
all_powerful := {"cluster-admin", "system:masters", "system:admin"}

# open(rule) holds when resourceNames does not narrow the rule to harmless names.
open(rule) if not k8s.narrowed(rule)

open(rule) if {
	some name in rule.resourceNames
	name in all_powerful
}

# METADATA
# entrypoint: true
deny contains v if {
	some x in k8s.role_rules
	is_array(x.rule.verbs)
	some j, verb in x.rule.verbs
	verb in dangerous
	open(x.rule)
	v := {
		"msg": concat("", [x.resource_id, " grants the ", verb, " verb in rule ", format_int(x.index, 10)]),
		"resource_id": x.resource_id,
		"attribute_path": ["rules", x.index, "verbs", j],
	}
}
