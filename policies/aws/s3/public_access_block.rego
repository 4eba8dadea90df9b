# METADATA
# scope: package
# title: S3 buckets block public access
# description: >-
#   The four S3 Block Public Access settings stop ACLs and bucket policies from making data
#   public. New buckets have all four on since April 2023; turning any of them off lets one
#   mistaken ACL or policy expose the bucket. Each disabled setting is reported on its own.
#   It is the union of Checkov's CKV_AWS_53 to CKV_AWS_56 and Trivy's AVD-AWS-0086, -0087, -0091 and
#   -0093, one per Block Public Access setting.
# related_resources:
#   - https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
# custom:
#   id: AWS-0002
#   severity: HIGH
#   resource_types: [aws.s3.bucket]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set block_public_acls, block_public_policy, ignore_public_acls and restrict_public_buckets
#     to true (aws_s3_bucket_public_access_block or PublicAccessBlockConfiguration).
#   frameworks:
#     aws-fsbp: [S3.8]
#     cis-aws-3.0: [2.1.4]
#     cis-aws-4.0.1: ["2.1.4"]
#     hipaa-security: ["164.312(a)(1)"]
#     iso-27001-2022: ["8.3"]
#     nist-800-53-r5: [AC-3, SC-7]
#     pci-dss-4.0.1: ["1.4.4"]
#     soc2-2017: [CC6.1, CC6.6]
#   peers:
#     checkov: [CKV_AWS_53, CKV_AWS_54, CKV_AWS_55, CKV_AWS_56]
#     kics: [1a4bc881-9f69-4d44-8c9a-d37d08f54c50, 1ec253ab-c220-4d63-b2de-5b40e0af9293, d0cc8694-fcad-43ff-ac86-32331d7e867f, 860ba89b-b8de-4e72-af54-d6aee4138a69, 48f100d9-f499-4c6d-b2b8-deafe47ffb26, 4fa66806-0dd9-4f8d-9480-3174d39c7c91, 6c8d51af-218d-4bfb-94a9-94eabaa0703a, 350cd468-0e2c-44ef-9d22-cfb73a62523c]
#     tfsec: [aws-s3-block-public-acls, aws-s3-block-public-policy, aws-s3-ignore-public-acls, aws-s3-no-public-buckets]
#     trivy: [AVD-AWS-0086, aws-s3-block-public-acls, AVD-AWS-0087, aws-s3-block-public-policy, AVD-AWS-0091, aws-s3-ignore-public-acls, AVD-AWS-0093, aws-s3-no-public-buckets]
#   reads:
#     - public_access_block.block_public_acls
#     - public_access_block.block_public_policy
#     - public_access_block.ignore_public_acls
#     - public_access_block.restrict_public_buckets
#   deprecated: false
package checks.aws.s3.public_access_block

import data.lib.scan

settings := ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"]

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.s3.bucket")
	some setting in settings
	r.attributes.public_access_block[setting] == false
	v := {
		"msg": concat("", ["S3 bucket ", r.id, " has public access block setting ", setting, " disabled"]),
		"resource_id": r.id,
		"attribute_path": ["public_access_block", setting],
	}
}
