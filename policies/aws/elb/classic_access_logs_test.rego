package checks.aws.elb.classic_access_logs_test

import data.checks.aws.elb.classic_access_logs

base := {}

res(attributes) := {"resources_by_type": {"aws.elb.classic_load_balancer": [{
	"id": "aws_elb.web",
	"type": "aws.elb.classic_load_balancer",
	"attributes": object.union(base, attributes),
}]}}

test_deny_logs_off if {
	some v in classic_access_logs.deny with input as res({"access_logs": {"enabled": false}})
	v.resource_id == "aws_elb.web"
	v.attribute_path == ["access_logs", "enabled"]
}

test_deny_from_data if {
	count(classic_access_logs.deny) == 1 with data.scan.resources_by_type as res({"access_logs": {"enabled": false}}).resources_by_type
}

test_allow_compliant if {
	count(classic_access_logs.deny) == 0 with input as res({"access_logs": {"enabled": true}})
}

test_allow_attribute_absent if {
	count(classic_access_logs.deny) == 0 with input as res({})
}

test_allow_unknown if {
	count(classic_access_logs.deny) == 0 with input as res({"access_logs": {"enabled": {"$unknown": true, "reason": "var.x has no value"}}})
}

test_allow_other_types if {
	count(classic_access_logs.deny) == 0 with input as {"resources_by_type": {"tf.aws_instance": [{"id": "aws_instance.x", "type": "tf.aws_instance", "attributes": {"access_logs": {"enabled": false}}}]}}
}
