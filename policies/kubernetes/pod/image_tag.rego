# METADATA
# scope: package
# title: Container images are pinned to a tag or digest
# description: >-
#   An image without a tag, or tagged latest, resolves to whatever was pushed last, so a deployment is not reproducible and can silently pick up an untested or malicious image. Pin a version tag, or better a digest.
# related_resources:
#   - https://kubernetes.io/docs/concepts/containers/images/#image-names
# custom:
#   id: K8S-0005
#   severity: MEDIUM
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
#     Reference images by digest (image@sha256:...) or by an immutable version tag, never latest or no tag.
#   frameworks:
#     nsa-cisa-k8s-1.2: [NSA-UPG-3]
#     nist-800-53-r5: [CM-2, SI-7]
#     pci-dss-4.0.1: ["6.5.1"]
#     soc2-2017: [CC6.8, CC8.1]
#     iso-27001-2022: ["8.19", "8.32"]
#   peers:
#     checkov: [CKV_K8S_14, CKV_K8S_43]
#     kics: [583053b7-e632-46f0-b989-f81ff8045385]
#     trivy: [AVD-KSV-0013, KSV013]
#   reads:
#     - '{pod}.{containers}.*.image'
#   deprecated: false
package checks.kubernetes.pod.image_tag

import data.lib.k8s

# tag(image) is the tag of an image reference without digest ("" when there is none).
# The tag is after the last ":" of the last path segment (a ":" before it is a registry port).
tag(image) := t if {
	segments := split(image, "/")
	parts := split(segments[count(segments) - 1], ":")
	count(parts) == 2
	t := parts[1]
} else := ""

unpinned(image) if {
	not contains(image, "@")
	tag(image) in {"", "latest"}
}

# METADATA
# entrypoint: true
deny contains v if {
	some c in k8s.containers
	image := c.container.image
	is_string(image)
	unpinned(image)
	v := {
		"msg": concat("", ["Container ", k8s.container_name(c), " of ", c.resource_id, " uses image ", image, " without a pinned tag or digest"]),
		"resource_id": c.resource_id,
		"attribute_path": array.concat(c.path, ["image"]),
	}
}
