package checks.aws.elb.drop_invalid_headers_test

import data.checks.aws.elb.drop_invalid_headers

base := {"type": "application"}

res(attributes) := {"resources_by_type": {"aws.elb.load_balancer": [{
	"id": "aws_lb.web",
	"type": "aws.elb.load_balancer",
	"attributes": object.union(base, attributes),
}]}}

test_deny_headers_kept if {
	some v in drop_invalid_headers.deny with input as res({"drop_invalid_header_fields": false})
	v.resource_id == "aws_lb.web"
	v.attribute_path == ["drop_invalid_header_fields"]
}

test_deny_from_data if {
	count(drop_invalid_headers.deny) == 1 with data.scan.resources_by_type as res({"drop_invalid_header_fields": false}).resources_by_type
}

test_allow_compliant if {
	count(drop_invalid_headers.deny) == 0 with input as res({"drop_invalid_header_fields": true})
}

test_allow_attribute_absent if {
	count(drop_invalid_headers.deny) == 0 with input as res({})
}

test_allow_unknown if {
	count(drop_invalid_headers.deny) == 0 with input as res({"drop_invalid_header_fields": {"$unknown": true, "reason": "var.x has no value"}})
}

test_allow_other_types if {
	count(drop_invalid_headers.deny) == 0 with input as {"resources_by_type": {"tf.aws_instance": [{"id": "aws_instance.x", "type": "tf.aws_instance", "attributes": {"drop_invalid_header_fields": false}}]}}
}

test_allow_network_load_balancer if {
	count(drop_invalid_headers.deny) == 0 with input as res({"type": "network", "drop_invalid_header_fields": false})
}

test_allow_type_unknown if {
	count(drop_invalid_headers.deny) == 0 with input as res({"type": {"$unknown": true, "reason": "var.x has no value"}, "drop_invalid_header_fields": false})
}
