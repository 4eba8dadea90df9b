# METADATA
# scope: package
# title: SQS queues encrypt messages at rest
# description: >-
#   Server-side encryption (SSE-SQS with SQS-owned keys, or SSE-KMS with a KMS key) protects
#   messages stored in a queue. AWS turns SSE-SQS on by default only for queues created since
#   October 2022, and neither the AWS provider nor CloudFormation sets it, so a queue that leaves
#   both settings out is inconclusive (an older queue may be unencrypted); a queue that turns
#   SSE-SQS off without naming a key is reported.
# related_resources:
#   - https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html
# custom:
#   id: AWS-0079
#   severity: MEDIUM
#   resource_types: [aws.sqs.queue]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set sqs_managed_sse_enabled = true (SqsManagedSseEnabled: true), or name a KMS key with
#     kms_master_key_id (KmsMasterKeyId).
#   frameworks:
#     aws-fsbp: [SQS.1]
#     hipaa-security: ["164.312(a)(2)(iv)"]
#     iso-27001-2022: ["8.24"]
#     nist-800-53-r5: [SC-28]
#     pci-dss-4.0.1: ["3.5.1"]
#     soc2-2017: [CC6.1]
#   peers:
#     checkov: [CKV_AWS_27]
#     kics: [6e8849c1-3aa7-40e3-9063-b85ee300f29f, 12726829-93ed-4d51-9cbe-13423f4299e1]
#     tfsec: [aws-sqs-enable-queue-encryption]
#     trivy: [AVD-AWS-0096, aws-sqs-enable-queue-encryption]
#   reads: [encrypted, sqs_managed_sse_enabled, kms_master_key_id]
#   deprecated: false
package checks.aws.sqs.queue_encryption

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.sqs.queue")
	r.attributes.encrypted == false
	v := {
		"msg": concat("", ["SQS queue ", r.id, " does not encrypt messages at rest"]),
		"resource_id": r.id,
		"attribute_path": ["sqs_managed_sse_enabled"],
	}
}
