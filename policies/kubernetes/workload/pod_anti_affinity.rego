# METADATA
# scope: package
# title: Replicated workloads spread their pods across nodes
# description: >-
#   The scheduler may place every replica of a workload on the same node (it prefers spreading only weakly), so the loss of that node, or of its zone, takes all of them down at once and the replicas protect against less than they seem to. Reported for each Deployment, StatefulSet, ReplicaSet, ReplicationController, DeploymentConfig or Argo Rollout that declares more than one replica and whose pod spec sets neither affinity.podAntiAffinity nor topologySpreadConstraints; a cluster-wide default spreading configured in the scheduler is not visible in manifests. A workload with replicas left out (one pod, or an autoscaler's choice) is not reported.
# related_resources:
#   - https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/
#   - https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#inter-pod-affinity-and-anti-affinity
# custom:
#   id: K8S-0073
#   severity: LOW
#   resource_types:
#     - k8s.apps.deployment
#     - k8s.apps.statefulset
#     - k8s.apps.replicaset
#     - k8s.core.replicationcontroller
#     - k8s.apps.deploymentconfig
#     - k8s.argoproj.rollout
#   formats: [kubernetes]
#   recommended_action: >-
#     Add topologySpreadConstraints on kubernetes.io/hostname (and topology.kubernetes.io/zone) selecting the workload's pod labels, or a preferred podAntiAffinity on the same labels.
#   frameworks:
#     nist-800-53-r5: [SC-36, CP-10]
#     soc2-2017: [A1.2]
#     iso-27001-2022: ["8.14"]
#   reads:
#     - 'spec.replicas'
#     - '{pod}.affinity.podAntiAffinity'
#     - '{pod}.topologySpreadConstraints'
#   deprecated: false
package checks.kubernetes.workload.pod_anti_affinity

import data.lib.k8s
import data.lib.unknown

no_anti_affinity(spec) if unknown.absent(spec, ["affinity", "podAntiAffinity"])

no_spread(spec) if unknown.absent(spec, ["topologySpreadConstraints"])

no_spread(spec) if spec.topologySpreadConstraints == []

# METADATA
# entrypoint: true
deny contains v if {
	some pod in k8s.pods
	k8s.replicated(pod)
	no_anti_affinity(pod.spec)
	no_spread(pod.spec)
	v := {
		"msg": concat("", [
			pod.resource_id, " runs ", format_int(pod.replicas, 10),
			" replicas with neither podAntiAffinity nor topologySpreadConstraints: they may all land on one node",
		]),
		"resource_id": pod.resource_id,
		"attribute_path": array.concat(pod.path, ["affinity", "podAntiAffinity"]),
	}
}
