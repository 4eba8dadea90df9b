# METADATA
# scope: package
# title: Containers bind no host ports
# description: >-
#   A hostPort binds the container port on the node's own network interfaces, bypassing NetworkPolicy-based isolation and limiting scheduling to one such pod per node. Pod Security Standards (baseline) forbid host ports; an absent hostPort or hostPort 0 binds nothing.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
# custom:
#   id: K8S-0009
#   severity: MEDIUM
#   resource_types:
#     - k8s.core.pod
#     - k8s.apps.deployment
#     - k8s.apps.statefulset
#     - k8s.apps.daemonset
#     - k8s.apps.replicaset
#     - k8s.core.replicationcontroller
#     - k8s.batch.job
#     - k8s.batch.cronjob
#     - k8s.core.podtemplate
#     - k8s.apps.deploymentconfig
#     - k8s.argoproj.rollout
#     - k8s.serving.service
#   formats: [kubernetes]
#   recommended_action: >-
#     Remove ports[].hostPort and expose the container through a Service (ClusterIP, NodePort or LoadBalancer) or an Ingress instead.
#   frameworks:
#     pod-security-standards: [baseline.host-ports]
#     cis-kubernetes-1.9: ["5.2.13"]
#     nsa-cisa-k8s-1.2: [NSA-POD-8]
#     nist-800-53-r5: [CM-7, SC-7]
#     pci-dss-4.0.1: ["2.2.6"]
#     soc2-2017: [CC6.1]
#     iso-27001-2022: ["8.9"]
#   peers:
#     checkov: [CKV_K8S_26]
#     trivy: [AVD-KSV-0024, KSV024]
#   reads:
#     - '{pod}.{containers}.*.ports.*.hostPort'
#   deprecated: false
package checks.kubernetes.pod.host_ports

import data.lib.k8s

# METADATA
# entrypoint: true
deny contains v if {
	some c in k8s.containers
	ports := c.container.ports
	is_array(ports)
	some j, port in ports
	is_number(port.hostPort)
	port.hostPort != 0
	v := {
		"msg": concat("", ["Container ", k8s.container_name(c), " of ", c.resource_id, " binds host port ", format_int(port.hostPort, 10)]),
		"resource_id": c.resource_id,
		"attribute_path": array.concat(c.path, ["ports", j, "hostPort"]),
	}
}
