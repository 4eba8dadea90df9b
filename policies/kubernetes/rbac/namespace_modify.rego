# METADATA
# scope: package
# title: Roles do not allow changing Namespaces and their Pod Security labels
# description: >-
#   Pod Security admission reads the level it enforces from the labels of the namespace, so whoever can update or patch a Namespace can set pod-security.kubernetes.io/enforce to privileged and then run privileged, host-namespace or hostPath pods wherever they may create pods: the labels are only as strong as the permission to change them. A Role grants this on its own namespace (requests for a namespace object are authorised in that namespace), a ClusterRole on every namespace. Reported for each rule of a Role or ClusterRole that grants update or patch (or "*") on namespaces in the core API group; a rule narrowed by resourceNames is not, and "*" in resources is reported by K8S-0027.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-admission/#pod-security-admission-labels-for-namespaces
#   - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#kubernetes-rbac-privilege-escalation-risks
# custom:
#   id: K8S-0098
#   severity: MEDIUM
#   resource_types:
#     - k8s.rbac.role
#     - k8s.rbac.clusterrole
#   formats: [kubernetes]
#   recommended_action: >-
#     Keep update and patch on namespaces for the platform's own automation (GitOps controller, namespace operator); give teams a narrower path, such as a namespace-provisioning workflow, and enforce Pod Security with a cluster-wide admission configuration as well.
#   frameworks:
#     cis-kubernetes-1.9: ["5.2.1"]
#     nsa-cisa-k8s-1.2: [NSA-POD-13, NSA-AUTH-4]
#     nist-800-53-r5: [AC-6, CM-5]
#     pci-dss-4.0.1: ["7.2.2"]
#     soc2-2017: [CC6.1, CC6.3]
#     iso-27001-2022: ["8.2", "8.3"]
#   reads:
#     - 'rules.*.apiGroups'
#     - 'rules.*.resources'
#     - 'rules.*.verbs'
#     - 'rules.*.resourceNames'
#   deprecated: false
package checks.kubernetes.rbac.namespace_modify

import data.lib.k8s

verbs := {"update", "patch"}

# METADATA
# entrypoint: true
deny contains v if {
	some x in k8s.role_rules
	some j in k8s.grants(x.rule, "", "namespaces", verbs)
	v := {
		"msg": concat("", [x.resource_id, " grants ", x.rule.verbs[j], " on namespaces in rule ", format_int(x.index, 10), ", which lets the subject lift their Pod Security labels"]),
		"resource_id": x.resource_id,
		"attribute_path": ["rules", x.index, "verbs", j],
	}
}
