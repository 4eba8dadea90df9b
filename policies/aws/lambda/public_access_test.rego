package checks.aws.lambda.public_access_test

import data.checks.aws.lambda.public_access

fn(attributes) := {"resources_by_type": {"aws.lambda.function": [{
	"id": "aws_lambda_function.api",
	"type": "aws.lambda.function",
	"attributes": object.union({"permissions": [], "url_auth_type": null}, attributes),
}]}}

grant(extra) := object.union(
	{"id": "aws_lambda_permission.p", "principal": "*", "action": "lambda:InvokeFunction", "source_arn": null, "source_account": null, "principal_org_id": null},
	extra,
)

test_deny_public_permission if {
	some v in public_access.deny with input as fn({"permissions": [grant({})]})
	v.resource_id == "aws_lambda_function.api"
	v.attribute_path == ["permissions", 0]
}

test_deny_url_without_auth if {
	some v in public_access.deny with input as fn({"url_auth_type": "NONE"})
	v.attribute_path == ["url_auth_type"]
}

test_allow_source_arn if {
	count(public_access.deny) == 0 with input as fn({"permissions": [grant({"source_arn": "arn:aws:s3:::b"})]})
}

test_allow_service_principal if {
	count(public_access.deny) == 0 with input as fn({"permissions": [grant({"principal": "s3.amazonaws.com"})]})
}

test_allow_iam_url if {
	count(public_access.deny) == 0 with input as fn({"url_auth_type": "AWS_IAM"})
}

test_allow_attribute_absent if {
	count(public_access.deny) == 0 with input as {"resources_by_type": {"aws.lambda.function": [{"id": "f", "attributes": {}}]}}
}

test_allow_unknown if {
	count(public_access.deny) == 0 with input as fn({
		"permissions": {"$unknown": true, "reason": "AWS Config records no function policy"},
		"url_auth_type": {"$unknown": true},
	})
}

test_allow_unknown_principal if {
	count(public_access.deny) == 0 with input as fn({"permissions": [grant({"principal": {"$unknown": true}})]})
}

test_allow_unknown_condition if {
	count(public_access.deny) == 0 with input as fn({"permissions": [grant({"source_account": {"$unknown": true}})]})
}

test_allow_other_types if {
	count(public_access.deny) == 0 with input as {"resources_by_type": {"aws.sns.topic": [{"id": "t", "attributes": {"url_auth_type": "NONE"}}]}}
}
