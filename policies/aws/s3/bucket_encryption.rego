# METADATA
# scope: package
# title: S3 buckets declare default encryption at rest
# description: >-
#   Since January 2023 S3 encrypts every new object with SSE-S3 when a bucket sets nothing, so
#   data is encrypted either way; this check asks for default encryption to be declared
#   explicitly (SSE-S3 or SSE-KMS) so the intent is reviewable and survives drift, and fails
#   when encryption is switched off in a recorded configuration.
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
#   deprecated: false
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
