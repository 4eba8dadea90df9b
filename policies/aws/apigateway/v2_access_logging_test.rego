package checks.aws.apigateway.v2_access_logging_test

import data.checks.aws.apigateway.v2_access_logging

stage(attributes) := {"resources_by_type": {"aws.apigatewayv2.stage": [{
	"id": "aws_apigatewayv2_stage.prod",
	"type": "aws.apigatewayv2.stage",
	"attributes": attributes,
}]}}

test_deny_logging_off if {
	some v in v2_access_logging.deny with input as stage({"access_logging": {"enabled": false, "destination_arn": null}})
	v.resource_id == "aws_apigatewayv2_stage.prod"
	v.attribute_path == ["access_logging", "enabled"]
}

test_allow_logging_on if {
	count(v2_access_logging.deny) == 0 with input as stage({"access_logging": {"enabled": true, "destination_arn": "arn:aws:logs:eu-west-1:1:log-group:api"}})
}

test_allow_attribute_absent if {
	count(v2_access_logging.deny) == 0 with input as stage({})
}

test_allow_unknown if {
	count(v2_access_logging.deny) == 0 with input as stage({"access_logging": {"enabled": {"$unknown": true}}})
}

test_allow_other_types if {
	count(v2_access_logging.deny) == 0 with input as {"resources_by_type": {"aws.apigateway.stage": [{"id": "s", "attributes": {"access_logging": {"enabled": false}}}]}}
}
