# METADATA
# scope: package
# title: S3 buckets log access requests
# description: >-
#   Server access logs record every request made to the bucket, which incident response and
#   audits depend on. Logging is off unless configured. Unlike Checkov and Trivy, a bucket that
#   another bucket of the scan names as its log target is not reported: it receives the logs, and
#   logging it to itself would only log its own deliveries.
# related_resources:
#   - https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html
# custom:
#   id: AWS-0004
#   severity: MEDIUM
#   resource_types: [aws.s3.bucket]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Enable server access logging to a separate log bucket (aws_s3_bucket_logging or
#     LoggingConfiguration).
#   frameworks:
#     aws-fsbp: [S3.9]
#     hipaa-security: ["164.312(b)"]
#     iso-27001-2022: ["8.15"]
#     nist-800-53-r5: [AU-2, AU-12]
#     pci-dss-4.0.1: ["10.2.1", "10.2.2"]
#     soc2-2017: [CC7.2]
#   peers:
#     checkov: [CKV_AWS_18]
#     kics: [f861041c-8c9f-4156-acfc-5e6e524f5884, 4552b71f-0a2a-4bc4-92dd-ed7ec1b4674c]
#     tfsec: [aws-s3-enable-bucket-logging]
#     trivy: [AVD-AWS-0089, aws-s3-enable-logging]
#   reads: [logging.enabled]
#   deprecated: false
#   whole_scope: true
package checks.aws.s3.access_logging

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.s3.bucket")
	r.attributes.logging.enabled == false
	not log_target(r)
	v := {
		"msg": concat("", ["S3 bucket ", r.id, " does not have access logging enabled"]),
		"resource_id": r.id,
		"attribute_path": ["logging", "enabled"],
	}
}

log_target(bucket) if bucket.attributes.name in log_targets

# linked by the normaliser: named by reference, also when its name is only known after apply
log_target(bucket) if bucket.attributes.logging.receives_access_logs == true

# the buckets other buckets deliver their access logs to, collected once (one lookup per bucket)
log_targets contains name if {
	some other in scan.resources("aws.s3.bucket")
	name := other.attributes.logging.target_bucket
	is_string(name)
}
