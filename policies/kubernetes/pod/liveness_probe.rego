# METADATA
# scope: package
# title: Long-running containers define a liveness probe
# description: >-
#   Without a liveness probe the kubelet restarts a container only when its process exits, so a deadlocked or hung application keeps receiving traffic and never recovers. Kubernetes defines no probe by default. Only the containers of long-running workloads are checked: not Jobs, CronJobs, bare Pods with restartPolicy OnFailure or Never, init containers or ephemeral containers.
# related_resources:
#   - https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/
# custom:
#   id: K8S-0025
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
#     Add a livenessProbe (httpGet, tcpSocket, grpc or exec) that reflects whether the application can serve.
#   frameworks:
#     nsa-cisa-k8s-1.2: [NSA-LOG-6]
#     nist-800-53-r5: [SC-6]
#   peers:
#     checkov: [CKV_K8S_8]
#     kics: [ade74944-a674-4e00-859e-c6eab5bde441]
#   reads:
#     - '{pod}.containers.*.livenessProbe'
#     - '{pod}.restartPolicy'
#   deprecated: false
package checks.kubernetes.pod.liveness_probe

import data.lib.k8s
import data.lib.unknown

# METADATA
# entrypoint: true
deny contains v if {
	some pod in k8s.pods
	k8s.long_running(pod)
	some c in pod.containers
	c.field == "containers"
	unknown.absent(c.container, ["livenessProbe"])
	v := {
		"msg": concat("", ["Container ", k8s.container_name(c), " of ", c.resource_id, " has no liveness probe"]),
		"resource_id": c.resource_id,
		"attribute_path": array.concat(c.path, ["livenessProbe"]),
	}
}
