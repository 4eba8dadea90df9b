package checks.aws.ec2.instance_iam_profile_test

import data.checks.aws.ec2.instance_iam_profile

instance(attributes) := {"resources_by_type": {"aws.ec2.instance": [{
	"id": "aws_instance.web",
	"type": "aws.ec2.instance",
	"attributes": attributes,
}]}}

test_deny_no_profile if {
	instance_iam_profile.deny == {{
		"msg": "EC2 instance aws_instance.web has no IAM instance profile",
		"resource_id": "aws_instance.web",
		"attribute_path": ["iam_instance_profile"],
	}} with input as instance({"iam_instance_profile": null})
}

test_allow_profile if {
	count(instance_iam_profile.deny) == 0 with input as instance({"iam_instance_profile": "web"})
}

test_allow_attribute_absent if {
	count(instance_iam_profile.deny) == 0 with input as instance({})
}

test_allow_unknown if {
	count(instance_iam_profile.deny) == 0 with input as instance({"iam_instance_profile": {"$unknown": true}})
}

test_allow_other_types if {
	count(instance_iam_profile.deny) == 0 with input as {"resources_by_type": {"aws.ec2.launch_template": [{"id": "l", "attributes": {"iam_instance_profile": null}}]}}
}
