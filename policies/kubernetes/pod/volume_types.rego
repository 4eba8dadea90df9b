# METADATA
# scope: package
# title: Pods use only the restricted volume types
# description: >-
#   Pod Security Standards (restricted) allow only configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected, secret and image volumes, which keep storage behind the PersistentVolume abstraction. In-tree network and host storage types (nfs, iscsi, rbd, gitRepo and the like) are reported here; hostPath is reported by K8S-0008. A pod without volumes passes.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted
# custom:
#   id: K8S-0016
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
#     Mount the storage through a persistentVolumeClaim (backed by a PersistentVolume or CSI driver) instead of declaring the volume source in the pod.
#   frameworks:
#     pod-security-standards: [restricted.volume-types]
#     nist-800-53-r5: [CM-7]
#     pci-dss-4.0.1: ["2.2.6"]
#     soc2-2017: [CC6.1]
#     iso-27001-2022: ["8.9"]
#   peers:
#     trivy: [AVD-KSV-0028, KSV028]
#   reads:
#     - '{pod}.volumes'
#   deprecated: false
package checks.kubernetes.pod.volume_types

import data.lib.k8s

allowed := {
	"name", "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "image",
	"persistentVolumeClaim", "projected", "secret",
	"hostPath", # reported by K8S-0008
}

# METADATA
# entrypoint: true
deny contains v if {
	some pod in k8s.pods
	volumes := pod.spec.volumes
	is_array(volumes)
	some i, volume in volumes
	is_object(volume)
	not volume["$unknown"]
	some type, _ in volume
	not type in allowed
	v := {
		"msg": concat("", [pod.resource_id, " uses volume type ", type, ", which the restricted Pod Security Standard does not allow"]),
		"resource_id": pod.resource_id,
		"attribute_path": array.concat(pod.path, ["volumes", i, type]),
	}
}
