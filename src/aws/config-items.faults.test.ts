import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { startFaultProxy, type FaultAction, type FaultProxy, type ProxiedRequest } from '../testing/fault-proxy.js';
import { MOTO_CREDENTIALS, motoInstalled, startMoto, type MotoServer } from '../testing/moto.js';
import { fetchConfigurationItems, type FetchOptions } from './config-items.js';

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

  const fetchThrough = async (plan: (request: ProxiedRequest) => FaultAction, maxAttempts?: number, more: Partial<FetchOptions> = {}) => {
    await proxy?.close();
    proxy = await startFaultProxy(moto.endpoint, plan);
    return fetchConfigurationItems({
      regions: [REGION],
      resourceTypes: TYPES,
      endpoint: proxy.endpoint,
      credentials: MOTO_CREDENTIALS,
      maxAttempts,
      ...more,
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

  it('fetches the keys a BatchGet answer left unprocessed (a partial answer) and loses no item', async () => {
    let partial = 0;
    const { items, failures } = await fetchThrough(({ operation }) =>
      operation === 'BatchGetResourceConfig' && partial++ < 2 ? { rewrite: keepFirstItemOnly } : 'forward',
    );
    expect(failures).toEqual([]);
    expect(items.map((i) => i.resourceId).sort()).toEqual(BUCKETS);
    expect(proxy!.log.filter((e) => e.action === 'rewrite')).toHaveLength(2);
  });

  it('names a type whose keys stay unprocessed, and keeps what was fetched', async () => {
    const { items, failures } = await fetchThrough(({ operation }) => (operation === 'BatchGetResourceConfig' ? { rewrite: withholding('faults-b') } : 'forward'));
    // every answer hands faults-b back unprocessed: after 5 rounds without progress it is given up, and said so
    expect(failures).toEqual([{ region: REGION, resourceType: 'AWS::S3::Bucket', message: '1 resources still unprocessed after 5 retries' }]);
    expect(items.map((i) => i.resourceId).sort()).toEqual(['faults-a', 'faults-c']);
  }, 30_000);

  it('marks a type failed, not silently partial, when credentials expire on a later page', async () => {
    const { items, failures } = await fetchThrough(({ operation, body }) => {
      if (operation !== 'ListDiscoveredResources' || !body.includes('AWS::S3::Bucket')) return 'forward';
      // the first page says there is more; asking for it meets credentials that have just expired
      if (body.includes('page-2')) return { status: 400, errorType: 'ExpiredTokenException', message: 'The security token included in the request is expired' };
      return { rewrite: (answer) => JSON.stringify({ ...JSON.parse(answer), nextToken: 'page-2' }) };
    });
    expect(failures).toEqual([{
      region: REGION,
      resourceType: 'AWS::S3::Bucket',
      message: 'list stopped after 3 resources: ExpiredTokenException: The security token included in the request is expired',
    }]);
    // the first page's buckets are still fetched and evaluated; the type is reported as not read in full
    expect(items.map((i) => i.resourceId).sort()).toEqual(BUCKETS);
  });

  it('gives up on a region that accepts connections and never answers within the deadline, and reads the other', async () => {
    const started = performance.now();
    const { items, failures } = await fetchThrough(({ region }) => (region === 'eu-west-1' ? 'hang' : 'forward'), undefined, {
      regions: [REGION, 'eu-west-1'],
      callTimeoutMs: 1_500,
    });
    expect(performance.now() - started).toBeLessThan(8_000);
    expect(failures.map((f) => [f.region, f.resourceType, f.message]).sort()).toEqual([
      ['eu-west-1', 'AWS::EC2::SecurityGroup', 'list failed: TimeoutError: no answer within 1.5 s (--timeout)'],
      ['eu-west-1', 'AWS::S3::Bucket', 'list failed: TimeoutError: no answer within 1.5 s (--timeout)'],
    ]);
    expect(items.map((i) => i.resourceId).sort()).toEqual(BUCKETS);
  }, 30_000);
});

type BatchAnswer = { baseConfigurationItems?: { resourceType: string; resourceId: string }[]; unprocessedResourceKeys?: unknown[] };

/** A BatchGet answer whose items for which `handBack` holds are returned as unprocessed keys instead, as Config does under load. */
function handingBack(answer: string, handBack: (item: { resourceId: string }, index: number) => boolean): string {
  const out = JSON.parse(answer) as BatchAnswer;
  const items = out.baseConfigurationItems ?? [];
  return JSON.stringify({
    baseConfigurationItems: items.filter((item, index) => !handBack(item, index)),
    unprocessedResourceKeys: [
      ...(out.unprocessedResourceKeys ?? []),
      ...items.filter(handBack).map((i) => ({ resourceType: i.resourceType, resourceId: i.resourceId })),
    ],
  });
}

const keepFirstItemOnly = (answer: string) => handingBack(answer, (_item, index) => index > 0);
const withholding = (resourceId: string) => (answer: string) => handingBack(answer, (item) => item.resourceId === resourceId);
