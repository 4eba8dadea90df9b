package checks.aws.ecs.read_only_root_filesystem_test

import data.checks.aws.ecs.read_only_root_filesystem

task(containers) := {"resources_by_type": {"aws.ecs.task_definition": [{
	"id": "aws_ecs_task_definition.app",
	"type": "aws.ecs.task_definition",
	"attributes": {"network_mode": "awsvpc", "containers": containers},
}]}}

test_deny_writable if {
	some v in read_only_root_filesystem.deny with input as task([{"name": "web", "readonly_root_filesystem": false}])
	v.resource_id == "aws_ecs_task_definition.app"
	v.attribute_path == ["containers", 0, "readonly_root_filesystem"]
}

test_allow_read_only if {
	count(read_only_root_filesystem.deny) == 0 with input as task([{"name": "web", "readonly_root_filesystem": true}])
}

test_allow_attribute_absent if {
	count(read_only_root_filesystem.deny) == 0 with input as task([{"name": "web"}])
}

test_allow_unknown if {
	count(read_only_root_filesystem.deny) == 0 with input as task([{"name": "web", "readonly_root_filesystem": {"$unknown": true}}])
}

test_allow_unknown_containers if {
	count(read_only_root_filesystem.deny) == 0 with input as task({"$unknown": true})
}

test_allow_other_types if {
	count(read_only_root_filesystem.deny) == 0 with input as {"resources_by_type": {"aws.lambda.function": [{"id": "f", "attributes": {"containers": [{"readonly_root_filesystem": false}]}}]}}
}
