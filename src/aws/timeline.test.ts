import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { silentLogger } from '../logging.js';
import { REPO_ROOT, sharedEngine } from '../testing/engine.js';
import { buildTimeline, diffAttributes, type TimelinePoint } from './timeline.js';

/** Five recorded items of one bucket, as GetResourceConfigHistory returns them (oldest first). */
function recordedItems(): Record<string, unknown>[] {
  const file = path.join(REPO_ROOT, 'fixtures/aws-config/history/snapshot.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { configurationItems: Record<string, unknown>[] }).configurationItems;
}

const ids = (findings: TimelinePoint['new']) => findings.map((f) => `${f.checkId} ${f.attributePath}`).sort();

describe('buildTimeline on a recorded bucket history (no network)', () => {
  let points: TimelinePoint[];

  it('evaluates each point on its own', async () => {
    points = await buildTimeline(recordedItems(), { failOn: 'HIGH', logger: silentLogger, engine: await sharedEngine() });
    expect(points.map((p) => [p.captureTime, p.status, p.open, p.blocking])).toEqual([
      ['2026-01-05T09:00:12.000Z', 'ResourceDiscovered', 6, 4],
      ['2026-01-12T14:30:02.000Z', 'OK', 5, 4],
      ['2026-01-20T08:15:40.000Z', 'OK', 1, 0],
      ['2026-02-01T17:45:09.000Z', 'OK', 2, 1],
      ['2026-03-02T11:00:00.000Z', 'ResourceDeleted', 0, 0],
    ]);
  });

  it('starts with every finding new and no changes', () => {
    expect(points[0]!.changes).toEqual([]);
    expect(ids(points[0]!.new)).toEqual([
      'AWS-0002 public_access_block.block_public_acls',
      'AWS-0002 public_access_block.block_public_policy',
      'AWS-0002 public_access_block.ignore_public_acls',
      'AWS-0002 public_access_block.restrict_public_buckets',
      'AWS-0003 versioning.enabled',
      'AWS-0103 versioning.mfa_delete',
    ]);
  });

  it('shows versioning turned on, and its finding fixed', () => {
    expect(points[1]!.changes).toEqual([{ path: 'versioning.enabled', from: false, to: true }]);
    expect(points[1]!.new).toEqual([]);
    expect(ids(points[1]!.fixed)).toEqual(['AWS-0003 versioning.enabled']);
  });

  it('shows the public access block turned on, and its four findings fixed', () => {
    expect(points[2]!.changes.map((c) => `${c.path}: ${String(c.from)} → ${String(c.to)}`)).toEqual([
      'public_access_block.block_public_acls: false → true',
      'public_access_block.block_public_policy: false → true',
      'public_access_block.ignore_public_acls: false → true',
      'public_access_block.restrict_public_buckets: false → true',
    ]);
    expect(points[2]!.new).toEqual([]);
    expect(ids(points[2]!.fixed)).toHaveLength(4);
  });

  it('shows a regression as a new finding', () => {
    expect(points[3]!.changes).toEqual([{ path: 'public_access_block.block_public_policy', from: true, to: false }]);
    expect(ids(points[3]!.new)).toEqual(['AWS-0002 public_access_block.block_public_policy']);
    expect(points[3]!.fixed).toEqual([]);
  });

  it('closes every finding when the resource is deleted, without inventing attribute changes', () => {
    expect(points[4]!.changes).toEqual([]);
    expect(ids(points[4]!.fixed)).toEqual(['AWS-0002 public_access_block.block_public_policy', 'AWS-0103 versioning.mfa_delete']);
  });

  it('is empty for no items', async () => {
    expect(await buildTimeline([], { failOn: 'HIGH', logger: silentLogger, engine: await sharedEngine() })).toEqual([]);
  });
});

describe('buildTimeline on a resource whose configuration holds secrets', () => {
  /** A CodeBuild project (no canonical model: its whole configuration is shown) whose environment changes. */
  const project = (time: string, password: string, url: string) => ({
    resourceType: 'AWS::CodeBuild::Project',
    resourceId: 'orders',
    arn: 'arn:aws:codebuild:eu-west-1:123456789012:project/orders',
    accountId: '123456789012',
    awsRegion: 'eu-west-1',
    configurationItemStatus: 'OK',
    configurationItemCaptureTime: time,
    configuration: JSON.stringify({ name: 'orders', environment: { variables: { DB_PASS: password, DATABASE_URL: url, MODE: 'fast' } } }),
  });

  it('shows that a secret changed, never the value', async () => {
    const items = [project('2026-01-05T09:00:00Z', 'first-pass-1', 'postgres://app:url-pass-1@db/orders'), project('2026-01-06T09:00:00Z', 'second-pass-2', 'postgres://app:url-pass-2@db/orders')];
    const points = await buildTimeline(items, { failOn: 'HIGH', logger: silentLogger, engine: await sharedEngine() });
    const changes = points[1]!.changes;
    expect(changes.map((c) => c.path)).toEqual(['environment.variables.DATABASE_URL', 'environment.variables.DB_PASS']);
    expect(JSON.stringify(points)).not.toMatch(/first-pass-1|second-pass-2|url-pass-1|url-pass-2/);
    expect(changes[0]!.to).toMatch(/^postgres:\/\/app:\[redacted hmac:[0-9a-f]{12}\]@db\/orders$/);
  });
});

describe('diffAttributes', () => {
  it('compares leaves by path, arrays whole, and unknown as unknown', () => {
    const before = { a: { b: 1, c: [1, 2] }, gone: true, v: { $unknown: true, reason: 'not recorded' } };
    const after = { a: { b: 2, c: [1, 2] }, added: 'x', v: false };
    expect(diffAttributes(before, after)).toEqual([
      { path: 'a.b', from: 1, to: 2 },
      { path: 'added', to: 'x' },
      { path: 'gone', from: true },
      { path: 'v', from: { $unknown: true }, to: false },
    ]);
  });

  it('sees no change between two unknowns with different reasons', () => {
    expect(diffAttributes({ v: { $unknown: true, reason: 'a' } }, { v: { $unknown: true, reason: 'b' } })).toEqual([]);
  });
});
