# METADATA
# scope: package
# title: Default service accounts do not automount API tokens
# description: >-
#   Every namespace has a ServiceAccount named default, and every pod that names no service account runs as it with its API token mounted; a token mounted into a pod that never calls the API server only serves whoever breaks into the pod, and permissions granted to default reach every such pod. CIS 5.1.5 asks that default service accounts set automountServiceAccountToken to false. Reported for each ServiceAccount manifest named default whose automountServiceAccountToken is absent (the API default is true) or true. Pods that still mount a token are reported by K8S-0021, and bindings that grant default permissions by K8S-0041.
# related_resources:
#   - https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting
#   - https://kubernetes.io/docs/concepts/security/service-accounts/#default-service-accounts
# custom:
#   id: K8S-0095
#   severity: LOW
#   resource_types:
#     - k8s.core.serviceaccount
#   formats: [kubernetes]
#   recommended_action: >-
#     Set automountServiceAccountToken: false on the default ServiceAccount, and give each workload that needs the API its own ServiceAccount.
#   frameworks:
#     cis-kubernetes-1.9: ["5.1.5"]
#     nsa-cisa-k8s-1.2: [NSA-POD-11, NSA-POD-15]
#     nist-800-53-r5: [AC-6]
#     pci-dss-4.0.1: ["7.2.5"]
#     soc2-2017: [CC6.1, CC6.3]
#     iso-27001-2022: ["5.17", "8.3"]
#   reads:
#     - 'metadata.name'
#     - 'automountServiceAccountToken'
#   deprecated: false
package checks.kubernetes.rbac.default_service_account_automount

import data.lib.scan
import data.lib.unknown

mounts(attributes) if unknown.absent(attributes, ["automountServiceAccountToken"])

mounts(attributes) if attributes.automountServiceAccountToken == true

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("k8s.core.serviceaccount")
	r.attributes.metadata.name == "default"
	mounts(r.attributes)
	v := {
		"msg": concat("", [r.id, " does not set automountServiceAccountToken to false, so pods that name no service account get its API token"]),
		"resource_id": r.id,
		"attribute_path": ["automountServiceAccountToken"],
	}
}
