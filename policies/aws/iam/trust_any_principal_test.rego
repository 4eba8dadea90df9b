package checks.aws.iam.trust_any_principal_test

import data.checks.aws.iam.trust_any_principal

u := {"$unknown": true, "reason": "not known"}

role(statement) := {"resources_by_type": {"aws.iam.role": [{"id": "r", "type": "aws.iam.role", "attributes": {"assume_role_policy": {"Statement": [statement]}}}]}}

anyone := {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole"}

test_deny_any_aws_principal if {
	some v in trust_any_principal.deny with input as role(anyone)
	v.attribute_path == ["assume_role_policy", "Statement", 0]
}

test_deny_principal_star if {
	count(trust_any_principal.deny) == 1 with input as role({"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole"})
}

test_allow_condition if {
	count(trust_any_principal.deny) == 0 with input as role(object.union(anyone, {"Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-1"}}}))
}

test_allow_service if {
	count(trust_any_principal.deny) == 0 with input as role({"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"})
}

test_allow_attribute_absent if {
	count(trust_any_principal.deny) == 0 with input as {"resources_by_type": {"aws.iam.role": [{"id": "r", "type": "aws.iam.role", "attributes": {"assume_role_policy": null}}]}}
}

test_allow_unknown if {
	count(trust_any_principal.deny) == 0 with input as {"resources_by_type": {"aws.iam.role": [{"id": "r", "type": "aws.iam.role", "attributes": {"assume_role_policy": u}}]}}
	count(trust_any_principal.deny) == 0 with input as role({"Effect": "Allow", "Principal": u, "Action": "sts:AssumeRole"})
	count(trust_any_principal.deny) == 0 with input as role(object.union(anyone, {"Condition": u}))
}

test_allow_other_types if {
	count(trust_any_principal.deny) == 0 with input as {"resources_by_type": {"aws.iam.user": [{"id": "r", "type": "aws.iam.user", "attributes": {"assume_role_policy": {"Statement": [anyone]}}}]}}
}
