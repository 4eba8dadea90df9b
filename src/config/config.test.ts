import { describe, expect, it } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { buildFindings } from '../report/__fixtures__/report.js';
import { applySeverityOverrides, findConfigFile, loadConfig, parseConfig, resolveConfig } from './index.js';

const FULL = `# posture-gate settings
include: ["terraform/**"]
exclude:
  - "**/examples/**"
fail-on: medium
frameworks: [cis-aws-3.0]
severity:
  AWS-0003: low
var-files: [prod.tfvars]
policies: [policies/custom]
waivers:
  - check: AWS-0001
    resource: aws_s3_bucket.logs
    reason: log bucket, encrypted by the account default
    owner: platform-team
    expires: 2026-12-31
  - check: "K8S-*"
    path: "charts/legacy/**"
    reason: legacy chart, replaced in Q3
`;

function errorOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('reads every key into the typed config, with the waiver positions', () => {
    const config = parseConfig(FULL, '.posture.yaml');
    expect(config).toMatchObject({
      path: '.posture.yaml',
      include: ['terraform/**'],
      exclude: ['**/examples/**'],
      failOn: 'MEDIUM',
      frameworks: ['cis-aws-3.0'],
      severity: { 'AWS-0003': 'LOW' },
      varFiles: ['prod.tfvars'],
      policies: ['policies/custom'],
    });
    expect(config.waivers).toHaveLength(2);
    expect(config.waivers[0]).toEqual({
      check: 'AWS-0001',
      resource: 'aws_s3_bucket.logs',
      reason: 'log bucket, encrypted by the account default',
      owner: 'platform-team',
      expires: '2026-12-31',
      source: expect.objectContaining({ path: '.posture.yaml', startLine: 12, startColumn: 5 }),
    });
    expect(config.waivers[1]).toEqual({
      check: 'K8S-*',
      path: 'charts/legacy/**',
      reason: 'legacy chart, replaced in Q3',
      source: expect.objectContaining({ startLine: 17 }),
    });
  });

  it('accepts an empty file as "no settings"', () => {
    expect(parseConfig('', '.posture.yaml')).toMatchObject({ include: [], waivers: [], severity: {} });
    expect(parseConfig('# only a comment\n', '.posture.yaml').failOn).toBeUndefined();
  });

  it('names file, line, column and field of a bad waiver date', () => {
    const text = 'waivers:\n  - check: AWS-0001\n    reason: ok\n  - check: AWS-0002\n    reason: later\n    expires: 31/12/2026\n';
    expect(errorOf(() => parseConfig(text, '.posture.yaml')).message).toBe(
      '.posture.yaml:6:14: waivers[1].expires must be a date (YYYY-MM-DD)',
    );
  });

  it('rejects dates that do not exist on the calendar', () => {
    const text = 'waivers:\n  - {check: AWS-0001, reason: ok, expires: 2026-02-30}\n';
    expect(errorOf(() => parseConfig(text, 'p.yaml')).message).toMatch(/^p\.yaml:2:\d+: waivers\[0\]\.expires must be a date/);
  });

  it('rejects unknown keys with a suggestion, at the key', () => {
    expect(errorOf(() => parseConfig('fail-on: high\nwaviers: []\n', '.posture.yaml')).message).toBe(
      '.posture.yaml:2:1: unknown key "waviers"; did you mean "waivers"?',
    );
    const nested = 'waivers:\n  - check: AWS-0001\n    reason: x\n    expiry: 2026-01-01\n';
    expect(errorOf(() => parseConfig(nested, '.posture.yaml')).message).toBe(
      '.posture.yaml:4:5: unknown key in waivers[0]: "expiry"; did you mean "expires"?',
    );
  });

  it('lists the known keys when nothing is close', () => {
    expect(errorOf(() => parseConfig('zzzzzzzzzz: 1\n', 'c.yaml')).message).toMatch(/expected one of: include, exclude, fail-on/);
  });

  it('requires a check and a reason on every waiver', () => {
    expect(errorOf(() => parseConfig('waivers:\n  - check: AWS-0001\n', 'c.yaml')).message).toBe(
      'c.yaml:2:5: waivers[0] needs a reason: say why the risk is accepted',
    );
    expect(errorOf(() => parseConfig('waivers:\n  - reason: because\n', 'c.yaml')).message).toMatch(/waivers\[0\] needs a check/);
    expect(errorOf(() => parseConfig('waivers:\n  - {check: AWS-0001, reason: ""}\n', 'c.yaml')).message).toMatch(
      /waivers\[0\]\.reason must be a non-empty string/,
    );
  });

  it('validates fail-on, severity overrides and list types', () => {
    expect(errorOf(() => parseConfig('fail-on: severe\n', 'c.yaml')).message).toBe(
      'c.yaml:1:10: fail-on must be one of critical, high, medium, low, none',
    );
    expect(errorOf(() => parseConfig('severity:\n  AWS-0001: urgent\n', 'c.yaml')).message).toMatch(
      /^c\.yaml:2:13: severity\.AWS-0001 must be one of/,
    );
    expect(errorOf(() => parseConfig('exclude: "**/x"\n', 'c.yaml')).message).toBe('c.yaml:1:10: exclude must be a list of strings');
    expect(errorOf(() => parseConfig('include: [1]\n', 'c.yaml')).message).toBe('c.yaml:1:11: include[0] must be a non-empty string');
    expect(errorOf(() => parseConfig('- a\n', 'c.yaml')).message).toBe('c.yaml:1:1: the file must be a mapping');
  });

  it('reads strict: true or false, and refuses anything else', () => {
    expect(parseConfig('strict: true\n', 'c.yaml').strict).toBe(true);
    expect(parseConfig('strict: false\n', 'c.yaml').strict).toBe(false);
    expect(parseConfig('fail-on: high\n', 'c.yaml').strict).toBeUndefined();
    expect(errorOf(() => parseConfig('strict: yes\n', 'c.yaml')).message).toBe('c.yaml:1:9: strict must be true or false');
  });

  it('reads max-scan-seconds: a positive number of seconds, and refuses anything else', () => {
    expect(parseConfig('max-scan-seconds: 900\n', 'c.yaml').maxScanSeconds).toBe(900);
    expect(parseConfig('max-scan-seconds: 2.5\n', 'c.yaml').maxScanSeconds).toBe(2.5);
    expect(parseConfig('strict: true\n', 'c.yaml').maxScanSeconds).toBeUndefined();
    for (const bad of ['0', '-5', 'soon', '"600"', '.inf']) {
      expect(errorOf(() => parseConfig(`max-scan-seconds: ${bad}\n`, 'c.yaml')).message).toBe('c.yaml:1:19: max-scan-seconds must be a positive number of seconds');
    }
  });

  it('reports YAML syntax errors and duplicate keys with their position', () => {
    expect(errorOf(() => parseConfig('fail-on: high\nfail-on: low\n', 'c.yaml')).message).toBe('c.yaml:2:1: duplicate key "fail-on"');
    expect(errorOf(() => parseConfig('include: [a\n', 'c.yaml')).message).toMatch(/^c\.yaml:\d+:\d+: /);
  });
});

