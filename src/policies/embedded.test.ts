import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../cli/main.js';
import { REPO_ROOT } from '../testing/engine.js';

// The OPA compiler inside the scanner (dist/regoc, node:wasi): a Rego directory compiles with no
// opa anywhere, to what the real opa compiles it to.
const OPA = process.env.OPA ?? path.join(REPO_ROOT, '.tools', 'bin', 'opa');
const TEAM = path.join(REPO_ROOT, 'fixtures', 'policies', 'team');
let work: string;
const saved = { PATH: process.env.PATH, POSTURE_OPA: process.env.POSTURE_OPA };

interface Finding {
  checkId: string;
  resourceId: string;
  location: { startLine?: number };
}

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), color: false, cwd: work });
  return { code, stdout, stderr };
}

function withoutOpa(): void {
  delete process.env.POSTURE_OPA;
  process.env.PATH = '/nonexistent';
}

const userFindings = (stdout: string) =>
  (JSON.parse(stdout).findings as Finding[])
    .filter((f) => f.checkId.startsWith('TEAM-'))
    .map((f) => `${f.checkId} ${f.resourceId} line ${f.location.startLine}`)
    .sort();

/** A copy of the team fixture with `extra` files added, and a cache of its own. */
function teamCopy(extra: Record<string, string>): { dir: string; cache: string } {
  const dir = mkdtempSync(path.join(work, 'team-'));
  cpSync(TEAM, dir, { recursive: true });
  for (const [name, text] of Object.entries(extra)) writeFileSync(path.join(dir, name), text);
  return { dir, cache: mkdtempSync(path.join(work, 'cache-')) };
}

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'posture-embedded-'));
  writeFileSync(
    path.join(work, 'main.tf'),
    'resource "aws_s3_bucket" "a" {\n  bucket = "a"\n}\n\nresource "aws_s3_bucket" "b" {\n  bucket = "b"\n  tags = { owner = "data" }\n  versioning {\n    enabled = true\n  }\n}\n',
  );
});
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => {
  process.env.PATH = saved.PATH;
  if (saved.POSTURE_OPA === undefined) delete process.env.POSTURE_OPA;
  else process.env.POSTURE_OPA = saved.POSTURE_OPA;
});

describe('the embedded Rego compiler', () => {
  it('compiles a directory (two checks, a helper, a test, a framework) with no opa, finding what opa finds; the second run reads the cache', async () => {
    const scan = (cache: string) => ['scan', 'main.tf', '--policy', TEAM, '--cache-dir', cache, '--format', 'json', '--no-fail'];
    process.env.POSTURE_OPA = OPA;
    const byOpa = await cli(scan(mkdtempSync(path.join(work, 'cache-opa-'))));
    expect({ code: byOpa.code, stderr: byOpa.stderr }).toEqual({ code: 0, stderr: expect.not.stringContaining('posture:') });

    withoutOpa();
    const cache = mkdtempSync(path.join(work, 'cache-'));
    const embedded = await cli(scan(cache));
    expect(embedded.code).toBe(0);
    expect(embedded.stderr).toMatch(/loaded 2 checks from .*team\n/);
    expect(userFindings(embedded.stdout)).toEqual(['TEAM-0001 aws_s3_bucket.a line 1', 'TEAM-0002 aws_s3_bucket.a line 1']);
    expect(userFindings(embedded.stdout)).toEqual(userFindings(byOpa.stdout));
    const score = (stdout: string) => (JSON.parse(stdout) as { score: { byFramework: Record<string, unknown> } }).score.byFramework['team-baseline'];
    expect(score(embedded.stdout)).toEqual({ passing: 1, total: 2, score: 0.5 });
    expect(score(embedded.stdout)).toEqual(score(byOpa.stdout));
    expect(readdirSync(path.join(cache, 'policies'))).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/)]);

    const again = await cli(scan(cache));
    expect(again.stderr).toMatch(/loaded 2 checks from .*team \(compiled earlier: cached\)/);
    expect(userFindings(again.stdout)).toEqual(userFindings(embedded.stdout));
  });

  it('reports a failing _test.rego case by name, as opa does (exit 2)', async () => {
    withoutOpa();
    const { dir, cache } = teamCopy({
      'versioning_test.rego': 'package checks.team.bucket_versioning_test\n\nimport data.checks.team.bucket_versioning\n\ntest_deny_without_versioning if {\n\tcount(bucket_versioning.deny) == 2 with input as {"resources_by_type": {}}\n}\n',
    });
    const { code, stderr } = await cli(['scan', 'main.tf', '--policy', dir, '--cache-dir', cache, '--quiet']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/opa test .* failed \(embedded compiler, exit 2\)/);
    expect(stderr).toMatch(/versioning_test\.rego:\d+:\n.*data\.checks\.team\.bucket_versioning_test\.test_deny_without_versioning: FAIL/);
    expect(stderr).toContain('PASS: 2/3');
    expect(readdirSync(cache)).toEqual([]); // nothing cached from a failed compile
  });

  it('names the file and line of a Rego syntax error', async () => {
    withoutOpa();
    const { dir, cache } = teamCopy({ 'broken.rego': 'package team.broken\n\nallow if {\n\tinput.x ==\n}\n' });
    const { code, stderr } = await cli(['scan', 'main.tf', '--policy', dir, '--cache-dir', cache, '--quiet']);
    expect(code).toBe(2);
    expect(stderr).toContain(`${path.join(dir, 'broken.rego')}:5: rego_parse_error: unexpected } token`);
  });

  it('compiles under the built-in capabilities: http.send fails at compile time, named', async () => {
    withoutOpa();
    // in the check without tests: `opa test` runs without the capabilities, as the opa path does
    const rego = readFileSync(path.join(TEAM, 'bucket_versioning.rego'), 'utf8');
    const { dir, cache } = teamCopy({ 'bucket_versioning.rego': rego.replace('not r.raw.versioning', 'not r.raw.versioning\n\thttp.send({"method": "GET", "url": "http://example.com"})') });
    const { code, stderr } = await cli(['scan', 'main.tf', '--policy', dir, '--cache-dir', cache, '--quiet']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/src\/user\/bucket_versioning\.rego:\d+: rego_type_error: undefined function http\.send/);
  });

  it('takes a check that leaves out custom.deprecated (false), and lists and shows user checks', async () => {
    withoutOpa();
    const cache = mkdtempSync(path.join(work, 'cache-'));
    const listed = await cli(['checks', 'list', '--policy', TEAM, '--cache-dir', cache, '--format', 'json']);
    expect({ code: listed.code, stderr: listed.stderr }).toEqual({ code: 0, stderr: '' });
    const checks = JSON.parse(listed.stdout) as { id: string; deprecated?: boolean }[];
    expect(checks.filter((c) => c.id.startsWith('TEAM-')).map((c) => c.id)).toEqual(['TEAM-0001', 'TEAM-0002']);
    const shown = await cli(['checks', 'show', 'TEAM-0001', '--policy', TEAM, '--cache-dir', cache, '--format', 'json']);
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout)).toMatchObject({ id: 'TEAM-0001', severity: 'HIGH', deprecated: false, frameworks: { 'team-baseline': ['STORE-1'] } });
  });
});
