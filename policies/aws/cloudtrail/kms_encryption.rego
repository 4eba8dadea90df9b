# METADATA
# scope: package
# title: CloudTrail trails encrypt their log files with a KMS key
# description: >-
#   Log files are encrypted with SSE-S3 by default. A customer managed KMS key adds a second
#   permission: reading the logs then also needs kms:Decrypt on the key, which keeps the audit trail
#   from anyone who can merely read the bucket.
#   An empty key id ("") names no key and is reported like a missing one.
# related_resources:
#   - https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html
# custom:
#   id: AWS-0047
#   severity: MEDIUM
#   resource_types: [aws.cloudtrail.trail]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Set kms_key_id (KMSKeyId in CloudFormation) to a customer managed KMS key whose policy lets
#     CloudTrail encrypt.
#   frameworks:
#     aws-fsbp: ["CloudTrail.2"]
#     cis-aws-3.0: ["3.5"]
#     cis-aws-4.0.1: ["3.5"]
#     hipaa-security: ["164.312(a)(2)(iv)", "164.312(b)"]
#     iso-27001-2022: ["8.15", "8.24"]
#     nist-800-53-r5: ["AU-9", "SC-28"]
#     pci-dss-4.0.1: ["10.3.1"]
#     soc2-2017: [CC6.1]
#   peers:
#     checkov: [CKV_AWS_35]
#     kics: [050a9ba8-d1cb-4c61-a5e8-8805a70d3b85]
#     tfsec: [aws-cloudtrail-enable-at-rest-encryption]
#     trivy: [AVD-AWS-0015, aws-cloudtrail-encryption-customer-managed-key]
#   reads: [kms_key_id]
#   deprecated: false
package checks.aws.cloudtrail.kms_encryption

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.cloudtrail.trail")
	r.attributes.kms_key_id == null
	v := {
		"msg": concat("", ["CloudTrail trail ", r.id, " does not encrypt its log files with a KMS key"]),
		"resource_id": r.id,
		"attribute_path": ["kms_key_id"],
	}
}
