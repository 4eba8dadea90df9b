# METADATA
# scope: package
# title: API Gateway REST API stages trace requests with AWS X-Ray
# description: >-
#   X-Ray tracing follows each request through the stage and the services behind it, which shows
#   where latency and errors come from and helps spot abnormal behaviour. It is off unless enabled.
# related_resources:
#   - https://docs.aws.amazon.com/xray/latest/devguide/xray-services-apigateway.html
# custom:
#   id: AWS-0097
#   severity: LOW
#   resource_types: [aws.apigateway.stage]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: Set xray_tracing_enabled = true on the aws_api_gateway_stage (TracingEnabled on AWS::ApiGateway::Stage).
#   frameworks:
#     aws-fsbp: [APIGateway.3]
#     iso-27001-2022: ["8.16"]
#     nist-800-53-r5: [AU-12, SI-4]
#     soc2-2017: [CC7.2]
#   peers:
#     checkov: [CKV_AWS_73]
#     kics: [5813ef56-fa94-406a-b35d-977d4a56ff2b]
#     tfsec: [aws-api-gateway-enable-tracing]
#     trivy: [AVD-AWS-0003, aws-apigateway-enable-tracing]
#   reads: [xray_tracing_enabled]
#   deprecated: false
package checks.aws.apigateway.xray_tracing

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.apigateway.stage")
	r.attributes.xray_tracing_enabled == false
	v := {
		"msg": concat("", ["API Gateway REST API stage ", r.id, " does not trace requests with X-Ray"]),
		"resource_id": r.id,
		"attribute_path": ["xray_tracing_enabled"],
	}
}
