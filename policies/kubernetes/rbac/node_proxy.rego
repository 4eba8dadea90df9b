# METADATA
# scope: package
# title: ClusterRoles grant no access to the nodes/proxy subresource
# description: >-
#   nodes/proxy reaches the kubelet API of every node: the subject can run commands in any pod on the node, bypassing audit logging and admission control. Each ClusterRole rule that grants any verb (get is enough) on nodes/proxy, or on nodes/*, is reported (a Role cannot grant a cluster-scoped resource); a rule narrowed by resourceNames is not.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#access-to-proxy-subresource-of-nodes
# custom:
#   id: K8S-0035
#   severity: HIGH
#   resource_types:
#     - k8s.rbac.clusterrole
#   formats: [kubernetes]
#   recommended_action: >-
#     Remove nodes/proxy from the ClusterRole; read node metrics through the metrics API or nodes/metrics and nodes/stats instead.
#   frameworks:
#     cis-kubernetes-1.9: ["5.1.10"]
#     nsa-cisa-k8s-1.2: [NSA-AUTH-4]
#     nist-800-53-r5: [AC-6]
#     pci-dss-4.0.1: ["7.2.2"]
#     soc2-2017: [CC6.1, CC6.3]
#     iso-27001-2022: ["8.2", "8.3"]
#   peers:
#     trivy: [AVD-KSV-0047, KSV047]
#   reads:
#     - 'rules.*.apiGroups'
#     - 'rules.*.resources'
#     - 'rules.*.verbs'
#     - 'rules.*.resourceNames'
#   deprecated: false
package checks.kubernetes.rbac.node_proxy

import data.lib.k8s

resources := {"nodes/proxy"}

verbs := {"get", "list", "watch", "create", "update", "patch", "delete", "deletecollection"}

# METADATA
# entrypoint: true
deny contains v if {
	some x in k8s.role_rules
	x.type == "k8s.rbac.clusterrole"
	granted := {resource: js | some resource in resources; js := k8s.grants(x.rule, "", resource, verbs)}
	some j in {j | some js in granted; some j in js}
	names := concat(", ", sort([resource | some resource, js in granted; j in js]))
	v := {
		"msg": concat("", [x.resource_id, " grants ", x.rule.verbs[j], " on ", names, " in rule ", format_int(x.index, 10)]),
		"resource_id": x.resource_id,
		"attribute_path": ["rules", x.index, "verbs", j],
	}
}
