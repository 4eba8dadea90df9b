import { describe, expect, it } from '@jest/globals';
import { parseAwsConfigSnapshot } from '../../parsers/aws-config/index.js';
import { pathKey } from '../../model/resource.js';
import { liveDocument, normalizeAwsConfig } from './index.js';

const file = { absolutePath: '/scan/snap.json', path: 'snap.json', format: 'aws-config' as const };
const normalize = (items: unknown[]) => normalizeAwsConfig(parseAwsConfigSnapshot(file, JSON.stringify({ configurationItems: items }, null, 2)));
const attrs = (items: unknown[]) => normalize(items).resources.map((r) => r.attributes);

function bucket(supplementaryConfiguration: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    resourceType: 'AWS::S3::Bucket', resourceId: 'b', ARN: 'arn:aws:s3:::b', awsAccountId: '111122223333', awsRegion: 'eu-west-1',
    configurationItemStatus: 'OK', configuration: { name: 'b' }, supplementaryConfiguration, ...extra,
  };
}

function group(ipPermissions: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    resourceType: 'AWS::EC2::SecurityGroup', resourceId: 'sg-1', ARN: 'arn:aws:ec2:eu-west-1:111122223333:security-group/sg-1',
    awsAccountId: '111122223333', awsRegion: 'eu-west-1', configurationItemStatus: 'OK',
    configuration: { groupId: 'sg-1', groupName: 'g', ipPermissions, ipPermissionsEgress: [] }, ...extra,
  };
}

describe('normalizeAwsConfig: items', () => {
  it('keeps only the latest item of a resource from a history file', () => {
    const old = bucket({ BucketVersioningConfiguration: { status: 'Off' } }, { configurationStateId: 1, configurationItemCaptureTime: '2026-01-01T00:00:00Z' });
    const now = bucket({ BucketVersioningConfiguration: { status: 'Enabled' } }, { configurationStateId: 2, configurationItemCaptureTime: '2026-02-01T00:00:00Z' });
    expect(attrs([now, old]).map((a) => (a.versioning as { enabled: unknown }).enabled)).toEqual([true]);
    expect(attrs([old, now]).map((a) => (a.versioning as { enabled: unknown }).enabled)).toEqual([true]);
  });

  it('drops deleted and unrecorded resources, also when deletion is the latest state', () => {
    const live = bucket({}, { configurationStateId: 1 });
    const deleted = bucket({}, { configurationStateId: 2, configurationItemStatus: 'ResourceDeleted', configuration: null });
    expect(normalize([live, deleted]).resources).toEqual([]);
    expect(normalize([bucket({}, { configurationItemStatus: 'ResourceNotRecorded' })]).resources).toEqual([]);
  });

  it('reports an item without identity at its line and goes on', () => {
    const { resources, diagnostics } = normalize([{ configuration: {} }, bucket({})]);
    expect(resources).toHaveLength(1);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'NORMALIZE_FAILED', level: 'warning', range: expect.objectContaining({ startLine: 3 }) })]);
  });

  it('passes other types through with decoded configuration, id = resourceId when there is no ARN', () => {
    const [role] = normalize([{ resourceType: 'AWS::Config::ResourceCompliance', resourceId: 'AWS::S3::Bucket/b', accountId: '1', awsRegion: 'r', configuration: '{"complianceType":"NON_COMPLIANT"}' }]).resources;
    expect(role).toMatchObject({ id: 'AWS::S3::Bucket/b', type: 'awsconfig.AWS::Config::ResourceCompliance', scope: 'aws:1:r', attributes: { complianceType: 'NON_COMPLIANT' } });
    expect(role!.raw.configuration).toEqual({ complianceType: 'NON_COMPLIANT' });
  });

  it('gives live items a path and scope per account and region', () => {
    const item = { ...bucket({}), ARN: undefined, arn: 'arn:aws:s3:::b', awsAccountId: undefined, accountId: '444455556666', configuration: '{"name":"b"}' };
    const [resource] = normalizeAwsConfig(liveDocument([JSON.parse(JSON.stringify(item))])).resources;
    expect(resource).toMatchObject({ id: 'arn:aws:s3:::b', scope: 'aws:444455556666:eu-west-1', source: { path: 'aws-config://444455556666/eu-west-1' } });
    expect(resource!.provenance.get(pathKey([]))).toEqual({ path: 'aws-config://444455556666/eu-west-1', startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 });
  });
});

