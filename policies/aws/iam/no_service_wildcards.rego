# METADATA
# scope: package
# title: IAM policies do not allow every action of a service on all resources
# description: >-
#   A "service:*" action (s3:*, ec2:*) on Resource "*" grants every current and future action of
#   the service, including destructive and administrative ones, on every resource of the account.
#   Statements that allow every action are reported by AWS-0030 instead.
#   IAM Identity Center permission sets' inline policies are IAM documents and are read too.
# related_resources:
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-21
# custom:
#   id: AWS-0034
#   severity: MEDIUM
#   resource_types: [aws.iam.policy, aws.iam.role, aws.iam.user, aws.iam.group]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     List the actions the principal needs instead of "service:*", or scope the statement to
#     specific resource ARNs.
#   frameworks:
#     aws-fsbp: [IAM.21]
#     hipaa-security: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"]
#     iso-27001-2022: ["5.15", "8.2"]
#     nist-800-53-r5: [AC-6]
#     pci-dss-4.0.1: ["7.2.1", "7.2.2"]
#     soc2-2017: [CC6.3]
#   reads: [document, inline_policies]
#   deprecated: false
package checks.aws.iam.no_service_wildcards

import data.lib.iam

# METADATA
# entrypoint: true
deny contains v if {
	some e in iam.permission_statements
	not iam.full_admin(e.statement)
	iam.all_resources(e.statement)
	actions := iam.service_wildcards(e.statement)
	count(actions) > 0
	v := {
		"msg": concat("", ["The ", e.label, " of ", e.resource_id, " allows ", concat(", ", sort(actions)), " on every resource"]),
		"resource_id": e.resource_id,
		"attribute_path": e.path,
	}
}
