# METADATA
# scope: package
# title: Lambda functions cannot be invoked by anyone
# description: >-
#   A function policy statement that grants principal * without a source_arn, source_account or
#   principal_org_id condition lets any AWS account, or anyone on the internet, invoke the
#   function; so does a function URL with authorization type NONE. Permissions and URLs are read
#   from the aws_lambda_permission / AWS::Lambda::Permission and aws_lambda_function_url /
#   AWS::Lambda::Url resources in the same module or template as the function. AWS Config records
#   neither the function policy nor the URL of a function, so the check does not run on it.
#   It is the union of Checkov's CKV_AWS_301 (function policy) and CKV_AWS_258 (function URL).
#   Trivy's AVD-AWS-0067 asks for a source ARN on permissions granted to AWS services, another
#   control, so it is not listed.
# related_resources:
#   - https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html
#   - https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html
# custom:
#   id: AWS-0075
#   severity: HIGH
#   resource_types: [aws.lambda.function]
#   formats: [terraform, cloudformation]
#   recommended_action: >-
#     Name the calling service's resource with source_arn (SourceArn) or the account with
#     source_account, or grant a specific principal; set authorization_type = "AWS_IAM" on function URLs.
#   frameworks:
#     aws-fsbp: [Lambda.1]
#     hipaa-security: ["164.312(a)(1)"]
#     iso-27001-2022: ["8.3"]
#     nist-800-53-r5: [AC-3, SC-7]
#     pci-dss-4.0.1: ["1.4.4"]
#     soc2-2017: [CC6.1, CC6.6]
#   peers:
#     checkov: [CKV_AWS_258, CKV_AWS_301]
#     kics: [1d6e16f1-5d8a-4379-bfb3-2dadd38ed5a7]
#   reads: [permissions, url_auth_type]
#   deprecated: false
package checks.aws.lambda.public_access

import data.lib.scan

# Any of these conditions limits who can use the grant.
public_grant(p) if {
	p.principal == "*"
	object.get(p, "source_arn", null) == null
	object.get(p, "source_account", null) == null
	object.get(p, "principal_org_id", null) == null
}

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.lambda.function")
	is_array(r.attributes.permissions)
	some i, p in r.attributes.permissions
	public_grant(p)
	v := {
		"msg": concat("", ["Lambda function ", r.id, " can be invoked by anyone: ", p.id, " grants principal * without a source condition"]),
		"resource_id": r.id,
		"attribute_path": ["permissions", i],
	}
}

deny contains v if {
	some r in scan.resources("aws.lambda.function")
	r.attributes.url_auth_type == "NONE"
	v := {
		"msg": concat("", ["Lambda function ", r.id, " has a function URL that needs no authentication"]),
		"resource_id": r.id,
		"attribute_path": ["url_auth_type"],
	}
}
