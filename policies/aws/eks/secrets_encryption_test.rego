package checks.aws.eks.secrets_encryption_test

import data.checks.aws.eks.secrets_encryption

cluster(attributes) := {"resources_by_type": {"aws.eks.cluster": [{
	"id": "aws_eks_cluster.main",
	"type": "aws.eks.cluster",
	"attributes": attributes,
}]}}

test_deny_bad_value if {
	some v in secrets_encryption.deny with input as cluster({"secrets_encrypted": false})
	v.resource_id == "aws_eks_cluster.main"
	v.attribute_path == ["secrets_encrypted"]
}

test_allow_good_value if {
	count(secrets_encryption.deny) == 0 with input as cluster({"secrets_encrypted": true})
}

test_allow_attribute_absent if {
	count(secrets_encryption.deny) == 0 with input as cluster({})
}

test_allow_unknown if {
	count(secrets_encryption.deny) == 0 with input as cluster({"secrets_encrypted": {"$unknown": true, "reason": "var.x has no value"}})
}

test_allow_other_types if {
	count(secrets_encryption.deny) == 0 with input as {"resources_by_type": {"aws.ecr.repository": [{"id": "r", "attributes": {"secrets_encrypted": false}}]}}
}
