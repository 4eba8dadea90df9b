import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../cli/main.js';
import { REPO_ROOT } from '../testing/engine.js';

const OPA = process.env.OPA ?? path.join(REPO_ROOT, '.tools', 'bin', 'opa');
const POLICY = path.join(REPO_ROOT, 'fixtures', 'policies', 'acme');
let work: string;
const saved = { PATH: process.env.PATH, POSTURE_OPA: process.env.POSTURE_OPA };

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), color: false, cwd: work });
  return { code, stdout, stderr };
}

const ids = (stdout: string) => (JSON.parse(stdout).findings as { checkId: string; resourceId: string }[]).map((f) => `${f.checkId} ${f.resourceId}`);

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'posture-user-policy-'));
  // compiled directories are cached under $XDG_CACHE_HOME/posture-gate: keep them with the test
  process.env.XDG_CACHE_HOME = path.join(work, 'cache');
  writeFileSync(
    path.join(work, 'main.tf'),
    'resource "aws_s3_bucket" "a" {\n  bucket = "a"\n}\nresource "aws_s3_bucket" "b" {\n  bucket = "b"\n  tags = { owner = "data" }\n}\n',
  );
});
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => {
  process.env.PATH = saved.PATH;
  if (saved.POSTURE_OPA === undefined) delete process.env.POSTURE_OPA;
  else process.env.POSTURE_OPA = saved.POSTURE_OPA;
});

describe('user policies', () => {
  it('compiles a Rego directory with opa and evaluates it beside the built-in checks', async () => {
    process.env.POSTURE_OPA = OPA;
    const { code, stdout, stderr } = await cli(['scan', '.', '--policy', POLICY, '--format', 'json', '--quiet', '--no-fail']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const found = ids(stdout);
    expect(found).toContain('ACME-0001 aws_s3_bucket.a');
    expect(found).not.toContain('ACME-0001 aws_s3_bucket.b');
    expect(found.some((f) => f.startsWith('AWS-0003 '))).toBe(true); // built-in checks still run
    expect(JSON.parse(stdout).score.byFramework['acme-baseline']).toEqual({ passing: 1, total: 2, score: 0.5 });
  });

  it('builds a bundle once with opa, then scans with it where no opa exists', async () => {
    process.env.POSTURE_OPA = OPA;
    const built = await cli(['policies', 'build', POLICY, '--output', 'acme-bundle']);
    expect(built).toMatchObject({ code: 0, stderr: expect.stringContaining('compiled 1 checks') });
    delete process.env.POSTURE_OPA;
    process.env.PATH = '/nonexistent';
    writeFileSync(path.join(work, '.posture.yaml'), 'policies: [acme-bundle]\nframeworks: [acme-baseline]\n');
    try {
      const { code, stdout } = await cli(['scan', 'main.tf', '--format', 'json', '--quiet', '--no-fail']);
      expect(code).toBe(0);
      // frameworks: [acme-baseline] from the config leaves only the user check
      expect(ids(stdout)).toEqual(['ACME-0001 aws_s3_bucket.a']);
    } finally {
      rmSync(path.join(work, '.posture.yaml'));
    }
  });

  it('compiles a Rego directory with the embedded compiler where no opa is installed', async () => {
    delete process.env.POSTURE_OPA;
    process.env.PATH = '/nonexistent';
    const { code, stdout, stderr } = await cli(['scan', '.', '--policy', POLICY, '--format', 'json', '--quiet', '--no-fail']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(ids(stdout)).toContain('ACME-0001 aws_s3_bucket.a');
    expect(ids(stdout)).not.toContain('ACME-0001 aws_s3_bucket.b');
  });

  it.each([
    ['a built-in id', 'AWS-0001', /custom\.id "AWS-0001" must be a check id matching/],
    ['a malformed id', 'acme1', /custom\.id "acme1" must be a check id matching/],
  ])('refuses %s (exit 2)', async (_name, id, message) => {
    process.env.POSTURE_OPA = OPA;
    const dir = mkdtempSync(path.join(work, 'bad-'));
    cpSync(POLICY, dir, { recursive: true });
    rmSync(path.join(dir, 'bucket_owner_tag_test.rego'));
    const rego = path.join(dir, 'bucket_owner_tag.rego');
    const { readFileSync } = await import('node:fs');
    writeFileSync(rego, readFileSync(rego, 'utf8').replace('id: ACME-0001', `id: ${id}`));
    const { code, stderr } = await cli(['scan', '.', '--policy', dir, '--quiet']);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('refuses the same user check twice and a failing user test (exit 2)', async () => {
    process.env.POSTURE_OPA = OPA;
    const twice = await cli(['scan', '.', '--policy', POLICY, '--policy', POLICY, '--quiet']);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/check id ACME-0001 is already used by another check/);
    const dir = mkdtempSync(path.join(work, 'failing-'));
    cpSync(POLICY, dir, { recursive: true });
    writeFileSync(path.join(dir, 'always_test.rego'), 'package checks.acme.always_test\n\ntest_fails if {\n\tfalse\n}\n');
    const failing = await cli(['scan', '.', '--policy', dir, '--quiet']);
    expect(failing.code).toBe(2);
    expect(failing.stderr).toMatch(/opa test .* failed/);
  });
});

describe('user policies and the runner (issue 14)', () => {
  // (Jest gives tests a copy of process.env, so a variable set here would not reach opa anyway:
  // NODE_OPTIONS, which the suite runs with, stands for the runner's secrets.)
  it('runs opa without the runner\'s environment: a Rego test cannot print it', async () => {
    process.env.POSTURE_OPA = OPA;
    const dir = path.join(work, 'env-policy');
    cpSync(POLICY, dir, { recursive: true });
    writeFileSync(path.join(dir, 'leak_test.rego'), 'package leak_test\n\nimport rego.v1\n\ntest_leak if {\n\tprint(opa.runtime().env)\n\tfalse\n}\n');
    const { code, stderr } = await cli(['policies', 'build', dir, '--output', 'env-bundle']);
    expect(code).toBe(2);
    expect(stderr).toContain('"PATH":');
    expect(stderr).not.toContain('NODE_OPTIONS');
  });
});
