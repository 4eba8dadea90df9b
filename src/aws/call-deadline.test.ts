import { afterEach, describe, expect, it } from '@jest/globals';
import { startSilentServer } from '../testing/fault-proxy.js';
import { fetchConfigurationItems } from './config-items.js';
import { fetchResourceHistory } from './history.js';
import { readS3Snapshots } from './s3-snapshots.js';

const CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' };

/**
 * An endpoint that accepts connections and never answers (a black-holed VPC endpoint, a stalled
 * proxy): before call deadlines, `posture aws` waited on it forever.
 */
describe('AWS calls against an endpoint that never answers', () => {
  let silent: Awaited<ReturnType<typeof startSilentServer>> | undefined;
  afterEach(async () => {
    await silent?.close();
    silent = undefined;
  });

  it('fail each region and type within the call deadline, named with the reason, instead of hanging', async () => {
    silent = await startSilentServer();
    const started = performance.now();
    const { items, failures } = await fetchConfigurationItems({
      regions: ['us-east-1', 'eu-west-1'],
      resourceTypes: ['AWS::S3::Bucket', 'AWS::EC2::SecurityGroup'],
      endpoint: silent.endpoint,
      credentials: CREDENTIALS,
      callTimeoutMs: 1_000,
    });
    const elapsed = performance.now() - started;
    expect(items).toEqual([]);
    expect(failures.map((f) => `${f.region} ${f.resourceType}`).sort()).toEqual([
      'eu-west-1 AWS::EC2::SecurityGroup', 'eu-west-1 AWS::S3::Bucket', 'us-east-1 AWS::EC2::SecurityGroup', 'us-east-1 AWS::S3::Bucket',
    ]);
    for (const failure of failures) expect(failure.message).toBe('list failed: TimeoutError: no answer within 1 s (--timeout)');
    // the four pairs run at once (concurrency 4): one deadline, not four, and never the SDK's 8 retries
    expect(elapsed).toBeLessThan(4_000);
    // a hung attempt is retried within the deadline (each attempt has a third of it)
    expect(silent.connections()).toBeGreaterThanOrEqual(4);
  }, 20_000);

  it('fail `aws history` with the call named, within the deadline', async () => {
    silent = await startSilentServer();
    const started = performance.now();
    const history = fetchResourceHistory({
      region: 'us-east-1', resourceType: 'AWS::S3::Bucket', resourceId: 'b', endpoint: silent.endpoint, credentials: CREDENTIALS, callTimeoutMs: 800,
    });
    await expect(history).rejects.toThrow('aws history: GetResourceConfigHistory AWS::S3::Bucket b: TimeoutError: no answer within 0.8 s (--timeout)');
    expect(performance.now() - started).toBeLessThan(3_000);
  }, 20_000);

  it('fail an s3:// snapshot read within the deadline, naming the URI', async () => {
    silent = await startSilentServer();
    const started = performance.now();
    const read = readS3Snapshots('s3://config-bucket/snapshot.json', { endpoint: silent.endpoint, credentials: CREDENTIALS, callTimeoutMs: 800 });
    await expect(read).rejects.toThrow('read s3://config-bucket/snapshot.json: TimeoutError: no answer within 0.8 s');
    expect(performance.now() - started).toBeLessThan(3_000);
  }, 20_000);
});
