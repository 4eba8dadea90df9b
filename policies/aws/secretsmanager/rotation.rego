# METADATA
# scope: package
# title: Secrets Manager secrets rotate automatically
# description: >-
#   Automatic rotation replaces a secret's value on a schedule, which limits how long a leaked
#   credential stays useful. A secret rotates only once a rotation (a Lambda function or a managed
#   rotation) is configured for it. In a template or module, a rotation whose secret cannot be
#   resolved makes the secrets it might name inconclusive rather than reported.
# related_resources:
#   - https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html
# custom:
#   id: AWS-0099
#   severity: MEDIUM
#   resource_types: [aws.secretsmanager.secret]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Configure rotation for the secret: an aws_secretsmanager_secret_rotation naming it
#     (AWS::SecretsManager::RotationSchedule with SecretId: !Ref Secret), or turn on rotation in
#     the Secrets Manager console.
#   frameworks:
#     aws-fsbp: [SecretsManager.1]
#     hipaa-security: ["164.308(a)(5)(ii)(D)"]
#     iso-27001-2022: ["5.17"]
#     nist-800-53-r5: [IA-5]
#     pci-dss-4.0.1: ["8.6.3"]
#     soc2-2017: [CC6.1]
#   peers:
#     checkov: [CKV2_AWS_57]
#   reads: [rotation_enabled]
#   deprecated: false
package checks.aws.secretsmanager.rotation

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.secretsmanager.secret")
	r.attributes.rotation_enabled == false
	v := {
		"msg": concat("", ["Secrets Manager secret ", r.id, " does not rotate automatically"]),
		"resource_id": r.id,
		"attribute_path": ["rotation_enabled"],
	}
}
