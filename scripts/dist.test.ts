import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
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
      // dist/regoc is built by scripts/build-regoc.sh (Go), not by the bundler (its stamp is checked below)
      const committed = filesUnder(path.join(REPO_ROOT, 'dist')).filter((file) => !file.startsWith('policies') && !file.startsWith('regoc'));
      expect(built).toEqual(committed);
      const stale = built.filter((file) => !readFileSync(path.join(out, file)).equals(readFileSync(path.join(REPO_ROOT, 'dist', file))));
      expect(stale).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('dist/regoc (the embedded Rego compiler) is up to date', () => {
  it('was built from tools/regoc as it is, with the OPA that scripts/install-opa.sh pins', () => {
    const source = path.join(REPO_ROOT, 'tools', 'regoc');
    const digest = createHash('sha256');
    for (const file of ['go.mod', 'go.sum', 'main.go']) digest.update(readFileSync(path.join(source, file)));
    const [built, , opa] = readFileSync(path.join(REPO_ROOT, 'dist', 'regoc', 'regoc.stamp'), 'utf8').trim().split(' ');
    expect(built).toBe(digest.digest('hex')); // else: bash scripts/build-regoc.sh
    const pinned = /^OPA_VERSION="(v[\d.]+)"$/m.exec(readFileSync(path.join(REPO_ROOT, 'scripts', 'install-opa.sh'), 'utf8'))?.[1];
    expect(opa).toBe(`opa-${pinned}`);
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

describe('dist/ compiles a Rego directory with no opa and no tar (the embedded compiler)', () => {
  const env = { PATH: '/nonexistent', HOME: os.tmpdir() };
  let copy: string;
  const scan = (...args: string[]) =>
    spawnSync(process.execPath, ['bin/posture.js', 'scan', 'main.tf', '--quiet', '--no-fail', '--cache-dir', 'cache', ...args], { cwd: copy, encoding: 'utf8', env });

  beforeEach(() => {
    copy = mkdtempSync(path.join(os.tmpdir(), 'posture-standalone-'));
    for (const entry of ['dist', 'bin', 'package.json']) cpSync(path.join(REPO_ROOT, entry), path.join(copy, entry), { recursive: true });
    cpSync(path.join(REPO_ROOT, 'fixtures', 'policies', 'team'), path.join(copy, 'team'), { recursive: true });
    writeFileSync(path.join(copy, 'main.tf'), 'resource "aws_s3_bucket" "a" {\n  bucket = "a"\n}\n');
  });
  afterEach(() => rmSync(copy, { recursive: true, force: true }));

  it('from the bundled compile worker, with only node', () => {
    const child = scan('--policy', 'team', '--format', 'json');
    expect({ status: child.status, stderr: child.stderr }).toEqual({ status: 0, stderr: '' });
    const ids = (JSON.parse(child.stdout) as { findings: { checkId: string }[] }).findings.map((f) => f.checkId);
    expect(ids).toEqual(expect.arrayContaining(['TEAM-0001', 'TEAM-0002']));
  });

  it('never reads the module for a scan that compiles no policy', () => {
    // a module that cannot be read: a scan that touched it would fail
    writeFileSync(path.join(copy, 'dist', 'regoc', 'regoc.wasm.br'), 'not brotli');
    expect(scan()).toMatchObject({ status: 0, stderr: '' });
    const compiling = scan('--policy', 'team');
    expect(compiling.status).toBe(3);
    expect(compiling.stderr).toMatch(/policy .*team: compile worker: .*(Decompression|brotli|decompress)/i);
  });

  it('exits 3, saying what is missing, when the module is not there', () => {
    rmSync(path.join(copy, 'dist', 'regoc'), { recursive: true });
    const child = scan('--policy', 'team');
    expect(child.status).toBe(3);
    expect(child.stderr).toMatch(/holds Rego, and the embedded Rego compiler .*regoc\.wasm\.br is missing .*npm run build/);
  });
});

