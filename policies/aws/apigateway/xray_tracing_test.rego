package checks.aws.apigateway.xray_tracing_test

import data.checks.aws.apigateway.xray_tracing

stage(attributes) := {"resources_by_type": {"aws.apigateway.stage": [{
	"id": "aws_api_gateway_stage.prod",
	"type": "aws.apigateway.stage",
	"attributes": attributes,
}]}}

test_deny_tracing_off if {
	some v in xray_tracing.deny with input as stage({"xray_tracing_enabled": false})
	v.attribute_path == ["xray_tracing_enabled"]
}

test_allow_tracing_on if {
	count(xray_tracing.deny) == 0 with input as stage({"xray_tracing_enabled": true})
}

test_allow_attribute_absent if {
	count(xray_tracing.deny) == 0 with input as stage({})
}

test_allow_unknown if {
	count(xray_tracing.deny) == 0 with input as stage({"xray_tracing_enabled": {"$unknown": true, "reason": "AWS Config recorded no configuration.tracingEnabled"}})
}

test_allow_other_types if {
	count(xray_tracing.deny) == 0 with input as {"resources_by_type": {"aws.lambda.function": [{"id": "f", "attributes": {"xray_tracing_enabled": false}}]}}
}
