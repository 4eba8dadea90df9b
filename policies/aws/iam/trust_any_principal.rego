# METADATA
# scope: package
# title: IAM role trust policies do not let any principal assume the role unconditionally
# description: >-
#   A trust policy statement that allows Principal "*" (or AWS "*") without a Condition lets every
#   AWS account in the world assume the role. Name the accounts, roles or services that may assume
#   it, or restrict it with conditions such as aws:PrincipalOrgID or sts:ExternalId.
# related_resources:
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#term_trust-policy
# custom:
#   id: AWS-0032
#   severity: HIGH
#   resource_types: [aws.iam.role]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Replace Principal "*" in assume_role_policy (AssumeRolePolicyDocument) with the trusted
#     account, role or service, or add a Condition that restricts who can assume the role.
#   frameworks:
#     hipaa-security: ["164.312(a)(1)"]
#     iso-27001-2022: ["5.15", "8.3"]
#     nist-800-53-r5: [AC-3, AC-6]
#     pci-dss-4.0.1: ["7.2.1"]
#     soc2-2017: [CC6.1, CC6.3]
#   peers:
#     checkov: [CKV_AWS_60]
#     kics: [f80e3aa7-7b34-4185-954e-440a6894dde6, 12b7e704-37f0-4d1e-911a-44bf60c48c21, bcdcbdc6-a350-4855-ae7c-d1e6436f7c97]
#   reads: [assume_role_policy]
#   deprecated: false
package checks.aws.iam.trust_any_principal

import data.lib.iam
import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.iam.role")
	some [rel, s] in iam.statements(r.attributes.assume_role_policy)
	iam.allows(s)
	iam.any_principal(s)
	iam.unconditioned(s)
	v := {
		"msg": concat("", ["The trust policy of IAM role ", r.id, " lets any principal assume it without a condition"]),
		"resource_id": r.id,
		"attribute_path": array.concat(["assume_role_policy"], rel),
	}
}
