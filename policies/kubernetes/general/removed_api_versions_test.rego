package checks.kubernetes.general.removed_api_versions_test

import data.checks.kubernetes.general.removed_api_versions

scan(type, api_version, kind) := {"resources_by_type": {type: [{"id": "r", "attributes": {"apiVersion": api_version, "kind": kind, "metadata": {"name": "x"}}}]}}

msgs(type, api_version, kind) := ms if {
	ms := {v.msg | some v in removed_api_versions.deny} with input as scan(type, api_version, kind)
}

test_deny_removed_version if {
	removed_api_versions.deny == {{
		"msg": "r uses batch/v1beta1 CronJob, which Kubernetes 1.25 and later no longer serve",
		"resource_id": "r",
		"attribute_path": ["apiVersion"],
	}} with input as scan("k8s.batch.cronjob", "batch/v1beta1", "CronJob")
}

test_deny_extensions_by_kind if {
	msgs("k8s.apps.deployment", "extensions/v1beta1", "Deployment") == {"r uses extensions/v1beta1 Deployment, which Kubernetes 1.16 and later no longer serve"}
	msgs("k8s.extensions.ingress", "extensions/v1beta1", "Ingress") == {"r uses extensions/v1beta1 Ingress, which Kubernetes 1.22 and later no longer serve"}
	msgs("k8s.storage.csistoragecapacity", "storage.k8s.io/v1beta1", "CSIStorageCapacity") == {"r uses storage.k8s.io/v1beta1 CSIStorageCapacity, which Kubernetes 1.27 and later no longer serve"}
}

test_allow_served_versions if {
	count(msgs("k8s.apps.deployment", "apps/v1", "Deployment")) == 0
	count(msgs("k8s.batch.cronjob", "batch/v1", "CronJob")) == 0
	count(msgs("k8s.policy.poddisruptionbudget", "policy/v1", "PodDisruptionBudget")) == 0
	count(msgs("k8s.storage.csistoragecapacity", "storage.k8s.io/v1", "CSIStorageCapacity")) == 0
	count(msgs("k8s.flowcontrol.flowschema", "flowcontrol.apiserver.k8s.io/v1beta3", "FlowSchema")) == 0
}

test_allow_attribute_absent if {
	count(removed_api_versions.deny) == 0 with input as {"resources_by_type": {"k8s.apps.deployment": [{"id": "r", "attributes": {"kind": "Deployment"}}]}}
}

test_allow_unknown if {
	count(msgs("k8s.apps.deployment", {"$unknown": true}, "Deployment")) == 0
	count(msgs("k8s.apps.deployment", "extensions/v1beta1", {"$unknown": true})) == 0
}

test_allow_other_types if {
	count(msgs("aws.s3.bucket", "apps/v1beta2", "Deployment")) == 0
}
