/**
 * The GitLab reports against their schemas: the SAST report against GitLab's own security report
 * schema (the version it declares, vendored unchanged), the Code Quality report against the
 * documented format; for every fixture, and with the checks JSON Schema cannot express.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../cli/main.js';
import { REPO_ROOT } from '../testing/engine.js';
import { buildReport } from './__fixtures__/report.js';
import { GITLAB_SAST_SCHEMA_VERSION, buildGitlabSast } from './gitlab-sast.js';
import { buildGitlabCodeQuality } from './gitlab-codequality.js';
import { validateSarif as validateWithSchema } from './sarif-schema.js';

const SAST_SCHEMA = path.join(REPO_ROOT, 'schemas', 'vendor', `gitlab-sast-report-format-${GITLAB_SAST_SCHEMA_VERSION}.json`);
const CODE_QUALITY_SCHEMA = path.join(REPO_ROOT, 'schemas', 'vendor', 'gitlab-codequality-report.schema.json');

const FIXTURES = ['terraform', 'cloudformation', 'kubernetes', 'aws-config', 'suppressions'].flatMap((format) =>
  readdirSync(path.join(REPO_ROOT, 'fixtures', format), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `fixtures/${format}/${entry.name}`),
);

async function scan(fixture: string, format: string): Promise<unknown> {
  let stdout = '';
  let stderr = '';
  const argv = ['scan', fixture, '--format', format, '--quiet', '--fail-on', 'none', '--exclude', '**/expected.*'];
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), color: false, cwd: REPO_ROOT });
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  return JSON.parse(stdout);
}

interface Sast {
  version: string;
  vulnerabilities: { id: string }[];
}

interface CodeQualityIssue {
  fingerprint: string;
  location: { path: string };
}

describe('GitLab SAST report against security-report-schemas', () => {
  it('the vendored schema is the version the report declares', () => {
    const schema = JSON.parse(readFileSync(SAST_SCHEMA, 'utf8')) as { self: { version: string }; title: string };
    expect(schema.self.version).toBe(GITLAB_SAST_SCHEMA_VERSION);
    expect(schema.title).toBe('Report format for GitLab SAST');
  });

  it.each(FIXTURES)('%s is valid, with unique vulnerability ids', async (fixture) => {
    const report = (await scan(fixture, 'gitlab-sast')) as Sast;
    expect(report.version).toBe(GITLAB_SAST_SCHEMA_VERSION);
    expect(validateWithSchema(report, SAST_SCHEMA)).toEqual([]);
    const ids = report.vulnerabilities.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses what GitLab would refuse', () => {
    const valid = buildGitlabSast(buildReport());
    expect(validateWithSchema(valid, SAST_SCHEMA)).toEqual([]);
    const severity = { ...valid, vulnerabilities: [{ ...valid.vulnerabilities[0], severity: 'HIGH' }] };
    expect(validateWithSchema(severity, SAST_SCHEMA).join('\n')).toMatch(/\/vulnerabilities\/0\/severity: must be equal to one of the allowed values/);
    const time = { ...valid, scan: { ...valid.scan, start_time: '2026-01-01T00:00:00.000Z' } };
    expect(validateWithSchema(time, SAST_SCHEMA).join('\n')).toMatch(/\/scan\/start_time: must match pattern/);
  });
});

describe('GitLab Code Quality report against the documented format', () => {
  it.each(FIXTURES)('%s is valid, with unique fingerprints and relative paths', async (fixture) => {
    const issues = (await scan(fixture, 'gitlab-codequality')) as CodeQualityIssue[];
    expect(validateWithSchema(issues, CODE_QUALITY_SCHEMA)).toEqual([]);
    const fingerprints = issues.map((i) => i.fingerprint);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
  });

  it('refuses an issue without a line, an unknown severity or an absolute path', () => {
    const [issue] = buildGitlabCodeQuality(buildReport());
    expect(validateWithSchema([issue], CODE_QUALITY_SCHEMA)).toEqual([]);
    const cases: [unknown, RegExp][] = [
      [{ ...issue, location: { path: issue.location.path } }, /\/0\/location: must match exactly one schema in oneOf/],
      [{ ...issue, severity: 'high' }, /\/0\/severity: must be equal to one of the allowed values/],
      [{ ...issue, location: { ...issue.location, path: '/home/runner/main.tf' } }, /\/0\/location\/path: must NOT be valid/],
    ];
    for (const [broken, error] of cases) expect(validateWithSchema([broken], CODE_QUALITY_SCHEMA).join('\n')).toMatch(error);
  });
});
