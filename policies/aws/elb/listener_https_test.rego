package checks.aws.elb.listener_https_test

import data.checks.aws.elb.listener_https

base := {"protocol": "HTTP"}

res(attributes) := {"resources_by_type": {"aws.elb.listener": [{
	"id": "aws_lb_listener.http",
	"type": "aws.elb.listener",
	"attributes": object.union(base, attributes),
}]}}

test_deny_plain_http if {
	some v in listener_https.deny with input as res({"redirects_to_https": false})
	v.resource_id == "aws_lb_listener.http"
	v.attribute_path == ["protocol"]
}

test_deny_from_data if {
	count(listener_https.deny) == 1 with data.scan.resources_by_type as res({"redirects_to_https": false}).resources_by_type
}

test_allow_compliant if {
	count(listener_https.deny) == 0 with input as res({"redirects_to_https": true})
}

test_allow_attribute_absent if {
	count(listener_https.deny) == 0 with input as res({})
}

test_allow_unknown if {
	count(listener_https.deny) == 0 with input as res({"redirects_to_https": {"$unknown": true, "reason": "var.x has no value"}})
}

test_allow_other_types if {
	count(listener_https.deny) == 0 with input as {"resources_by_type": {"tf.aws_instance": [{"id": "aws_instance.x", "type": "tf.aws_instance", "attributes": {"redirects_to_https": false}}]}}
}

test_allow_https if {
	count(listener_https.deny) == 0 with input as res({"protocol": "HTTPS", "redirects_to_https": false})
}

test_allow_tcp if {
	count(listener_https.deny) == 0 with input as res({"protocol": "TCP", "redirects_to_https": false})
}

test_allow_protocol_unknown if {
	count(listener_https.deny) == 0 with input as res({"protocol": {"$unknown": true, "reason": "var.x has no value"}, "redirects_to_https": false})
}
