/**
 * The scan deadline in the gate (cooperative: between files and scopes) and on the command line.
 * A deadline that passes at a stage boundary leaves every file not yet taken through that stage
 * as a LIMIT_EXCEEDED diagnostic: the report is incomplete, never silently complete.
 */
import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { runGate } from './gate.js';
import { silentLogger } from './logging.js';
import { Deadline } from './model/index.js';
import { captureCli } from './testing/cli.js';
import { REPO_ROOT, sharedEngine } from './testing/engine.js';

const PATHS = ['fixtures/terraform/sg-bad', 'fixtures/cloudformation/sg-bad', 'fixtures/kubernetes/bad'].map((p) => path.join(REPO_ROOT, p));

/** A deadline whose clock jumps past it as soon as the scan reaches `stage`. */
function passingAt(stage: string): Deadline {
  let now = 0;
  return new Deadline(60, (place) => void (place.stage === stage && (now = 61_000)), () => now);
}

async function scanWith(deadline: Deadline) {
  return (await runGate({ paths: PATHS, root: REPO_ROOT, failOn: 'HIGH', logger: silentLogger, engine: await sharedEngine(), deadline })).report;
}

describe('the scan deadline', () => {
  it('in time: the scan is complete and has its findings', async () => {
    const report = await scanWith(new Deadline(600));
    expect(report.incomplete).toBeUndefined();
    expect(report.findings.length).toBeGreaterThan(5);
  });

  it.each([
    ['parse', 'parsed'],
    ['resolve', 'resolved'],
    ['normalize', 'normalized'],
    ['evaluate', 'evaluated'],
  ])('passing at %s: every file not taken through it is a LIMIT_EXCEEDED diagnostic, no finding, no score', async (stage, done) => {
    const report = await scanWith(passingAt(stage));
    const limits = report.diagnostics.filter((d) => d.code === 'LIMIT_EXCEEDED');
    expect(limits.map((d) => d.range.path).sort()).toEqual(['fixtures/cloudformation/sg-bad/template.yaml', 'fixtures/kubernetes/bad/workloads.yaml', 'fixtures/terraform/sg-bad/main.tf']);
    for (const limit of limits) expect(limit.message).toBe(`not ${done}: the scan passed --max-scan-seconds 60 before reaching this file; raise the limit or scan less at once`);
    expect(report.incomplete).toMatchObject({ limits: 3 });
    expect(report.findings).toEqual([]);
    expect(report.score.overall.total).toBe(0);
  });

  it('--max-scan-seconds on the command line: a scan past it is incomplete, and fails under --strict', async () => {
    const quick = await captureCli(['scan', 'fixtures/terraform/sg-bad', '--max-scan-seconds', '0.000001', '--format', 'json', '--quiet']);
    expect(quick.code).toBe(0);
    expect(JSON.parse(quick.stdout).incomplete).toMatchObject({ limits: 1 });
    const strict = await captureCli(['scan', 'fixtures/terraform/sg-bad', '--max-scan-seconds', '0.000001', '--strict', '--quiet']);
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain('posture: strict mode fails an incomplete scan.');
    const bad = await captureCli(['scan', 'fixtures/terraform/sg-bad', '--max-scan-seconds', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-scan-seconds takes a positive number of seconds, not 0');
  });
});
