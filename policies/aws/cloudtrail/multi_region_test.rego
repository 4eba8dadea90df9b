package checks.aws.cloudtrail.multi_region_test

import data.checks.aws.cloudtrail.multi_region

base := {}

res(attributes) := {"resources_by_type": {"aws.cloudtrail.trail": [{
	"id": "aws_cloudtrail.main",
	"type": "aws.cloudtrail.trail",
	"attributes": object.union(base, attributes),
}]}}

test_deny_single_region if {
	some v in multi_region.deny with input as res({"multi_region": false})
	v.resource_id == "aws_cloudtrail.main"
	v.attribute_path == ["multi_region"]
}

test_deny_from_data if {
	count(multi_region.deny) == 1 with data.scan.resources_by_type as res({"multi_region": false}).resources_by_type
}

test_allow_compliant if {
	count(multi_region.deny) == 0 with input as res({"multi_region": true})
}

test_allow_attribute_absent if {
	count(multi_region.deny) == 0 with input as res({})
}

test_allow_unknown if {
	count(multi_region.deny) == 0 with input as res({"multi_region": {"$unknown": true, "reason": "var.x has no value"}})
}

test_allow_other_types if {
	count(multi_region.deny) == 0 with input as {"resources_by_type": {"tf.aws_instance": [{"id": "aws_instance.x", "type": "tf.aws_instance", "attributes": {"multi_region": false}}]}}
}
