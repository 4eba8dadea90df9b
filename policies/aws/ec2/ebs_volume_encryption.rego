# METADATA
# scope: package
# title: EBS volumes are encrypted at rest
# description: >-
#   An unencrypted EBS volume leaves its data, and every snapshot taken of it, readable to anyone
#   who gets the snapshot shared or copied. Encryption with KMS costs nothing in performance and
#   can only be chosen when the volume is created. When encrypted is not written, account-level
#   EBS encryption by default (AWS-0020) or an encrypted snapshot decides, so only an explicit
#   false (or, in AWS Config, an unencrypted volume) is reported.
# related_resources:
#   - https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-3
# custom:
#   id: AWS-0018
#   severity: HIGH
#   resource_types: [aws.ec2.volume]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set encrypted = true (Encrypted: true), optionally with a customer managed KMS key; an
#     existing volume is encrypted by copying a snapshot with encryption and restoring it.
#   frameworks:
#     aws-fsbp: [EC2.3]
#     hipaa-security: ["164.312(a)(2)(iv)"]
#     iso-27001-2022: ["8.24"]
#     nist-800-53-r5: [SC-28]
#     pci-dss-4.0.1: ["3.5.1"]
#     soc2-2017: [CC6.1]
#   peers:
#     checkov: [CKV_AWS_3]
#     kics: [cc997676-481b-4e93-aa81-d19f8c5e9b12, 80b7ac3f-d2b7-4577-9b10-df7913497162]
#     tfsec: [aws-ec2-enable-volume-encryption]
#     trivy: [AVD-AWS-0026, aws-ec2-enable-volume-encryption]
#   reads: [encrypted]
#   deprecated: false
package checks.aws.ec2.ebs_volume_encryption

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.ec2.volume")
	r.attributes.encrypted == false
	v := {
		"msg": concat("", ["EBS volume ", r.id, " is not encrypted"]),
		"resource_id": r.id,
		"attribute_path": ["encrypted"],
	}
}
