package checks.kubernetes.network.service_node_port_test

import data.checks.kubernetes.network.service_node_port

service(spec) := {"resources_by_type": {"k8s.core.service": [{"id": "s", "attributes": {"metadata": {"name": "s"}, "spec": spec}}]}}

service_meta(metadata, spec) := {"resources_by_type": {"k8s.core.service": [{"id": "s", "attributes": {"metadata": metadata, "spec": spec}}]}}

test_allow_other_types if {
	count(service_node_port.deny) == 0 with input as {"resources_by_type": {"k8s.core.pod": [{"id": "p", "attributes": {"spec": {"type": "NodePort"}}}]}}
}

test_deny_node_port if {
	service_node_port.deny == {{
		"msg": "s is of type NodePort, which opens its ports on every node",
		"resource_id": "s",
		"attribute_path": ["spec", "type"],
	}} with input as service({"type": "NodePort", "ports": [{"port": 80, "nodePort": 30080}]})
}

test_allow_other_types_of_service if {
	count(service_node_port.deny) == 0 with input as service({"type": "ClusterIP"})
	count(service_node_port.deny) == 0 with input as service({"type": "LoadBalancer"})
}

test_allow_attribute_absent if {
	count(service_node_port.deny) == 0 with input as service({"ports": [{"port": 80}]})
}

test_allow_unknown if {
	count(service_node_port.deny) == 0 with input as service({"type": {"$unknown": true}})
}
