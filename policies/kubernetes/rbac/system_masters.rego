# METADATA
# scope: package
# title: The aws-auth ConfigMap maps no IAM principal to system:masters
# description: >-
#   Members of the system:masters group pass every authorisation check without RBAC being consulted, so no Role, binding or webhook can limit or revoke what they do. On Amazon EKS the aws-auth ConfigMap (kube-system) maps IAM roles and users to Kubernetes groups: a mapping to system:masters in mapRoles or mapUsers makes every principal that can assume that role an unrevocable cluster administrator. Reported for each of those fields of a ConfigMap named aws-auth (in kube-system, or with no namespace set) that names the group on a line that is not a comment.
#   Client certificates whose organisation is system:masters are the other way into the group; they are issued outside manifests (the kubeadm admin.conf, CertificateSigningRequests whose request this scanner does not decode), so they are left to the manual part of CIS 5.1.7. Impersonating the group is reported by K8S-0032.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege
#   - https://docs.aws.amazon.com/eks/latest/userguide/auth-configmap.html
#   - https://aws.github.io/aws-eks-best-practices/security/docs/iam/#use-eks-access-entries-instead-of-aws-auth-configmap
# custom:
#   id: K8S-0090
#   severity: HIGH
#   resource_types:
#     - k8s.core.configmap
#   formats: [kubernetes]
#   recommended_action: >-
#     Map the IAM role or user to a group of your own and bind that group to the ClusterRole it needs (cluster-admin only if it must), or move to EKS access entries with an access policy; keep system:masters for break-glass certificates.
#   frameworks:
#     cis-kubernetes-1.9: ["5.1.7"]
#     nsa-cisa-k8s-1.2: [NSA-AUTH-5]
#     nist-800-53-r5: [AC-6]
#     pci-dss-4.0.1: ["7.2.2"]
#     soc2-2017: [CC6.1, CC6.3]
#     iso-27001-2022: ["8.2", "8.3"]
#   reads:
#     - 'metadata.name'
#     - 'metadata.namespace'
#     - 'data.mapRoles'
#     - 'data.mapUsers'
#   deprecated: false
package checks.kubernetes.rbac.system_masters

import data.lib.k8s
import data.lib.scan

group := "system:masters"

fields := {"mapRoles": "IAM roles", "mapUsers": "IAM users"}

aws_auth(r) if {
	r.attributes.metadata.name == "aws-auth"
	k8s.namespace(r) in {"kube-system", null}
}

# names_group(text) holds when a line that is not a YAML comment names the group.
names_group(text) if {
	some line in split(text, "\n")
	not startswith(trim_left(line, " \t"), "#")
	contains(line, group)
}

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("k8s.core.configmap")
	aws_auth(r)
	some field, principals in fields
	text := r.attributes.data[field]
	is_string(text)
	names_group(text)
	v := {
		"msg": concat("", [r.id, " maps ", principals, " to the system:masters group in data.", field, ", which RBAC cannot limit or revoke"]),
		"resource_id": r.id,
		"attribute_path": ["data", field],
	}
}
