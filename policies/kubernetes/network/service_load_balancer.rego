# METADATA
# scope: package
# title: LoadBalancer Services are internal or restrict their source ranges
# description: >-
#   A Service of type LoadBalancer gets a cloud load balancer that, by default, is public and accepts connections from any address. Reported for LoadBalancer Services that are not internal (by the AWS, GKE, Azure, OCI, IBM Cloud or OpenStack internal load balancer annotation) and do not restrict clients with spec.loadBalancerSourceRanges (or the older source-ranges annotation) to ranges other than the world (any range of prefix length 0: 0.0.0.0/0, ::/0, ::0/0, …). A Service meant to be public on purpose is a finding to suppress with its reason.
# related_resources:
#   - https://kubernetes.io/docs/concepts/services-networking/service/#loadbalancer
#   - https://kubernetes.io/docs/concepts/services-networking/service/#internal-load-balancer
#   - https://kubernetes.io/docs/tasks/access-application-cluster/configure-cloud-provider-firewall/
# custom:
#   id: K8S-0051
#   severity: LOW
#   resource_types:
#     - k8s.core.service
#   formats: [kubernetes]
#   recommended_action: >-
#     Make the load balancer internal with the annotation of the cloud provider, set spec.loadBalancerSourceRanges to the client ranges, or expose the application through an Ingress or Gateway with TLS.
#   frameworks:
#     nsa-cisa-k8s-1.2: [NSA-NET-10]
#     nist-800-53-r5: [SC-7]
#     pci-dss-4.0.1: ["1.3.1", "1.4.2"]
#     soc2-2017: [CC6.6]
#     iso-27001-2022: ["8.20"]
#   peers:
#     kics: [26763a1c-5dda-4772-b507-5fca7fb5f165]
#   reads:
#     - 'spec.type'
#     - 'spec.loadBalancerSourceRanges'
#     - 'metadata.annotations'
#   deprecated: false
package checks.kubernetes.network.service_load_balancer

import data.lib.k8s
import data.lib.net
import data.lib.scan

# Annotations that make the load balancer internal -> the values that do (lower case; "*" any but "false").
internal_annotations := {
	"service.beta.kubernetes.io/aws-load-balancer-internal": "*",
	"service.beta.kubernetes.io/aws-load-balancer-scheme": "internal",
	"networking.gke.io/load-balancer-type": "internal",
	"cloud.google.com/load-balancer-type": "internal",
	"service.beta.kubernetes.io/azure-load-balancer-internal": "true",
	"service.beta.kubernetes.io/oci-load-balancer-internal": "true",
	"service.kubernetes.io/ibm-load-balancer-cloud-provider-ip-type": "private",
	"service.beta.kubernetes.io/openstack-internal-load-balancer": "true",
}

is_internal(annotations) if {
	some name, want in internal_annotations
	value := lower(trim_space(annotations[name]))
	value in {want, "true"}
}

is_internal(annotations) if {
	value := lower(trim_space(annotations["service.beta.kubernetes.io/aws-load-balancer-internal"]))
	not value in {"", "false"}
}

restricted(r) if {
	ranges := r.attributes.spec.loadBalancerSourceRanges
	is_array(ranges)
	count(ranges) > 0
	every range in ranges {
		is_string(range)
		not net.is_world(trim_space(range))
	}
}

restricted(r) if {
	value := r.attributes.metadata.annotations["service.beta.kubernetes.io/load-balancer-source-ranges"]
	is_string(value)
	ranges := [trim_space(s) | some s in split(value, ","); trim_space(s) != ""]
	count(ranges) > 0
	every range in ranges {
		not net.is_world(range)
	}
}

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("k8s.core.service")
	r.attributes.spec.type == "LoadBalancer"
	annotations := object.get(r.attributes, ["metadata", "annotations"], {})
	is_object(annotations)
	not k8s.has_unknown(annotations)
	not k8s.has_unknown(object.get(r.attributes, ["spec", "loadBalancerSourceRanges"], []))
	not is_internal(annotations)
	not restricted(r)
	v := {
		"msg": concat("", [r.id, " is a LoadBalancer Service open to any address: it is not internal and sets no loadBalancerSourceRanges"]),
		"resource_id": r.id,
		"attribute_path": ["spec", "type"],
	}
}