describe('loading the file', () => {
  it('finds .posture.yaml at the root and names it relative to the root', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'posture-config-'));
    expect(await findConfigFile(root)).toBeUndefined();
    expect(await resolveConfig(root)).toBeUndefined();
    await writeFile(path.join(root, '.posture.yaml'), 'fail-on: low\nbogus: 1\n');
    expect(await findConfigFile(root)).toBe(path.join(root, '.posture.yaml'));
    await expect(resolveConfig(root)).rejects.toThrow('.posture.yaml:2:1: unknown key "bogus"');
  });

  it('loads an explicit file and fails clearly when it is missing', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'posture-config-'));
    const file = path.join(root, 'ci', 'gate.yaml');
    await expect(loadConfig(file, root)).rejects.toMatchObject({ code: 'INPUT_MISSING', message: expect.stringContaining('--config') });
    await writeFile(path.join(root, 'gate.yaml'), 'fail-on: critical\n');
    expect(await resolveConfig(root, path.join(root, 'gate.yaml'))).toMatchObject({ path: 'gate.yaml', failOn: 'CRITICAL' });
  });
});

describe('applySeverityOverrides', () => {
  it('replaces the severity of the checks named, and leaves the rest and the input alone', () => {
    const findings = buildFindings();
    const copy = JSON.stringify(findings);
    const out = applySeverityOverrides(findings, parseConfig('severity:\n  AWS-0001: low\n  K8S-0002: critical\n', 'c.yaml').severity);
    expect(out.map((f) => `${f.checkId} ${f.severity}`)).toEqual([
      'K8S-0001 HIGH',
      'AWS-0001 LOW',
      'AWS-0003 MEDIUM',
      'AWS-0002 CRITICAL',
      'AWS-0001 LOW',
      'K8S-0002 CRITICAL',
    ]);
    expect(JSON.stringify(findings)).toBe(copy);
  });
});
