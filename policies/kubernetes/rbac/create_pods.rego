# METADATA
# scope: package
# title: Roles grant no permission to create pods
# description: >-
#   Whoever can create a pod in a namespace can run it with any service account of the namespace, mount any of its Secrets and ConfigMaps and, where Pod Security admission allows it, run a privileged pod that takes over its node. Each rule that grants create (or "*") on pods in the core API group is reported; a rule narrowed by resourceNames is not, and "*" in resources is reported by K8S-0027.
#   Narrower than Trivy's KSV048, which also reports create and update on the workload resources
#   (Deployments, DaemonSets, …).
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation
# custom:
#   id: K8S-0033
#   severity: MEDIUM
#   resource_types:
#     - k8s.rbac.role
#     - k8s.rbac.clusterrole
#   formats: [kubernetes]
#   recommended_action: >-
#     Grant create on pods only to the controllers and users that need it; let people deploy through workload controllers and a GitOps pipeline, and enforce Pod Security admission on the namespace.
#   frameworks:
#     cis-kubernetes-1.9: ["5.1.4"]
#     nsa-cisa-k8s-1.2: [NSA-AUTH-6]
#     nist-800-53-r5: [AC-6]
#     pci-dss-4.0.1: ["7.2.2"]
#     soc2-2017: [CC6.1, CC6.3]
#     iso-27001-2022: ["8.3"]
#   peers:
#     kics: [592ad21d-ad9b-46c6-8d2d-fad09d62a942]
#     trivy: [AVD-KSV-0048, KSV048]
#   reads:
#     - 'rules.*.apiGroups'
#     - 'rules.*.resources'
#     - 'rules.*.verbs'
#     - 'rules.*.resourceNames'
#   deprecated: false
package checks.kubernetes.rbac.create_pods

import data.lib.k8s

resources := {"pods"}

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
