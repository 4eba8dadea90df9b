package checks.aws.ec2.instance_imdsv2_test

import data.checks.aws.ec2.instance_imdsv2

unk := {"$unknown": true, "reason": "the AMI decides"}

instance(metadata) := {"resources_by_type": {"aws.ec2.instance": [{
	"id": "aws_instance.web",
	"type": "aws.ec2.instance",
	"attributes": {"metadata": metadata},
}]}}

test_deny_optional if {
	instance_imdsv2.deny == {{
		"msg": "EC2 instance aws_instance.web allows IMDSv1 (http_tokens is optional)",
		"resource_id": "aws_instance.web",
		"attribute_path": ["metadata", "http_tokens"],
	}} with input as instance({"http_tokens": "optional", "http_endpoint": "enabled"})
}

test_allow_required if {
	count(instance_imdsv2.deny) == 0 with input as instance({"http_tokens": "required", "http_endpoint": "enabled"})
}

test_allow_endpoint_disabled if {
	count(instance_imdsv2.deny) == 0 with input as instance({"http_tokens": "optional", "http_endpoint": "disabled"})
}

test_allow_attribute_absent if {
	count(instance_imdsv2.deny) == 0 with input as instance({})
}

test_allow_unknown_tokens if {
	count(instance_imdsv2.deny) == 0 with input as instance({"http_tokens": unk, "http_endpoint": "enabled"})
}

test_allow_unknown_endpoint if {
	count(instance_imdsv2.deny) == 0 with input as instance({"http_tokens": "optional", "http_endpoint": unk})
}

test_allow_other_types if {
	count(instance_imdsv2.deny) == 0 with input as {"resources_by_type": {"aws.ec2.launch_template": [{
		"id": "aws_launch_template.lt",
		"attributes": {"metadata": {"http_tokens": "optional", "http_endpoint": "enabled"}},
	}]}}
}
