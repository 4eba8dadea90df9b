import type { UnknownValue } from '../unknown.js';

type Maybe<T> = T | UnknownValue;

/**
 * Canonical `aws.apigateway.stage`: a stage of a REST API (API Gateway v1). Terraform
 * (`aws_api_gateway_stage`), CloudFormation (`AWS::ApiGateway::Stage`) and AWS Config
 * (`AWS::ApiGateway::Stage` items) fill it.
 *
 * | attribute                      | Terraform                               | CloudFormation                         | AWS Config                               |
 * |--------------------------------|-----------------------------------------|----------------------------------------|------------------------------------------|
 * | access_logging.enabled         | access_log_settings block written, false| AccessLogSetting.DestinationArn written, false | accessLogSettings.destinationArn recorded; false when the recorded stage has none |
 * | access_logging.destination_arn | access_log_settings.destination_arn     | AccessLogSetting.DestinationArn        | accessLogSettings.destinationArn         |
 * | xray_tracing_enabled           | xray_tracing_enabled, false             | TracingEnabled, false                  | tracingEnabled (unknown when not recorded) |
 *
 * GetStage leaves `accessLogSettings` out of a stage that has none, and Config records the GetStage
 * output, so a recorded stage without it has access logging off. Stages created implicitly by a
 * deployment (`stage_name` of `aws_api_gateway_deployment`, `StageName` of
 * `AWS::ApiGateway::Deployment`) are not modelled.
 */
export interface ApiGatewayStage {
  stage_name: Maybe<string> | null;
  access_logging: { enabled: Maybe<boolean>; destination_arn: Maybe<string> | null };
  xray_tracing_enabled: Maybe<boolean>;
}

/**
 * Canonical `aws.apigatewayv2.stage`: a stage of an HTTP or WebSocket API (API Gateway v2).
 * Terraform (`aws_apigatewayv2_stage`), CloudFormation (`AWS::ApiGatewayV2::Stage`) and AWS Config
 * (`AWS::ApiGatewayV2::Stage` items) fill it, with the same rules as `aws.apigateway.stage`
 * (CloudFormation: `AccessLogSettings`).
 */
export interface ApiGatewayV2Stage {
  stage_name: Maybe<string> | null;
  access_logging: { enabled: Maybe<boolean>; destination_arn: Maybe<string> | null };
}
