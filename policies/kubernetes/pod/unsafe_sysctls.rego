# METADATA
# scope: package
# title: Pods set only safe sysctls
# description: >-
#   Most sysctls are not namespaced or not isolated between pods, so setting them affects the whole node or other workloads. Pod Security Standards (baseline) allow only the safe set: kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, net.ipv4.ip_unprivileged_port_start, net.ipv4.tcp_syncookies, net.ipv4.ping_group_range, net.ipv4.ip_local_reserved_ports, net.ipv4.tcp_keepalive_time, net.ipv4.tcp_fin_timeout, net.ipv4.tcp_keepalive_intvl and net.ipv4.tcp_keepalive_probes. No sysctl is set when securityContext.sysctls is absent.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
#   - https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/
# custom:
#   id: K8S-0014
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
#     Remove the unsafe sysctl from spec.securityContext.sysctls, or set it on dedicated nodes through the kubelet --allowed-unsafe-sysctls flag and a privileged namespace.
#   frameworks:
#     pod-security-standards: [baseline.sysctls]
#     cis-kubernetes-1.9: ["5.7.3"]
#     nist-800-53-r5: [CM-7]
#     pci-dss-4.0.1: ["2.2.6"]
#     soc2-2017: [CC6.1]
#     iso-27001-2022: ["8.9"]
#   peers:
#     trivy: [AVD-KSV-0026, KSV026]
#   reads:
#     - '{pod}.securityContext.sysctls'
#   deprecated: false
package checks.kubernetes.pod.unsafe_sysctls

import data.lib.k8s

safe := {
	"kernel.shm_rmid_forced",
	"net.ipv4.ip_local_port_range",
	"net.ipv4.ip_unprivileged_port_start",
	"net.ipv4.tcp_syncookies",
	"net.ipv4.ping_group_range",
	"net.ipv4.ip_local_reserved_ports",
	"net.ipv4.tcp_keepalive_time",
	"net.ipv4.tcp_fin_timeout",
	"net.ipv4.tcp_keepalive_intvl",
	"net.ipv4.tcp_keepalive_probes",
}

# METADATA
# entrypoint: true
deny contains v if {
	some pod in k8s.pods
	sysctls := pod.spec.securityContext.sysctls
	is_array(sysctls)
	some i, sysctl in sysctls
	name := sysctl.name
	is_string(name)
	not replace(name, "/", ".") in safe
	v := {
		"msg": concat("", [pod.resource_id, " sets unsafe sysctl ", name]),
		"resource_id": pod.resource_id,
		"attribute_path": array.concat(pod.path, ["securityContext", "sysctls", i, "name"]),
	}
}
