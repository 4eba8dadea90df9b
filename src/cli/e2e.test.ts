import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { validateSarif } from '../report/sarif-schema.js';
import { REPO_ROOT, SARIF_SCHEMA } from '../testing/engine.js';
import { captureCli, stableSarif } from '../testing/cli.js';

const cli = (argv: string[]) => captureCli(argv);

const FIXTURE_CASES = ['terraform', 'cloudformation', 'kubernetes'].flatMap((format) =>
  readdirSync(path.join(REPO_ROOT, 'fixtures', format), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `fixtures/${format}/${entry.name}`),
);

describe('posture scan, end to end on the fixtures', () => {
  it.each(FIXTURE_CASES)('%s gives schema-valid SARIF equal to its golden expected.sarif', async (fixture) => {
    const argv = ['scan', fixture, '--format', 'sarif', '--quiet', '--fail-on', 'none', '--exclude', '**/expected.*'];
    const { code, stdout, stderr } = await cli(argv);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const log = JSON.parse(stdout);
    expect(validateSarif(log, SARIF_SCHEMA)).toEqual([]);
    const golden = path.join(REPO_ROOT, fixture, 'expected.sarif');
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, JSON.stringify(stableSarif(stdout), null, 2) + '\n');
    expect(stableSarif(stdout)).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });

  it('points every result of the whole fixture tree at a real line of its file', async () => {
    const { stdout } = await cli(['scan', 'fixtures', '--format', 'sarif', '--quiet', '--no-fail']);
    const results = JSON.parse(stdout).runs[0].results as Array<{
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>;
    }>;
    expect(results.length).toBeGreaterThan(20);
    for (const result of results) {
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      const lines = readFileSync(path.join(REPO_ROOT, artifactLocation.uri), 'utf8').split('\n');
      expect(region.startLine).toBeGreaterThanOrEqual(1);
      expect(region.startLine).toBeLessThanOrEqual(lines.length);
    }
  });

  it('exits 1 when findings reach --fail-on, 0 below it', async () => {
    expect((await cli(['scan', 'fixtures/kubernetes/bad', '--quiet', '--fail-on', 'high'])).code).toBe(1);
    expect((await cli(['scan', 'fixtures/kubernetes/good', '--quiet', '--fail-on', 'low'])).code).toBe(0);
  });

  it('exits 2 on usage and configuration errors, with a message on stderr', async () => {
    const badFlag = await cli(['scan', '--format', 'pdf', 'fixtures']);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toMatch(/pdf/);
    const missing = await cli(['scan', 'no/such/dir']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file or directory/);
  });

  it('keeps scanning past a broken file and reports it in every format', async () => {
    const table = await cli(['scan', 'fixtures/terraform/broken', '--quiet', '--no-fail']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/fixtures\/terraform\/broken\/\S+\.tf:\d+:\d+/);
    const json = JSON.parse((await cli(['scan', 'fixtures/terraform/broken', '--format', 'json', '--quiet', '--no-fail'])).stdout);
    expect(json.diagnostics.length).toBeGreaterThan(0);
    expect(json.summary.resources).toBeGreaterThan(0);
    const sarif = JSON.parse((await cli(['scan', 'fixtures/terraform/broken', '--format', 'sarif', '--quiet', '--no-fail'])).stdout);
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications.length).toBeGreaterThan(0);
  });

  it('lists the check catalogue', async () => {
    const table = await cli(['checks', 'list']);
    expect(table.stdout).toMatch(/AWS-0002/);
    // deprecated checks are left out of the list, and still shown by id, marked as such
    expect(table.stdout).not.toMatch(/AWS-0001/);
    expect((await cli(['checks', 'show', 'AWS-0001'])).stdout).toMatch(/^AWS-0001 {2}MEDIUM {2}.*\(deprecated\)$/m);
    const json = JSON.parse((await cli(['checks', 'list', '--format', 'json'])).stdout);
    expect(json.length).toBeGreaterThanOrEqual(12);
    expect(json[0]).toEqual(expect.objectContaining({ id: expect.any(String), severity: expect.any(String), peers: expect.any(Object) }));
  });
});

describe('the bundled CLI in dist/', () => {
  it('runs as `node bin/posture.js` with the committed bundle, wasm files and policy', () => {
    const child = spawnSync(process.execPath, ['bin/posture.js', 'scan', 'fixtures/terraform/sg-bad', '--format', 'json', '--quiet'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(1);
    const report = JSON.parse(child.stdout);
    expect(report.findings.map((f: { checkId: string }) => f.checkId)).toEqual(expect.arrayContaining(['AWS-0005', 'AWS-0006', 'AWS-0007']));
  });
});
