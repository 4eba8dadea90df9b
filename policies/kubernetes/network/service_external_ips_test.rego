package checks.kubernetes.network.service_external_ips_test

import data.checks.kubernetes.network.service_external_ips

service(spec) := {"resources_by_type": {"k8s.core.service": [{"id": "s", "attributes": {"metadata": {"name": "s"}, "spec": spec}}]}}

service_meta(metadata, spec) := {"resources_by_type": {"k8s.core.service": [{"id": "s", "attributes": {"metadata": metadata, "spec": spec}}]}}

test_allow_other_types if {
	count(service_external_ips.deny) == 0 with input as {"resources_by_type": {"k8s.core.pod": [{"id": "p", "attributes": {"spec": {"externalIPs": ["203.0.113.10"]}}}]}}
}

test_deny_external_ips if {
	service_external_ips.deny == {{
		"msg": "s sets externalIPs, which lets it take over traffic to addresses it does not own",
		"resource_id": "s",
		"attribute_path": ["spec", "externalIPs"],
	}} with input as service({"type": "ClusterIP", "externalIPs": ["203.0.113.10"]})
}

test_allow_empty if {
	count(service_external_ips.deny) == 0 with input as service({"externalIPs": []})
}

test_allow_attribute_absent if {
	count(service_external_ips.deny) == 0 with input as service({"type": "ClusterIP"})
}

test_allow_unknown if {
	count(service_external_ips.deny) == 0 with input as service({"externalIPs": {"$unknown": true}})
}
