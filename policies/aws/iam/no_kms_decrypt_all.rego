# METADATA
# scope: package
# title: IAM policies do not allow decryption with every KMS key
# description: >-
#   kms:Decrypt or kms:ReEncryptFrom on Resource "*" lets a principal decrypt data protected by
#   any KMS key of the account whose key policy trusts IAM, which defeats separating data by key.
#   Statements that allow every action are reported by AWS-0030 instead.
#   IAM Identity Center permission sets' inline policies are IAM documents and are read too.
# related_resources:
#   - https://docs.aws.amazon.com/kms/latest/developerguide/iam-policies-best-practices.html
# custom:
#   id: AWS-0040
#   severity: MEDIUM
#   resource_types: [aws.iam.policy, aws.iam.role, aws.iam.user, aws.iam.group]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Scope kms:Decrypt and kms:ReEncryptFrom to the ARNs of the keys the principal needs (or use
#     the kms:ViaService condition).
#   frameworks:
#     aws-fsbp: [KMS.1, KMS.2]
#     hipaa-security: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"]
#     iso-27001-2022: ["5.15", "8.2"]
#     nist-800-53-r5: [AC-6]
#     pci-dss-4.0.1: ["7.2.1", "7.2.2"]
#     soc2-2017: [CC6.3]
#   reads: [document, inline_policies]
#   deprecated: false
package checks.aws.iam.no_kms_decrypt_all

import data.lib.iam

decrypt_actions(s) := {a |
	iam.allows(s)
	some a in iam.values(s.Action)
	not iam.admin_action(a)
	some action in ["kms:Decrypt", "kms:ReEncryptFrom"]
	iam.action_matches(a, action)
}

# METADATA
# entrypoint: true
deny contains v if {
	some e in iam.permission_statements
	not iam.full_admin(e.statement)
	iam.all_resources(e.statement)
	actions := decrypt_actions(e.statement)
	count(actions) > 0
	v := {
		"msg": concat("", ["The ", e.label, " of ", e.resource_id, " allows ", concat(", ", sort(actions)), " on every KMS key"]),
		"resource_id": e.resource_id,
		"attribute_path": e.path,
	}
}
