# METADATA
# scope: package
# title: Namespaces have a LimitRange
# description: >-
#   A LimitRange gives every container of its namespace default CPU and memory requests and limits, and bounds what one container or pod may ask for; without one, a container that sets no limits can use the whole node, and one that sets no requests is scheduled as if it needed nothing. Reported for each Namespace among the scanned manifests (other than kube-system, kube-public and kube-node-lease) with no LimitRange in the scan that sets it as metadata.namespace. A LimitRange with no namespace set is applied wherever the kubectl context, Helm or Kustomize points, so it counts for every namespace rather than being guessed. LimitRanges kept outside the scanned repository are not seen: suppress the finding where that is the case. K8S-0043 and K8S-0044 already accept a LimitRange's defaultRequest in place of a container's own requests.
# related_resources:
#   - https://kubernetes.io/docs/concepts/policy/limit-range/
#   - https://kubernetes.io/docs/tasks/administer-cluster/manage-resources/memory-default-namespace/
# custom:
#   id: K8S-0093
#   severity: LOW
#   resource_types:
#     - k8s.core.namespace
#   formats: [kubernetes]
#   recommended_action: >-
#     Add a LimitRange of type Container to the namespace with defaultRequest and default CPU and memory, and a max that no single container may exceed.
#   frameworks:
#     nsa-cisa-k8s-1.2: [NSA-NET-4]
#     nist-800-53-r5: [SC-6]
#     soc2-2017: [A1.1]
#     iso-27001-2022: ["8.6"]
#   reads:
#     - 'metadata.name'
#     - 'metadata.namespace'
#   deprecated: false
#   cross_resource: true
package checks.kubernetes.general.namespace_limit_range

import data.lib.k8s
import data.lib.scan

system_namespaces := {"kube-system", "kube-public", "kube-node-lease"}

# The namespaces the scanned LimitRanges apply in; null for one whose namespace is not set or unknown.
range_namespaces contains ns if {
	some q in scan.resources("k8s.core.limitrange")
	ns := range_namespace(q)
}

range_namespace(q) := null if {
	k8s.has_unknown(object.get(q.attributes, "metadata", {}))
} else := k8s.namespace(q)

# METADATA
# entrypoint: true
deny contains v if {
	not null in range_namespaces
	some r in scan.resources("k8s.core.namespace")
	name := r.attributes.metadata.name
	is_string(name)
	not name in system_namespaces
	not name in range_namespaces
	v := {
		"msg": concat("", [r.id, " has no LimitRange, so its containers get no default requests and limits"]),
		"resource_id": r.id,
		"attribute_path": [],
	}
}
