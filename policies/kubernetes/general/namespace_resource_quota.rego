# METADATA
# scope: package
# title: Namespaces have a ResourceQuota
# description: >-
#   Without a ResourceQuota, the workloads of one namespace can claim all the CPU, memory, pods, Services or storage of the cluster, whether through a bug, a runaway autoscaler or an attacker's cryptominer, and starve every other namespace. Reported for each Namespace among the scanned manifests (other than kube-system, kube-public and kube-node-lease) with no ResourceQuota in the scan that sets it as metadata.namespace. A ResourceQuota with no namespace set is applied wherever the kubectl context, Helm or Kustomize points, so it counts for every namespace rather than being guessed. Quotas kept outside the scanned repository are not seen: suppress the finding where that is the case.
# related_resources:
#   - https://kubernetes.io/docs/concepts/policy/resource-quotas/
#   - https://kubernetes.io/docs/tasks/administer-cluster/manage-resources/quota-memory-cpu-namespace/
# custom:
#   id: K8S-0092
#   severity: LOW
#   resource_types:
#     - k8s.core.namespace
#   formats: [kubernetes]
#   recommended_action: >-
#     Add a ResourceQuota to the namespace with hard limits on requests.cpu, requests.memory, limits.cpu, limits.memory and object counts sized for its workloads.
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
package checks.kubernetes.general.namespace_resource_quota

import data.lib.k8s
import data.lib.scan

system_namespaces := {"kube-system", "kube-public", "kube-node-lease"}

# The namespaces the scanned quotas apply in; null for a quota whose namespace is not set or unknown.
quota_namespaces contains ns if {
	some q in scan.resources("k8s.core.resourcequota")
	ns := quota_namespace(q)
}

quota_namespace(q) := null if {
	k8s.has_unknown(object.get(q.attributes, "metadata", {}))
} else := k8s.namespace(q)

# METADATA
# entrypoint: true
deny contains v if {
	not null in quota_namespaces
	some r in scan.resources("k8s.core.namespace")
	name := r.attributes.metadata.name
	is_string(name)
	not name in system_namespaces
	not name in quota_namespaces
	v := {
		"msg": concat("", [r.id, " has no ResourceQuota, so its workloads can use up the resources of the whole cluster"]),
		"resource_id": r.id,
		"attribute_path": [],
	}
}
