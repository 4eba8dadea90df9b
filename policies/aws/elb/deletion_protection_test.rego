package checks.aws.elb.deletion_protection_test

import data.checks.aws.elb.deletion_protection

base := {"type": "application"}

res(attributes) := {"resources_by_type": {"aws.elb.load_balancer": [{
	"id": "aws_lb.web",
	"type": "aws.elb.load_balancer",
	"attributes": object.union(base, attributes),
}]}}

test_deny_unprotected if {
	some v in deletion_protection.deny with input as res({"deletion_protection": false})
	v.resource_id == "aws_lb.web"
	v.attribute_path == ["deletion_protection"]
}

test_deny_from_data if {
	count(deletion_protection.deny) == 1 with data.scan.resources_by_type as res({"deletion_protection": false}).resources_by_type
}

test_allow_compliant if {
	count(deletion_protection.deny) == 0 with input as res({"deletion_protection": true})
}

test_allow_attribute_absent if {
	count(deletion_protection.deny) == 0 with input as res({})
}

test_allow_unknown if {
	count(deletion_protection.deny) == 0 with input as res({"deletion_protection": {"$unknown": true, "reason": "var.x has no value"}})
}

test_allow_other_types if {
	count(deletion_protection.deny) == 0 with input as {"resources_by_type": {"tf.aws_instance": [{"id": "aws_instance.x", "type": "tf.aws_instance", "attributes": {"deletion_protection": false}}]}}
}
