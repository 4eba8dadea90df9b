package checks.kubernetes.workload.pod_anti_affinity_test

import data.checks.kubernetes.workload.pod_anti_affinity

deployment(replicas, spec) := {"resources_by_type": {"k8s.apps.statefulset": [{
	"id": "apps/v1/StatefulSet/app/db",
	"type": "k8s.apps.statefulset",
	"attributes": {"metadata": {"name": "db", "namespace": "app"}, "spec": {"replicas": replicas, "template": {"spec": spec}}},
}]}}

containers := [{"name": "c"}]

reported(replicas, spec) if count(pod_anti_affinity.deny) == 1 with input as deployment(replicas, spec)

anti := {"podAntiAffinity": {"preferredDuringSchedulingIgnoredDuringExecution": [{"weight": 100, "podAffinityTerm": {
	"topologyKey": "kubernetes.io/hostname",
	"labelSelector": {"matchLabels": {"app": "db"}},
}}]}}

test_deny_spreading_absent if {
	pod_anti_affinity.deny == {{
		"msg": "apps/v1/StatefulSet/app/db runs 3 replicas with neither podAntiAffinity nor topologySpreadConstraints: they may all land on one node",
		"resource_id": "apps/v1/StatefulSet/app/db",
		"attribute_path": ["spec", "template", "spec", "affinity", "podAntiAffinity"],
	}} with input as deployment(3, {"containers": containers})
	reported(2, {"containers": containers, "topologySpreadConstraints": [], "affinity": {"nodeAffinity": {}}})
}

test_allow_anti_affinity_or_spread if {
	not reported(3, {"containers": containers, "affinity": anti})
	not reported(3, {"containers": containers, "topologySpreadConstraints": [{"maxSkew": 1, "topologyKey": "kubernetes.io/hostname", "whenUnsatisfiable": "ScheduleAnyway"}]})
}

test_allow_one_replica if {
	not reported(1, {"containers": containers})
}

test_allow_unknown if {
	not reported({"$unknown": true}, {"containers": containers})
	not reported(3, {"containers": containers, "affinity": {"$unknown": true}})
	not reported(3, {"containers": containers, "topologySpreadConstraints": {"$unknown": true}})
}
