import { describe, expect, it } from '@jest/globals';
import { pathKey } from '../../model/resource.js';
import type { Resource } from '../../model/resource.js';
import { parseCloudFormation } from '../../parsers/cloudformation/index.js';
import { normalizeTemplate } from '../../testing/pipeline.js';

const TEMPLATE = `Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Runtime: python3.12
    Timeout: 10
    Environment:
      Variables:
        STAGE: prod
        LEVEL: info
    Layers:
      - arn:layer:global
  Api:
    TracingEnabled: true
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Timeout: 30
      Environment:
        Variables:
          LEVEL: debug
      Layers:
        - arn:layer:own
  Other:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs20.x
      Environment: !If [Never, {Variables: {A: b}}, {}]
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
  Table:
    Type: AWS::Serverless::SimpleTable
`;

const normalize = (text: string) => {
  const doc = parseCloudFormation({ absolutePath: '/r/sam.yaml', path: 'sam.yaml', format: 'cloudformation' }, text);
  const result = normalizeTemplate(doc);
  return { ...result, byId: new Map(result.resources.map((r) => [r.id, r])) };
};
const line = (resource: Resource, path: (string | number)[]) => resource.provenance.get(pathKey(path))?.startLine;

describe('SAM Globals', () => {
  const { byId } = normalize(TEMPLATE);
  const fn = byId.get('AWS::Lambda::Function/Fn')!;

  it('merges maps key by key, appends lists to the globals, and lets the resource win on scalars', () => {
    expect(fn.raw.Properties).toEqual({
      Runtime: 'python3.12',
      Timeout: 30,
      Handler: 'app.handler',
      Environment: { Variables: { STAGE: 'prod', LEVEL: 'debug' } },
      Layers: ['arn:layer:global', 'arn:layer:own'],
    });
    expect(byId.get('AWS::Lambda::Function/Other')!.raw.Properties).toMatchObject({ Runtime: 'nodejs20.x', Timeout: 10 });
  });

  it('points merged values at the line that wrote them: the Globals section or the resource', () => {
    expect(line(fn, [])).toBe(15);
    expect(line(fn, ['runtime'])).toBe(4);
    expect(line(byId.get('AWS::Lambda::Function/Other')!, ['runtime'])).toBe(28);
  });

  it('merges each section into its own type only', () => {
    const stage = byId.get('AWS::ApiGateway::Stage/ApiprodStage')!;
    expect(stage.attributes).toMatchObject({ stage_name: 'prod', xray_tracing_enabled: true });
    expect(line(stage, ['xray_tracing_enabled'])).toBe(13);
    expect(byId.get('AWS::DynamoDB::Table/Table')!.raw.Properties).not.toHaveProperty('Runtime');
  });

  it('does not merge Globals or translate without the SAM transform', () => {
    const plain = normalize(TEMPLATE.replace(/^Transform.*\n/, ''));
    const [first] = plain.resources;
    expect(first.id).toBe('AWS::Serverless::Function/Fn');
    expect(first.attributes).not.toHaveProperty('Runtime');
  });
});

