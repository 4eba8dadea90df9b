# METADATA
# scope: package
# title: S3 buckets keep object versions
# description: >-
#   Versioning keeps every version of an object, so an overwrite or a delete, accidental or
#   malicious (ransomware), can be rolled back. It is off unless configured.
# related_resources:
#   - https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html
# custom:
#   id: AWS-0003
#   severity: MEDIUM
#   resource_types: [aws.s3.bucket]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Enable versioning (aws_s3_bucket_versioning with status Enabled, or
#     VersioningConfiguration Status Enabled).
#   frameworks:
#     aws-fsbp: [S3.14]
#     hipaa-security: ["164.308(a)(7)(ii)(A)"]
#     iso-27001-2022: ["8.13"]
#     nist-800-53-r5: [CP-9]
#     soc2-2017: [A1.2]
#   peers:
#     checkov: [CKV_AWS_21]
#     kics: [568a4d22-3517-44a6-a7ad-6a7eed88722c, a227ec01-f97a-4084-91a4-47b350c1db54]
#     tfsec: [aws-s3-enable-versioning]
#     trivy: [AVD-AWS-0090, aws-s3-enable-versioning]
#   reads: [versioning.enabled]
#   deprecated: false
package checks.aws.s3.bucket_versioning

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.s3.bucket")
	r.attributes.versioning.enabled == false
	v := {
		"msg": concat("", ["S3 bucket ", r.id, " does not have versioning enabled"]),
		"resource_id": r.id,
		"attribute_path": ["versioning", "enabled"],
	}
}
