# METADATA
# scope: package
# title: DynamoDB tables are encrypted with a customer managed KMS key
# description: >-
#   DynamoDB always encrypts tables at rest, by default with a key AWS owns and manages for you.
#   A customer managed KMS key lets you control and audit who can use the key, rotate or disable
#   it, and so cut off access to the data. Tables on the AWS owned key or the AWS managed
#   aws/dynamodb key are reported; AWS Config does not record who manages a table's KMS key, so
#   a KMS-encrypted table is not reported there.
#   An empty key id ("") names no key and is reported like a missing one.
# related_resources:
#   - https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html
# custom:
#   id: AWS-0061
#   severity: LOW
#   resource_types: [aws.dynamodb.table]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Enable server_side_encryption with kms_key_arn set to a customer managed key
#     (SSESpecification with SSEEnabled: true and KMSMasterKeyId in CloudFormation).
#   frameworks:
#     hipaa-security: ["164.312(a)(2)(iv)"]
#     iso-27001-2022: ["8.24"]
#     nist-800-53-r5: [SC-12, SC-28]
#     pci-dss-4.0.1: ["3.6.1"]
#     soc2-2017: [CC6.1]
#   peers:
#     checkov: [CKV_AWS_119]
#     tfsec: [aws-dynamodb-table-customer-key]
#     trivy: [AVD-AWS-0025, aws-dynamodb-table-customer-key]
#   reads: [encryption.customer_managed_key]
#   deprecated: false
package checks.aws.dynamodb.customer_managed_key

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.dynamodb.table")
	r.attributes.encryption.customer_managed_key == false
	v := {
		"msg": concat("", ["DynamoDB table ", r.id, " is not encrypted with a customer managed KMS key"]),
		"resource_id": r.id,
		"attribute_path": ["encryption", "customer_managed_key"],
	}
}
