# METADATA
# scope: package
# title: S3 buckets require MFA to delete object versions
# description: >-
#   With MFA delete, permanently deleting an object version or changing the bucket's versioning
#   state needs the root user's MFA code, so stolen credentials alone cannot destroy the version
#   history. It is off unless the root user enables it. CloudFormation cannot set it, so templates
#   are not judged; the AWS Config check covers the buckets they create.
# related_resources:
#   - https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html
# custom:
#   id: AWS-0103
#   severity: LOW
#   resource_types: [aws.s3.bucket]
#   formats: [terraform, aws-config]
#   recommended_action: >-
#     As the root user, enable versioning with MFA delete (aws s3api put-bucket-versioning with
#     --mfa, or mfa_delete = "Enabled" in aws_s3_bucket_versioning).
#   frameworks:
#     aws-fsbp: [S3.20]
#     cis-aws-3.0: ["2.1.2"]
#     cis-aws-4.0.1: ["2.1.2"]
#     iso-27001-2022: ["8.13"]
#     nist-800-53-r5: [CP-9, IA-2]
#     soc2-2017: [A1.2]
#   peers:
#     kics: [c5b31ab9-0f26-4a49-b8aa-4cc064392f4d]
#     trivy: [AVD-AWS-0170, aws-s3-require-mfa-delete]
#   reads: [versioning.mfa_delete]
#   deprecated: false
package checks.aws.s3.mfa_delete

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.s3.bucket")
	not r.format == "cloudformation"
	r.attributes.versioning.mfa_delete == false
	v := {
		"msg": concat("", ["S3 bucket ", r.id, " does not require MFA to delete object versions"]),
		"resource_id": r.id,
		"attribute_path": ["versioning", "mfa_delete"],
	}
}
