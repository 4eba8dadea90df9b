# METADATA
# scope: package
# title: ClusterRoles grant no approval of certificate signing requests
# description: >-
#   Whoever can approve a CertificateSigningRequest can have the cluster sign a client certificate for any user or group, system:masters included, and so authenticate as anyone. Reported for each ClusterRole rule that grants update or patch (or "*") on certificatesigningrequests/approval, or approve (or "*") on signers, in the certificates.k8s.io API group; a rule narrowed by resourceNames (for example to one signer name) is not.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#csrs-and-certificate-issuing
#   - https://kubernetes.io/docs/reference/access-authn-authz/certificate-signing-requests/#authorization
# custom:
#   id: K8S-0036
#   severity: HIGH
#   resource_types:
#     - k8s.rbac.clusterrole
#   formats: [kubernetes]
#   recommended_action: >-
#     Keep CSR approval for cluster administrators and the controllers that need it, limited with resourceNames to the signers they handle.
#   frameworks:
#     cis-kubernetes-1.9: ["5.1.11"]
#     nsa-cisa-k8s-1.2: [NSA-AUTH-4]
#     nist-800-53-r5: [AC-6]
#     pci-dss-4.0.1: ["7.2.2"]
#     soc2-2017: [CC6.1, CC6.3]
#     iso-27001-2022: ["8.2", "8.3"]
#   peers:
#     checkov: [CKV_K8S_156]
#   reads:
#     - 'rules.*.apiGroups'
#     - 'rules.*.resources'
#     - 'rules.*.verbs'
#     - 'rules.*.resourceNames'
#   deprecated: false
package checks.kubernetes.rbac.csr_approval

import data.lib.k8s

group := "certificates.k8s.io"

# What a rule must grant to approve: [resource, verbs].
approval := [["certificatesigningrequests/approval", {"update", "patch"}], ["signers", {"approve"}]]

# METADATA
# entrypoint: true
deny contains v if {
	some x in k8s.role_rules
	x.type == "k8s.rbac.clusterrole"
	some [resource, verbs] in approval
	some j in k8s.grants(x.rule, group, resource, verbs)
	v := {
		"msg": concat("", [x.resource_id, " grants ", x.rule.verbs[j], " on ", resource, " in rule ", format_int(x.index, 10)]),
		"resource_id": x.resource_id,
		"attribute_path": ["rules", x.index, "verbs", j],
	}
}
