# METADATA
# scope: package
# title: Containers read Secrets from files rather than environment variables
# description: >-
#   A Secret passed as an environment variable (env[].valueFrom.secretKeyRef, envFrom[].secretRef) is easily leaked: applications and crash reporters dump their environment into logs, child processes inherit it, and it can be read from /proc by other processes of the container; it also does not change when the Secret is rotated. Each such reference is reported; mount the Secret as a volume instead. Literal secret values are reported by K8S-0022.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/secrets-good-practices/
#   - https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-files-from-a-pod
# custom:
#   id: K8S-0045
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
#     Mount the Secret as a volume (secret or projected) and have the application read the file, which also picks up rotated values.
#   frameworks:
#     cis-kubernetes-1.9: ["5.4.1"]
#     nsa-cisa-k8s-1.2: [NSA-NET-9]
#     nist-800-53-r5: [SC-28]
#     pci-dss-4.0.1: ["8.6.3"]
#     soc2-2017: [CC6.1]
#     iso-27001-2022: ["5.17"]
#   peers:
#     checkov: [CKV_K8S_35]
#     kics: [3d658f8b-d988-41a0-a841-40043121de1e]
#   reads:
#     - '{pod}.{containers}.*.env'
#     - '{pod}.{containers}.*.envFrom'
#   deprecated: false
package checks.kubernetes.pod.secrets_in_env

import data.lib.k8s
import data.lib.unknown

# secret_refs(container) is the set of [attribute path within the container, Secret name].
secret_refs(container) := {[["env", i, "valueFrom", "secretKeyRef"], name(ref)] |
	is_array(container.env)
	some i, var in container.env
	ref := var.valueFrom.secretKeyRef
	is_object(ref)
	not unknown.is_unknown(ref)
} | {[["envFrom", i, "secretRef"], name(ref)] |
	is_array(container.envFrom)
	some i, source in container.envFrom
	ref := source.secretRef
	is_object(ref)
	not unknown.is_unknown(ref)
}

name(ref) := ref.name if is_string(ref.name)

else := "<unnamed>"

# METADATA
# entrypoint: true
deny contains v if {
	some c in k8s.containers
	some [path, secret] in secret_refs(c.container)
	v := {
		"msg": concat("", ["Container ", k8s.container_name(c), " of ", c.resource_id, " reads Secret ", secret, " into its environment"]),
		"resource_id": c.resource_id,
		"attribute_path": array.concat(c.path, path),
	}
}
