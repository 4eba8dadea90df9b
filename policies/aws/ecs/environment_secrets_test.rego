package checks.aws.ecs.environment_secrets_test

import data.checks.aws.ecs.environment_secrets

task(names) := {"resources_by_type": {"aws.ecs.task_definition": [{
	"id": "aws_ecs_task_definition.app",
	"type": "aws.ecs.task_definition",
	"attributes": {"containers": [{"name": "web", "environment_names": names}]},
}]}}

test_deny_password if {
	some v in environment_secrets.deny with input as task(["LOG_LEVEL", "db_password"])
	v.resource_id == "aws_ecs_task_definition.app"
	v.attribute_path == ["containers", 0, "environment_names", 1]
	not contains(v.msg, "=")
}

test_deny_aws_keys if {
	count(environment_secrets.deny) == 2 with input as task(["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"])
}

test_deny_token if {
	count(environment_secrets.deny) == 1 with input as task(["GITHUB_TOKEN"])
}

test_allow_reference_names if {
	count(environment_secrets.deny) == 0 with input as task(["DB_SECRET_ARN", "TOKEN_URL", "SECRET_NAME"])
}

test_allow_plain_names if {
	count(environment_secrets.deny) == 0 with input as task(["LOG_LEVEL", "PORT"])
}

test_allow_attribute_absent if {
	count(environment_secrets.deny) == 0 with input as {"resources_by_type": {"aws.ecs.task_definition": [{"id": "t", "attributes": {"containers": [{"name": "web"}]}}]}}
}

test_allow_unknown if {
	count(environment_secrets.deny) == 0 with input as task({"$unknown": true})
}

test_allow_unknown_name if {
	count(environment_secrets.deny) == 0 with input as task([{"$unknown": true}])
}

test_allow_other_types if {
	count(environment_secrets.deny) == 0 with input as {"resources_by_type": {"aws.lambda.function": [{"id": "f", "attributes": {"containers": [{"environment_names": ["PASSWORD"]}]}}]}}
}
