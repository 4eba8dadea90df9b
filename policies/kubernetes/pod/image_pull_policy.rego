# METADATA
# scope: package
# title: Images with moving tags are always pulled
# description: >-
#   A moving tag (none, latest, stable, main, edge, nightly and similar) points at a different image over time; with imagePullPolicy IfNotPresent or Never each node keeps running whichever version it cached first, so replicas differ and fixes are not picked up. When imagePullPolicy is absent Kubernetes uses Always for an untagged or latest image (which passes) and IfNotPresent for any other tag. Version tags and digests are not reported; unpinned images are reported by K8S-0005.
# related_resources:
#   - https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy
# custom:
#   id: K8S-0024
#   severity: LOW
#   resource_types:
#     - k8s.core.pod
#     - k8s.apps.deployment
#     - k8s.apps.statefulset
#     - k8s.apps.daemonset
#     - k8s.apps.replicaset
#     - k8s.core.replicationcontroller
#     - k8s.batch.job
#     - k8s.batch.cronjob
#     - k8s.core.podtemplate
#     - k8s.apps.deploymentconfig
#     - k8s.argoproj.rollout
#     - k8s.serving.service
#   formats: [kubernetes]
#   recommended_action: >-
#     Pin the image to a version tag or digest, or set imagePullPolicy: Always for images that use a moving tag.
#   frameworks:
#     nsa-cisa-k8s-1.2: [NSA-UPG-2]
#     nist-800-53-r5: [CM-2]
#   peers:
#     checkov: [CKV_K8S_15]
#     kics: [caa3479d-885d-4882-9aac-95e5e78ef5c2]
#   reads:
#     - '{pod}.{containers}.*.image'
#     - '{pod}.{containers}.*.imagePullPolicy'
#   deprecated: false
package checks.kubernetes.pod.image_pull_policy

import data.lib.k8s
import data.lib.unknown

moving_tags := {
	"", "latest", "stable", "main", "master", "edge", "dev", "develop", "nightly", "canary",
	"beta", "alpha", "lts", "current", "release", "rolling", "head", "snapshot",
}

# tag(image) is the tag of an image reference without digest ("" when there is none).
tag(image) := t if {
	segments := split(image, "/")
	parts := split(segments[count(segments) - 1], ":")
	count(parts) == 2
	t := lower(parts[1])
} else := ""

# policy(container) is the effective imagePullPolicy (Always for untagged and latest images).
policy(container) := container.imagePullPolicy if is_string(container.imagePullPolicy)

else := "Always" if {
	unknown.absent(container, ["imagePullPolicy"])
	tag(container.image) in {"", "latest"}
} else := "IfNotPresent" if unknown.absent(container, ["imagePullPolicy"])

# METADATA
# entrypoint: true
deny contains v if {
	some c in k8s.containers
	image := c.container.image
	is_string(image)
	not contains(image, "@")
	tag(image) in moving_tags
	effective := policy(c.container)
	effective != "Always"
	v := {
		"msg": concat("", [
			"Container ", k8s.container_name(c), " of ", c.resource_id, " uses moving image ", image,
			" with imagePullPolicy ", effective,
		]),
		"resource_id": c.resource_id,
		"attribute_path": array.concat(c.path, ["imagePullPolicy"]),
	}
}
