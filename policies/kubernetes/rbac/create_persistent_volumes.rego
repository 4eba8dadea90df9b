# METADATA
# scope: package
# title: ClusterRoles grant no permission to create PersistentVolumes
# description: >-
#   A PersistentVolume can point at any path on a node (hostPath) or any network share, so whoever creates one and can claim it gets into the node file system past the hostPath restrictions of Pod Security admission. Each ClusterRole rule that grants create (or "*") on persistentvolumes is reported (a Role cannot grant a cluster-scoped resource); a rule narrowed by resourceNames is not. Granting PersistentVolumeClaims is the safe way to let users request storage.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#persistent-volume-creation
# custom:
#   id: K8S-0034
#   severity: MEDIUM
#   resource_types:
#     - k8s.rbac.clusterrole
#   formats: [kubernetes]
#   recommended_action: >-
#     Let users request storage through PersistentVolumeClaims and a StorageClass; keep create on persistentvolumes for storage administrators and provisioners.
#   frameworks:
#     cis-kubernetes-1.9: ["5.1.9"]
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
package checks.kubernetes.rbac.create_persistent_volumes

import data.lib.k8s

resources := {"persistentvolumes"}

verbs := {"create"}

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
