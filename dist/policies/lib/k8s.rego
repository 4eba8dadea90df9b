# METADATA
# title: Kubernetes workloads
# description: >-
#   The pod spec of every workload kind, with its attribute path, and every container
#   (initContainers, containers, ephemeralContainers) with its full attribute path. The
#   attributes of a Kubernetes resource are the manifest itself. The canonical type ignores the
#   API version (apps/v1beta2 is k8s.apps.*), extensions/v1beta1 workloads are k8s.apps.*, and an
#   OpenShift DeploymentConfig (apps.openshift.io/v1), an Argo Rollout (argoproj.io/v1alpha1) and a
#   Knative Service (serving.knative.dev/v1) are workloads with a pod template.
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
	# OpenShift DeploymentConfig (apps.openshift.io/v1)
	"k8s.apps.deploymentconfig": ["spec", "template", "spec"],
	# Argo Rollouts (argoproj.io/v1alpha1 Rollout): a Deployment with progressive delivery; a
	# Rollout that points at a Deployment through workloadRef has no template (the Deployment is
	# scanned itself).
	"k8s.argoproj.rollout": ["spec", "template", "spec"],
	# Knative Serving (serving.knative.dev/v1 Service): its revision template is a pod spec.
	"k8s.serving.service": ["spec", "template", "spec"],
}

workload_types := {t | some t, _ in pod_spec_paths}

container_fields := ["initContainers", "containers", "ephemeralContainers"]

# pods: one entry per workload with a known pod spec:
# {resource_id, type, spec, path, metadata, metadata_path, namespace, containers, replicas}; path is the
# attribute path of the pod spec, metadata the pod (template) metadata ({} when absent) at
# metadata_path, namespace the workload's metadata.namespace (see namespace) and replicas its
# spec.replicas as written (null when absent or not a field of the kind).
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
		"replicas": object.get(r.attributes, ["spec", "replicas"], null),
	}
}

# Workload kinds whose spec.replicas says how many copies of the pod run (default 1).
replica_types := {
	"k8s.apps.deployment", "k8s.apps.statefulset", "k8s.apps.replicaset",
	"k8s.core.replicationcontroller", "k8s.apps.deploymentconfig", "k8s.argoproj.rollout",
}

