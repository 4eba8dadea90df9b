package checks.aws.sns.topic_encryption_test

import data.checks.aws.sns.topic_encryption

topic(attributes) := {"resources_by_type": {"aws.sns.topic": [{
	"id": "aws_sns_topic.alerts",
	"type": "aws.sns.topic",
	"attributes": attributes,
}]}}

test_deny_no_key if {
	some v in topic_encryption.deny with input as topic({"encrypted": false, "kms_master_key_id": null})
	v.resource_id == "aws_sns_topic.alerts"
	v.attribute_path == ["kms_master_key_id"]
}

test_allow_key if {
	count(topic_encryption.deny) == 0 with input as topic({"encrypted": true, "kms_master_key_id": "alias/aws/sns"})
}

test_allow_attribute_absent if {
	count(topic_encryption.deny) == 0 with input as topic({})
}

test_allow_unknown if {
	count(topic_encryption.deny) == 0 with input as topic({"encrypted": {"$unknown": true, "reason": "var.key has no value"}})
}

test_allow_other_types if {
	count(topic_encryption.deny) == 0 with input as {"resources_by_type": {"aws.sqs.queue": [{"id": "q", "attributes": {"encrypted": false}}]}}
}
