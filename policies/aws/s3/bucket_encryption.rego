# METADATA
# scope: package
# title: S3 buckets declare default encryption at rest
# description: >-
#   Deprecated, never evaluated. Since 2023-01-05 S3 encrypts every new object with SSE-S3 when
#   a bucket sets nothing, and default encryption cannot be turned off, so every bucket is
#   encrypted at rest and no recorded or configured state can say otherwise: no Terraform or
#   CloudFormation argument and no AWS Config field turns it off. Asking for it to be declared
#   reported every bucket at MEDIUM with no risk behind it, so the check is dropped rather than
#   kept as an opt-in LOW one (Trivy deprecated its equivalent, AVD-AWS-0088, for the same
#   reason). Who wants a customer-controlled key has AWS-0104 (SSE-KMS); the frameworks this
#   check mapped to keep their encryption-at-rest checks (AWS-0104 among them).
# related_resources:
#   - https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html
#   - https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-encryption-faq.html
# custom:
#   id: AWS-0001
#   severity: MEDIUM
#   resource_types: [aws.s3.bucket]
#   formats: [terraform, terraform-plan, cloudformation, aws-config]
#   recommended_action: >-
#     Declare default encryption on the bucket (aws_s3_bucket_server_side_encryption_configuration
#     or BucketEncryption) with AES256 or aws:kms.
#   frameworks:
#     hipaa-security: ["164.312(a)(2)(iv)"]
#     iso-27001-2022: ["8.24"]
#     nist-800-53-r5: [SC-28]
#     pci-dss-4.0.1: ["3.5.1"]
#     soc2-2017: [CC6.1]
#   peers:
#     checkov: [CKV_AWS_19]
#     tfsec: [aws-s3-enable-bucket-encryption]
#     trivy: [AVD-AWS-0088, aws-s3-enable-bucket-encryption]
#   reads: [encryption.enabled, encryption.declared]
#   deprecated: true
package checks.aws.s3.bucket_encryption

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.s3.bucket")
	r.attributes.encryption.enabled == false
	v := {
		"msg": concat("", ["S3 bucket ", r.id, " has default encryption disabled"]),
		"resource_id": r.id,
		"attribute_path": ["encryption", "enabled"],
	}
}

deny contains v if {
	some r in scan.resources("aws.s3.bucket")
	r.attributes.encryption.declared == false
	not r.attributes.encryption.enabled == false
	v := {
		"msg": concat("", ["S3 bucket ", r.id, " does not declare default encryption"]),
		"resource_id": r.id,
		"attribute_path": ["encryption", "declared"],
	}
}
