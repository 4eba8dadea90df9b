import { describe, expect, it } from '@jest/globals';
import { isUnknown, type Resource } from '../../model/index.js';
import { parseAwsConfigSnapshot } from '../../parsers/aws-config/index.js';
import { parseCloudFormation } from '../../parsers/cloudformation/index.js';
import { parseTerraform } from '../../parsers/terraform/index.js';
import { normalizeAwsConfig } from '../aws-config/index.js';
import { normalizeTemplate, normalizeTerraformDocs } from '../../testing/pipeline.js';

async function terraform(text: string): Promise<Resource[]> {
  const doc = await parseTerraform({ absolutePath: '/x/main.tf', path: 'main.tf', format: 'terraform' }, text);
  return normalizeTerraformDocs([doc]).resources;
}

function cloudformation(type: string, properties: string): Resource {
  const text = `Resources:\n  Logs:\n    Type: AWS::Logs::LogGroup\n  Stage:\n    Type: ${type}\n    Properties:\n${properties}`;
  const doc = parseCloudFormation({ absolutePath: '/r/t.yaml', path: 't.yaml', format: 'cloudformation' }, text);
  return normalizeTemplate(doc).resources.find((r) => r.id.endsWith('/Stage'))!;
}

function awsConfig(resourceType: string, configuration: unknown): Resource {
  const item = { resourceType, resourceId: 's1', configurationItemStatus: 'OK', configuration };
  const file = { absolutePath: '/s/snap.json', path: 'snap.json', format: 'aws-config' as const };
  return normalizeAwsConfig(parseAwsConfigSnapshot(file, JSON.stringify({ configurationItems: [item] }))).resources[0];
}

describe('API Gateway stages', () => {
  it('Terraform: access logging is the access_log_settings block; tracing is off by default', async () => {
    const [rest, http] = await terraform(`resource "aws_api_gateway_stage" "prod" {
  stage_name = "prod"
  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.logs.arn
    format          = "$context.requestId"
  }
}
resource "aws_apigatewayv2_stage" "prod" {
  name = "prod"
}
`);
    expect(rest.type).toBe('aws.apigateway.stage');
    expect(rest.attributes).toMatchObject({ stage_name: 'prod', access_logging: { enabled: true }, xray_tracing_enabled: false });
    expect(http.type).toBe('aws.apigatewayv2.stage');
    expect(http.attributes).toMatchObject({ stage_name: 'prod', access_logging: { enabled: false, destination_arn: null } });
  });

  it('CloudFormation: a DestinationArn from another resource counts as written', () => {
    const rest = cloudformation('AWS::ApiGateway::Stage', '      StageName: prod\n      TracingEnabled: "true"\n      AccessLogSetting:\n        DestinationArn: !GetAtt Logs.Arn\n');
    expect(rest.attributes).toMatchObject({ access_logging: { enabled: true }, xray_tracing_enabled: true });
    const http = cloudformation('AWS::ApiGatewayV2::Stage', '      StageName: prod\n');
    expect(http.attributes).toMatchObject({ access_logging: { enabled: false, destination_arn: null } });
    const param = cloudformation('AWS::ApiGatewayV2::Stage', '      AccessLogSettings:\n        DestinationArn: !Ref LogArn\n');
    expect(isUnknown((param.attributes as { access_logging: { enabled: unknown } }).access_logging.enabled)).toBe(true);
  });

  it('AWS Config: a recorded stage without accessLogSettings does not log; tracing not recorded is unknown', () => {
    const off = awsConfig('AWS::ApiGateway::Stage', { stageName: 'prod', deploymentId: 'd1' });
    expect(off.attributes).toMatchObject({ access_logging: { enabled: false, destination_arn: null } });
    expect(isUnknown(off.attributes.xray_tracing_enabled)).toBe(true);
    const on = awsConfig('AWS::ApiGatewayV2::Stage', { stageName: '$default', accessLogSettings: { destinationArn: 'arn:aws:logs:eu-west-1:1:log-group:x' } });
    expect(on.attributes).toMatchObject({ access_logging: { enabled: true, destination_arn: 'arn:aws:logs:eu-west-1:1:log-group:x' } });
    const empty = awsConfig('AWS::ApiGatewayV2::Stage', {});
    expect(isUnknown((empty.attributes as { access_logging: { enabled: unknown } }).access_logging.enabled)).toBe(true);
  });
});
