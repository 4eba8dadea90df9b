package checks.aws.elb.access_logs_test

import data.checks.aws.elb.access_logs

base := {"type": "application"}

res(attributes) := {"resources_by_type": {"aws.elb.load_balancer": [{
	"id": "aws_lb.web",
	"type": "aws.elb.load_balancer",
	"attributes": object.union(base, attributes),
}]}}

test_deny_logs_off if {
	some v in access_logs.deny with input as res({"access_logs": {"enabled": false}})
	v.resource_id == "aws_lb.web"
	v.attribute_path == ["access_logs", "enabled"]
}

test_deny_from_data if {
	count(access_logs.deny) == 1 with data.scan.resources_by_type as res({"access_logs": {"enabled": false}}).resources_by_type
}

test_allow_compliant if {
	count(access_logs.deny) == 0 with input as res({"access_logs": {"enabled": true}})
}

test_allow_attribute_absent if {
	count(access_logs.deny) == 0 with input as res({})
}

test_allow_unknown if {
	count(access_logs.deny) == 0 with input as res({"access_logs": {"enabled": {"$unknown": true, "reason": "var.x has no value"}}})
}

test_allow_other_types if {
	count(access_logs.deny) == 0 with input as {"resources_by_type": {"tf.aws_instance": [{"id": "aws_instance.x", "type": "tf.aws_instance", "attributes": {"access_logs": {"enabled": false}}}]}}
}

test_allow_network_load_balancer if {
	count(access_logs.deny) == 0 with input as res({"type": "network", "access_logs": {"enabled": false}})
}

test_allow_block_unknown if {
	count(access_logs.deny) == 0 with input as res({"access_logs": {"$unknown": true, "reason": "var.x has no value"}})
}
