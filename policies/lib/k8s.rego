# METADATA
# title: Kubernetes workloads
# description: >-
#   The pod spec of every workload kind, with its attribute path, and every container
#   (initContainers, containers, ephemeralContainers) with its full attribute path. The
#   attributes of a Kubernetes resource are the manifest itself.
# custom:
#   library: true
package lib.k8s

import data.lib.scan
import data.lib.unknown

# Canonical workload type -> attribute path of its pod spec.
pod_spec_paths := {
	"k8s.core.pod": ["spec"],
	"k8s.apps.deployment": ["spec", "template", "spec"],
	"k8s.apps.statefulset": ["spec", "template", "spec"],
	"k8s.apps.daemonset": ["spec", "template", "spec"],
	"k8s.apps.replicaset": ["spec", "template", "spec"],
	"k8s.core.replicationcontroller": ["spec", "template", "spec"],
	"k8s.batch.job": ["spec", "template", "spec"],
	"k8s.batch.cronjob": ["spec", "jobTemplate", "spec", "template", "spec"],
	"k8s.core.podtemplate": ["template", "spec"],
}

workload_types := {t | some t, _ in pod_spec_paths}

container_fields := ["initContainers", "containers", "ephemeralContainers"]

# pods: one entry per workload with a known pod spec:
# {resource_id, type, spec, path}; path is the attribute path of the pod spec.
pods contains {"resource_id": r.id, "type": type, "spec": spec, "path": path} if {
	some type, path in pod_spec_paths
	some r in scan.resources(type)
	spec := object.get(r.attributes, path, null)
	is_object(spec)
	not unknown.is_unknown(spec)
}

# containers: one entry per known container of every pod spec:
# {resource_id, field, container, path, pod_spec, pod_path}; field is initContainers, containers
# or ephemeralContainers and path is the container's attribute path.
containers contains c if {
	some pod in pods
	some field in container_fields
	list := pod.spec[field]
	is_array(list)
	some i, container in list
	is_object(container)
	not unknown.is_unknown(container)
	c := {
		"resource_id": pod.resource_id,
		"field": field,
		"container": container,
		"path": array.concat(pod.path, [field, i]),
		"pod_spec": pod.spec,
		"pod_path": pod.path,
	}
}

# container_name(c) is the container's name, or "<unnamed>".
container_name(c) := c.container.name if is_string(c.container.name)

else := "<unnamed>"
