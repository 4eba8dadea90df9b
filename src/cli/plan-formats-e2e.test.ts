import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../testing/engine.js';
import { captureCli } from '../testing/cli.js';

interface JsonReport {
  findings: { checkId: string; resourceId: string; attributePath: unknown[]; location: { path: string; startLine: number } }[];
  diagnostics: { code: string; message: string; range: { path: string; startLine: number } }[];
  incomplete?: Record<string, number>;
}

const SECRET = 'correct-horse-battery-staple-9f3a';
const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function scan(fixture: string): Promise<JsonReport> {
  const { code, stdout, stderr } = await captureCli(['scan', fixture, '--format', 'json', '--quiet', '--no-fail', '--exclude', '**/expected.*']);
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  expect(stdout).not.toContain(SECRET);
  return JSON.parse(stdout) as JsonReport;
}

/** A finding without its file: the same plan content in another file is the same finding. */
const what = (f: JsonReport['findings'][number]) => `${f.checkId} ${f.resourceId} ${f.attributePath.join('.')} line ${f.location.startLine}`;
const lineOf = (file: string, line: number) => readFileSync(path.join(REPO_ROOT, file), 'utf8').split('\n')[line - 1].trim();

describe('plan JSON of Terraform 0.12 to 1.0 (format_version 0.1 and 0.2)', () => {
  it('reads 0.2 (Terraform 0.15 to 1.0: no relevant_attributes, no checks) as 1.x: the same findings', async () => {
    const current = await scan('fixtures/terraform-plan/plan-only');
    const old = await scan('fixtures/terraform-plan/format-0.2');
    expect(old.diagnostics).toEqual([]);
    expect(old.incomplete).toBeUndefined();
    expect(current.findings.length).toBeGreaterThan(0);
    // the 0.2 file is the 1.x file less the top-level fields 1.x added after `variables`: same lines up to them
    expect(old.findings.map(what)).toEqual(current.findings.map(what));
    expect(old.findings.every((f) => f.location.path === 'fixtures/terraform-plan/format-0.2/plan.json')).toBe(true);
    const ssh = old.findings.find((f) => f.checkId === 'AWS-0005')!;
    expect(ssh.resourceId).toBe('module.network.aws_security_group.bastion');
    expect(lineOf(ssh.location.path, ssh.location.startLine)).toBe('"0.0.0.0/0"');
  });

  it('reads 0.1 (Terraform 0.12 to 0.14: no sensitive_values nor after_sensitive either) with the same findings', async () => {
    const current = await scan('fixtures/terraform-plan/plan-only');
    const old = await scan('fixtures/terraform-plan/format-0.1');
    expect(old.diagnostics).toEqual([]);
    const ids = (r: JsonReport) => r.findings.map((f) => `${f.checkId} ${f.resourceId} ${f.attributePath.join('.')}`);
    expect(ids(old)).toEqual(ids(current));
    // lines differ (the sensitive_values blocks are gone); each finding is still on its value
    for (const finding of old.findings) {
      const twin = current.findings.find((f) => `${f.checkId} ${f.resourceId} ${f.attributePath.join('.')}` === `${finding.checkId} ${finding.resourceId} ${finding.attributePath.join('.')}`)!;
      expect(lineOf(finding.location.path, finding.location.startLine)).toBe(lineOf(twin.location.path, twin.location.startLine));
    }
  });

  it('refuses a format it does not know as PLAN_UNSUPPORTED: the scan is incomplete', async () => {
    const report = await scan('fixtures/terraform-plan/broken');
    const unsupported = report.diagnostics.filter((d) => d.code === 'PLAN_UNSUPPORTED');
    expect(unsupported.map((d) => `${d.range.path}:${d.range.startLine}: ${d.message}`)).toEqual([
      'fixtures/terraform-plan/broken/future-format.json:2: format_version "2.0" is not supported: this scanner reads 1.x, 0.2 and 0.1 (Terraform 0.12 and later)',
    ]);
    expect(report.incomplete).toMatchObject({ unsupportedPlans: 1 });
  });

  it('reads a state of Terraform 0.12 (format 0.1, one line as terraform show -json writes it) as the 1.x state', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'posture-state-'));
    scratch.push(dir);
    const state = JSON.parse(readFileSync(path.join(REPO_ROOT, 'fixtures/terraform-plan/state/terraform-state.json'), 'utf8')) as Record<string, unknown>;
    // 0.12 wrote no sensitive_values (0.15+) and no output types (1.0+)
    const old = JSON.parse(JSON.stringify({ ...state, format_version: '0.1', terraform_version: '0.12.31' }, (key, value: unknown) => (key === 'sensitive_values' ? undefined : value))) as {
      values: { outputs: Record<string, { type?: unknown }> };
    };
    for (const output of Object.values(old.values.outputs)) delete output.type;
    writeFileSync(path.join(dir, 'state.json'), JSON.stringify(old));
    const { stdout } = await captureCli(['scan', dir, '--root', dir, '--format', 'json', '--quiet', '--no-fail']);
    const report = JSON.parse(stdout) as JsonReport;
    const current = await scan('fixtures/terraform-plan/state');
    const ids = (r: JsonReport) => r.findings.map((f) => `${f.checkId} ${f.resourceId} ${f.attributePath.join('.')}`);
    expect(report.diagnostics).toEqual([]);
    expect(ids(report)).toEqual(ids(current));
    expect(report.findings.every((f) => f.location.path === 'state.json' && f.location.startLine === 1)).toBe(true);
  });
});
