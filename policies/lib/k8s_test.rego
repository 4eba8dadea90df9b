package lib.k8s_test

import data.lib.k8s

spec := {"containers": [{"name": "c"}]}

by_kind := {
	"k8s.core.pod": {"spec": spec},
	"k8s.apps.deployment": {"spec": {"template": {"spec": spec}}},
	"k8s.apps.statefulset": {"spec": {"template": {"spec": spec}}},
	"k8s.apps.daemonset": {"spec": {"template": {"spec": spec}}},
	"k8s.apps.replicaset": {"spec": {"template": {"spec": spec}}},
	"k8s.core.replicationcontroller": {"spec": {"template": {"spec": spec}}},
	"k8s.batch.job": {"spec": {"template": {"spec": spec}}},
	"k8s.batch.cronjob": {"spec": {"jobTemplate": {"spec": {"template": {"spec": spec}}}}},
	"k8s.core.podtemplate": {"template": {"spec": spec}},
	"k8s.apps.deploymentconfig": {"spec": {"template": {"spec": spec}}},
	"k8s.argoproj.rollout": {"spec": {"template": {"spec": spec}}},
	"k8s.serving.service": {"spec": {"template": {"spec": spec}}},
}

all_kinds := {"resources_by_type": {t: [{"id": t, "type": t, "attributes": a}] | some t, a in by_kind}}

test_allow_pod_spec_of_every_kind if {
	pods := k8s.pods with input as all_kinds
	{p.type | some p in pods} == k8s.workload_types
	every p in pods {
		p.spec == spec
		object.get(by_kind[p.type], p.path, null) == spec
	}
}

test_allow_container_paths if {
	cs := k8s.containers with input as {"resources_by_type": {"k8s.core.pod": [{"id": "p", "attributes": {"spec": {
		"initContainers": [{"name": "i"}],
		"containers": [{"name": "a"}, {"name": "b"}],
		"ephemeralContainers": [{"name": "e"}],
	}}}]}}
	{[c.container.name, c.field, c.path] | some c in cs} == {
		["i", "initContainers", ["spec", "initContainers", 0]],
		["a", "containers", ["spec", "containers", 0]],
		["b", "containers", ["spec", "containers", 1]],
		["e", "ephemeralContainers", ["spec", "ephemeralContainers", 0]],
	}
}

test_allow_unknown_spec_and_containers_skipped if {
	count(k8s.containers) == 0 with input as {"resources_by_type": {
		"k8s.core.pod": [{"id": "p", "attributes": {"spec": {"containers": [{"$unknown": true}]}}}],
		"k8s.apps.deployment": [{"id": "d", "attributes": {"spec": {"template": {"$unknown": true}}}}],
		"k8s.batch.job": [{"id": "j", "attributes": {"spec": {"template": {"spec": {"containers": {"$unknown": true}}}}}}],
	}}
}

test_allow_container_name if {
	k8s.container_name({"container": {"name": "x"}}) == "x"
	k8s.container_name({"container": {}}) == "<unnamed>"
}

test_allow_pod_metadata_and_namespace if {
	pods := k8s.pods with input as {"resources_by_type": {
		"k8s.apps.deployment": [{"id": "d", "attributes": {
			"metadata": {"namespace": "prod"},
			"spec": {"template": {"metadata": {"labels": {"a": "b"}}, "spec": spec}},
		}}],
		"k8s.core.pod": [{"id": "p", "attributes": {"spec": spec}}],
	}}
	{[p.resource_id, p.metadata, p.metadata_path, p.namespace] | some p in pods} == {
		["d", {"labels": {"a": "b"}}, ["spec", "template", "metadata"], "prod"],
		["p", {}, ["metadata"], null],
	}
}

test_allow_long_running if {
	k8s.long_running({"type": "k8s.apps.deployment", "spec": {}})
	k8s.long_running({"type": "k8s.core.pod", "spec": {"restartPolicy": "Always"}})
	not k8s.long_running({"type": "k8s.core.pod", "spec": {"restartPolicy": "Never"}})
	not k8s.long_running({"type": "k8s.batch.job", "spec": {}})
	not k8s.long_running({"type": "k8s.batch.cronjob", "spec": {}})
}

test_allow_security_contexts if {
	scs := k8s.security_contexts with input as {"resources_by_type": {"k8s.core.pod": [{"id": "p", "attributes": {"spec": {
		"securityContext": {"runAsUser": 1},
		"containers": [{"name": "a", "securityContext": {"runAsUser": 2}}, {"name": "b"}],
		"initContainers": [{"name": "i", "securityContext": {"$unknown": true}}],
	}}}]}}
	{[s.owner, s.path, s.context.runAsUser] | some s in scs} == {
		["the pod", ["spec", "securityContext"], 1],
		["container a", ["spec", "containers", 0, "securityContext"], 2],
	}
}

test_allow_selects if {
	k8s.selects({}, {"app": "web"})
	k8s.selects({"matchLabels": {"app": "web"}}, {"app": "web", "tier": "front"})
	k8s.selects({"matchExpressions": [{"key": "app", "operator": "In", "values": ["web", "api"]}]}, {"app": "api"})
	k8s.selects({"matchExpressions": [{"key": "app", "operator": "NotIn", "values": ["db"]}]}, {})
	k8s.selects({"matchExpressions": [{"key": "app", "operator": "Exists"}]}, {"app": "x"})
	k8s.selects({"matchExpressions": [{"key": "debug", "operator": "DoesNotExist"}]}, {"app": "x"})
}

