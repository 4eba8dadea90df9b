# METADATA
# scope: package
# title: SNS topics encrypt messages at rest with a KMS key
# description: >-
#   SNS stores messages until they are delivered. Server-side encryption with a KMS key protects
#   them at rest and lets the key policy control who can publish and read; SNS does not encrypt a
#   topic unless a key is named.
# related_resources:
#   - https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html
# custom:
#   id: AWS-0078
#   severity: MEDIUM
#   resource_types: [aws.sns.topic]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set kms_master_key_id (KmsMasterKeyId in CloudFormation) to a customer managed KMS key, or
#     to alias/aws/sns.
#   frameworks:
#     aws-fsbp: [SNS.1]
#     hipaa-security: ["164.312(a)(2)(iv)"]
#     iso-27001-2022: ["8.24"]
#     nist-800-53-r5: [SC-28]
#     pci-dss-4.0.1: ["3.5.1"]
#     soc2-2017: [CC6.1]
#   peers:
#     checkov: [CKV_AWS_26]
#     tfsec: [aws-sns-enable-topic-encryption]
#     trivy: [AVD-AWS-0095, aws-sns-enable-topic-encryption]
#   reads: [encrypted, kms_master_key_id]
#   deprecated: false
package checks.aws.sns.topic_encryption

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.sns.topic")
	r.attributes.encrypted == false
	v := {
		"msg": concat("", ["SNS topic ", r.id, " does not encrypt messages at rest"]),
		"resource_id": r.id,
		"attribute_path": ["kms_master_key_id"],
	}
}
