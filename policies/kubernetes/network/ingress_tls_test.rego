package checks.kubernetes.network.ingress_tls_test

import data.checks.kubernetes.network.ingress_tls

ingress(attributes) := {"resources_by_type": {"k8s.networking.ingress": [{"id": "i", "attributes": attributes}]}}

rules := [{"host": "a.example.com", "http": {"paths": []}}]

test_deny_attribute_absent if {
	ingress_tls.deny == {{
		"msg": "i serves plain HTTP: spec.tls is not set",
		"resource_id": "i",
		"attribute_path": ["spec", "tls"],
	}} with input as ingress({"spec": {"rules": rules}})
}

test_deny_empty if {
	count(ingress_tls.deny) == 1 with input as ingress({"spec": {"rules": rules, "tls": []}})
}

test_allow_tls if {
	count(ingress_tls.deny) == 0 with input as ingress({"spec": {"rules": rules, "tls": [{"hosts": ["a.example.com"], "secretName": "a-tls"}]}})
}

test_allow_load_balancer_certificate if {
	count(ingress_tls.deny) == 0 with input as ingress({
		"metadata": {"annotations": {"alb.ingress.kubernetes.io/certificate-arn": "arn:aws:acm:eu-west-1:1:certificate/x"}},
		"spec": {"rules": rules},
	})
}

test_allow_unknown if {
	count(ingress_tls.deny) == 0 with input as ingress({"spec": {"rules": rules, "tls": {"$unknown": true}}})
	count(ingress_tls.deny) == 0 with input as ingress({"spec": {"$unknown": true}})
}
