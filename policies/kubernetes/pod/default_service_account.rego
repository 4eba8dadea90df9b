# METADATA
# scope: package
# title: Pods that mount an API token run as their own service account
# description: >-
#   A pod that names no service account (or names "default") runs as the default service account of its namespace, which every other such pod shares: a role granted to it for one workload is granted to all of them, and its token, mounted into the pod, identifies none of them in the audit log. Reported for each pod spec whose serviceAccountName (or the deprecated serviceAccount) is absent or "default" while the token is mounted: automountServiceAccountToken is true on the pod, or absent there and the namespace's default ServiceAccount is not among the scanned manifests with automountServiceAccountToken false. A pod of the default account with no token mounted cannot use it and is not reported. K8S-0021 asks every pod not to mount a token it does not need; this check asks the pods that do to use an account of their own.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/service-accounts/#default-service-accounts
#   - https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/
# custom:
#   id: K8S-0063
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
#     - k8s.core.serviceaccount
#   formats: [kubernetes]
#   recommended_action: >-
#     Create a ServiceAccount for the workload and set serviceAccountName in its pod spec, or set automountServiceAccountToken: false when it does not call the Kubernetes API.
#   frameworks:
#     cis-kubernetes-1.9: ["5.1.5"]
#     nsa-cisa-k8s-1.2: [NSA-POD-15, NSA-AUTH-9]
#     nist-800-53-r5: [AC-6, IA-2]
#     pci-dss-4.0.1: ["7.2.5"]
#     soc2-2017: [CC6.1, CC6.3]
#     iso-27001-2022: ["5.16", "8.2"]
#   reads:
#     - '{pod}.serviceAccountName'
#     - '{pod}.serviceAccount'
#     - '{pod}.automountServiceAccountToken'
#     - 'automountServiceAccountToken'
#     - 'metadata.name'
#     - 'metadata.namespace'
#   deprecated: false
#   whole_scope: true
package checks.kubernetes.pod.default_service_account

import data.lib.k8s
import data.lib.scan
import data.lib.unknown

# account(spec) is [name, attribute] of the service account the pod runs as: serviceAccountName,
# else the deprecated serviceAccount, else "default" (reported at serviceAccountName).
account(spec) := [name, "serviceAccountName"] if {
	name := spec.serviceAccountName
	is_string(name)
	name != ""
} else := [name, "serviceAccount"] if {
	name := spec.serviceAccount
	is_string(name)
	name != ""
} else := ["default", "serviceAccountName"] if {
	unknown.absent(spec, ["serviceAccountName"])
	unknown.absent(spec, ["serviceAccount"])
}

# Namespaces whose scanned default ServiceAccount turns automounting off.
opted_out contains k8s.namespace(sa) if {
	some sa in scan.resources("k8s.core.serviceaccount")
	sa.attributes.metadata.name == "default"
	sa.attributes.automountServiceAccountToken == false
}

mounted(pod) if pod.spec.automountServiceAccountToken == true

mounted(pod) if {
	unknown.absent(pod.spec, ["automountServiceAccountToken"])
	not pod.namespace in opted_out
}

# METADATA
# entrypoint: true
deny contains v if {
	some pod in k8s.pods
	[name, field] := account(pod.spec)
	name == "default"
	mounted(pod)
	v := {
		"msg": concat("", [pod.resource_id, " runs as the default service account of its namespace, shared with every pod that names none, and mounts its API token"]),
		"resource_id": pod.resource_id,
		"attribute_path": array.concat(pod.path, [field]),
	}
}
