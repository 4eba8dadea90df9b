# METADATA
# scope: package
# title: Containers take no literal secrets in environment variables
# description: >-
#   A password, token or key written as a literal env value is stored in plain text in the manifest, in version control and in the API server, and is visible to anyone who can read the workload. Reported when an environment variable whose name looks like a secret (PASSWORD, SECRET, TOKEN, API_KEY, PRIVATE_KEY, ACCESS_KEY, CREDENTIALS) has a non-empty literal value; names that describe where a secret is (…_FILE, …_PATH, …_URL, …_NAME, …_ID and similar), $(VAR) references and valueFrom references are not. The value is never reported.
# related_resources:
#   - https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables
# custom:
#   id: K8S-0022
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
#     Store the value in a Secret (or an external secret store) and reference it with env[].valueFrom.secretKeyRef, or mount it as a file; rotate the exposed value.
#   frameworks:
#     cis-kubernetes-1.9: ["5.4.1"]
#     nsa-cisa-k8s-1.2: [NSA-NET-9]
#     nist-800-53-r5: [SC-28, IA-5]
#     pci-dss-4.0.1: ["8.6.2"]
#     soc2-2017: [CC6.1]
#     iso-27001-2022: ["5.17"]
#   reads:
#     - '{pod}.{containers}.*.env'
#   deprecated: false
package checks.kubernetes.pod.env_secrets

import data.lib.k8s

secret_name := `(^|_)(PASSWORD|PASSWD|PASSPHRASE|SECRET|SECRET_KEY|CLIENT_SECRET|TOKEN|API_?KEY|PRIVATE_KEY|ACCESS_KEY|AUTH_KEY|CREDENTIALS?)(_|$)`

# Names that say where or what a secret is, rather than hold it.
descriptive := `(_(FILE|PATH|DIR|URL|URI|ENDPOINT|NAME|HOST|PORT|ID|TYPE|ENABLED|LENGTH|TTL|EXPIRY|EXPIRATION|TIMEOUT|HEADER|REF|KEY_ID|SECRET_NAME|MOUNT|LOCATION|FORMAT|ALGORITHM)|INITIAL_CLUSTER_TOKEN)$`

secret_like(name) if {
	n := upper(name)
	regex.match(secret_name, n)
	not regex.match(descriptive, n)
}

literal(value) if {
	is_string(value)
	trim_space(value) != ""
	not startswith(value, "$(")
	not startswith(value, "/")
	not lower(value) in {"true", "false"}
}

# METADATA
# entrypoint: true
deny contains v if {
	some c in k8s.containers
	env := c.container.env
	is_array(env)
	some i, var in env
	is_string(var.name)
	secret_like(var.name)
	literal(var.value)
	v := {
		"msg": concat("", [
			"Container ", k8s.container_name(c), " of ", c.resource_id, " sets environment variable ",
			var.name, " to a literal value; reference a Secret instead",
		]),
		"resource_id": c.resource_id,
		"attribute_path": array.concat(c.path, ["env", i, "value"]),
	}
}
