package checks.kubernetes.general.namespace_resource_quota_test

import data.checks.kubernetes.general.namespace_resource_quota

namespace(name) := {"id": concat("/", ["v1/Namespace", name]), "attributes": {"metadata": {"name": name}}}

quota(metadata) := {"id": "q", "attributes": {"metadata": metadata, "spec": {"hard": {"requests.cpu": "4"}}}}

scan(namespaces, quotas) := {"resources_by_type": {"k8s.core.namespace": namespaces, "k8s.core.resourcequota": quotas}}

ids(namespaces, quotas) := xs if {
	xs := {v.resource_id | some v in namespace_resource_quota.deny} with input as scan(namespaces, quotas)
}

test_deny_no_quota if {
	namespace_resource_quota.deny == {{
		"msg": "v1/Namespace/prod has no ResourceQuota, so its workloads can use up the resources of the whole cluster",
		"resource_id": "v1/Namespace/prod",
		"attribute_path": [],
	}} with input as scan([namespace("prod")], [])
}

test_deny_quota_in_other_namespace if {
	ids([namespace("prod"), namespace("dev")], [quota({"name": "q", "namespace": "dev"})]) == {"v1/Namespace/prod"}
}

test_allow_quota if {
	count(ids([namespace("prod")], [quota({"name": "q", "namespace": "prod"})])) == 0
}

test_allow_quota_namespace_not_set if {
	count(ids([namespace("prod")], [quota({"name": "q"})])) == 0
}

test_allow_system_namespaces if {
	count(ids([namespace("kube-system"), namespace("kube-public"), namespace("kube-node-lease")], [])) == 0
}

test_allow_attribute_absent if {
	# A Namespace without a name is not one this check can judge.
	count(ids([{"id": "n", "attributes": {"metadata": {}}}], [])) == 0
}

test_allow_unknown if {
	count(ids([{"id": "n", "attributes": {"metadata": {"name": {"$unknown": true}}}}], [])) == 0
	count(ids([namespace("prod")], [quota({"name": "q", "namespace": {"$unknown": true}})])) == 0
	count(ids([namespace("prod")], [quota({"$unknown": true})])) == 0
}

test_allow_other_types if {
	count(namespace_resource_quota.deny) == 0 with input as {"resources_by_type": {"k8s.core.configmap": [namespace("prod")]}}
}
