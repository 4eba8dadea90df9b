import { describe, expect, it } from '@jest/globals';
import { pathKey } from '../../model/resource.js';
import { parseCloudFormation } from '../../parsers/cloudformation/index.js';
import { evaluateConditions } from './conditions.js';
import { templateContext } from './template.js';
import { normalizeTemplate } from '../../testing/pipeline.js';
import { type CfnOptions } from './index.js';

const parse = (text: string) => parseCloudFormation({ absolutePath: '/r/t.yaml', path: 't.yaml', format: 'cloudformation' }, text);
const conditions = (text: string, options?: CfnOptions) => {
  const template = parse(text).value;
  return Object.fromEntries(evaluateConditions(template, templateContext(template, options)));
};

const PARAMETERS = `Parameters:
  Env: {Type: String, Default: prod}
  Port: {Type: Number, Default: 22}
  Free: {Type: String}
Mappings:
  Envs: {prod: {Big: "true"}}
`;

describe('evaluateConditions', () => {
  const values = conditions(`${PARAMETERS}Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Not [!Condition IsProd]
  Port22: !Equals [!Ref Port, "22"]
  FreeSet: !Equals [!Ref Free, x]
  ProdAndFree: !And [!Condition IsProd, !Condition FreeSet]
  DevAndFree: !And [!Condition IsDev, !Condition FreeSet]
  ProdOrFree: !Or [!Condition FreeSet, !Condition IsProd]
  DevOrFree: !Or [!Condition IsDev, !Condition FreeSet]
  InRegion: !Equals [!Ref AWS::Region, us-east-1]
  Big: !Equals [!FindInMap [Envs, !Ref Env, Big], "true"]
  Loop: !Not [!Condition Loop]
  Missing: !Condition Nope
  Lists: !Equals [[a, b], [a, b]]
`);

  it('evaluates Fn::Equals as a string comparison over parameter defaults and mappings', () => {
    expect(values).toMatchObject({ IsProd: true, IsDev: false, Port22: true, Big: true, Lists: true });
  });

  it('uses three-valued logic: a known operand decides And/Or over an unknown one', () => {
    expect(values).toMatchObject({ DevAndFree: false, ProdOrFree: true });
    expect(values.ProdAndFree).toEqual({ $unknown: true, reason: 'parameter Free has no value and no Default' });
    expect(values.DevOrFree).toMatchObject({ $unknown: true });
  });

  it('keeps pseudo parameters, cycles and undeclared conditions unknown', () => {
    expect(values.InRegion).toEqual({ $unknown: true, reason: 'pseudo parameter AWS::Region' });
    expect(values.Loop).toMatchObject({ $unknown: true, reason: 'condition Loop refers to itself' });
    expect(values.Missing).toMatchObject({ $unknown: true, reason: 'condition Nope is not declared' });
  });

  it('uses given parameter values and pseudo parameters over defaults', () => {
    const given = conditions(`${PARAMETERS}Conditions:
  IsProd: !Equals [!Ref Env, prod]
  FreeSet: !Equals [!Ref Free, x]
  InRegion: !Equals [!Ref AWS::Region, us-east-1]
`, { parameters: { Env: 'dev', Free: 'x' }, pseudoParameters: { 'AWS::Region': 'us-east-1' } });
    expect(given).toEqual({ IsProd: false, FreeSet: true, InRegion: true });
  });
});

const TEMPLATE = `${PARAMETERS}Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Equals [!Ref Env, dev]
  FreeSet: !Equals [!Ref Free, x]
Resources:
  ProdBucket:
    Type: AWS::S3::Bucket
    Condition: IsProd
    Properties:
      VersioningConfiguration: !If
        - IsProd
        - Status: Enabled
        - Status: Suspended
      AccessControl: !If [FreeSet, PublicRead, Private]
      BucketName: !If [FreeSet, same, same]
      LoggingConfiguration: !If [IsDev, {LogFilePrefix: x}, !Ref AWS::NoValue]
  DevBucket:
    Type: AWS::S3::Bucket
    Condition: IsDev
  MaybeBucket:
    Type: AWS::S3::Bucket
    Condition: FreeSet
    Properties:
      VersioningConfiguration: !If [FreeSet, {Status: Enabled}, {Status: Suspended}]
`;

describe('normalizeCloudFormation with conditions', () => {
  const result = normalizeTemplate(parse(TEMPLATE));
  const byId = new Map(result.resources.map((r) => [r.id, r]));

  it('leaves out resources whose Condition is false and keeps those whose Condition is true or unknown', () => {
    expect([...byId.keys()]).toEqual(['AWS::S3::Bucket/ProdBucket', 'AWS::S3::Bucket/MaybeBucket']);
    expect(result.excluded).toEqual(['DevBucket']);
  });

  it('picks the Fn::If branch of a known condition, pointing at the property line', () => {
    const bucket = byId.get('AWS::S3::Bucket/ProdBucket')!;
    expect(bucket.attributes.versioning).toEqual({ enabled: true, mfa_delete: false });
    // The chosen branch's Status line, not the Fn::If's.
    expect(bucket.provenance.get(pathKey(['versioning', 'enabled']))?.startLine).toBe(18);
    // A false branch that is AWS::NoValue removes the property: logging stays off.
    expect(bucket.attributes.logging).toEqual({ enabled: false, target_bucket: null, target_prefix: null });
  });

  it('makes Fn::If on an unknown condition unknown, unless both branches are equal', () => {
    const bucket = byId.get('AWS::S3::Bucket/ProdBucket')!;
    expect(bucket.attributes.acl).toEqual({ $unknown: true, reason: expect.stringContaining('Fn::If on condition FreeSet') });
    expect(bucket.provenance.get(pathKey(['acl']))?.startLine).toBe(20);
    expect(bucket.attributes.name).toBe('same');
    expect(byId.get('AWS::S3::Bucket/MaybeBucket')!.attributes.versioning).toMatchObject({ enabled: { $unknown: true } });
  });

  it('follows parameter values given for the stack', () => {
    const dev = normalizeTemplate(parse(TEMPLATE), { parameters: { Env: 'dev', Free: 'x' } });
    expect(dev.resources.map((r) => r.id)).toEqual(['AWS::S3::Bucket/DevBucket', 'AWS::S3::Bucket/MaybeBucket']);
    expect(dev.excluded).toEqual(['ProdBucket']);
    expect(dev.resources[1].attributes.versioning).toEqual({ enabled: true, mfa_delete: false });
  });
});
