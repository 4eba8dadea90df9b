import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConfigServiceClient, PutConfigurationAggregatorCommand } from '@aws-sdk/client-config-service';
import {
  CreateBucketCommand,
  PutBucketEncryptionCommand,
  PutBucketVersioningCommand,
  PutPublicAccessBlockCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { liveDocument, normalizeAwsConfig } from '../normalize/aws-config/index.js';
import type { Resource } from '../model/resource.js';
import { MOTO_CREDENTIALS, motoInstalled, startMoto, type MotoServer } from '../testing/moto.js';
import { DEFAULT_AWS_RESOURCE_TYPES } from '../cli/args.js';
import { fetchConfigurationItems, type FetchOptions } from './config-items.js';

const REGION = 'us-east-1';
const ACCOUNT = '123456789012'; // moto's default account
const TYPES = ['AWS::S3::Bucket', 'AWS::EC2::SecurityGroup'];

// Needs scripts/install-moto.sh; CI installs it and must not skip, a laptop without it may.
const describeMoto = motoInstalled() || process.env.CI ? describe : describe.skip;

/** Through the real SDK against a real moto server: create buckets with S3, read them back through Config. */
describeMoto('fetchConfigurationItems against moto', () => {
  let moto: MotoServer;

  beforeAll(async () => {
    moto = await startMoto();
    const s3 = new S3Client({ region: REGION, endpoint: moto.endpoint, forcePathStyle: true, credentials: MOTO_CREDENTIALS });
    await s3.send(new CreateBucketCommand({ Bucket: 'secure-bucket' }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: 'secure-bucket', VersioningConfiguration: { Status: 'Enabled' } }));
    await s3.send(new PutBucketEncryptionCommand({
      Bucket: 'secure-bucket',
      ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'alias/data' } }] },
    }));
    await s3.send(new PutPublicAccessBlockCommand({
      Bucket: 'secure-bucket',
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: false },
    }));
    await s3.send(new CreateBucketCommand({ Bucket: 'bare-bucket' }));
    s3.destroy();
  });

  afterAll(async () => {
    await moto?.stop();
  });

  const fetchLive = (options: Partial<FetchOptions> = {}) =>
    fetchConfigurationItems({ regions: [REGION], resourceTypes: TYPES, endpoint: moto.endpoint, credentials: MOTO_CREDENTIALS, ...options });

  function byName(resources: Resource[]): Record<string, Resource> {
    return Object.fromEntries(resources.map((r) => [(r.attributes as { name: string }).name, r]));
  }

  it('lists and fetches every bucket, as API items with JSON strings', async () => {
    const progress: unknown[] = [];
    const { items, failures } = await fetchLive({ onProgress: (p) => progress.push(p) });
    expect(failures).toEqual([]);
    // moto's Config does not record security groups: an empty list, not a failure.
    expect(progress).toEqual(expect.arrayContaining([
      { region: REGION, resourceType: 'AWS::S3::Bucket', fetched: 2 },
      { region: REGION, resourceType: 'AWS::EC2::SecurityGroup', fetched: 0 },
    ]));
    expect(items.map((i) => i.resourceId).sort()).toEqual(['bare-bucket', 'secure-bucket']);
    expect(typeof items[0]!.configuration).toBe('string');
  });

  it('normalises the live items into canonical buckets', async () => {
    const { resources, diagnostics } = normalizeAwsConfig(liveDocument((await fetchLive()).items));
    expect(diagnostics).toEqual([]);
    const buckets = byName(resources);
    const secure = buckets['secure-bucket']!;
    expect(secure.id).toBe('arn:aws:s3:::secure-bucket');
    expect(secure.type).toBe('aws.s3.bucket');
    expect(secure.scope).toBe(`aws:${ACCOUNT}:${REGION}`);
    expect(secure.source).toEqual({ format: 'aws-config', path: `aws-config://${ACCOUNT}/${REGION}`, nativeType: 'AWS::S3::Bucket' });
    expect(secure.attributes.acl).toBe('private');
    expect(secure.attributes.public_access_block).toEqual({
      declared: true, block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: false,
    });
    expect(secure.attributes.logging).toEqual({ enabled: false, target_bucket: null, target_prefix: null });
    // moto 5.2.5 records neither versioning nor encryption in Config (S3 FakeBucket.to_config_dict):
    // both stay unknown rather than guessed, though the bucket has them.
    expect(secure.attributes.versioning).toEqual({ enabled: expect.objectContaining({ $unknown: true }), mfa_delete: expect.objectContaining({ $unknown: true }) });
    expect(secure.attributes.encryption).toMatchObject({ enabled: true, declared: false, algorithm: { $unknown: true } });
    expect(buckets['bare-bucket']!.attributes.public_access_block).toMatchObject({ declared: false, block_public_acls: { $unknown: true } });
  });

  it('reads every default type (posture aws without --resource-types): none fails, buckets come back', async () => {
    const { items, failures } = await fetchLive({ resourceTypes: [...DEFAULT_AWS_RESOURCE_TYPES] });
    expect(DEFAULT_AWS_RESOURCE_TYPES.length).toBeGreaterThan(30);
    expect(failures).toEqual([]);
    expect(items.filter((i) => i.resourceType === 'AWS::S3::Bucket').map((i) => i.resourceId).sort()).toEqual(['bare-bucket', 'secure-bucket']);
  });

  it('reads through an aggregator', async () => {
    const config = new ConfigServiceClient({ region: REGION, endpoint: moto.endpoint, credentials: MOTO_CREDENTIALS });
    await config.send(new PutConfigurationAggregatorCommand({
      ConfigurationAggregatorName: 'org',
      AccountAggregationSources: [{ AccountIds: [ACCOUNT], AllAwsRegions: true }],
    }));
    config.destroy();
    const { items, failures } = await fetchLive({ aggregator: 'org' });
    expect(failures).toEqual([]);
    expect(items.map((i) => i.resourceId).sort()).toEqual(['bare-bucket', 'secure-bucket']);
  });

  it('names what failed and keeps going', async () => {
    const { items, failures } = await fetchLive({ aggregator: 'no-such-aggregator' });
    expect(items).toEqual([]);
    expect(failures.map((f) => [f.region, f.resourceType]).sort()).toEqual([[REGION, 'AWS::EC2::SecurityGroup'], [REGION, 'AWS::S3::Bucket']]);
    expect(failures[0]!.message).toMatch(/NoSuchConfigurationAggregator/);
  });
});
