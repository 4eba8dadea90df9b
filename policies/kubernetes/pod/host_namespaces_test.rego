package checks.kubernetes.pod.host_namespaces_test

import data.checks.kubernetes.pod.host_namespaces

daemonset(pod_spec) := {"resources_by_type": {"k8s.apps.daemonset": [{
	"id": "apps/v1/DaemonSet/kube-system/agent",
	"type": "k8s.apps.daemonset",
	"attributes": {"kind": "DaemonSet", "spec": {"template": {"spec": pod_spec}}},
}]}}

test_deny_host_network if {
	host_namespaces.deny == {{
		"msg": "apps/v1/DaemonSet/kube-system/agent shares a host namespace: hostNetwork is true",
		"resource_id": "apps/v1/DaemonSet/kube-system/agent",
		"attribute_path": ["spec", "template", "spec", "hostNetwork"],
	}} with input as daemonset({"hostNetwork": true, "containers": [{"name": "a"}]})
}

test_deny_each_namespace if {
	paths := {v.attribute_path | some v in host_namespaces.deny} with input as daemonset({
		"hostNetwork": true, "hostPID": true, "hostIPC": true, "containers": [],
	})
	paths == {
		["spec", "template", "spec", "hostNetwork"],
		["spec", "template", "spec", "hostPID"],
		["spec", "template", "spec", "hostIPC"],
	}
}

test_deny_pod_template if {
	some v in host_namespaces.deny with input as {"resources_by_type": {"k8s.core.podtemplate": [{
		"id": "v1/PodTemplate/default/t",
		"attributes": {"template": {"spec": {"hostPID": true}}},
	}]}}
	v.attribute_path == ["template", "spec", "hostPID"]
}

test_allow_false if {
	count(host_namespaces.deny) == 0 with input as daemonset({"hostNetwork": false, "hostPID": false, "hostIPC": false})
}

test_allow_attribute_absent if {
	count(host_namespaces.deny) == 0 with input as daemonset({"containers": [{"name": "a"}]})
}

test_allow_unknown if {
	count(host_namespaces.deny) == 0 with input as daemonset({"hostNetwork": {"$unknown": true}})
}
