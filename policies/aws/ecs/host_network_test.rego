package checks.aws.ecs.host_network_test

import data.checks.aws.ecs.host_network

task(mode, containers) := {"resources_by_type": {"aws.ecs.task_definition": [{
	"id": "aws_ecs_task_definition.app",
	"type": "aws.ecs.task_definition",
	"attributes": {"network_mode": mode, "containers": containers},
}]}}

test_deny_privileged_on_host if {
	some v in host_network.deny with input as task("host", [{"name": "web", "privileged": true, "user": null}])
	v.resource_id == "aws_ecs_task_definition.app"
	v.attribute_path == ["containers", 0, "privileged"]
}

test_deny_root_on_host if {
	some v in host_network.deny with input as task("host", [{"name": "web", "privileged": false, "user": "0:0"}])
	v.attribute_path == ["containers", 0, "user"]
}

test_allow_non_root_on_host if {
	count(host_network.deny) == 0 with input as task("host", [{"name": "web", "privileged": false, "user": "1000"}])
}

test_allow_root_on_awsvpc if {
	count(host_network.deny) == 0 with input as task("awsvpc", [{"name": "web", "privileged": true, "user": "root"}])
}

test_allow_attribute_absent if {
	count(host_network.deny) == 0 with input as task("host", [{"name": "web"}])
}

test_allow_unknown if {
	count(host_network.deny) == 0 with input as task({"$unknown": true}, [{"name": "web", "privileged": true}])
}

test_allow_unknown_user if {
	count(host_network.deny) == 0 with input as task("host", [{"name": "web", "privileged": false, "user": {"$unknown": true}}])
}

test_allow_other_types if {
	count(host_network.deny) == 0 with input as {"resources_by_type": {"aws.lambda.function": [{"id": "f", "attributes": {"network_mode": "host", "containers": [{"privileged": true}]}}]}}
}
