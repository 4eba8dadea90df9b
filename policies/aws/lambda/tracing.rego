# METADATA
# scope: package
# title: Lambda functions trace requests with AWS X-Ray (Active)
# description: >-
#   Active tracing samples incoming requests and records them in AWS X-Ray, which shows where a
#   request went and helps investigate errors and incidents. The default mode, PassThrough, only
#   traces requests that arrive already sampled by an upstream service. The mode is compared
#   ignoring case (passthrough is PassThrough).
# related_resources:
#   - https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html
# custom:
#   id: AWS-0076
#   severity: LOW
#   resource_types: [aws.lambda.function]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Add tracing_config { mode = "Active" } (TracingConfig: {Mode: Active} in CloudFormation) and
#     allow the execution role to write to X-Ray.
#   frameworks:
#     iso-27001-2022: ["8.16"]
#     nist-800-53-r5: [AU-12]
#     soc2-2017: [CC7.2]
#   peers:
#     checkov: [CKV_AWS_50]
#     tfsec: [aws-lambda-enable-tracing]
#     trivy: [AVD-AWS-0066, aws-lambda-enable-tracing]
#   reads: [tracing_mode]
#   deprecated: false
package checks.aws.lambda.tracing

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.lambda.function")
	mode := r.attributes.tracing_mode
	is_string(mode)
	lower(mode) == "passthrough"
	v := {
		"msg": concat("", ["Lambda function ", r.id, " does not trace requests actively with X-Ray"]),
		"resource_id": r.id,
		"attribute_path": ["tracing_mode"],
	}
}
