import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { InflateBudget } from '../fs/inflate.js';
import { silentLogger } from '../logging.js';
import { REPO_ROOT } from '../testing/engine.js';
import { discover } from './index.js';
import { writeRepo } from '../testing/repo.js';

const work = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'posture-discover-links-')));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const outside = path.join(work, 'outside');
mkdirSync(path.join(outside, 'dir'), { recursive: true });
writeFileSync(path.join(outside, 'secret.tf'), 'resource "aws_s3_bucket" "outside" {}\n');
writeFileSync(path.join(outside, 'dir', 'main.tf'), 'resource "aws_s3_bucket" "outside_dir" {}\n');

const repo = (name: string, files: Record<string, string | Buffer>, links: Record<string, string> = {}): string => writeRepo(path.join(work, name), files, links);

describe('discovery and symbolic links (issue 14)', () => {
  it('never follows a link, and lists each one as skipped with where it leads', async () => {
    const root = repo(
      'links',
      { 'main.tf': 'resource "aws_s3_bucket" "b" {}\n', 'modules/m/main.tf': 'resource "aws_s3_bucket" "m" {}\n' },
      { 'out.tf': path.join(outside, 'secret.tf'), outdir: path.join(outside, 'dir'), 'alias.tf': 'main.tf', 'moddir': 'modules/m', 'dangling.tf': 'nowhere.tf' },
    );
    const result = await discover({ paths: [root], root, logger: silentLogger });
    expect(result.files.map((f) => f.path)).toEqual(['main.tf', 'modules/m/main.tf']);
    expect(result.skipped).toEqual([
      { path: 'alias.tf', reason: 'symbolic link to a file inside the repository: not followed (the target is scanned where it lies)' },
      { path: 'dangling.tf', reason: 'symbolic link to nothing (dangling): not followed' },
      { path: 'moddir', reason: 'symbolic link to a directory inside the repository: not followed (the target is scanned where it lies)' },
      { path: 'out.tf', reason: `symbolic link that resolves to ${path.join(outside, 'secret.tf')}, outside the repository boundary (${root}): not followed` },
      { path: 'outdir', reason: `symbolic link that resolves to ${path.join(outside, 'dir')}, outside the repository boundary (${root}): not followed` },
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it('refuses a scanned path inside the repository that links out of it (PATH_REFUSED)', async () => {
    const root = repo('given', { 'main.tf': '' }, { infra: path.join(outside, 'dir') });
    const result = await discover({ paths: [path.join(root, 'infra')], root, logger: silentLogger });
    expect(result.files).toEqual([]);
    expect(result.diagnostics.map((d) => [d.code, d.range.path])).toEqual([['PATH_REFUSED', 'infra']]);
  });
});

describe('gzip inputs are inflated under a cap (issue 14)', () => {
  const snapshot = readFileSync(path.join(REPO_ROOT, 'fixtures/aws-config/s3-buckets/snapshot.json'));
  // 64 MiB of zeros gzips to about 64 KiB; the cap is lowered to 1 MiB to keep the test fast.
  const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024));

  it('a gzip bomb is LIMIT_EXCEEDED for that file; the snapshot beside it is still read', async () => {
    const root = repo('bomb', { 'bomb.json.gz': bomb, 'good.json.gz': gzipSync(snapshot) });
    const result = await discover({ paths: [root], root, logger: silentLogger, inflate: new InflateBudget(1024 * 1024) });
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(result.files.map((f) => [f.path, f.format])).toEqual([['good.json.gz', 'aws-config']]);
    expect(result.diagnostics.map((d) => [d.code, d.range.path, d.message])).toEqual([
      ['LIMIT_EXCEEDED', 'bomb.json.gz', 'bomb.json.gz: it inflates to more than 1 MiB (the decompressed size cap); not read'],
    ]);
  });

  it('caps the decompressed bytes of all gzip inputs of a scan together', async () => {
    const root = repo('total', { 'a.json.gz': gzipSync(snapshot), 'b.json.gz': gzipSync(snapshot) });
    const budget = new InflateBudget(snapshot.length, snapshot.length + 10);
    const result = await discover({ paths: [root], root, logger: silentLogger, inflate: budget });
    expect(result.files).toHaveLength(1);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['LIMIT_EXCEEDED']);
  });
});
