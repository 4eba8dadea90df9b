package checks.aws.ecs.privileged_container_test

import data.checks.aws.ecs.privileged_container

task(containers) := {"resources_by_type": {"aws.ecs.task_definition": [{
	"id": "aws_ecs_task_definition.app",
	"type": "aws.ecs.task_definition",
	"attributes": {"network_mode": "awsvpc", "containers": containers},
}]}}

test_deny_privileged if {
	some v in privileged_container.deny with input as task([{"name": "web", "privileged": false}, {"name": "agent", "privileged": true}])
	v.resource_id == "aws_ecs_task_definition.app"
	v.attribute_path == ["containers", 1, "privileged"]
}

test_allow_not_privileged if {
	count(privileged_container.deny) == 0 with input as task([{"name": "web", "privileged": false}])
}

test_allow_attribute_absent if {
	count(privileged_container.deny) == 0 with input as task([{"name": "web"}])
}

test_allow_unknown if {
	count(privileged_container.deny) == 0 with input as task([{"name": "web", "privileged": {"$unknown": true}}])
}

test_allow_unknown_containers if {
	count(privileged_container.deny) == 0 with input as task({"$unknown": true, "reason": "container_definitions is unknown"})
}

test_allow_other_types if {
	count(privileged_container.deny) == 0 with input as {"resources_by_type": {"aws.lambda.function": [{"id": "f", "attributes": {"containers": [{"privileged": true}]}}]}}
}
