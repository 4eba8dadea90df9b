# METADATA
# scope: package
# title: S3 bucket ACLs do not grant access to everyone
# description: >-
#   The canned ACLs public-read and public-read-write let anyone on the internet list (and write
#   to) the bucket, and authenticated-read lets any AWS account do so. A public access block that
#   ignores public ACLs neutralises them, but the ACL still states an intent to publish and takes
#   effect as soon as the block is lifted.
#   ACL grants to AllUsers or AuthenticatedUsers count as the canned ACL with the same reach
#   (public-read, public-read-write, authenticated-read): in Terraform grant blocks and
#   access_control_policy, in AWS Config the recorded grant list, whatever else it grants.
#   It is the union of Checkov's CKV_AWS_20 (READ), CKV_AWS_57 (WRITE), CKV_AWS_375 (READ_ACP) and
#   CKV2_AWS_43 (authenticated users).
# related_resources:
#   - https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl
# custom:
#   id: AWS-0101
#   severity: HIGH
#   resource_types: [aws.s3.bucket]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Use the private canned ACL (or none, with object ownership BucketOwnerEnforced) and grant
#     access through a bucket policy or CloudFront origin access control.
#   frameworks:
#     aws-fsbp: [S3.2, S3.3]
#     hipaa-security: ["164.312(a)(1)"]
#     iso-27001-2022: ["8.3"]
#     nist-800-53-r5: [AC-3, SC-7]
#     pci-dss-4.0.1: ["1.4.4"]
#     soc2-2017: [CC6.1, CC6.6]
#   peers:
#     checkov: [CKV_AWS_20, CKV_AWS_57, CKV_AWS_375, CKV2_AWS_43]
#     kics: [57b9893d-33b1-4419-bcea-a717ea87e139, 07dda8de-d90d-469e-9b37-1aca53526ced, 219f4c95-aa50-44e0-97de-cf71f4641170, 835d5497-a526-4aea-a23f-98a9afd1635f]
#     tfsec: [aws-s3-no-public-access-with-acl]
#     trivy: [AVD-AWS-0092, aws-s3-no-public-access-with-acl]
#   reads: [acl]
#   deprecated: false
package checks.aws.s3.public_acl

import data.lib.scan

public_acls := {"public-read", "public-read-write", "authenticated-read"}

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.s3.bucket")
	acl := r.attributes.acl
	acl in public_acls
	v := {
		"msg": concat("", ["S3 bucket ", r.id, " has the canned ACL ", acl, ", which grants access beyond the account"]),
		"resource_id": r.id,
		"attribute_path": ["acl"],
	}
}