describe('normalizeAwsConfig: S3 buckets', () => {
  it('reads API JSON strings and PascalCase keys the same as snapshot objects', () => {
    const snapshot = { ServerSideEncryptionConfiguration: { rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyID: 'k' } }] } };
    const api = { ServerSideEncryptionConfiguration: JSON.stringify({ Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'k' } }] }) };
    const expected = { enabled: true, declared: true, algorithm: 'aws:kms', kms_key_id: 'k', bucket_key_enabled: false };
    expect(attrs([bucket(snapshot)])[0]!.encryption).toEqual(expected);
    expect(attrs([bucket(api, { configuration: '{"name":"b"}' })])[0]!.encryption).toEqual(expected);
  });

  it('treats what Config did not record as unknown, except encryption that S3 always applies', () => {
    const [a] = attrs([bucket({})]);
    expect(a!.encryption).toMatchObject({ enabled: true, declared: false, algorithm: { $unknown: true } });
    expect(a!.versioning).toMatchObject({ enabled: { $unknown: true } });
    expect(a!.logging).toMatchObject({ enabled: { $unknown: true } });
    expect(a!.public_access_block).toMatchObject({ declared: false, block_public_policy: { $unknown: true } });
    expect(a!.acl).toMatchObject({ $unknown: true });
  });

  it('reads versioning, logging and the public access block, "true"/"false" strings included', () => {
    const [a] = attrs([bucket({
      BucketVersioningConfiguration: { status: 'Suspended', isMfaDeleteEnabled: true },
      BucketLoggingConfiguration: { destinationBucketName: 'logs', logFilePrefix: null },
      PublicAccessBlockConfiguration: { blockPublicAcls: 'true', ignorePublicAcls: false, blockPublicPolicy: true },
    })]);
    expect(a!.versioning).toEqual({ enabled: false, mfa_delete: true });
    expect(a!.logging).toEqual({ enabled: true, target_bucket: 'logs', target_prefix: null });
    expect(a!.public_access_block).toMatchObject({
      declared: true, block_public_acls: true, ignore_public_acls: false, block_public_policy: true, restrict_public_buckets: { $unknown: true },
    });
  });

  it('reads the bucket policy document, null when there is none', () => {
    const document = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject' }] };
    expect(attrs([bucket({ BucketPolicy: { policyText: JSON.stringify(document) } })])[0]!.policy).toEqual(document);
    expect(attrs([bucket({ BucketPolicy: JSON.stringify({ policyText: JSON.stringify(document) }) })])[0]!.policy).toEqual(document);
    expect(attrs([bucket({ BucketPolicy: { policyText: null } })])[0]!.policy).toBeNull();
    expect(attrs([bucket({ BucketPolicy: { policyText: 'not json' } })])[0]!.policy).toMatchObject({ $unknown: true });
    expect(attrs([bucket({})])[0]!.policy).toMatchObject({ $unknown: true });
  });

  it.each([
    [[], 'private'],
    [[{ grantee: 'AllUsers', permission: 'Read' }], 'public-read'],
    [[{ grantee: 'AllUsers', permission: 'Read' }, { grantee: 'AllUsers', permission: 'Write' }], 'public-read-write'],
    [[{ grantee: { uri: 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers' }, permission: 'READ' }], 'authenticated-read'],
    [[{ grantee: 'LogDelivery', permission: 'Write' }, { grantee: 'LogDelivery', permission: 'ReadAcp' }], 'log-delivery-write'],
  ])('maps grants %j to the canned ACL %s', (grants, canned) => {
    const acl = { owner: { id: 'me' }, grantList: [{ grantee: { id: 'me' }, permission: 'FullControl' }, ...grants] };
    expect(attrs([bucket({ AccessControlList: JSON.stringify(JSON.stringify(acl)) })])[0]!.acl).toBe(canned);
  });

  it('leaves an ACL with grants to other accounts unknown', () => {
    const acl = { owner: { id: 'me' }, grantList: [{ grantee: { id: 'someone-else' }, permission: 'Read' }] };
    expect(attrs([bucket({ AccessControlList: JSON.stringify(acl) })])[0]!.acl).toMatchObject({ $unknown: true });
  });
});

describe('normalizeAwsConfig: security groups', () => {
  it('maps protocol numbers and "all traffic" as model/aws/ec2.ts says', () => {
    const [g] = attrs([group([
      { ipProtocol: '6', fromPort: 22, toPort: 22, ipv4Ranges: [{ cidrIp: '0.0.0.0/0' }] },
      { ipProtocol: -1, ipv4Ranges: [{ cidrIp: '10.0.0.0/8' }] },
      { ipProtocol: '50', ipv4Ranges: [] },
      { ipProtocol: 'icmp', fromPort: 8, toPort: -1 },
      { ipProtocol: '58', fromPort: -1, toPort: -1 },
    ])]);
    const rules = g!.ingress as { protocol: unknown; from_port: unknown; to_port: unknown }[];
    expect(rules.map((r) => [r.protocol, r.from_port, r.to_port])).toEqual([
      ['tcp', 22, 22], ['-1', 0, 65535], ['50', 0, 65535], ['icmp', 8, -1], ['icmpv6', -1, -1],
    ]);
  });

  it('leaves missing TCP ports and protocol unknown, never "all"', () => {
    const [g] = attrs([group([{ ipProtocol: 'tcp', ipv4Ranges: [{ cidrIp: '0.0.0.0/0' }] }, { fromPort: 22, toPort: 22 }])]);
    const rules = g!.ingress as Record<string, unknown>[];
    expect(rules[0]).toMatchObject({ from_port: { $unknown: true }, to_port: { $unknown: true } });
    expect(rules[1]).toMatchObject({ protocol: { $unknown: true }, from_port: 22 });
  });

  it('reads peers: legacy ipRanges, IPv6, prefix lists, other groups and itself', () => {
    const [g] = attrs([group([{
      ipProtocol: 'tcp', fromPort: 443, toPort: 443, ipRanges: ['192.0.2.0/24'],
      ipv6Ranges: [{ cidrIpv6: '::/0', description: 'v6' }], prefixListIds: [{ prefixListId: 'pl-1', description: 'cdn' }],
      userIdGroupPairs: [{ groupId: 'sg-1' }, { groupId: 'sg-2', userId: '1' }],
    }])]);
    expect((g!.ingress as unknown[])[0]).toEqual({
      protocol: 'tcp', from_port: 443, to_port: 443, cidr_ipv4: ['192.0.2.0/24'], cidr_ipv6: ['::/0'],
      source_security_group_ids: ['sg-2'], prefix_list_ids: ['pl-1'], self: true, description: 'v6; cdn',
    });
  });

  it('locates each CIDR on its own line in the snapshot', () => {
    const [resource] = normalize([group([{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: [{ cidrIp: '10.0.0.0/8' }, { cidrIp: '0.0.0.0/0' }] }])]).resources;
    const first = resource!.provenance.get(pathKey(['ingress', 0, 'cidr_ipv4', 0]))!.startLine;
    expect(resource!.provenance.get(pathKey(['ingress', 0, 'cidr_ipv4', 1]))!.startLine).toBe(first + 3);
  });
});