describe('SAM resources normalise into what they deploy', () => {
  const { byId, diagnostics } = normalize(`Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Condition: Always
    Metadata:
      posture: {ignore: [{id: AWS-0001, reason: test}]}
    Properties:
      FunctionName: orders
      Runtime: python3.8
      Tracing: Active
      FunctionUrlConfig:
        AuthType: NONE
      Tags:
        team: payments
  Open:
    Type: AWS::Lambda::Permission
    Properties:
      FunctionName: !Ref Fn
      Action: lambda:InvokeFunction
      Principal: "*"
  Http:
    Type: AWS::Serverless::HttpApi
    Properties:
      AccessLogSettings:
        DestinationArn: !GetAtt Logs.Arn
        Format: $context.requestId
  Table:
    Type: AWS::Serverless::SimpleTable
    Properties:
      PrimaryKey: {Name: pk, Type: Number}
      SSESpecification: {SSEEnabled: true}
  Machine:
    Type: AWS::Serverless::StateMachine
    Properties:
      Type: EXPRESS
      Logging:
        Level: ALL
Conditions:
  Always: !Equals [a, a]
`);

  it('gives the Lambda checks a function with its tracing, URL and permissions', () => {
    const fn = byId.get('AWS::Lambda::Function/Fn')!;
    expect(fn).toMatchObject({ type: 'aws.lambda.function', source: { nativeType: 'AWS::Lambda::Function' } });
    expect(fn.attributes).toMatchObject({ name: 'orders', runtime: 'python3.8', tracing_mode: 'Active', url_auth_type: 'NONE' });
    expect(fn.attributes.permissions).toEqual([expect.objectContaining({ id: 'AWS::Lambda::Permission/Open', principal: '*' })]);
    expect([line(fn, ['tracing_mode']), line(fn, ['url_auth_type']), line(fn, ['permissions', 0])]).toEqual([11, 12, 16]);
    expect(fn.raw).toMatchObject({ Condition: 'Always', Metadata: { posture: { ignore: [{ id: 'AWS-0001' }] } } });
    expect(fn.raw.Properties).toMatchObject({ TracingConfig: { Mode: 'Active' }, Tags: [{ Key: 'team', Value: 'payments' }] });
    expect(byId.has('AWS::Lambda::Url/FnUrl')).toBe(false);
  });

  it('gives the API Gateway checks the HTTP API default stage, logging on to an ARN known after deployment', () => {
    const stage = byId.get('AWS::ApiGatewayV2::Stage/HttpApiGatewayDefaultStage')!;
    expect(stage).toMatchObject({ type: 'aws.apigatewayv2.stage', attributes: { stage_name: '$default', access_logging: { enabled: true } } });
    expect(line(stage, ['access_logging', 'enabled'])).toBe(26);
    expect(line(stage, [])).toBe(22);
    expect(byId.get('AWS::ApiGatewayV2::Api/Http')?.raw.Properties).toMatchObject({ ProtocolType: 'HTTP' });
  });

  it('gives the DynamoDB checks a table whose SimpleTable cannot turn on recovery', () => {
    const table = byId.get('AWS::DynamoDB::Table/Table')!;
    expect(table.type).toBe('aws.dynamodb.table');
    expect(table.attributes).toMatchObject({ point_in_time_recovery_enabled: false, deletion_protection_enabled: false, encryption: { kms_enabled: true } });
    expect(table.raw.Properties).toMatchObject({ KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeType: 'N' }], BillingMode: 'PAY_PER_REQUEST' });
    expect(line(table, ['encryption', 'kms_enabled'])).toBe(32);
  });

  it('passes a state machine through as the Step Functions resource, with no diagnostics', () => {
    expect(byId.get('AWS::StepFunctions::StateMachine/Machine')!.raw.Properties).toEqual({ StateMachineType: 'EXPRESS', LoggingConfiguration: { Level: 'ALL' } });
    expect(diagnostics).toEqual([]);
  });
});

describe('SAM implicit APIs', () => {
  const template = (events: string) => `Transform: AWS::Serverless-2016-10-31
Globals:
  Api:
    AccessLogSetting:
      DestinationArn: arn:aws:logs:eu-west-1:111122223333:log-group:api
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Events:
${events}`;

  it('creates ServerlessRestApi and its Prod stage for an Api event, Globals applied, located at the event', () => {
    const { byId } = normalize(template(`        Get:
          Type: Api
          Properties: {Path: /, Method: get}
        Post:
          Type: Api
          Properties: {Path: /, Method: post}
        Http:
          Type: HttpApi
`));
    const stage = byId.get('AWS::ApiGateway::Stage/ServerlessRestApiProdStage')!;
    expect(stage.attributes).toMatchObject({ stage_name: 'Prod', access_logging: { enabled: true } });
    expect([line(stage, []), line(stage, ['stage_name']), line(stage, ['access_logging', 'enabled'])]).toEqual([12, 12, 5]);
    expect(byId.has('AWS::ApiGateway::RestApi/ServerlessRestApi')).toBe(true);
    const http = byId.get('AWS::ApiGatewayV2::Stage/ServerlessHttpApiApiGatewayDefaultStage')!;
    expect(http.attributes).toMatchObject({ stage_name: '$default', access_logging: { enabled: false } });
    expect(line(http, [])).toBe(18);
  });

  it('creates none for events that name their API', () => {
    const { byId } = normalize(template(`        Get:
          Type: Api
          Properties: {Path: /, Method: get, RestApiId: !Ref Mine}
`));
    expect([...byId.keys()]).toEqual(['AWS::Lambda::Function/Fn']);
  });
});
