package checks.aws.elb.classic_listener_https_test

import data.checks.aws.elb.classic_listener_https

base := {}

res(attributes) := {"resources_by_type": {"aws.elb.classic_load_balancer": [{
	"id": "aws_elb.web",
	"type": "aws.elb.classic_load_balancer",
	"attributes": object.union(base, attributes),
}]}}

test_deny_http_listener if {
	some v in classic_listener_https.deny with input as res({"listeners": [{"protocol": "HTTPS", "port": 443}, {"protocol": "HTTP", "port": 80}]})
	v.resource_id == "aws_elb.web"
	v.attribute_path == ["listeners", 1, "protocol"]
}

test_deny_from_data if {
	count(classic_listener_https.deny) == 1 with data.scan.resources_by_type as res({"listeners": [{"protocol": "HTTPS", "port": 443}, {"protocol": "HTTP", "port": 80}]}).resources_by_type
}

test_allow_compliant if {
	count(classic_listener_https.deny) == 0 with input as res({"listeners": [{"protocol": "HTTPS", "port": 443}, {"protocol": "SSL", "port": 8443}]})
}

test_allow_attribute_absent if {
	count(classic_listener_https.deny) == 0 with input as res({})
}

test_allow_unknown if {
	count(classic_listener_https.deny) == 0 with input as res({"listeners": {"$unknown": true, "reason": "var.x has no value"}})
}

test_allow_other_types if {
	count(classic_listener_https.deny) == 0 with input as {"resources_by_type": {"tf.aws_instance": [{"id": "aws_instance.x", "type": "tf.aws_instance", "attributes": {"listeners": [{"protocol": "HTTPS", "port": 443}, {"protocol": "HTTP", "port": 80}]}}]}}
}

test_deny_tcp_listener if {
	count(classic_listener_https.deny) == 1 with input as res({"listeners": [{"protocol": "TCP", "port": 5432}]})
}

test_allow_protocol_unknown if {
	count(classic_listener_https.deny) == 0 with input as res({"listeners": [{"protocol": {"$unknown": true, "reason": "var.x has no value"}, "port": 80}]})
}