test_deny_selects if {
	not k8s.selects({"matchLabels": {"app": "web"}}, {"app": "api"})
	not k8s.selects({"matchLabels": {"app": "web"}}, {})
	not k8s.selects({"matchExpressions": [{"key": "app", "operator": "In", "values": ["web"]}]}, {})
	not k8s.selects({"matchExpressions": [{"key": "app", "operator": "NotIn", "values": ["web"]}]}, {"app": "web"})
	not k8s.selects({"matchExpressions": [{"key": "app", "operator": "Exists"}]}, {})
	not k8s.selects({"matchExpressions": [{"key": "app", "operator": "DoesNotExist"}]}, {"app": "x"})
	not k8s.selects({"matchExpressions": [{"key": "app", "operator": "Bogus"}]}, {"app": "x"})
}

test_allow_may_select_unknown if {
	not k8s.selects({"matchLabels": {"$unknown": true}}, {"app": "web"})
	k8s.may_select({"matchLabels": {"$unknown": true}}, {"app": "web"})
	k8s.may_select({"matchLabels": {"app": {"$unknown": true}}}, {"app": "web"})
	not k8s.may_select({"matchLabels": {"app": "db"}}, {"app": "web"})
}

rule(groups, resources, verbs) := {"apiGroups": groups, "resources": resources, "verbs": verbs}

test_allow_grants if {
	k8s.grants(rule([""], ["secrets"], ["get", "list"]), "", "secrets", {"get"}) == {0}
	k8s.grants(rule(["*"], ["secrets"], ["*"]), "", "secrets", {"get"}) == {0}
	k8s.grants(rule([""], ["pods/*"], ["create"]), "", "pods/exec", {"create"}) == {0}
	k8s.grants(rule([""], ["pods", "pods/exec"], ["get", "create"]), "", "pods/exec", {"create"}) == {1}
}

test_deny_grants if {
	k8s.grants(rule([""], ["*"], ["get"]), "", "secrets", {"get"}) == set()
	k8s.grants(rule(["apps"], ["secrets"], ["get"]), "", "secrets", {"get"}) == set()
	k8s.grants(rule([""], ["secrets"], ["create"]), "", "secrets", {"get"}) == set()
	k8s.grants(object.union(rule([""], ["secrets"], ["get"]), {"resourceNames": ["tls"]}), "", "secrets", {"get"}) == set()
	k8s.grants(object.union(rule([""], ["secrets"], ["get"]), {"resourceNames": {"$unknown": true}}), "", "secrets", {"get"}) == set()
	k8s.grants(rule([""], {"$unknown": true}, ["get"]), "", "secrets", {"get"}) == set()
	k8s.grants(rule([""], ["secrets"], {"$unknown": true}), "", "secrets", {"get"}) == set()
}

test_allow_role_rules_and_subjects if {
	doc := {"resources_by_type": {
		"k8s.rbac.clusterrole": [{"id": "cr", "attributes": {"rules": [{"verbs": ["get"]}, {"$unknown": true}]}}],
		"k8s.rbac.rolebinding": [{"id": "rb", "attributes": {
			"metadata": {"namespace": "app"},
			"roleRef": {"kind": "Role", "name": "r"},
			"subjects": [{"kind": "User", "name": "u"}],
		}}],
	}}
	{[x.resource_id, x.index] | some x in k8s.role_rules} == {["cr", 0]} with input as doc
	{[x.resource_id, x.index, x.namespace, x.role_ref.name] | some x in k8s.binding_subjects} == {["rb", 0, "app", "r"]} with input as doc
}

test_allow_defaulted_requests if {
	limit_ranges := {"resources_by_type": {"k8s.core.limitrange": [
		{"id": "a", "attributes": {"metadata": {"namespace": "a"}, "spec": {"limits": [{"type": "Container", "defaultRequest": {"cpu": "100m"}}]}}},
		{"id": "b", "attributes": {"metadata": {"name": "b"}, "spec": {"limits": [{"type": "Container", "default": {"memory": "128Mi"}}, {"type": "Pod", "max": {"cpu": "1"}}]}}},
		{"id": "c", "attributes": {"metadata": {"namespace": "c"}, "spec": {"limits": {"$unknown": true}}}},
	]}}
	k8s.defaulted_requests == {["a", "cpu"], [null, "memory"], ["c", "cpu"], ["c", "memory"]} with input as limit_ranges
}

test_allow_image_repository if {
	k8s.image_repository("nginx") == "nginx"
	k8s.image_repository("nginx:1.25") == "nginx"
	k8s.image_repository("localhost:5000/Acme/Web:2") == "localhost:5000/acme/web"
	k8s.image_repository("ghcr.io/acme/web:1.2@sha256:abc") == "ghcr.io/acme/web"
	k8s.image_repository("ghcr.io/acme/web@sha256:abc") == "ghcr.io/acme/web"
	k8s.image_name("gcr.io/kubernetes-helm/tiller:v2.16.1") == "tiller"
	not k8s.image_repository({"$unknown": true})
}

test_allow_replicated_only_when_known_above_one if {
	ps := k8s.pods with input as {"resources_by_type": {
		"k8s.apps.deployment": [
			{"id": "three", "attributes": {"spec": {"replicas": 3, "template": {"spec": spec}}}},
			{"id": "one", "attributes": {"spec": {"replicas": 1, "template": {"spec": spec}}}},
			{"id": "default", "attributes": {"spec": {"template": {"spec": spec}}}},
			{"id": "unknown", "attributes": {"spec": {"replicas": {"$unknown": true}, "template": {"spec": spec}}}},
		],
		"k8s.apps.daemonset": [{"id": "ds", "attributes": {"spec": {"replicas": 3, "template": {"spec": spec}}}}],
	}}
	{p.resource_id | some p in ps; k8s.replicated(p)} == {"three"}
}
