import type { AttributePath } from '../../model/source.js';
import { asRecord } from './convert.js';

/** A property of a generated resource and the SAM property it comes from. */
export interface Rename {
  cfn: AttributePath;
  sam: AttributePath;
}

/** One CloudFormation resource the SAM translator would generate from a SAM resource. */
export interface Generated {
  logicalId: string;
  type: string;
  properties: Record<string, unknown>;
  renames: Rename[];
  /** The SAM property that makes this resource (a URL's FunctionUrlConfig); else the SAM resource. */
  anchor?: AttributePath;
}

/** What a translator sees: the SAM resource's Properties with Globals merged in. */
export interface SamInput {
  logicalId: string;
  properties: Record<string, unknown>;
  /** Resolves a value (a StageName that is a parameter) to name a generated resource. */
  resolve: (value: unknown) => unknown;
}

/** Builds a generated resource's Properties, recording where each one is written. */
class Builder {
  readonly properties: Record<string, unknown> = {};
  readonly renames: Rename[] = [];

  constructor(private readonly sam: Record<string, unknown>) {}

  /** Copies SAM property `from` (when written) to `to`. */
  copy(from: string, to: AttributePath = [from]): this {
    if (from in this.sam) this.set(to, this.sam[from], [from]);
    return this;
  }

  set(to: AttributePath, value: unknown, from?: AttributePath): this {
    let target = this.properties;
    for (const key of to.slice(0, -1)) target = (target[key as string] ??= {}) as Record<string, unknown>;
    target[to[to.length - 1] as string] = value;
    if (from) this.renames.push({ cfn: to, sam: from });
    return this;
  }

  /** SAM writes Tags as a map; CloudFormation as a list of `{Key, Value}`. */
  tags(to = 'Tags'): this {
    const tags = asRecord(this.sam.Tags);
    if (!tags) return this.copy('Tags', [to]);
    const list = Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
    this.set([to], list);
    Object.keys(tags).forEach((key, i) => this.renames.push({ cfn: [to, i], sam: ['Tags', key] }, { cfn: [to, i, 'Value'], sam: ['Tags', key] }));
    return this;
  }

  build(logicalId: string, type: string): Generated {
    return { logicalId, type, properties: this.properties, renames: this.renames };
  }
}

const FUNCTION_PROPERTIES = [
  'FunctionName', 'Description', 'Runtime', 'Handler', 'PackageType', 'MemorySize', 'Timeout', 'Role', 'Environment', 'VpcConfig',
  'KmsKeyArn', 'Layers', 'ReservedConcurrentExecutions', 'Architectures', 'EphemeralStorage', 'ImageConfig', 'SnapStart',
  'LoggingConfig', 'RuntimeManagementConfig', 'FileSystemConfigs', 'CodeSigningConfigArn', 'RecursiveLoop',
];

/**
 * `AWS::Serverless::Function` → `AWS::Lambda::Function` (same logical id) and, with
 * `FunctionUrlConfig`, its `AWS::Lambda::Url` `<Id>Url`. The translator also adds a public
 * permission for a URL with AuthType NONE; it is left out here, so that one open URL is one
 * finding (url_auth_type), not two. The execution role SAM generates is not modelled.
 */
function translateFunction({ logicalId, properties: sam }: SamInput): Generated[] {
  const fn = new Builder(sam);
  for (const name of FUNCTION_PROPERTIES) fn.copy(name);
  if ('Tracing' in sam && sam.Tracing !== 'Disabled') fn.set(['TracingConfig', 'Mode'], sam.Tracing, ['Tracing']);
  if (asRecord(sam.DeadLetterQueue)) fn.set(['DeadLetterConfig', 'TargetArn'], asRecord(sam.DeadLetterQueue)!.TargetArn, ['DeadLetterQueue', 'TargetArn']);
  if ('InlineCode' in sam) fn.set(['Code', 'ZipFile'], sam.InlineCode, ['InlineCode']);
  else if ('ImageUri' in sam) fn.set(['Code', 'ImageUri'], sam.ImageUri, ['ImageUri']);
  else fn.copy('CodeUri', ['Code']);
  fn.tags();
  const out = [fn.build(logicalId, 'AWS::Lambda::Function')];
  const urlConfig = asRecord(sam.FunctionUrlConfig);
  if (urlConfig) {
    const url = new Builder(urlConfig).copy('AuthType').copy('Cors').copy('InvokeMode').set(['TargetFunctionArn'], { Ref: logicalId });
    url.renames.forEach((rename) => rename.sam.unshift('FunctionUrlConfig'));
    out.push({ ...url.build(`${logicalId}Url`, 'AWS::Lambda::Url'), anchor: ['FunctionUrlConfig'] });
  }
  return out;
}

/** SAM names a stage `<Api><StageName>Stage`, with the stage name's non-alphanumerics dropped. */
function stageId(api: string, stageName: unknown, fallback: string): string {
  return typeof stageName === 'string' ? `${api}${stageName.replace(/[^A-Za-z0-9]/g, '')}Stage` : `${api}${fallback}`;
}

