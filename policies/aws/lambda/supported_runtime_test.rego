package checks.aws.lambda.supported_runtime_test

import data.checks.aws.lambda.supported_runtime

fn(attributes) := {"resources_by_type": {"aws.lambda.function": [{
	"id": "aws_lambda_function.api",
	"type": "aws.lambda.function",
	"attributes": attributes,
}]}}

test_deny_python38 if {
	some v in supported_runtime.deny with input as fn({"runtime": "python3.8"})
	v.resource_id == "aws_lambda_function.api"
	v.attribute_path == ["runtime"]
}

test_deny_java8 if {
	count(supported_runtime.deny) == 1 with input as fn({"runtime": "java8"})
}

test_allow_java8_al2 if {
	count(supported_runtime.deny) == 0 with input as fn({"runtime": "java8.al2"})
}

test_allow_supported if {
	count(supported_runtime.deny) == 0 with input as fn({"runtime": "python3.12"})
}

test_allow_container_image if {
	count(supported_runtime.deny) == 0 with input as fn({"runtime": null, "package_type": "Image"})
}

test_allow_attribute_absent if {
	count(supported_runtime.deny) == 0 with input as fn({})
}

test_allow_unknown if {
	count(supported_runtime.deny) == 0 with input as fn({"runtime": {"$unknown": true, "reason": "var.runtime has no value"}})
}

test_allow_other_types if {
	count(supported_runtime.deny) == 0 with input as {"resources_by_type": {"aws.ecs.task_definition": [{"id": "t", "attributes": {"runtime": "python2.7"}}]}}
}
