# METADATA
# scope: package
# title: API Gateway HTTP and WebSocket API stages write access logs
# description: >-
#   Access logs record who called which route of an HTTP or WebSocket API stage, from where, and
#   with which result. A stage writes none unless its access log settings name a CloudWatch Logs
#   destination.
# related_resources:
#   - https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging.html
# custom:
#   id: AWS-0098
#   severity: MEDIUM
#   resource_types: [aws.apigatewayv2.stage]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Add access_log_settings with a destination_arn and a format to the aws_apigatewayv2_stage
#     (AccessLogSettings with DestinationArn on AWS::ApiGatewayV2::Stage).
#   frameworks:
#     aws-fsbp: [APIGateway.9]
#     hipaa-security: ["164.312(b)"]
#     iso-27001-2022: ["8.15"]
#     nist-800-53-r5: [AU-2, AU-12]
#     pci-dss-4.0.1: ["10.2.1", "10.2.2"]
#     soc2-2017: [CC7.2]
#   peers:
#     checkov: [CKV_AWS_76, CKV_AWS_95]
#     kics: [9111f9a5-6b80-40f9-bc82-c05f970779c3, 80d45af4-4920-4236-a56e-b7ef419d1941]
#     tfsec: [aws-api-gateway-enable-access-logging]
#     trivy: [AVD-AWS-0001, aws-apigateway-enable-access-logging]
#   reads: [access_logging.enabled]
#   deprecated: false
package checks.aws.apigateway.v2_access_logging

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.apigatewayv2.stage")
	r.attributes.access_logging.enabled == false
	v := {
		"msg": concat("", ["API Gateway v2 stage ", r.id, " does not write access logs"]),
		"resource_id": r.id,
		"attribute_path": ["access_logging", "enabled"],
	}
}