/** `AWS::Serverless::Api` → `AWS::ApiGateway::RestApi` (same id) and its `AWS::ApiGateway::Stage`. */
function translateApi({ logicalId, properties: sam, resolve }: SamInput): Generated[] {
  const api = new Builder(sam).copy('Name').copy('Description').copy('BinaryMediaTypes').copy('MinimumCompressionSize')
    .copy('DisableExecuteApiEndpoint').copy('Mode').copy('ApiKeySourceType').copy('FailOnWarnings')
    .copy('DefinitionBody', ['Body']).copy('DefinitionUri', ['BodyS3Location']);
  const endpoint = asRecord(sam.EndpointConfiguration);
  if (endpoint) api.set(['EndpointConfiguration', 'Types'], [endpoint.Type], ['EndpointConfiguration', 'Type']);
  else if ('EndpointConfiguration' in sam) api.set(['EndpointConfiguration', 'Types'], [sam.EndpointConfiguration], ['EndpointConfiguration']);
  const stage = new Builder(sam).copy('StageName').set(['RestApiId'], { Ref: logicalId }).copy('AccessLogSetting').copy('TracingEnabled')
    .copy('MethodSettings').copy('CacheClusterEnabled').copy('CacheClusterSize').copy('Variables').copy('CanarySetting').tags();
  return [api.build(logicalId, 'AWS::ApiGateway::RestApi'), stage.build(stageId(logicalId, resolve(sam.StageName), 'Stage'), 'AWS::ApiGateway::Stage')];
}

/** `AWS::Serverless::HttpApi` → `AWS::ApiGatewayV2::Api` (same id) and its stage (`$default` unless named). */
function translateHttpApi({ logicalId, properties: sam, resolve }: SamInput): Generated[] {
  const api = new Builder(sam).copy('Name').copy('Description').copy('DisableExecuteApiEndpoint').copy('FailOnWarnings')
    .copy('DefinitionBody', ['Body']).copy('DefinitionUri', ['BodyS3Location']).set(['ProtocolType'], 'HTTP');
  if (asRecord(sam.CorsConfiguration)) api.copy('CorsConfiguration');
  const name = resolve(sam.StageName);
  const stage = new Builder(sam).set(['ApiId'], { Ref: logicalId }).set(['AutoDeploy'], true).copy('AccessLogSettings')
    .copy('DefaultRouteSettings').copy('RouteSettings').copy('StageVariables').copy('Tags');
  if ('StageName' in sam) stage.copy('StageName');
  else stage.set(['StageName'], '$default');
  const id = name === undefined || name === '$default' ? `${logicalId}ApiGatewayDefaultStage` : stageId(logicalId, name, 'Stage');
  return [api.build(logicalId, 'AWS::ApiGatewayV2::Api'), stage.build(id, 'AWS::ApiGatewayV2::Stage')];
}

const ATTRIBUTE_TYPES: Record<string, string> = { String: 'S', Number: 'N', Binary: 'B' };

/**
 * `AWS::Serverless::SimpleTable` → `AWS::DynamoDB::Table` (same id): a hash key (`id`, a
 * string, unless `PrimaryKey` says otherwise), on-demand unless ProvisionedThroughput is set.
 * SimpleTable has no point-in-time recovery or deletion protection settings: they are off.
 */
function translateSimpleTable({ logicalId, properties: sam }: SamInput): Generated[] {
  const table = new Builder(sam).copy('TableName').copy('SSESpecification').tags();
  const key = asRecord(sam.PrimaryKey);
  const name = key && 'Name' in key ? key.Name : 'id';
  const type = key && typeof key.Type === 'string' ? (ATTRIBUTE_TYPES[key.Type] ?? key.Type) : 'S';
  const from = key ? ['PrimaryKey'] : undefined;
  table.set(['KeySchema'], [{ AttributeName: name, KeyType: 'HASH' }], from).set(['AttributeDefinitions'], [{ AttributeName: name, AttributeType: type }], from);
  if ('ProvisionedThroughput' in sam) table.copy('ProvisionedThroughput');
  else table.set(['BillingMode'], 'PAY_PER_REQUEST');
  return [table.build(logicalId, 'AWS::DynamoDB::Table')];
}

/** `AWS::Serverless::StateMachine` → `AWS::StepFunctions::StateMachine` (same id). */
function translateStateMachine({ logicalId, properties: sam }: SamInput): Generated[] {
  const machine = new Builder(sam).copy('Name', ['StateMachineName']).copy('Definition').copy('DefinitionUri', ['DefinitionS3Location'])
    .copy('DefinitionSubstitutions').copy('Logging', ['LoggingConfiguration']).copy('Tracing', ['TracingConfiguration'])
    .copy('Role', ['RoleArn']).copy('Type', ['StateMachineType']).copy('PermissionsBoundary').tags();
  return [machine.build(logicalId, 'AWS::StepFunctions::StateMachine')];
}

/** The SAM types translated into what they deploy; other SAM types pass through as written. */
export const SAM_TRANSLATORS: Record<string, (input: SamInput) => Generated[]> = {
  'AWS::Serverless::Function': translateFunction,
  'AWS::Serverless::Api': translateApi,
  'AWS::Serverless::HttpApi': translateHttpApi,
  'AWS::Serverless::SimpleTable': translateSimpleTable,
  'AWS::Serverless::StateMachine': translateStateMachine,
};
