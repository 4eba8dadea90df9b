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
# {resource_id, type, spec, path, metadata, metadata_path, namespace, containers}; path is the attribute path
# of the pod spec, metadata the pod (template) metadata ({} when absent) at metadata_path, and
# namespace the workload's metadata.namespace (see namespace).
pods contains pod if {
	some type, path in pod_spec_paths
	some r in scan.resources(type)
	spec := object.get(r.attributes, path, null)
	is_object(spec)
	not unknown.is_unknown(spec)
	metadata_path := array.concat(array.slice(path, 0, count(path) - 1), ["metadata"])
	pod := {
		"resource_id": r.id,
		"type": type,
		"spec": spec,
		"path": path,
		"metadata": object.get(r.attributes, metadata_path, {}),
		"metadata_path": metadata_path,
		"namespace": namespace(r),
		"containers": pod_containers(r.id, spec, path),
	}
}

# namespace(r) is the namespace a namespaced resource declares. A manifest without one is
# applied to the namespace of the kubectl context (or the one Helm or Kustomize set), so it is
# reported as null rather than guessed; the resource id says "default" for readability only.
namespace(r) := ns if {
	ns := r.attributes.metadata.namespace
	is_string(ns)
	ns != ""
} else := null

# long_running(pod) holds for workloads whose containers are expected to run until stopped:
# not Jobs and CronJobs, and not bare Pods whose restartPolicy is OnFailure or Never
# (restartPolicy defaults to Always).
long_running(pod) if {
	not pod.type in {"k8s.batch.job", "k8s.batch.cronjob"}
	object.get(pod.spec, "restartPolicy", "Always") == "Always"
}

# security_contexts: the securityContext of every pod spec and of every container, as
# {resource_id, path, context, owner}; path is the attribute path of the securityContext and
# owner says whose it is ("the pod" or "container <name>").
security_contexts contains sc if {
	some pod in pods
	ctx := pod.spec.securityContext
	is_object(ctx)
	not unknown.is_unknown(ctx)
	sc := {"resource_id": pod.resource_id, "path": array.concat(pod.path, ["securityContext"]), "context": ctx, "owner": "the pod"}
}

security_contexts contains sc if {
	some c in containers
	ctx := c.container.securityContext
	is_object(ctx)
	not unknown.is_unknown(ctx)
	sc := {
		"resource_id": c.resource_id,
		"path": array.concat(c.path, ["securityContext"]),
		"context": ctx,
		"owner": concat("", ["container ", container_name(c)]),
	}
}

# containers: one entry per known container of every pod spec:
# {resource_id, field, container, path, pod_spec, pod_path}; field is initContainers, containers
# or ephemeralContainers and path is the container's attribute path. Each pod also carries its
# own as pod.containers: a check that needs a pod and its containers iterates those, since a join
# of pods with containers has no index in wasm and costs pods x containers per check.
containers contains c if {
	some pod in pods
	some c in pod.containers
}

pod_containers(resource_id, spec, path) := [c |
	some field in container_fields
	list := spec[field]
	is_array(list)
	some i, container in list
	is_object(container)
	not unknown.is_unknown(container)
	c := {
		"resource_id": resource_id,
		"field": field,
		"container": container,
		"path": array.concat(path, [field, i]),
		"pod_spec": spec,
		"pod_path": path,
	}
]

# container_name(c) is the container's name, or "<unnamed>".
container_name(c) := c.container.name if is_string(c.container.name)

else := "<unnamed>"
