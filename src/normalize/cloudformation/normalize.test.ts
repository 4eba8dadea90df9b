import { describe, expect, it } from '@jest/globals';
import { pathKey } from '../../model/resource.js';
import { parseCloudFormation } from '../../parsers/cloudformation/index.js';
import { normalizeTemplate } from '../../testing/pipeline.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { isolated } from './isolate.js';

const run = (text: string) => {
  const doc = parseCloudFormation({ absolutePath: '/r/t.yaml', path: 'stacks/t.yaml', format: 'cloudformation' }, text);
  return normalizeTemplate(doc);
};
const byId = (text: string) => new Map(run(text).resources.map((r) => [r.id, r]));

describe('normalizeCloudFormation: resources', () => {
  const resources = byId(`Parameters:
  Versioning:
    Type: String
    Default: Enabled
Resources:
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration:
        Status: !Ref Versioning
      BucketEncryption: !If [Prod, {ServerSideEncryptionConfiguration: []}, !Ref AWS::NoValue]
  Instance:
    Type: AWS::SSM::Parameter
    Properties:
      ImageId: ami-123
      Monitoring: !Ref AWS::NoValue
`);

  it('uses <Type>/<LogicalId> ids, the template path as scope, and cfn.<Type> for other types', () => {
    expect([...resources.keys()]).toEqual(['AWS::S3::Bucket/Logs', 'AWS::SSM::Parameter/Instance']);
    const instance = resources.get('AWS::SSM::Parameter/Instance')!;
    expect(instance).toMatchObject({
      type: 'cfn.AWS::SSM::Parameter',
      scope: 'stacks/t.yaml',
      source: { format: 'cloudformation', path: 'stacks/t.yaml', nativeType: 'AWS::SSM::Parameter' },
      attributes: { ImageId: 'ami-123' },
    });
    expect(instance.raw).toEqual({ Type: 'AWS::SSM::Parameter', Properties: { ImageId: 'ami-123', Monitoring: { Ref: 'AWS::NoValue' } } });
    expect(instance.provenance.get(pathKey([]))?.startLine).toBe(12);
    expect(instance.provenance.get(pathKey(['ImageId']))?.startLine).toBe(15);
  });

  it('resolves parameter defaults and marks conditional blocks unknown', () => {
    const bucket = resources.get('AWS::S3::Bucket/Logs')!;
    expect(bucket.attributes.versioning).toEqual({ enabled: true, mfa_delete: false });
    expect(bucket.attributes.encryption).toMatchObject({ enabled: true, declared: true, algorithm: { $unknown: true } });
    expect(bucket.provenance.get(pathKey(['versioning', 'enabled']))?.startLine).toBe(10);
    expect(bucket.provenance.get(pathKey(['encryption', 'algorithm']))?.startLine).toBe(11);
  });

  it('warns about entries without a Type and about a malformed Fn::ForEach', () => {
    const result = run('Resources:\n  Broken:\n    Properties: {}\n  Fn::ForEach::Queues:\n    - Name\n    - [A]\n');
    expect(result.resources).toEqual([]);
    expect(result.diagnostics.map((d) => [d.level, d.range.startLine, d.message.split(' ')[0]])).toEqual([
      ['warning', 4, 'Fn::ForEach::Queues'],
      ['warning', 2, 'resource'],
    ]);
  });

  it('returns nothing for a template that did not parse', () => {
    expect(run('Resources:\n  A: [\n')).toEqual({ resources: [], diagnostics: [], excluded: [] });
  });
});

describe('normalizeCloudFormation: S3 buckets', () => {
  const buckets = byId(`Resources:
  Bare:
    Type: AWS::S3::Bucket
  Strings:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: LogDeliveryWrite
      PublicAccessBlockConfiguration:
        BlockPublicAcls: "true"
        IgnorePublicAcls: "FALSE"
      LoggingConfiguration: {}
`);

  it('applies AWS defaults when nothing is declared', () => {
    expect(buckets.get('AWS::S3::Bucket/Bare')!.attributes).toEqual({
      name: { $unknown: true, reason: 'BucketName not set; CloudFormation generates one' },
      acl: 'private',
      encryption: { enabled: true, declared: false, algorithm: 'AES256', kms_key_id: null, bucket_key_enabled: false },
      versioning: { enabled: false, mfa_delete: false },
      public_access_block: { declared: false, block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true },
      logging: { enabled: false, target_bucket: null, target_prefix: null },
      policy: null,
    });
  });

  it('converts string booleans, treats absent keys of a declared block as false, maps canned ACLs', () => {
    const bucket = buckets.get('AWS::S3::Bucket/Strings')!;
    expect(bucket.attributes.acl).toBe('log-delivery-write');
    expect(bucket.attributes.public_access_block).toEqual({
      declared: true, block_public_acls: true, block_public_policy: false, ignore_public_acls: false, restrict_public_buckets: false,
    });
    expect(bucket.provenance.get(pathKey(['public_access_block', 'block_public_acls']))?.startLine).toBe(9);
    // Absent inside the block: the block's line supplied the false.
    expect(bucket.provenance.get(pathKey(['public_access_block', 'block_public_policy']))?.startLine).toBe(8);
  });

  it('treats a logging block without destination as logging into the bucket itself', () => {
    expect(buckets.get('AWS::S3::Bucket/Strings')!.attributes.logging).toEqual({
      enabled: true, target_bucket: { $unknown: true, reason: 'BucketName not set; CloudFormation generates one' }, target_prefix: null,
    });
  });
});

describe('normalizeCloudFormation: one resource that cannot be read', () => {
  it('is that resource\'s NORMALIZE_FAILED diagnostic, and its siblings keep their models', () => {
    const doc = parseCloudFormation(
      { absolutePath: '/r/t.yaml', path: 'stacks/t.yaml', format: 'cloudformation' },
      `Resources:
  Open:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: ssh
      SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}]
  Broken:
    Type: AWS::S3::Bucket
    Properties: {}
  Logs:
    Type: AWS::S3::Bucket
`,
    );
    // Whatever makes a resource's normaliser throw (here: reading its properties; not enumerable,
    // so the whole-template passes that list every key do not see it, as they would not see a bug).
    const broken = (doc.value.Resources as Record<string, Record<string, unknown>>).Broken;
    Object.defineProperty(broken, 'Properties', { enumerable: false, get: () => { throw new Error('boom'); } });
    const result = normalizeTemplate(doc);
    expect(result.resources.map((r) => r.id).sort()).toEqual(['AWS::EC2::SecurityGroup/Open', 'AWS::S3::Bucket/Logs']);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'NORMALIZE_FAILED', level: 'error', message: expect.stringContaining('resource Broken could not be read'), range: expect.objectContaining({ startLine: 7 }) }),
    ]);
  });
});

describe('isolated', () => {
  it('retries resources one by one after a failure, so only the failing one is lost', () => {
    const doc = parseCloudFormation({ absolutePath: '/r/t.yaml', path: 't.yaml', format: 'cloudformation' }, 'Resources:\n  A: {Type: X}\n  B: {Type: X}\n  C: {Type: X}\n');
    const diagnostics: Diagnostic[] = [];
    const items = ['A', 'B', 'C'].map((logicalId) => ({ logicalId }));
    const out = isolated(items, (group) => group.map((item) => { if (item.logicalId === 'B') throw new Error('bad'); return item.logicalId; }), doc, diagnostics);
    expect(out).toEqual(['A', 'C']);
    expect(diagnostics.map((d) => [d.code, d.range.startLine])).toEqual([['NORMALIZE_FAILED', 3]]);
  });
});
