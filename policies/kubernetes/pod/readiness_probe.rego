# METADATA
# scope: package
# title: Long-running containers define a readiness probe
# description: >-
#   Without a readiness probe a container receives Service traffic as soon as it starts, before it can serve, and keeps receiving it when it can no longer do so, which turns rollouts and overloads into errors. Kubernetes defines no probe by default. Only the containers of long-running workloads are checked: not Jobs, CronJobs, bare Pods with restartPolicy OnFailure or Never, init containers or ephemeral containers.
# related_resources:
#   - https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/
# custom:
#   id: K8S-0026
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
#     Add a readinessProbe (httpGet, tcpSocket, grpc or exec) that reflects whether the application can serve.
#   frameworks:
#     nsa-cisa-k8s-1.2: [NSA-LOG-6]
#     nist-800-53-r5: [SC-6]
#   peers:
#     checkov: [CKV_K8S_9]
#     kics: [a659f3b5-9bf0-438a-bd9a-7d3a6427f1e3]
#   reads:
#     - '{pod}.containers.*.readinessProbe'
#     - '{pod}.restartPolicy'
#   deprecated: false
package checks.kubernetes.pod.readiness_probe

import data.lib.k8s
import data.lib.unknown

# METADATA
# entrypoint: true
deny contains v if {
	some pod in k8s.pods
	k8s.long_running(pod)
	some c in pod.containers
	c.field == "containers"
	unknown.absent(c.container, ["readinessProbe"])
	v := {
		"msg": concat("", ["Container ", k8s.container_name(c), " of ", c.resource_id, " has no readiness probe"]),
		"resource_id": c.resource_id,
		"attribute_path": array.concat(c.path, ["readinessProbe"]),
	}
}
