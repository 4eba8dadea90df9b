package checks.aws.ecr.tag_immutability_test

import data.checks.aws.ecr.tag_immutability

repo(attributes) := {"resources_by_type": {"aws.ecr.repository": [{
	"id": "aws_ecr_repository.app",
	"type": "aws.ecr.repository",
	"attributes": attributes,
}]}}

test_deny_bad_value if {
	some v in tag_immutability.deny with input as repo({"tag_mutability": "MUTABLE"})
	v.resource_id == "aws_ecr_repository.app"
	v.attribute_path == ["tag_mutability"]
}

test_allow_good_value if {
	count(tag_immutability.deny) == 0 with input as repo({"tag_mutability": "IMMUTABLE"})
}

test_allow_attribute_absent if {
	count(tag_immutability.deny) == 0 with input as repo({})
}

test_allow_unknown if {
	count(tag_immutability.deny) == 0 with input as repo({"tag_mutability": {"$unknown": true, "reason": "var.x has no value"}})
}

test_allow_other_types if {
	count(tag_immutability.deny) == 0 with input as {"resources_by_type": {"aws.sns.topic": [{"id": "t", "attributes": {"tag_mutability": "MUTABLE"}}]}}
}

test_deny_mutable_with_exclusion if {
	count(tag_immutability.deny) == 1 with input as repo({"tag_mutability": "MUTABLE_WITH_EXCLUSION"})
}
