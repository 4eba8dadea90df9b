package checks.aws.ec2.instance_detailed_monitoring_test

import data.checks.aws.ec2.instance_detailed_monitoring

instance(attributes) := {"resources_by_type": {"aws.ec2.instance": [{
	"id": "aws_instance.web",
	"type": "aws.ec2.instance",
	"attributes": attributes,
}]}}

test_deny_basic_monitoring if {
	instance_detailed_monitoring.deny == {{
		"msg": "EC2 instance aws_instance.web does not have detailed monitoring",
		"resource_id": "aws_instance.web",
		"attribute_path": ["monitoring"],
	}} with input as instance({"monitoring": false})
}

test_allow_detailed_monitoring if {
	count(instance_detailed_monitoring.deny) == 0 with input as instance({"monitoring": true})
}

test_allow_attribute_absent if {
	count(instance_detailed_monitoring.deny) == 0 with input as instance({})
}

test_allow_unknown if {
	count(instance_detailed_monitoring.deny) == 0 with input as instance({"monitoring": {"$unknown": true}})
}

test_allow_other_types if {
	count(instance_detailed_monitoring.deny) == 0 with input as {"resources_by_type": {"aws.ec2.launch_template": [{"id": "l", "attributes": {"monitoring": false}}]}}
}
