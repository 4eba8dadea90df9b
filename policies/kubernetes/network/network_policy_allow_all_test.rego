package checks.kubernetes.network.network_policy_allow_all_test

import data.checks.kubernetes.network.network_policy_allow_all

policy(spec) := {"resources_by_type": {"k8s.networking.networkpolicy": [{"id": "np", "attributes": {"metadata": {"name": "np"}, "spec": spec}}]}}

paths(spec) := ps if {
	ps := {v.attribute_path | some v in network_policy_allow_all.deny} with input as policy(spec)
}

selector := {"matchLabels": {"app": "web"}}

test_deny_empty_ingress_rule if {
	network_policy_allow_all.deny == {{
		"msg": "np allows all ingress traffic from anywhere on every port in ingress rule 1",
		"resource_id": "np",
		"attribute_path": ["spec", "ingress", 1],
	}} with input as policy({"podSelector": selector, "ingress": [{"from": [{"podSelector": {}}]}, {}]})
}

test_deny_world_ip_block if {
	paths({"podSelector": {}, "policyTypes": ["Egress"], "egress": [{"to": [{"ipBlock": {"cidr": "0.0.0.0/0"}}], "ports": []}]}) == {["spec", "egress", 0]}
	paths({"podSelector": {}, "ingress": [{"from": [{"podSelector": selector}, {"ipBlock": {"cidr": "::/0", "except": []}}]}]}) == {["spec", "ingress", 0]}
}

test_deny_extensions_group if {
	count(network_policy_allow_all.deny) == 1 with input as {"resources_by_type": {"k8s.extensions.networkpolicy": [{"id": "np", "attributes": {"spec": {"ingress": [{"from": []}]}}}]}}
}

test_allow_narrowed_rules if {
	count(paths({"podSelector": {}, "ingress": [{"ports": [{"port": 443}]}]})) == 0
	count(paths({"podSelector": {}, "ingress": [{"from": [{"namespaceSelector": {}}]}]})) == 0
	count(paths({"podSelector": {}, "egress": [{"to": [{"ipBlock": {"cidr": "0.0.0.0/0", "except": ["169.254.169.254/32"]}}]}]})) == 0
	count(paths({"podSelector": {}, "egress": [{"to": [{"ipBlock": {"cidr": "10.0.0.0/8"}}]}]})) == 0
}

test_allow_default_deny if {
	count(paths({"podSelector": {}, "policyTypes": ["Ingress", "Egress"]})) == 0
	count(paths({"podSelector": {}, "ingress": []})) == 0
}

test_allow_direction_not_enforced if {
	count(paths({"podSelector": {}, "policyTypes": ["Egress"], "ingress": [{}], "egress": [{"ports": [{"port": 53, "protocol": "UDP"}]}]})) == 0
}

test_deny_policy_types_absent if {
	paths({"podSelector": {}, "egress": [{}]}) == {["spec", "egress", 0]}
}

test_allow_unknown if {
	count(paths({"podSelector": {}, "ingress": [{"$unknown": true}]})) == 0
	count(paths({"podSelector": {}, "ingress": [{"from": {"$unknown": true}}]})) == 0
	count(paths({"podSelector": {}, "ingress": [{"ports": {"$unknown": true}}]})) == 0
	count(paths({"podSelector": {}, "ingress": [{"from": [{"ipBlock": {"cidr": {"$unknown": true}}}]}]})) == 0
	count(paths({"podSelector": {}, "ingress": [{"from": [{"ipBlock": {"cidr": "0.0.0.0/0", "except": {"$unknown": true}}}]}]})) == 0
	count(paths({"podSelector": {}, "policyTypes": {"$unknown": true}, "ingress": [{}]})) == 0
}

test_allow_other_types if {
	count(network_policy_allow_all.deny) == 0 with input as {"resources_by_type": {"k8s.core.service": [{"id": "s", "attributes": {"spec": {"ingress": [{}]}}}]}}
}
