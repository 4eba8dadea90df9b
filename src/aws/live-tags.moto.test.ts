import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConfigServiceClient, PutConfigurationAggregatorCommand } from '@aws-sdk/client-config-service';
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { CreateBucketCommand, PutBucketTaggingCommand, S3Client } from '@aws-sdk/client-s3';
import { liveDocument, normalizeAwsConfig } from '../normalize/aws-config/index.js';
import { stackOriginOf } from '../normalize/aws-config/stack-tags.js';
import { startFaultProxy, type FaultAction, type FaultProxy, type ProxiedRequest } from '../testing/fault-proxy.js';
import { MOTO_CREDENTIALS, motoInstalled, startMoto, type MotoServer } from '../testing/moto.js';
import { fetchConfigurationItems } from './config-items.js';

const REGION = 'us-east-1';
const ACCOUNT = '123456789012';
const TYPES = ['AWS::S3::Bucket', 'AWS::IAM::Role'];
const CFN_TAGS = [
  { Key: 'aws:cloudformation:stack-name', Value: 'web' },
  { Key: 'aws:cloudformation:logical-id', Value: 'WebRole' },
];

// Needs scripts/install-moto.sh; CI installs it and must not skip, a laptop without it may.
const describeMoto = motoInstalled() || process.env.CI ? describe : describe.skip;

/**
 * Tags of live items, through the real SDK against moto (behind the fault proxy, which counts the
 * calls and injects failures). moto 5.2.5 answers SelectResourceConfig with canned rows only
 * (none over HTTP) and lacks SelectAggregateResourceConfig, so here the tags come from where
 * Config writes them inside the items: a role's `configuration.tags`, a bucket's
 * `BucketTaggingConfiguration`.
 */
describeMoto('tags of items fetched from the Config API (moto)', () => {
  let moto: MotoServer;
  let proxy: FaultProxy | undefined;

  beforeAll(async () => {
    moto = await startMoto();
    const s3 = new S3Client({ region: REGION, endpoint: moto.endpoint, forcePathStyle: true, credentials: MOTO_CREDENTIALS });
    await s3.send(new CreateBucketCommand({ Bucket: 'tagged-bucket' }));
    await s3.send(new PutBucketTaggingCommand({ Bucket: 'tagged-bucket', Tagging: { TagSet: [{ Key: 'team', Value: 'data' }] } }));
    await s3.send(new CreateBucketCommand({ Bucket: 'bare-bucket' }));
    s3.destroy();
    // S3 refuses `aws:` tag keys from users (only CloudFormation may set them); moto's IAM takes them.
    const iam = new IAMClient({ region: REGION, endpoint: moto.endpoint, credentials: MOTO_CREDENTIALS });
    const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
    await iam.send(new CreateRoleCommand({ RoleName: 'web-role', AssumeRolePolicyDocument: trust, Tags: CFN_TAGS }));
    iam.destroy();
    const config = new ConfigServiceClient({ region: REGION, endpoint: moto.endpoint, credentials: MOTO_CREDENTIALS });
    await config.send(new PutConfigurationAggregatorCommand({ ConfigurationAggregatorName: 'org', AccountAggregationSources: [{ AccountIds: [ACCOUNT], AllAwsRegions: true }] }));
    config.destroy();
  });

  afterAll(async () => {
    await proxy?.close();
    await moto?.stop();
  });

  const fetchThrough = async (plan: (request: ProxiedRequest) => FaultAction, aggregator?: string) => {
    await proxy?.close();
    proxy = await startFaultProxy(moto.endpoint, plan);
    return fetchConfigurationItems({
      regions: [REGION], resourceTypes: TYPES, aggregator, endpoint: proxy.endpoint, credentials: MOTO_CREDENTIALS, maxAttempts: 3,
    });
  };
  const byId = (items: Record<string, unknown>[]) => Object.fromEntries(items.map((i) => [i.resourceId as string, i]));
  const selects = () => proxy!.log.filter((l) => l.operation.startsWith('Select'));

  it('gives each item its tags as a map, with one query for the region; unknown stays unknown', async () => {
    const { items, failures, warnings } = await fetchThrough(() => 'forward');
    expect({ failures, warnings }).toEqual({ failures: [], warnings: [] });
    // Both types in one expression, one page: one call, however many resources.
    expect(selects()).toEqual([{ operation: 'SelectResourceConfig', action: 'forward' }]);
    const items_ = byId(items);
    expect(items_['tagged-bucket']!.tags).toEqual({ team: 'data' });
    const role = Object.values(items_).find((i) => i.resourceName === 'web-role')!;
    expect(role.tags).toEqual({ 'aws:cloudformation:stack-name': 'web', 'aws:cloudformation:logical-id': 'WebRole' });
    // No tagging configuration and no query row: its tags are not known, so none are invented.
    expect(items_['bare-bucket']!.tags).toBeUndefined();
    const { resources } = normalizeAwsConfig(liveDocument(items));
    const liveRole = resources.find((r) => r.source.nativeType === 'AWS::IAM::Role')!;
    expect(stackOriginOf(liveRole.raw)).toEqual({ stackName: 'web', logicalId: 'WebRole' });
  });

  it('keeps every item when the tag query is refused, and says so once', async () => {
    const { items, failures, warnings } = await fetchThrough(({ operation }) =>
      operation === 'SelectResourceConfig' ? { status: 400, errorType: 'AccessDeniedException', message: 'not authorized to perform config:SelectResourceConfig' } : 'forward');
    expect(failures).toEqual([]);
    expect(items).toHaveLength(3);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^tags in us-east-1: the advanced query failed \(.*not authorized.*\)/);
    // The tags Config writes inside the items are still read.
    expect(byId(items)['tagged-bucket']!.tags).toEqual({ team: 'data' });
  });

  it('retries a throttled tag query', async () => {
    let throttled = 0;
    const { warnings } = await fetchThrough(({ operation }) =>
      operation === 'SelectResourceConfig' && throttled++ === 0 ? { status: 400, errorType: 'ThrottlingException', message: 'Rate exceeded' } : 'forward');
    expect(warnings).toEqual([]);
    expect(selects().map((s) => s.action)).toEqual(['400 ThrottlingException', 'forward']);
  });

  it('through an aggregator: one aggregate query; moto lacks it, so a warning and the items kept', async () => {
    const { items, failures, warnings } = await fetchThrough(() => 'forward', 'org');
    expect(failures).toEqual([]);
    // moto's aggregator repeats the global role once per region; the three resources are all there.
    expect(new Set(items.map((i) => i.resourceName))).toEqual(new Set(['tagged-bucket', 'bare-bucket', 'web-role']));
    expect(selects().every((s) => s.operation === 'SelectAggregateResourceConfig')).toBe(true);
    expect(warnings).toEqual([expect.stringMatching(/^tags through aggregator org: the advanced query failed/)]);
    expect(byId(items)['tagged-bucket']!.tags).toEqual({ team: 'data' });
  });
});
