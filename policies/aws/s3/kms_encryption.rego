# METADATA
# scope: package
# title: S3 buckets encrypt by default with AWS KMS
# description: >-
#   SSE-S3 (AES256) encrypts objects with keys S3 manages entirely. SSE-KMS adds a key policy that
#   decides who may decrypt, CloudTrail records of every use of the key, and the option to revoke
#   access by disabling the key. Buckets whose default encryption is SSE-S3, declared or by
#   default, are reported, except a bucket that receives another scanned bucket's server access
#   logs: S3 delivers those logs only to SSE-S3 buckets, so KMS there would break logging. A
#   bucket that sets no encryption is reported too, on purpose: since 2023 that is SSE-S3, a fact
#   of S3 and not a guess, and the control this check implements (Security Hub S3.17, under NIST
#   SC-12/SC-28) asks for KMS keys whatever the bucket declares. It stays on by default at LOW
#   (below the default --fail-on high): SSE-S3 protects the disks, not the data from a
#   principal who may read the bucket; waive it for buckets that need no key policy.
# related_resources:
#   - https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html
# custom:
#   id: AWS-0104
#   severity: LOW
#   resource_types: [aws.s3.bucket]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set the default encryption to aws:kms (or aws:kms:dsse) with a KMS key, in
#     aws_s3_bucket_server_side_encryption_configuration or BucketEncryption.
#   frameworks:
#     aws-fsbp: [S3.17]
#     hipaa-security: ["164.312(a)(2)(iv)"]
#     iso-27001-2022: ["8.24"]
#     nist-800-53-r5: [SC-12, SC-28]
#     pci-dss-4.0.1: ["3.5.1"]
#     soc2-2017: [CC6.1]
#   peers:
#     checkov: [CKV_AWS_145]
#   reads: [encryption.algorithm]
#   deprecated: false
#   whole_scope: true
package checks.aws.s3.kms_encryption

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.s3.bucket")
	r.attributes.encryption.algorithm == "AES256"
	not access_log_target(r)
	v := {
		"msg": concat("", ["S3 bucket ", r.id, " encrypts by default with SSE-S3, not AWS KMS"]),
		"resource_id": r.id,
		"attribute_path": ["encryption", "algorithm"],
	}
}

# server access log delivery supports SSE-S3 only; the targets are collected once, so each
# bucket is one lookup (a scan of every other bucket per bucket took 76 s for 10,000 buckets)
access_log_target(bucket) if bucket.attributes.name in log_targets

log_targets contains name if {
	some other in scan.resources("aws.s3.bucket")
	name := other.attributes.logging.target_bucket
}
