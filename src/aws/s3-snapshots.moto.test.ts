import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { runCli } from '../cli/main.js';
import { REPO_ROOT } from '../testing/engine.js';
import { MOTO_CREDENTIALS, motoInstalled, startMoto, type MotoServer } from '../testing/moto.js';
import { InflateBudget } from '../fs/inflate.js';
import { readS3Snapshots } from './s3-snapshots.js';

const REGION = 'us-east-1';
const ACCOUNT = '111122223333';
const BUCKET = 'config-delivery';
const SNAPSHOT = readFileSync(path.join(REPO_ROOT, 'fixtures/aws-config/s3-buckets/snapshot.json'), 'utf8');
/** The same account and region a day earlier: one item only, which the newest snapshot supersedes. */
const OLDER = JSON.stringify({ configurationItems: [JSON.parse(SNAPSHOT).configurationItems[0]] });
const dir = (day: number) => `AWSLogs/${ACCOUNT}/Config/${REGION}/2026/1/${day}/ConfigSnapshot`;
const name = (stamp: string) => `${ACCOUNT}_Config_${REGION}_ConfigSnapshot_${stamp}_0f6a1c2e.json.gz`;
const NEWEST_KEY = `${dir(2)}/${name('20260102T000000Z')}`;

// Needs scripts/install-moto.sh; CI installs it and must not skip, a laptop without it may.
const describeMoto = motoInstalled() || process.env.CI ? describe : describe.skip;

/** Snapshots delivered to a real moto S3, read back through the real SDK and scanned by the CLI. */
describeMoto('--aws-config-snapshot s3://… against moto', () => {
  let moto: MotoServer;
  const savedEnv = { ...process.env };

  beforeAll(async () => {
    moto = await startMoto();
    const s3 = new S3Client({ region: REGION, endpoint: moto.endpoint, forcePathStyle: true, credentials: MOTO_CREDENTIALS });
    await s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
    const put = (Key: string, Body: Uint8Array | string) => s3.send(new PutObjectCommand({ Bucket: BUCKET, Key, Body }));
    await put(NEWEST_KEY, gzipSync(SNAPSHOT));
    await put(`${dir(1)}/${name('20260101T000000Z')}`, gzipSync(OLDER));
    await put(`AWSLogs/${ACCOUNT}/Config/ConfigWritabilityCheckFile`, 'not a snapshot');
    await put('exports/plain.json', SNAPSHOT);
    // 64 MiB of zeros in about 64 KiB: read with the decompressed size cap lowered to 1 MiB.
    await put('exports/bomb.json.gz', gzipSync(Buffer.alloc(64 * 1024 * 1024)));
    s3.destroy();
    // The CLI reads through the standard credential chain: the environment is its first link.
    Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_REGION: REGION });
    delete process.env.AWS_PROFILE;
  });

  afterAll(async () => {
    process.env = savedEnv;
    await moto?.stop();
  });

  const read = (uri: string) => readS3Snapshots(uri, { endpoint: moto.endpoint, credentials: MOTO_CREDENTIALS });

  it('reads one object, plain or gzipped', async () => {
    expect((await read(`s3://${BUCKET}/exports/plain.json`)).map((o) => [o.uri, o.text.length])).toEqual([[`s3://${BUCKET}/exports/plain.json`, SNAPSHOT.length]]);
    expect((await read(`s3://${BUCKET}/${NEWEST_KEY}`))[0]!.text).toBe(SNAPSHOT);
  });

  it('does not inflate a gzip bomb past the cap: the object is named as not read (LIMIT_EXCEEDED upstream)', async () => {
    const [bomb] = await readS3Snapshots(`s3://${BUCKET}/exports/bomb.json.gz`, { endpoint: moto.endpoint, credentials: MOTO_CREDENTIALS, inflate: new InflateBudget(1024 * 1024) });
    expect(bomb).toEqual({ uri: `s3://${BUCKET}/exports/bomb.json.gz`, text: '', notRead: 'it inflates to more than 1 MiB (the decompressed size cap); not read' });
  });

  it('reads only the newest snapshot per account and region under a prefix', async () => {
    const objects = await read(`s3://${BUCKET}/AWSLogs/`);
    expect(objects.map((o) => o.uri)).toEqual([`s3://${BUCKET}/${NEWEST_KEY}`]);
    // Also when the prefix names no object and has no trailing slash.
    expect((await read(`s3://${BUCKET}/AWSLogs/${ACCOUNT}`)).map((o) => o.uri)).toEqual([`s3://${BUCKET}/${NEWEST_KEY}`]);
  });

  it('names what is missing instead of scanning nothing', async () => {
    await expect(read(`s3://${BUCKET}/nothing-here/`)).rejects.toThrow(/no such object, and no AWS Config snapshot/);
    await expect(read('s3://no-such-bucket-here/x.json')).rejects.toThrow(/s3:\/\/no-such-bucket-here\/x\.json: NoSuchBucket/);
  });

  it('scans the snapshot from S3 with the same findings as the local file', async () => {
    const scan = async (...source: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = await runCli(['scan', ...source, '--format', 'json', '--no-fail'], {
        stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), color: false, cwd: REPO_ROOT,
      });
      expect({ code, stderr: code === 0 ? '' : stderr }).toEqual({ code: 0, stderr: '' });
      return JSON.parse(stdout) as { findings: { checkId: string; resourceId: string; location: { path: string } }[]; files: { scanned: string[] } };
    };
    const remote = await scan('--aws-config-snapshot', `s3://${BUCKET}/AWSLogs/`, '--endpoint', moto.endpoint);
    const local = await scan('--aws-config-snapshot', 'fixtures/aws-config/s3-buckets/snapshot.json');
    expect(remote.files.scanned).toEqual([`s3://${BUCKET}/${NEWEST_KEY}`]);
    const key = (f: { checkId: string; resourceId: string }) => `${f.checkId} ${f.resourceId}`;
    expect(remote.findings.map(key)).toEqual(local.findings.map(key));
    expect(remote.findings.map(key)).toContain('AWS-0002 arn:aws:s3:::acme-public-site');
    expect(remote.findings[0]!.location.path).toBe(`s3://${BUCKET}/${NEWEST_KEY}`);
  });
});
