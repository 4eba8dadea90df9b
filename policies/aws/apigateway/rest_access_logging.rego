# METADATA
# scope: package
# title: API Gateway REST API stages write access logs
# description: >-
#   Access logs record who called which method of a REST API stage, from where, and with which
#   result: what investigations and audits need. A stage writes none unless its access log
#   settings name a destination (a CloudWatch Logs group or a Firehose stream). Stages created
#   implicitly by a deployment's stage name are not modelled.
# related_resources:
#   - https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html
# custom:
#   id: AWS-0096
#   severity: MEDIUM
#   resource_types: [aws.apigateway.stage]
#   formats: [terraform, cloudformation, aws-config]
#   recommended_action: >-
#     Add access_log_settings with a destination_arn and a format to the aws_api_gateway_stage
#     (AccessLogSetting with DestinationArn on AWS::ApiGateway::Stage).
#   frameworks:
#     hipaa-security: ["164.312(b)"]
#     iso-27001-2022: ["8.15"]
#     nist-800-53-r5: [AU-2, AU-12]
#     pci-dss-4.0.1: ["10.2.1", "10.2.2"]
#     soc2-2017: [CC7.2]
#   peers:
#     checkov: [CKV_AWS_76]
#     kics: [06ec63e3-9f72-4fe2-a218-2eb9200b8db5]
#     tfsec: [aws-api-gateway-enable-access-logging]
#     trivy: [AVD-AWS-0001, aws-apigateway-enable-access-logging]
#   reads: [access_logging.enabled]
#   deprecated: false
package checks.aws.apigateway.rest_access_logging

import data.lib.scan

# METADATA
# entrypoint: true
deny contains v if {
	some r in scan.resources("aws.apigateway.stage")
	r.attributes.access_logging.enabled == false
	v := {
		"msg": concat("", ["API Gateway REST API stage ", r.id, " does not write access logs"]),
		"resource_id": r.id,
		"attribute_path": ["access_logging", "enabled"],
	}
}
