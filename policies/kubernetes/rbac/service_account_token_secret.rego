# METADATA
# scope: package
# title: No long-lived service account token Secrets are created
# description: >-
#   A Secret of type kubernetes.io/service-account-token makes the control plane write a token for the service account named in its kubernetes.io/service-account.name annotation; the token never expires, is not bound to a pod, and stays valid until the Secret is deleted, and everyone who can read Secrets in the namespace can take it. Since Kubernetes 1.22 pods get short-lived, audience-bound tokens through the TokenRequest API (projected volumes), and 1.24 stopped creating these Secrets for service accounts. Reported for each Secret manifest of that type; its data is never read or reported (secret values in manifests are K8S-0054).
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/service-accounts/#get-a-token
#   - https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/#manual-secret-management-for-serviceaccounts
#   - https://kubernetes.io/docs/concepts/configuration/secret/#serviceaccount-token-secrets
# custom:
#   id: K8S-0094
#   severity: MEDIUM
#   resource_types:
#     - k8s.core.secret
#   formats: [kubernetes]
#   recommended_action: >-
#     Delete the Secret and let pods use projected service account tokens; for a client outside the cluster, issue a short-lived token with kubectl create token (the TokenRequest API) or use workload identity federation.
#   frameworks:
#     nsa-cisa-k8s-1.2: [NSA-POD-11]
#     nist-800-53-r5: [IA-5, AC-2]
#     pci-dss-4.0.1: ["8.6.3"]
#     soc2-2017: [CC6.1]
#     iso-27001-2022: ["5.17"]
#   reads:
#     - 'type'
#   deprecated: false
package checks.kubernetes.rbac.service_account_token_secret

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("k8s.core.secret")
	r.attributes.type == "kubernetes.io/service-account-token"
	v := {
		"msg": concat("", [r.id, " is a service account token Secret: its token never expires and is not bound to a pod"]),
		"resource_id": r.id,
		"attribute_path": ["type"],
	}
}
