package checks.aws.sqs.queue_encryption_test

import data.checks.aws.sqs.queue_encryption

queue(attributes) := {"resources_by_type": {"aws.sqs.queue": [{
	"id": "aws_sqs_queue.jobs",
	"type": "aws.sqs.queue",
	"attributes": attributes,
}]}}

test_deny_sse_off if {
	some v in queue_encryption.deny with input as queue({"encrypted": false, "sqs_managed_sse_enabled": false, "kms_master_key_id": null})
	v.resource_id == "aws_sqs_queue.jobs"
	v.attribute_path == ["sqs_managed_sse_enabled"]
}

test_allow_sse_sqs if {
	count(queue_encryption.deny) == 0 with input as queue({"encrypted": true, "sqs_managed_sse_enabled": true})
}

test_allow_attribute_absent if {
	count(queue_encryption.deny) == 0 with input as queue({})
}

test_allow_unknown if {
	count(queue_encryption.deny) == 0 with input as queue({"encrypted": {"$unknown": true, "reason": "SSE-SQS is not written"}})
}

test_allow_other_types if {
	count(queue_encryption.deny) == 0 with input as {"resources_by_type": {"aws.sns.topic": [{"id": "t", "attributes": {"encrypted": false}}]}}
}
