# METADATA
# scope: package
# title: EFS file systems encrypt data at rest
# description: >-
#   Encryption at rest protects file data and metadata of an EFS file system with a KMS key. It
#   can only be chosen when the file system is created, and the API leaves it off unless
#   requested.
# related_resources:
#   - https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html
# custom:
#   id: AWS-0072
#   severity: MEDIUM
#   resource_types: [aws.efs.file_system]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set encrypted = true (Encrypted: true in CloudFormation), optionally with kms_key_id; an
#     existing file system is encrypted by copying its data to a new encrypted one.
#   frameworks:
#     aws-fsbp: [EFS.1, EFS.8]
#     cis-aws-3.0: ["2.4.1"]
#     cis-aws-4.0.1: ["2.3.1"]
#     hipaa-security: ["164.312(a)(2)(iv)"]
#     iso-27001-2022: ["8.24"]
#     nist-800-53-r5: [SC-28]
#     pci-dss-4.0.1: ["3.5.1"]
#     soc2-2017: [CC6.1]
#   peers:
#     checkov: [CKV_AWS_42]
#     kics: [48207659-729f-4b5c-9402-f884257d794f, 2ff8e83c-90e1-4d68-a300-6d652112e622]
#     tfsec: [aws-efs-enable-at-rest-encryption]
#     trivy: [AVD-AWS-0037, aws-efs-enable-at-rest-encryption]
#   reads: [encrypted]
#   deprecated: false
package checks.aws.efs.encryption

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.efs.file_system")
	r.attributes.encrypted == false
	v := {
		"msg": concat("", ["EFS file system ", r.id, " does not encrypt data at rest"]),
		"resource_id": r.id,
		"attribute_path": ["encrypted"],
	}
}
