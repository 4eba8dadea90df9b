# METADATA
# scope: package
# title: Ingresses terminate TLS
# description: >-
#   An Ingress without a tls section serves its hosts over plain HTTP, so credentials, session cookies and data cross the network in clear text. Kubernetes sets no TLS by default. Ingresses whose TLS is configured on the load balancer through a well-known annotation (AWS Load Balancer Controller certificate-arn, GKE pre-shared or managed certificates) are not reported.
# related_resources:
#   - https://kubernetes.io/docs/concepts/services-networking/ingress/#tls
# custom:
#   id: K8S-0029
#   severity: MEDIUM
#   resource_types:
#     - k8s.networking.ingress
#     - k8s.extensions.ingress
#   formats: [kubernetes]
#   recommended_action: >-
#     Add spec.tls with the Ingress hosts and a Secret holding the certificate (cert-manager can issue and renew it).
#   frameworks:
#     nist-800-53-r5: [AC-17, SC-8]
#     pci-dss-4.0.1: ["4.2.1"]
#     soc2-2017: [CC6.7]
#     iso-27001-2022: ["8.24"]
#   reads:
#     - 'spec.tls'
#     - 'metadata.annotations'
#   deprecated: false
package checks.kubernetes.network.ingress_tls

import data.lib.scan
import data.lib.unknown

# Annotations through which a cloud load balancer terminates TLS for the Ingress.
lb_tls_annotations := {
	"alb.ingress.kubernetes.io/certificate-arn",
	"ingress.gcp.kubernetes.io/pre-shared-cert",
	"networking.gke.io/managed-certificates",
}

no_tls(attributes) if unknown.absent(attributes, ["spec", "tls"])

no_tls(attributes) if attributes.spec.tls == []

lb_tls(attributes) if {
	some key in object.keys(object.get(attributes, ["metadata", "annotations"], {}))
	key in lb_tls_annotations
}

# METADATA
# entrypoint: true
deny contains v if {
	some type in ["k8s.networking.ingress", "k8s.extensions.ingress"]
	some r in scan.resources(type)
	is_object(r.attributes.spec)
	no_tls(r.attributes)
	not lb_tls(r.attributes)
	v := {
		"msg": concat("", [r.id, " serves plain HTTP: spec.tls is not set"]),
		"resource_id": r.id,
		"attribute_path": ["spec", "tls"],
	}
}