# replicated(pod) holds for a workload that declares more than one replica. An absent replicas is 1
# (or left to a HorizontalPodAutoscaler, which the manifest does not decide); unknown is not known
# to be more than 1.
replicated(pod) if {
	pod.type in replica_types
	is_number(pod.replicas)
	pod.replicas > 1
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

# image_repository(image) is an image reference without its tag and digest, lower-cased
# ("ghcr.io:443/acme/web:1.2@sha256:..." -> "ghcr.io:443/acme/web"): a ":" before the last "/"
# is a registry port, not a tag.
image_repository(image) := repository if {
	is_string(image)
	segments := split(split(image, "@")[0], "/")
	n := count(segments)
	name := split(segments[n - 1], ":")[0]
	repository := lower(concat("/", array.concat(array.slice(segments, 0, n - 1), [name])))
}

# image_name(image) is the last path segment of image_repository ("ghcr.io/acme/web:1" -> "web").
image_name(image) := name if {
	segments := split(image_repository(image), "/")
	name := segments[count(segments) - 1]
}

# selects(selector, labels) holds when the label selector (matchLabels and matchExpressions)
# selects an object with labels; an empty selector selects everything.
selects(selector, labels) if {
	is_object(selector)
	match_labels := object.get(selector, "matchLabels", {})
	is_object(match_labels)
	every k, v in match_labels {
		labels[k] == v
	}
	expressions := object.get(selector, "matchExpressions", [])
	is_array(expressions)
	every e in expressions {
		expression_holds(e, labels)
	}
}

expression_holds(e, labels) if {
	e.operator == "In"
	labelled(labels, e.key, e.values)
}

expression_holds(e, labels) if {
	e.operator == "NotIn"
	is_array(e.values)
	not labelled(labels, e.key, e.values)
}

# labelled(labels, key, values) holds when the label key has one of values.
labelled(labels, key, values) if {
	is_array(values)
	some v in values
	labels[key] == v
}

expression_holds(e, labels) if {
	e.operator == "Exists"
	_ = labels[e.key]
}

expression_holds(e, labels) if {
	e.operator == "DoesNotExist"
	is_string(e.key)
	not has_key(labels, e.key)
}

has_key(obj, key) if _ = obj[key]

# may_select(selector, labels) holds when the selector selects labels or cannot be known
# (something in it is unknown), so a check never reports "not selected" on a guess.
may_select(selector, labels) if selects(selector, labels)

may_select(selector, _) if has_unknown(selector)

# has_unknown(x) holds when x is, or contains at any depth, an unknown value.
has_unknown(x) if {
	walk(x, [_, node])
	unknown.is_unknown(node)
}

# RBAC: the kinds that hold rules and the kinds that bind them.
role_types := ["k8s.rbac.role", "k8s.rbac.clusterrole"]

binding_types := ["k8s.rbac.rolebinding", "k8s.rbac.clusterrolebinding"]

# role_rules: every known rule of every Role and ClusterRole, as {resource_id, type, index, rule};
# index is the rule's position in rules (aggregated ClusterRoles without rules have none).
role_rules contains x if {
	some type in role_types
	some r in scan.resources(type)
	rules := r.attributes.rules
	is_array(rules)
	some i, rule in rules
	is_object(rule)
	not unknown.is_unknown(rule)
	x := {"resource_id": r.id, "type": type, "index": i, "rule": rule}
}

# grants(rule, group, resource, verbs) is the set of indexes in rule.verbs of the verbs that the rule
# grants among verbs (a set; "*" stands for every verb) on every object of resource in API group
# group ("" is the core group). The resource must be named in rule.resources, or as "<resource>/*"
# or "*/<subresource>" for a subresource: a bare "*" is reported by K8S-0027. A rule narrowed by
# resourceNames (or whose resourceNames is unknown) grants nothing here.
grants(rule, group, resource, verbs) := {j |
	applies(rule, group, resource)
	is_array(rule.verbs)
	some j, verb in rule.verbs
	verb_in(verb, verbs)
}

verb_in(verb, verbs) if verb in verbs

verb_in("*", _)

applies(rule, group, resource) if {
	groups := rule.apiGroups
	is_array(groups)
	some g in groups
	g in {group, "*"}
	resources := rule.resources
	is_array(resources)
	some r in resources
	resource_named(r, resource)
	not narrowed(rule)
}

resource_named(resource, resource)

resource_named(r, resource) if {
	parts := split(resource, "/")
	count(parts) == 2
	r in {concat("/", [parts[0], "*"]), concat("/", ["*", parts[1]])}
}

narrowed(rule) if {
	names := rule.resourceNames
	is_array(names)
	count(names) > 0
}

narrowed(rule) if unknown.is_unknown(rule.resourceNames)

# binding_subjects: every known subject of every RoleBinding and ClusterRoleBinding, as
# {resource_id, type, index, subject, role_ref, namespace}; namespace is the binding's (see namespace).
binding_subjects contains x if {
	some type in binding_types
	some r in scan.resources(type)
	subjects := r.attributes.subjects
	is_array(subjects)
	some i, subject in subjects
	is_object(subject)
	not unknown.is_unknown(subject)
	x := {
		"resource_id": r.id,
		"type": type,
		"index": i,
		"subject": subject,
		"role_ref": object.get(r.attributes, "roleRef", {}),
		"namespace": namespace(r),
	}
}

# defaulted_requests: [namespace, resource] for every scanned LimitRange that gives containers a
# default request of resource (cpu, memory): defaultRequest, or default, which also sets the
# request. A LimitRange whose limits are unknown may give both. namespace as in namespace(r).
defaulted_requests contains [namespace(r), resource] if {
	some r in scan.resources("k8s.core.limitrange")
	some item in r.attributes.spec.limits
	object.get(item, "type", "Container") == "Container"
	some field in ["defaultRequest", "default"]
	some resource in ["cpu", "memory"]
	object.get(item, [field, resource], null) != null
}

defaulted_requests contains [namespace(r), resource] if {
	some r in scan.resources("k8s.core.limitrange")
	has_unknown(object.get(r.attributes, "spec", {}))
	some resource in ["cpu", "memory"]
}
