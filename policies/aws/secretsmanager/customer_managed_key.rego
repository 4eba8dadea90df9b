# METADATA
# scope: package
# title: Secrets Manager secrets are encrypted with a customer managed KMS key
# description: >-
#   A secret without a key of its own is encrypted with the AWS managed key aws/secretsmanager,
#   whose key policy cannot be changed: anyone in the account allowed to use Secrets Manager can
#   use it. A customer managed key adds a key policy that says who may decrypt the secret, and is
#   required to share the secret with another account. The AWS managed key named explicitly
#   (alias/aws/secretsmanager or its alias ARN) is the same key and is reported.
#   An empty key id ("") names no key and is reported like a missing one.
# related_resources:
#   - https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html
# custom:
#   id: AWS-0100
#   severity: LOW
#   resource_types: [aws.secretsmanager.secret]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: Set kms_key_id (KmsKeyId) to a customer managed KMS key.
#   frameworks:
#     hipaa-security: ["164.312(a)(2)(iv)"]
#     iso-27001-2022: ["8.24"]
#     nist-800-53-r5: [SC-12, SC-28]
#     pci-dss-4.0.1: ["3.6.1"]
#     soc2-2017: [CC6.1]
#   peers:
#     checkov: [CKV_AWS_149]
#     tfsec: [aws-ssm-secret-use-customer-key]
#     trivy: [AVD-AWS-0098, aws-ssm-secret-use-customer-key]
#   reads: [kms_key_id]
#   deprecated: false
package checks.aws.secretsmanager.customer_managed_key

import data.lib.scan

# The AWS managed key, named explicitly: its alias, or the alias ARN in any partition. Parsed,
# not suffix-matched: a customer alias such as alias/team/aws/secretsmanager is not it.
aws_managed(key) if lower(trim_space(key)) == "alias/aws/secretsmanager"

aws_managed(key) if regex.match(`^arn:aws(-[a-z]+)*:kms:[a-z0-9-]+:[0-9]{12}:alias/aws/secretsmanager$`, lower(trim_space(key)))

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.secretsmanager.secret")
	r.attributes.kms_key_id == null
	v := violation(r)
}

deny contains v if {
	some r in scan.resources("aws.secretsmanager.secret")
	is_string(r.attributes.kms_key_id)
	aws_managed(r.attributes.kms_key_id)
	v := violation(r)
}

violation(r) := {
	"msg": concat("", ["Secrets Manager secret ", r.id, " is encrypted with the AWS managed key aws/secretsmanager"]),
	"resource_id": r.id,
	"attribute_path": ["kms_key_id"],
}
