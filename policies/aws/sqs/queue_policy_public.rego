# METADATA
# scope: package
# title: SQS queue policies do not allow everyone without a condition
# description: >-
#   An Allow statement for principal * (or {"AWS": "*"}) without a Condition lets any AWS account,
#   or anyone, send, read or delete the queue's messages, depending on its actions. The policy is
#   read from the queue's policy argument, aws_sqs_queue_policy and AWS::SQS::QueuePolicy resources
#   in the same module or template, and the Policy attribute of a Config item when it is recorded.
# related_resources:
#   - https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html
# custom:
#   id: AWS-0080
#   severity: HIGH
#   resource_types: [aws.sqs.queue]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Grant specific accounts or services, or add a Condition such as aws:SourceArn,
#     aws:SourceAccount or aws:PrincipalOrgID to statements for principal *.
#   frameworks:
#     aws-fsbp: [SQS.3]
#     hipaa-security: ["164.312(a)(1)"]
#     iso-27001-2022: ["8.3"]
#     nist-800-53-r5: [AC-3, SC-7]
#     pci-dss-4.0.1: ["1.4.4", "7.2.1"]
#     soc2-2017: [CC6.1, CC6.6]
#   peers:
#     checkov: [CKV_AWS_168]
#     kics: [730675f9-52ed-49b6-8ead-0acb5dd7df7f, abb06e5f-ef9a-4a99-98c6-376d396bfcdf, 9b6a3f5b-5fd6-40ee-9bc0-ed604911212d]
#   reads: [policy]
#   deprecated: false
package checks.aws.sqs.queue_policy_public

import data.lib.scan

statements(doc) := doc.Statement if is_array(doc.Statement)

statements(doc) := [doc.Statement] if is_object(doc.Statement)

everyone(principal) if principal == "*"

everyone(principal) if principal.AWS == "*"

everyone(principal) if {
	is_array(principal.AWS)
	"*" in principal.AWS
}

# An unknown Condition is an object that is not empty, so it never counts as missing.
unconditional(s) if object.get(s, "Condition", {}) == {}

unconditional(s) if s.Condition == null

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.sqs.queue")
	some s in statements(r.attributes.policy)
	s.Effect == "Allow"
	everyone(s.Principal)
	unconditional(s)
	v := {
		"msg": concat("", ["SQS queue ", r.id, " has a policy that allows principal * without a condition"]),
		"resource_id": r.id,
		"attribute_path": ["policy"],
	}
}
