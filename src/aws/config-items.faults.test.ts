import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { startFaultProxy, type FaultAction, type FaultProxy, type ProxiedRequest } from '../testing/fault-proxy.js';
import { MOTO_CREDENTIALS, motoInstalled, startMoto, type MotoServer } from '../testing/moto.js';
import { fetchConfigurationItems } from './config-items.js';

const REGION = 'us-east-1';
const TYPES = ['AWS::S3::Bucket', 'AWS::EC2::SecurityGroup'];
const BUCKETS = ['faults-a', 'faults-b', 'faults-c'];

// Needs scripts/install-moto.sh; CI installs it and must not skip, a laptop without it may.
const describeMoto = motoInstalled() || process.env.CI ? describe : describe.skip;

/**
 * Faults injected between the real SDK and a real moto server: throttling, 500s and dropped
 * connections are retried and lose nothing; a type that keeps failing is named and the rest kept.
 */
describeMoto('fetchConfigurationItems under injected faults', () => {
  let moto: MotoServer;
  let proxy: FaultProxy | undefined;

  beforeAll(async () => {
    moto = await startMoto();
    const s3 = new S3Client({ region: REGION, endpoint: moto.endpoint, forcePathStyle: true, credentials: MOTO_CREDENTIALS });
    for (const bucket of BUCKETS) await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    s3.destroy();
  });

  afterAll(async () => {
    await proxy?.close();
    await moto?.stop();
  });

  const fetchThrough = async (plan: (request: ProxiedRequest) => FaultAction, maxAttempts?: number) => {
    await proxy?.close();
    proxy = await startFaultProxy(moto.endpoint, plan);
    return fetchConfigurationItems({
      regions: [REGION],
      resourceTypes: TYPES,
      endpoint: proxy.endpoint,
      credentials: MOTO_CREDENTIALS,
      maxAttempts,
    });
  };

  it('retries throttling, server errors and dropped connections, and loses no item', async () => {
    const seen = new Map<string, number>();
    const { items, failures } = await fetchThrough(({ operation }) => {
      const n = (seen.get(operation) ?? 0) + 1;
      seen.set(operation, n);
      if (operation === 'ListDiscoveredResources' && n <= 2) return { status: 400, errorType: 'ThrottlingException', message: 'Rate exceeded' };
      if (operation === 'BatchGetResourceConfig' && n === 1) return { status: 500, errorType: 'InternalFailure', message: 'boom' };
      if (operation === 'BatchGetResourceConfig' && n === 2) return 'drop';
      return 'forward';
    });
    expect(failures).toEqual([]);
    expect(items.map((i) => i.resourceId).sort()).toEqual(BUCKETS);
    const injected = proxy!.log.filter((entry) => entry.action !== 'forward').map((entry) => entry.action);
    expect(injected).toEqual(expect.arrayContaining(['400 ThrottlingException', '500 InternalFailure', 'drop']));
  });

  it('names a resource type that keeps failing and keeps every item of the others', async () => {
    const { items, failures } = await fetchThrough(({ operation, body }) => {
      const forSecurityGroups = body.includes('AWS::EC2::SecurityGroup');
      if (operation === 'ListDiscoveredResources' && forSecurityGroups) return { status: 500, errorType: 'InternalFailure', message: 'down' };
      return 'forward';
    }, 2);
    expect(failures).toEqual([{ region: REGION, resourceType: 'AWS::EC2::SecurityGroup', message: expect.stringMatching(/down|InternalFailure/) }]);
    expect(items.map((i) => i.resourceId).sort()).toEqual(BUCKETS);
  });
});
