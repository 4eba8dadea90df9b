package checks.aws.vpc.flow_logs_test

import data.checks.aws.vpc.flow_logs

vpc(attributes) := {"resources_by_type": {"aws.ec2.vpc": [{
	"id": "aws_vpc.main",
	"type": "aws.ec2.vpc",
	"attributes": attributes,
}]}}

test_deny_no_flow_log if {
	flow_logs.deny == {{
		"msg": "VPC aws_vpc.main has no flow log",
		"resource_id": "aws_vpc.main",
		"attribute_path": ["flow_logs", "enabled"],
	}} with input as vpc({"flow_logs": {"enabled": false}})
}

test_allow_flow_log if {
	count(flow_logs.deny) == 0 with input as vpc({"flow_logs": {"enabled": true}})
}

test_allow_attribute_absent if {
	count(flow_logs.deny) == 0 with input as vpc({})
}

test_allow_unknown if {
	count(flow_logs.deny) == 0 with input as vpc({"flow_logs": {"enabled": {"$unknown": true, "reason": "unresolved flow log"}}})
}

test_allow_unknown_block if {
	count(flow_logs.deny) == 0 with input as vpc({"flow_logs": {"$unknown": true}})
}

test_allow_other_types if {
	count(flow_logs.deny) == 0 with input as {"resources_by_type": {"aws.ec2.subnet": [{"id": "s", "attributes": {"flow_logs": {"enabled": false}}}]}}
}
