# METADATA
# scope: package
# title: Pods and containers do not set runAsUser to 0
# description: >-
#   runAsUser: 0 runs the container processes as root whatever the image says, and defeats runAsNonRoot (the kubelet then refuses to start the pod, or, without runAsNonRoot, runs it as root). Pod Security Standards (restricted) forbid runAsUser 0 on the pod and every container; an absent runAsUser uses the image's user and is covered by K8S-0003.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted
# custom:
#   id: K8S-0017
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
#     Set runAsUser to a non-zero UID (for example 10001) or remove it and build the image with a non-root USER.
#   frameworks:
#     pod-security-standards: [restricted.running-as-non-root-user]
#     cis-kubernetes-1.9: ["5.2.7"]
#     nsa-cisa-k8s-1.2: [NSA-POD-1]
#     nist-800-53-r5: [AC-6]
#     pci-dss-4.0.1: ["2.2.6", "7.2.5"]
#     soc2-2017: [CC6.1]
#     iso-27001-2022: ["8.2", "8.9"]
#   peers:
#     trivy: [AVD-KSV-0105, KSV105]
#   reads:
#     - '{pod}.securityContext.runAsUser'
#     - '{pod}.{containers}.*.securityContext.runAsUser'
#   deprecated: false
package checks.kubernetes.pod.run_as_root_user

import data.lib.k8s

# METADATA
# entrypoint: true
deny contains v if {
	some sc in k8s.security_contexts
	sc.context.runAsUser == 0
	v := {
		"msg": concat("", [sc.resource_id, ": ", sc.owner, " sets runAsUser to 0 (root)"]),
		"resource_id": sc.resource_id,
		"attribute_path": array.concat(sc.path, ["runAsUser"]),
	}
}
