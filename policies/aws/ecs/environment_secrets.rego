# METADATA
# scope: package
# title: ECS containers do not take secrets from plain environment variables
# description: >-
#   Plain environment variables are stored in the task definition, where anyone who can describe
#   it reads them, and show up in the console and API. Variables whose names look like a
#   credential (containing PASSWORD, SECRET or TOKEN, and AWS_ACCESS_KEY_ID,
#   AWS_SECRET_ACCESS_KEY, ECS_ENGINE_AUTH_DATA) are reported; names that hold a reference rather
#   than the secret (ending in _ARN, _NAME, _ID, _PATH, _FILE, _URL, _URI) are not. Values are
#   never read.
# related_resources:
#   - https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html
# custom:
#   id: AWS-0087
#   severity: HIGH
#   resource_types: [aws.ecs.task_definition]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Move the value to Secrets Manager or SSM Parameter Store and pass it with the container's
#     secrets list (valueFrom), then rotate it: it has been stored in the task definition.
#   frameworks:
#     aws-fsbp: [ECS.8]
#     iso-27001-2022: ["5.17"]
#     nist-800-53-r5: [IA-5, SC-28]
#     pci-dss-4.0.1: ["8.6.2"]
#     soc2-2017: [CC6.1]
#   peers:
#     kics: [d40210ea-64b9-4cce-a4fb-e8604f3c062c]
#     tfsec: [aws-ecs-no-plaintext-secrets]
#     trivy: [AVD-AWS-0036, aws-ecs-no-plaintext-secrets]
#   reads: [containers]
#   deprecated: false
package checks.aws.ecs.environment_secrets

import data.lib.scan

secret_words := {"PASSWORD", "SECRET", "TOKEN"}

credential_names := {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "ECS_ENGINE_AUTH_DATA"}

reference_suffixes := {"_ARN", "_NAME", "_ID", "_PATH", "_FILE", "_URL", "_URI"}

secret_like(name) if upper(name) in credential_names

secret_like(name) if {
	some word in secret_words
	contains(upper(name), word)
	not reference(upper(name))
}

reference(name) if {
	some suffix in reference_suffixes
	endswith(name, suffix)
}

# A container without a resolvable name still gets a readable message.
container_name(c) := c.name if is_string(c.name)

else := "(unnamed)"

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.ecs.task_definition")
	is_array(r.attributes.containers)
	some i, c in r.attributes.containers
	is_array(c.environment_names)
	some j, name in c.environment_names
	is_string(name)
	secret_like(name)
	v := {
		"msg": concat("", ["ECS task definition ", r.id, ": container ", container_name(c), " passes ", name, " as a plain environment variable"]),
		"resource_id": r.id,
		"attribute_path": ["containers", i, "environment_names", j],
	}
}
