package checks.aws.configservice.recorder_all_resources_test

import data.checks.aws.configservice.recorder_all_resources

base := {}

res(attributes) := {"resources_by_type": {"aws.config.configuration_recorder": [{
	"id": "aws_config_configuration_recorder.main",
	"type": "aws.config.configuration_recorder",
	"attributes": object.union(base, attributes),
}]}}

test_deny_some_types if {
	some v in recorder_all_resources.deny with input as res({"all_supported": false, "include_global_resource_types": true})
	v.resource_id == "aws_config_configuration_recorder.main"
	v.attribute_path == ["all_supported"]
}

test_deny_from_data if {
	count(recorder_all_resources.deny) == 1 with data.scan.resources_by_type as res({"all_supported": false, "include_global_resource_types": true}).resources_by_type
}

test_allow_compliant if {
	count(recorder_all_resources.deny) == 0 with input as res({"all_supported": true, "include_global_resource_types": true})
}

test_allow_attribute_absent if {
	count(recorder_all_resources.deny) == 0 with input as res({})
}

test_allow_unknown if {
	count(recorder_all_resources.deny) == 0 with input as res({"all_supported": {"$unknown": true, "reason": "var.x has no value"}, "include_global_resource_types": {"$unknown": true, "reason": "var.x has no value"}})
}

test_allow_other_types if {
	count(recorder_all_resources.deny) == 0 with input as {"resources_by_type": {"tf.aws_instance": [{"id": "aws_instance.x", "type": "tf.aws_instance", "attributes": {"all_supported": false, "include_global_resource_types": true}}]}}
}

test_deny_no_global_types if {
	count(recorder_all_resources.deny) == 1 with input as res({"all_supported": true, "include_global_resource_types": false})
}

test_allow_global_unknown if {
	count(recorder_all_resources.deny) == 0 with input as res({"all_supported": true, "include_global_resource_types": {"$unknown": true, "reason": "var.x has no value"}})
}
