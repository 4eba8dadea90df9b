# METADATA
# scope: package
# title: Container images are referenced by digest
# description: >-
#   A tag, even a version tag, is a mutable pointer: whoever can push to the repository can move it to another image, and nodes may run different images under the same tag. A digest (image@sha256:...) names exactly one image, so what was reviewed and scanned is what runs. Reported for each container whose image has no digest. Moving and missing tags are reported, with a higher severity, by K8S-0005. It fires on almost every container of a repository that deploys by tag, which is why it is LOW: suppress it (a waiver for K8S-0046 in .posture.yaml, with a path or resource glob) where something else guarantees that a tag always names the same image: an admission policy that resolves tags to digests or verifies image signatures (Kyverno verifyImages, Sigstore policy-controller), a registry with immutable tags (ECR tag immutability, Harbor or Artifact Registry immutable tags), or a pipeline that deploys only images it built and pushed itself. Keep it for third-party images whose tags their publisher can move.
# related_resources:
#   - https://kubernetes.io/docs/concepts/containers/images/#image-names
# custom:
#   id: K8S-0046
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
#     Reference the image by digest (registry/name:tag@sha256:...), and let a bot such as Renovate or Dependabot update the digest.
#   frameworks:
#     nsa-cisa-k8s-1.2: [NSA-UPG-3]
#     nist-800-53-r5: [CM-2, SI-7]
#     soc2-2017: [CC6.8]
#     iso-27001-2022: ["8.19"]
#   peers:
#     checkov: [CKV_K8S_43]
#     kics: [7c81d34c-8e5a-402b-9798-9f442630e678]
#   reads:
#     - '{pod}.{containers}.*.image'
#   deprecated: false
package checks.kubernetes.pod.image_digest

import data.lib.k8s

# METADATA
# entrypoint: true
deny contains v if {
	some c in k8s.containers
	image := c.container.image
	is_string(image)
	trim_space(image) != ""
	not contains(image, "@")
	v := {
		"msg": concat("", ["Container ", k8s.container_name(c), " of ", c.resource_id, " uses image ", image, " without a digest"]),
		"resource_id": c.resource_id,
		"attribute_path": array.concat(c.path, ["image"]),
	}
}
