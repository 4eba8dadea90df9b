# METADATA
# scope: package
# title: Pods mount no hostPath volumes
# description: >-
#   A hostPath volume exposes a directory of the node to the container; with paths such as /, /etc, /var/run/docker.sock or /var/lib/kubelet it is a direct route to node compromise. Pod Security Standards forbid hostPath volumes in both the baseline and the restricted profiles.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
#   - https://kubernetes.io/docs/concepts/storage/volumes/#hostpath
# custom:
#   id: K8S-0008
#   severity: HIGH
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
#     Replace the hostPath volume with a persistentVolumeClaim, emptyDir, configMap, secret or projected volume; node agents that need host access belong in a dedicated privileged namespace.
#   frameworks:
#     pod-security-standards: [baseline.hostpath-volumes, restricted.volume-types]
#     cis-kubernetes-1.9: ["5.2.12"]
#     nsa-cisa-k8s-1.2: [NSA-POD-7]
#     nist-800-53-r5: [AC-6, CM-7]
#     pci-dss-4.0.1: ["2.2.3", "2.2.6"]
#     soc2-2017: [CC6.1]
#     iso-27001-2022: ["8.9"]
#   peers:
#     kics: [aa8f7a35-9923-4cad-bd61-a19b7f6aac91]
#     trivy: [AVD-KSV-0023, KSV023]
#   reads:
#     - '{pod}.volumes.*.hostPath'
#   deprecated: false
package checks.kubernetes.pod.host_path_volumes

import data.lib.k8s

# METADATA
# entrypoint: true
deny contains v if {
	some pod in k8s.pods
	volumes := pod.spec.volumes
	is_array(volumes)
	some i, volume in volumes
	is_object(volume)
	object.get(volume, "hostPath", null) != null
	v := {
		"msg": concat("", [pod.resource_id, " mounts hostPath volume ", name(volume), host_path(volume)]),
		"resource_id": pod.resource_id,
		"attribute_path": array.concat(pod.path, ["volumes", i, "hostPath"]),
	}
}

name(volume) := volume.name if is_string(volume.name)

else := "<unnamed>"

host_path(volume) := concat("", [" (", volume.hostPath.path, ")"]) if is_string(volume.hostPath.path)

else := ""
