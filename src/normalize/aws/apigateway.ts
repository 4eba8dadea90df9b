import { isUnknown } from '../../model/unknown.js';
import { child, present, text } from '../aws-config/item.js';
import { asRecord } from '../../resolve/cloudformation/convert.js';
import type { CfnRefine, ConfigRefine, FieldTable, ServiceModule, SourceMapping } from './spec.js';

/** API Gateway stages (REST, and HTTP/WebSocket): model/aws/apigateway.ts has the table of sources and defaults. */

/** Intrinsics that always yield a value (an ARN), never AWS::NoValue. */
const VALUE_INTRINSICS = ['Fn::GetAtt', 'Fn::Sub', 'Fn::Join', 'Fn::ImportValue'];

/**
 * CloudFormation: `DestinationArn: !GetAtt Logs.Arn` resolves to unknown (another resource's
 * attribute), yet it is certainly written: access logging is on whatever the ARN turns out to be.
 */
function cfnLoggingWritten(block: string) {
  return (out: Record<string, unknown>, { resource, set }: CfnRefine): void => {
    const written = asRecord(asRecord(asRecord(resource.raw.Properties)?.[block])?.DestinationArn);
    const logging = asRecord(out.access_logging);
    if (written && isUnknown(logging?.enabled) && VALUE_INTRINSICS.some((fn) => fn in written)) {
      set(['access_logging', 'enabled'], true, [block, 'DestinationArn']);
    }
  };
}

/**
 * AWS Config records the GetStage output, which leaves `accessLogSettings` out when a stage has
 * none: a recorded stage (it has a stageName) without a destination does not log access.
 */
function configLoggingOff(out: Record<string, unknown>, { configuration, set }: ConfigRefine): void {
  const logging = asRecord(out.access_logging);
  if (text(child(configuration, 'stageName')) === undefined || !isUnknown(logging?.enabled)) return;
  const settings = child(configuration, 'accessLogSettings');
  set(['access_logging', 'enabled'], false, present(settings) ? settings : undefined);
  set(['access_logging', 'destination_arn'], null);
}

const terraformLogging = (nameAttribute: string): FieldTable => ({
  stage_name: { path: [nameAttribute], kind: 'string' },
  'access_logging.enabled': { path: ['access_log_settings'], kind: 'present' },
  'access_logging.destination_arn': { path: ['access_log_settings', 'destination_arn'], kind: 'string' },
});

function cfnLogging(block: string): FieldTable {
  return {
    stage_name: { path: ['StageName'], kind: 'string' },
    'access_logging.enabled': { path: [block, 'DestinationArn'], kind: 'present' },
    'access_logging.destination_arn': { path: [block, 'DestinationArn'], kind: 'string' },
  };
}

const CONFIG_LOGGING: FieldTable = {
  stage_name: { path: ['configuration', 'stageName'], kind: 'string' },
  'access_logging.enabled': { path: ['configuration', 'accessLogSettings', 'destinationArn'], kind: 'present' },
  'access_logging.destination_arn': { path: ['configuration', 'accessLogSettings', 'destinationArn'], kind: 'string' },
};

const configStage = (nativeType: string, extra: FieldTable = {}): SourceMapping<ConfigRefine> => ({
  nativeTypes: [nativeType],
  fields: { ...CONFIG_LOGGING, ...extra },
  refine: configLoggingOff,
});

export const apigateway: ServiceModule = {
  specs: [
    {
      canonicalType: 'aws.apigateway.stage',
      terraform: {
        nativeTypes: ['aws_api_gateway_stage'],
        fields: { ...terraformLogging('stage_name'), xray_tracing_enabled: { path: ['xray_tracing_enabled'], kind: 'bool', absent: false } },
      },
      cloudformation: {
        nativeTypes: ['AWS::ApiGateway::Stage'],
        fields: { ...cfnLogging('AccessLogSetting'), xray_tracing_enabled: { path: ['TracingEnabled'], kind: 'bool', absent: false } },
        refine: cfnLoggingWritten('AccessLogSetting'),
      },
      awsConfig: configStage('AWS::ApiGateway::Stage', { xray_tracing_enabled: { path: ['configuration', 'tracingEnabled'], kind: 'bool' } }),
    },
    {
      canonicalType: 'aws.apigatewayv2.stage',
      terraform: { nativeTypes: ['aws_apigatewayv2_stage'], fields: terraformLogging('name') },
      cloudformation: {
        nativeTypes: ['AWS::ApiGatewayV2::Stage'],
        fields: cfnLogging('AccessLogSettings'),
        refine: cfnLoggingWritten('AccessLogSettings'),
      },
      awsConfig: configStage('AWS::ApiGatewayV2::Stage'),
    },
  ],
};
