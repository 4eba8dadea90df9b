package checks.kubernetes.network.service_load_balancer_test

import data.checks.kubernetes.network.service_load_balancer

service(spec) := {"resources_by_type": {"k8s.core.service": [{"id": "s", "attributes": {"metadata": {"name": "s"}, "spec": spec}}]}}

service_meta(metadata, spec) := {"resources_by_type": {"k8s.core.service": [{"id": "s", "attributes": {"metadata": metadata, "spec": spec}}]}}

test_allow_other_types if {
	count(service_load_balancer.deny) == 0 with input as {"resources_by_type": {"k8s.core.pod": [{"id": "p", "attributes": {"spec": {"type": "LoadBalancer"}}}]}}
}

test_deny_public if {
	service_load_balancer.deny == {{
		"msg": "s is a LoadBalancer Service open to any address: it is not internal and sets no loadBalancerSourceRanges",
		"resource_id": "s",
		"attribute_path": ["spec", "type"],
	}} with input as service({"type": "LoadBalancer"})
	count(service_load_balancer.deny) == 1 with input as service({"type": "LoadBalancer", "loadBalancerSourceRanges": ["10.0.0.0/8", "0.0.0.0/0"]})
	count(service_load_balancer.deny) == 1 with input as service({"type": "LoadBalancer", "loadBalancerSourceRanges": ["10.0.0.0/8", "::0/0"]})
	count(service_load_balancer.deny) == 1 with input as service({"type": "LoadBalancer", "loadBalancerSourceRanges": ["0.0.0.0/00"]})
	count(service_load_balancer.deny) == 1 with input as service_meta({"annotations": {"service.beta.kubernetes.io/aws-load-balancer-internal": "false"}}, {"type": "LoadBalancer"})
}

test_allow_internal if {
	count(service_load_balancer.deny) == 0 with input as service_meta({"annotations": {"networking.gke.io/load-balancer-type": "Internal"}}, {"type": "LoadBalancer"})
	count(service_load_balancer.deny) == 0 with input as service_meta({"annotations": {"service.beta.kubernetes.io/aws-load-balancer-internal": "0.0.0.0/0"}}, {"type": "LoadBalancer"})
	count(service_load_balancer.deny) == 0 with input as service_meta({"annotations": {"service.beta.kubernetes.io/aws-load-balancer-scheme": "internal"}}, {"type": "LoadBalancer"})
	count(service_load_balancer.deny) == 0 with input as service_meta({"annotations": {"service.beta.kubernetes.io/azure-load-balancer-internal": "true"}}, {"type": "LoadBalancer"})
}

test_allow_source_ranges if {
	count(service_load_balancer.deny) == 0 with input as service({"type": "LoadBalancer", "loadBalancerSourceRanges": ["203.0.113.0/24"]})
	count(service_load_balancer.deny) == 0 with input as service_meta({"annotations": {"service.beta.kubernetes.io/load-balancer-source-ranges": "10.0.0.0/8, 192.168.0.0/16"}}, {"type": "LoadBalancer"})
}

test_allow_attribute_absent if {
	count(service_load_balancer.deny) == 0 with input as service({"ports": [{"port": 80}]})
}

test_allow_unknown if {
	count(service_load_balancer.deny) == 0 with input as service({"type": {"$unknown": true}})
	count(service_load_balancer.deny) == 0 with input as service({"type": "LoadBalancer", "loadBalancerSourceRanges": {"$unknown": true}})
	count(service_load_balancer.deny) == 0 with input as service({"type": "LoadBalancer", "loadBalancerSourceRanges": [{"$unknown": true}]})
	count(service_load_balancer.deny) == 0 with input as service_meta({"annotations": {"$unknown": true}}, {"type": "LoadBalancer"})
}
