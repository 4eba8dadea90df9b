# METADATA
# scope: package
# title: Services are not exposed on node ports
# description: >-
#   A NodePort Service opens its port on every node of the cluster, on each node address, which bypasses the Ingress or load balancer meant to front it and is easily left reachable from outside the cluster. Reported for Services of type NodePort; LoadBalancer Services, which also allocate node ports, are checked by K8S-0051.
# related_resources:
#   - https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport
# custom:
#   id: K8S-0050
#   severity: LOW
#   resource_types:
#     - k8s.core.service
#   formats: [kubernetes]
#   recommended_action: >-
#     Use a ClusterIP Service behind an Ingress or Gateway, or a LoadBalancer Service; keep NodePort for clusters whose nodes are not reachable from untrusted networks.
#   frameworks:
#     nsa-cisa-k8s-1.2: [NSA-NET-10]
#     nist-800-53-r5: [SC-7]
#     pci-dss-4.0.1: ["1.3.1"]
#     soc2-2017: [CC6.6]
#     iso-27001-2022: ["8.20"]
#   peers:
#     kics: [845acfbe-3e10-4b8e-b656-3b404d36dfb2]
#   reads:
#     - 'spec.type'
#   deprecated: false
package checks.kubernetes.network.service_node_port

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("k8s.core.service")
	r.attributes.spec.type == "NodePort"
	v := {
		"msg": concat("", [r.id, " is of type NodePort, which opens its ports on every node"]),
		"resource_id": r.id,
		"attribute_path": ["spec", "type"],
	}
}
