# METADATA
# scope: package
# title: Pods mount a service account token only where needed
# description: >-
#   Kubernetes mounts an API token for the pod's service account into every container unless automountServiceAccountToken is false on the pod or on its ServiceAccount (the default is true). A stolen token lets an attacker call the API server with the account's permissions. Reported when the pod does not set the field and the ServiceAccount it uses (serviceAccountName, default "default") is not among the scanned manifests with automountServiceAccountToken: false; a pod that sets it to true has declared that it needs the token.
# related_resources:
#   - https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting
# custom:
#   id: K8S-0021
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
#     Set automountServiceAccountToken: false on the pod spec (or on its ServiceAccount) unless the application calls the Kubernetes API.
#   frameworks:
#     cis-kubernetes-1.9: ["5.1.6"]
#     nsa-cisa-k8s-1.2: [NSA-POD-11]
#     nist-800-53-r5: [AC-6]
#     pci-dss-4.0.1: ["7.2.5"]
#     soc2-2017: [CC6.1, CC6.3]
#     iso-27001-2022: ["5.17", "8.3"]
#   peers:
#     checkov: [CKV_K8S_38]
#     kics: [48471392-d4d0-47c0-b135-cdec95eb3eef]
#     trivy: [AVD-KSV-0036, KSV036]
#   reads:
#     - '{pod}.automountServiceAccountToken'
#     - '{pod}.serviceAccountName'
#     - 'automountServiceAccountToken'
#     - 'metadata.name'
#     - 'metadata.namespace'
#   deprecated: false
#   whole_scope: true
package checks.kubernetes.pod.service_account_token

import data.lib.k8s
import data.lib.scan
import data.lib.unknown

service_account_name(spec) := name if {
	name := spec.serviceAccountName
	is_string(name)
} else := name if {
	name := spec.serviceAccount
	is_string(name)
} else := "default"

# opted_out holds for [namespace, name] of every scanned ServiceAccount that disables automounting.
opted_out contains [k8s.namespace(sa), sa.attributes.metadata.name] if {
	some sa in scan.resources("k8s.core.serviceaccount")
	sa.attributes.automountServiceAccountToken == false
}

# METADATA
# entrypoint: true
deny contains v if {
	some pod in k8s.pods
	unknown.absent(pod.spec, ["automountServiceAccountToken"])
	account := service_account_name(pod.spec)
	not [pod.namespace, account] in opted_out
	v := {
		"msg": concat("", [
			pod.resource_id, " mounts the API token of service account ", account,
			": automountServiceAccountToken is not false on the pod or its ServiceAccount",
		]),
		"resource_id": pod.resource_id,
		"attribute_path": array.concat(pod.path, ["automountServiceAccountToken"]),
	}
}
