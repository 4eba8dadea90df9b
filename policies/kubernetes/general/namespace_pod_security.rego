# METADATA
# scope: package
# title: Namespaces enforce a Pod Security Standard
# description: >-
#   Pod Security admission enforces the baseline or restricted Pod Security Standard on a namespace only when the namespace carries the label pod-security.kubernetes.io/enforce; without it the cluster default applies, which is privileged (no restriction) unless the cluster administrator configured otherwise. Reported for each Namespace among the scanned manifests whose enforce label is absent or set to privileged.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-admission/#pod-security-admission-labels-for-namespaces
#   - https://kubernetes.io/docs/tasks/configure-pod-container/enforce-standards-namespace-labels/
# custom:
#   id: K8S-0053
#   severity: LOW
#   resource_types:
#     - k8s.core.namespace
#   formats: [kubernetes]
#   recommended_action: >-
#     Label the namespace with pod-security.kubernetes.io/enforce: restricted (or baseline for workloads that cannot meet restricted), and a pinned enforce-version.
#   frameworks:
#     cis-kubernetes-1.9: ["5.2.1"]
#     nsa-cisa-k8s-1.2: [NSA-POD-13]
#     nist-800-53-r5: [CM-7]
#     pci-dss-4.0.1: ["2.2.1"]
#     soc2-2017: [CC6.1, CC7.1]
#     iso-27001-2022: ["8.9"]
#   reads:
#     - 'metadata.labels'
#   deprecated: false
package checks.kubernetes.general.namespace_pod_security

import data.lib.scan
import data.lib.unknown

label := "pod-security.kubernetes.io/enforce"

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("k8s.core.namespace")
	unknown.absent(r.attributes, ["metadata", "labels", label])
	v := {
		"msg": concat("", [r.id, " has no ", label, " label, so no Pod Security Standard is enforced on it"]),
		"resource_id": r.id,
		"attribute_path": ["metadata", "labels"],
	}
}

deny contains v if {
	some r in scan.resources("k8s.core.namespace")
	r.attributes.metadata.labels[label] == "privileged"
	v := {
		"msg": concat("", [r.id, " enforces the privileged Pod Security Standard, which restricts nothing"]),
		"resource_id": r.id,
		"attribute_path": ["metadata", "labels", label],
	}
}
