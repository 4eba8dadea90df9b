import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../src/testing/engine.js';

/** dist/ is committed (the Action runs from the repository): it must be what the sources build. */
function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe('dist/ is up to date', () => {
  it('policies: rebuilding policy.wasm, policy.meta.json and catalog.json gives the committed bytes', () => {
    const child = spawnSync(process.execPath, ['scripts/build-policies.mjs', '--check', '--skip-tests'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect({ status: child.status, stderr: child.stderr }).toEqual({ status: 0, stderr: expect.any(String) });
  });

  it('bundles: rebuilding the CLI, the Action and the wasm files gives the committed bytes', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'posture-dist-'));
    try {
      const child = spawnSync(process.execPath, ['scripts/bundle.mjs', '--out', out], { cwd: REPO_ROOT, encoding: 'utf8' });
      expect(child.status).toBe(0);
      const built = filesUnder(out);
      const committed = filesUnder(path.join(REPO_ROOT, 'dist')).filter((file) => !file.startsWith('policies'));
      expect(built).toEqual(committed);
      const stale = built.filter((file) => !readFileSync(path.join(out, file)).equals(readFileSync(path.join(REPO_ROOT, 'dist', file))));
      expect(stale).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('dist/ runs without node_modules', () => {
  it('the CLI scans every format from a copy holding only dist/, bin/ and package.json, as a runner checks it out', () => {
    const copy = mkdtempSync(path.join(os.tmpdir(), 'posture-standalone-'));
    try {
      for (const entry of ['dist', 'bin', 'package.json', 'fixtures']) {
        cpSync(path.join(REPO_ROOT, entry), path.join(copy, entry), { recursive: true });
      }
      const json = path.join(copy, 'fixtures', 'terraform', 'sg-bad', 'extra.tf.json');
      writeFileSync(json, JSON.stringify({ resource: { aws_s3_bucket: { from_json: { bucket: 'from-json' } } } }));
      const child = spawnSync(process.execPath, ['bin/posture.js', 'scan', 'fixtures', '--format', 'json', '--quiet', '--no-fail'], {
        cwd: copy,
        encoding: 'utf8',
        // the report of the whole fixture tree is past spawnSync's default 1 MiB
        maxBuffer: 64 << 20,
      });
      expect(child.stderr).toBe('');
      expect(child.status).toBe(0);
      const report = JSON.parse(child.stdout) as { findings: { format: string; resourceId: string }[] };
      expect(new Set(report.findings.map((f) => f.format))).toEqual(new Set(['terraform', 'terraform-plan', 'cloudformation', 'kubernetes', 'aws-config']));
      expect(report.findings.map((f) => f.resourceId)).toContain('aws_s3_bucket.from_json');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
