# METADATA
# scope: package
# title: ECR repositories encrypt images with a KMS key
# description: >-
#   By default ECR encrypts images with keys it manages (AES256). A KMS key lets the key policy
#   and CloudTrail control and record who can decrypt images, and lets the key be disabled.
#   AWS Config does not always record a repository's encryption configuration; when it does not,
#   the check is inconclusive.
# related_resources:
#   - https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html
# custom:
#   id: AWS-0083
#   severity: LOW
#   resource_types: [aws.ecr.repository]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Add encryption_configuration { encryption_type = "KMS", kms_key = <key ARN> }
#     (EncryptionConfiguration: {EncryptionType: KMS, KmsKey: ...} in CloudFormation); the
#     setting can only be chosen when the repository is created.
#   frameworks:
#     hipaa-security: ["164.312(a)(2)(iv)"]
#     iso-27001-2022: ["8.24"]
#     nist-800-53-r5: [SC-12, SC-28]
#     pci-dss-4.0.1: ["3.6.1"]
#     soc2-2017: [CC6.1]
#   peers:
#     checkov: [CKV_AWS_136]
#     tfsec: [aws-ecr-repository-customer-key]
#     trivy: [AVD-AWS-0033, aws-ecr-repository-customer-key]
#   reads: [encryption_type]
#   deprecated: false
package checks.aws.ecr.kms_encryption

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.ecr.repository")
	r.attributes.encryption_type == "AES256"
	v := {
		"msg": concat("", ["ECR repository ", r.id, " does not encrypt images with a KMS key"]),
		"resource_id": r.id,
		"attribute_path": ["encryption_type"],
	}
}
