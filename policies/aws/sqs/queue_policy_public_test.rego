package checks.aws.sqs.queue_policy_public_test

import data.checks.aws.sqs.queue_policy_public

queue(policy) := {"resources_by_type": {"aws.sqs.queue": [{
	"id": "aws_sqs_queue.jobs",
	"type": "aws.sqs.queue",
	"attributes": {"policy": policy},
}]}}

stmt(extra) := object.union({"Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage", "Resource": "*"}, extra)

test_deny_star if {
	some v in queue_policy_public.deny with input as queue({"Statement": [stmt({})]})
	v.resource_id == "aws_sqs_queue.jobs"
	v.attribute_path == ["policy"]
}

test_deny_aws_star_single_statement if {
	count(queue_policy_public.deny) == 1 with input as queue({"Statement": stmt({"Principal": {"AWS": "*"}})})
}

test_deny_aws_star_in_list if {
	count(queue_policy_public.deny) == 1 with input as queue({"Statement": [stmt({"Principal": {"AWS": ["111122223333", "*"]}})]})
}

test_allow_condition if {
	count(queue_policy_public.deny) == 0 with input as queue({"Statement": [stmt({"Condition": {"ArnEquals": {"aws:SourceArn": "arn:aws:sns:eu-west-1:111122223333:t"}}})]})
}

test_allow_specific_principal if {
	count(queue_policy_public.deny) == 0 with input as queue({"Statement": [stmt({"Principal": {"AWS": "arn:aws:iam::111122223333:root"}})]})
}

test_allow_deny_statement if {
	count(queue_policy_public.deny) == 0 with input as queue({"Statement": [stmt({"Effect": "Deny"})]})
}

test_allow_attribute_absent if {
	count(queue_policy_public.deny) == 0 with input as queue(null)
}

test_allow_unknown if {
	count(queue_policy_public.deny) == 0 with input as queue({"$unknown": true, "reason": "policy is not valid JSON"})
}

test_allow_unknown_condition if {
	count(queue_policy_public.deny) == 0 with input as queue({"Statement": [stmt({"Condition": {"$unknown": true}})]})
}

test_allow_other_types if {
	count(queue_policy_public.deny) == 0 with input as {"resources_by_type": {"aws.sns.topic": [{"id": "t", "attributes": {"policy": {"Statement": [stmt({})]}}}]}}
}
