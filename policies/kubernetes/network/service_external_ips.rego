# METADATA
# scope: package
# title: Services set no externalIPs
# description: >-
#   Kubernetes routes traffic for the addresses in spec.externalIPs to the Service without checking who owns them, so whoever can create or edit a Service can intercept the traffic of other workloads or of outside addresses (CVE-2020-8554). Reported for every Service with a non-empty externalIPs list; clusters that need the field should restrict it with an admission policy such as the DenyServiceExternalIPs admission plugin.
# related_resources:
#   - https://kubernetes.io/docs/concepts/services-networking/service/#external-ips
#   - https://github.com/kubernetes/kubernetes/issues/97076
# custom:
#   id: K8S-0052
#   severity: MEDIUM
#   resource_types:
#     - k8s.core.service
#   formats: [kubernetes]
#   recommended_action: >-
#     Remove spec.externalIPs and expose the Service through a LoadBalancer, an Ingress or a Gateway instead.
#   frameworks:
#     nist-800-53-r5: [SC-7]
#     soc2-2017: [CC6.6]
#     iso-27001-2022: ["8.20"]
#   reads:
#     - 'spec.externalIPs'
#   deprecated: false
package checks.kubernetes.network.service_external_ips

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("k8s.core.service")
	ips := r.attributes.spec.externalIPs
	is_array(ips)
	count(ips) > 0
	v := {
		"msg": concat("", [r.id, " sets externalIPs, which lets it take over traffic to addresses it does not own"]),
		"resource_id": r.id,
		"attribute_path": ["spec", "externalIPs"],
	}
}
