package checks.aws.eks.public_endpoint_test

import data.checks.aws.eks.public_endpoint

cluster(attributes) := {"resources_by_type": {"aws.eks.cluster": [{
	"id": "aws_eks_cluster.main",
	"type": "aws.eks.cluster",
	"attributes": attributes,
}]}}

test_deny_bad_value if {
	some v in public_endpoint.deny with input as cluster({"endpoint_public_access": true})
	v.resource_id == "aws_eks_cluster.main"
	v.attribute_path == ["endpoint_public_access"]
}

test_allow_good_value if {
	count(public_endpoint.deny) == 0 with input as cluster({"endpoint_public_access": false})
}

test_allow_attribute_absent if {
	count(public_endpoint.deny) == 0 with input as cluster({})
}

test_allow_unknown if {
	count(public_endpoint.deny) == 0 with input as cluster({"endpoint_public_access": {"$unknown": true, "reason": "var.x has no value"}})
}

test_allow_other_types if {
	count(public_endpoint.deny) == 0 with input as {"resources_by_type": {"aws.ecr.repository": [{"id": "r", "attributes": {"endpoint_public_access": true}}]}}
}
