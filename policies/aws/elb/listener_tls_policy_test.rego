package checks.aws.elb.listener_tls_policy_test

import data.checks.aws.elb.listener_tls_policy

base := {"protocol": "HTTPS"}

res(attributes) := {"resources_by_type": {"aws.elb.listener": [{
	"id": "aws_lb_listener.https",
	"type": "aws.elb.listener",
	"attributes": object.union(base, attributes),
}]}}

test_deny_default_policy if {
	some v in listener_tls_policy.deny with input as res({"ssl_policy": "ELBSecurityPolicy-2016-08"})
	v.resource_id == "aws_lb_listener.https"
	v.attribute_path == ["ssl_policy"]
}

test_deny_from_data if {
	count(listener_tls_policy.deny) == 1 with data.scan.resources_by_type as res({"ssl_policy": "ELBSecurityPolicy-2016-08"}).resources_by_type
}

test_allow_compliant if {
	count(listener_tls_policy.deny) == 0 with input as res({"ssl_policy": "ELBSecurityPolicy-TLS13-1-2-2021-06"})
}

test_allow_attribute_absent if {
	count(listener_tls_policy.deny) == 0 with input as res({})
}

test_allow_unknown if {
	count(listener_tls_policy.deny) == 0 with input as res({"ssl_policy": {"$unknown": true, "reason": "var.x has no value"}})
}

test_allow_other_types if {
	count(listener_tls_policy.deny) == 0 with input as {"resources_by_type": {"tf.aws_instance": [{"id": "aws_instance.x", "type": "tf.aws_instance", "attributes": {"ssl_policy": "ELBSecurityPolicy-2016-08"}}]}}
}

test_deny_tls13_1_0 if {
	count(listener_tls_policy.deny) == 1 with input as res({"ssl_policy": "ELBSecurityPolicy-TLS13-1-0-2021-06"})
}

test_deny_tls_listener if {
	count(listener_tls_policy.deny) == 1 with input as res({"protocol": "TLS", "ssl_policy": "ELBSecurityPolicy-TLS-1-1-2017-01"})
}

test_allow_tls_1_2 if {
	count(listener_tls_policy.deny) == 0 with input as res({"ssl_policy": "ELBSecurityPolicy-TLS-1-2-2017-01"})
}

test_allow_http_listener if {
	count(listener_tls_policy.deny) == 0 with input as res({"protocol": "HTTP", "ssl_policy": "ELBSecurityPolicy-2016-08"})
}
