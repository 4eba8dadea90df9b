# METADATA
# scope: package
# title: Roles grant no exec or attach access to pods
# description: >-
#   pods/exec and pods/attach give a shell or the console of a running container: the subject can read its files, environment and mounted service account token, and act with whatever the container can reach, a common path from a namespace role to its Secrets or to the node. Each rule that grants create (which exec needs) or get (which older API servers accepted for exec over WebSocket) or "*" on pods/exec or pods/attach, or on pods/*, is reported; a rule narrowed by resourceNames is not.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/rbac-good-practices/
#   - https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources
# custom:
#   id: K8S-0031
#   severity: HIGH
#   resource_types:
#     - k8s.rbac.role
#     - k8s.rbac.clusterrole
#   formats: [kubernetes]
#   recommended_action: >-
#     Remove pods/exec and pods/attach from roles that do not need interactive access, or grant them only to an on-call group for named pods (resourceNames), ideally through just-in-time access.
#   frameworks:
#     nsa-cisa-k8s-1.2: [NSA-AUTH-4]
#     nist-800-53-r5: [AC-6]
#     pci-dss-4.0.1: ["7.2.2"]
#     soc2-2017: [CC6.1, CC6.3]
#     iso-27001-2022: ["8.3"]
#   peers:
#     kics: [c589f42c-7924-4871-aee2-1cede9bc7cbc, d45330fd-f58d-45fb-a682-6481477a0f84]
#     trivy: [AVD-KSV-0053, KSV053, AVD-KSV-0054, KSV054]
#   reads:
#     - 'rules.*.apiGroups'
#     - 'rules.*.resources'
#     - 'rules.*.verbs'
#     - 'rules.*.resourceNames'
#   deprecated: false
package checks.kubernetes.rbac.pod_exec

import data.lib.k8s

resources := {"pods/exec", "pods/attach"}

verbs := {"create", "get"}

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
