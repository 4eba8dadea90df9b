/**
 * The published schema of our JSON report (schemas/report.schema.json, JSON Schema 2020-12):
 * every fixture's JSON output validates against it, the report names it in `$schema`, and a
 * report that breaks the contract is refused, so the schema cannot drift into accepting anything.
 */
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../cli/main.js';
import { REPO_ROOT } from '../testing/engine.js';
import { buildReport } from './__fixtures__/report.js';
import { COMPLIANCE_SCHEMA_ID } from './compliance.js';
import { JSON_SCHEMA_ID, buildJsonReport, type JsonReport } from './json.js';
import { validateSarif as validateWithSchema } from './sarif-schema.js';

const REPORT_SCHEMA = path.join(REPO_ROOT, 'schemas', 'report.schema.json');

const FIXTURES = readdirSync(path.join(REPO_ROOT, 'fixtures'), { withFileTypes: true })
  .filter((format) => format.isDirectory())
  .flatMap((format) =>
    readdirSync(path.join(REPO_ROOT, 'fixtures', format.name), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `fixtures/${format.name}/${entry.name}`),
  );

async function scanJson(argv: string[], command = ['scan']): Promise<unknown> {
  let stdout = '';
  let stderr = '';
  // only a scan gates: `report compliance` refuses --fail-on
  const gate = command[0] === 'scan' ? ['--fail-on', 'none'] : [];
  const code = await runCli([...command, ...argv, '--format', 'json', '--quiet', ...gate, '--exclude', '**/expected.*'], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    color: false,
    cwd: REPO_ROOT,
  });
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  return JSON.parse(stdout);
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('schemas/report.schema.json', () => {
  const schema = JSON.parse(readFileSync(REPORT_SCHEMA, 'utf8')) as { $schema: string; $id: string };

  it('is JSON Schema 2020-12 with a versioned $id that every JSON report names in $schema', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(JSON_SCHEMA_ID);
    expect(schema.$id).toMatch(/report-\d+\.json$/);
    expect(buildJsonReport(buildReport()).$schema).toBe(schema.$id);
  });

  it.each(FIXTURES)('validates the JSON report of %s', async (fixture) => {
    const report = await scanJson([fixture]);
    expect(validateWithSchema(report, REPORT_SCHEMA)).toEqual([]);
  });

  it('validates a report with suppressed findings, inconclusive checks, diagnostics and a diff base', () => {
    const report = buildReport();
    report.base = { ref: 'main', commit: 'a'.repeat(40), score: report.score };
    const json = clone(buildJsonReport(report));
    // The unit fixture's fingerprints are short labels; real ones are sha256 hex (the fixtures above prove it).
    for (const finding of json.findings) finding.fingerprint = createHash('sha256').update(finding.fingerprint).digest('hex');
    expect(json.findings.some((f) => f.suppression)).toBe(true);
    expect(json.inconclusive.length).toBeGreaterThan(0);
    expect(json.diagnostics.length).toBeGreaterThan(0);
    expect(validateWithSchema(json, REPORT_SCHEMA)).toEqual([]);
  });

  it('refuses reports that break the contract', () => {
    const valid = clone(buildJsonReport(buildReport()));
    for (const finding of valid.findings) finding.fingerprint = createHash('sha256').update(finding.fingerprint).digest('hex');
    expect(validateWithSchema(valid, REPORT_SCHEMA)).toEqual([]);
    const broken: [string, (r: JsonReport & Record<string, unknown>) => void, RegExp][] = [
      ['an unknown severity', (r) => Object.assign(r.findings[0], { severity: 'SEVERE' }), /\/findings\/0\/severity: must be equal to one of the allowed values/],
      ['a line number 0', (r) => (r.findings[0].location.startLine = 0), /\/findings\/0\/location\/startLine: must be >= 1/],
      ['a missing fingerprint', (r) => delete (r.findings[0] as Partial<JsonReport['findings'][0]>).fingerprint, /\/findings\/0: must have required property 'fingerprint'/],
      ['an unexpected field', (r) => Object.assign(r.findings[0], { secretValue: 'x' }), /\/findings\/0: must NOT have additional properties \(secretValue\)/],
      ['another schema version', (r) => Object.assign(r, { schemaVersion: '2' }), /\/schemaVersion: must be equal to constant/],
      ['a score above 1', (r) => (r.score.overall.score = 1.5), /\/score\/overall\/score: must be <= 1/],
      ['a Windows path', (r) => (r.files.scanned[0] = 'infra\\main.tf'), /\/files\/scanned\/0: must NOT be valid/],
    ];
    for (const [, mutate, error] of broken) {
      const report = clone(valid) as JsonReport & Record<string, unknown>;
      mutate(report);
      expect(validateWithSchema(report, REPORT_SCHEMA).join('\n')).toMatch(error);
    }
  });
});

describe('schemas/compliance.schema.json', () => {
  const COMPLIANCE_SCHEMA = path.join(REPO_ROOT, 'schemas', 'compliance.schema.json');

  it('has the $id the compliance report names in $schema', () => {
    expect(JSON.parse(readFileSync(COMPLIANCE_SCHEMA, 'utf8')).$id).toBe(COMPLIANCE_SCHEMA_ID);
  });

  it.each(['fixtures/terraform', 'fixtures/kubernetes', 'fixtures/cloudformation', 'fixtures/aws-config'])('validates the compliance report of %s', async (fixture) => {
    const report = (await scanJson([fixture], ['report', 'compliance'])) as { $schema: string; frameworks: { counts: { fail: number } }[] };
    expect(report.$schema).toBe(COMPLIANCE_SCHEMA_ID);
    expect(report.frameworks.some((f) => f.counts.fail > 0)).toBe(true);
    expect(validateWithSchema(report, COMPLIANCE_SCHEMA)).toEqual([]);
  });

  it('refuses a failing control without failing resources', async () => {
    const report = (await scanJson(['fixtures/terraform/sg-bad'], ['report', 'compliance'])) as {
      frameworks: { requirements: { controls: { status: string; failing: unknown[] }[] }[] }[];
    };
    const failing = report.frameworks.flatMap((f) => f.requirements.flatMap((r) => r.controls)).find((c) => c.status === 'fail')!;
    failing.failing = [];
    expect(validateWithSchema(report, COMPLIANCE_SCHEMA).join('\n')).toMatch(/failing: must NOT have fewer than 1 items/);
  });
});
