package checks.aws.ec2.security_group_rule_descriptions_test

import data.checks.aws.ec2.security_group_rule_descriptions

sg(ingress, egress) := {"resources_by_type": {"aws.ec2.security_group": [{
	"id": "aws_security_group.web",
	"type": "aws.ec2.security_group",
	"attributes": {"ingress": ingress, "egress": egress},
}]}}

described := {"protocol": "tcp", "description": "https"}

test_deny_null if {
	security_group_rule_descriptions.deny == {{
		"msg": "Security group aws_security_group.web egress[0] has no description",
		"resource_id": "aws_security_group.web",
		"attribute_path": ["egress", 0, "description"],
	}} with input as sg([described], [{"protocol": "-1", "description": null}])
}

test_deny_empty if {
	count(security_group_rule_descriptions.deny) == 1 with input as sg([{"protocol": "tcp", "description": ""}], [])
}

test_allow_described if {
	count(security_group_rule_descriptions.deny) == 0 with input as sg([described], [described])
}

test_allow_attribute_absent if {
	count(security_group_rule_descriptions.deny) == 0 with input as sg([{"protocol": "tcp"}], [])
}

test_allow_unknown if {
	count(security_group_rule_descriptions.deny) == 0 with input as sg([{"protocol": "tcp", "description": {"$unknown": true}}], [])
}

test_allow_unknown_rules if {
	count(security_group_rule_descriptions.deny) == 0 with input as sg({"$unknown": true}, [])
}

test_allow_other_types if {
	count(security_group_rule_descriptions.deny) == 0 with input as {"resources_by_type": {"aws.ec2.network_acl": [{"id": "a", "attributes": {"ingress": [{"description": null}]}}]}}
}
