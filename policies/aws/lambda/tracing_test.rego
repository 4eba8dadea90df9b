package checks.aws.lambda.tracing_test

import data.checks.aws.lambda.tracing

fn(attributes) := {"resources_by_type": {"aws.lambda.function": [{
	"id": "aws_lambda_function.api",
	"type": "aws.lambda.function",
	"attributes": attributes,
}]}}

test_deny_pass_through if {
	some v in tracing.deny with input as fn({"tracing_mode": "PassThrough"})
	v.resource_id == "aws_lambda_function.api"
	v.attribute_path == ["tracing_mode"]
}

test_allow_active if {
	count(tracing.deny) == 0 with input as fn({"tracing_mode": "Active"})
}

test_allow_attribute_absent if {
	count(tracing.deny) == 0 with input as fn({})
}

test_allow_unknown if {
	count(tracing.deny) == 0 with input as fn({"tracing_mode": {"$unknown": true, "reason": "var.mode has no value"}})
}

test_allow_other_types if {
	count(tracing.deny) == 0 with input as {"resources_by_type": {"aws.ecs.task_definition": [{"id": "t", "attributes": {"tracing_mode": "PassThrough"}}]}}
}

test_deny_pass_through_any_case if {
	count(tracing.deny) == 1 with input as {"resources_by_type": {"aws.lambda.function": [{"id": "f", "attributes": {"tracing_mode": "passthrough"}}]}}
	count(tracing.deny) == 0 with input as {"resources_by_type": {"aws.lambda.function": [{"id": "f", "attributes": {"tracing_mode": "ACTIVE"}}]}}
}
