import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '../../config/index.js';
import { spawnBuiltCli } from '../../testing/cli.js';

/**
 * `posture import checkov|trivy` through the built CLI (bin/posture.js and dist/: run
 * `node scripts/bundle.mjs` first): what it writes, what it says it could not map, and that the
 * written waivers suppress the findings they name on a real scan, and only those.
 */
let dir: string;
const at = (...parts: string[]) => path.join(dir, ...parts);
const write = (name: string, text: string) => writeFileSync(at(name), text);

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'posture-import-'));
  write(
    'main.tf',
    ['resource "aws_s3_bucket" "logs" {', '  bucket = "acme-logs"', '}', '', 'resource "aws_s3_bucket" "data" {', '  bucket = "acme-data"', '}', ''].join('\n'),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Waiver {
  check: string;
  resource?: string;
  path?: string;
  reason: string;
  expires?: string;
}

describe('posture import checkov', () => {
  beforeAll(() => {
    write(
      '.checkov.yaml',
      [
        'compact: true',
        'skip-check:',
        '  - CKV_AWS_21 # versioning',
        '  - CKV_AWS_53 # one of the four Block Public Access settings',
        '  - CKV_AWS_999',
        '  - LOW',
        'soft-fail-on: [CKV_AWS_18]',
        'hard-fail-on: [CRITICAL]',
        '',
      ].join('\n'),
    );
    write(
      '.checkov.baseline',
      JSON.stringify({
        failed_checks: [
          { file: '/main.tf', findings: [{ resource: 'aws_s3_bucket.data', check_ids: ['CKV_AWS_145', 'CKV_AWS_144'] }] },
          { file: '/deploy.yaml', findings: [{ resource: 'Deployment.default.web', check_ids: ['CKV_K8S_16'] }] },
        ],
      }),
    );
  });

  it('writes waivers and settings for what maps, and lists each entry it could not map, with why', async () => {
    const run = await spawnBuiltCli(['import', 'checkov', dir, '--output', at('.posture.yaml')]);
    expect({ status: run.status, stdout: run.stdout }).toEqual({ status: 0, stdout: '' });
    const written = parse(readFileSync(at('.posture.yaml'), 'utf8')) as { 'fail-on': string; severity: Record<string, string>; waivers: Waiver[] };
    expect(written['fail-on']).toBe('critical');
    expect(written.severity).toEqual({ 'AWS-0004': 'low' });
    expect(written.waivers.map((w) => [w.check, w.resource ?? '', w.path ?? ''])).toEqual([
      ['AWS-0003', '', ''],
      ['AWS-0104', 'aws_s3_bucket.data', 'main.tf'],
      ['K8S-0001', '**/Deployment/default/web', 'deploy.yaml'],
    ]);
    expect(written.waivers[0].reason).toBe('imported from .checkov.yaml skip-check (CKV_AWS_21)'.replace('.checkov.yaml', path.relative(process.cwd(), at('.checkov.yaml'))));
    expect(run.stderr).toMatch(/skip-check LOW: skips by severity/);
    expect(run.stderr).toMatch(/skip-check: AWS-0002 also covers CKV_AWS_54, CKV_AWS_55, CKV_AWS_56, which are not skipped; not waived/);
    expect(run.stderr).toMatch(/CKV_AWS_999: no posture-gate check is the same control/);
    expect(run.stderr).toMatch(/CKV_AWS_144 \(1 resource\): no posture-gate check/);
    expect(run.stderr).toMatch(/compact: not imported/);
    expect(run.stderr).toMatch(/soft-fail-on: AWS-0004 set to severity low/);
    // what it wrote is a valid .posture.yaml
    expect((await loadConfig(at('.posture.yaml'), dir)).waivers).toHaveLength(3);
  });

  it('adds nothing on a second run, keeps the file\'s comments, and leaves a setting it already has', async () => {
    const file = at('merged.yaml');
    writeFileSync(file, '# our gate settings\nfail-on: high # agreed with security\n');
    const first = await spawnBuiltCli(['import', 'checkov', at('.checkov.yaml'), '--output', file]);
    const second = await spawnBuiltCli(['import', 'checkov', at('.checkov.yaml'), '--output', file]);
    expect([first.status, second.status]).toEqual([0, 0]);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^# our gate settings\nfail-on: high # agreed with security\n/);
    expect((parse(text) as { waivers: Waiver[] }).waivers.map((w) => w.check)).toEqual(['AWS-0003']);
    expect(second.stderr).toMatch(/fail-on: \S*merged\.yaml already says high; left as is \(the import says critical\)/);
    expect(second.stderr).toMatch(/; 1 waiver\(s\), 1 severity override\(s\) → /);
  });

  it('makes the scan suppress what checkov skipped, and only that', async () => {
    const scan = await spawnBuiltCli(['scan', at('main.tf'), '--root', dir, '--config', at('.posture.yaml'), '--format', 'json', '--no-fail', '--quiet']);
    expect(scan.status).toBe(0);
    const findings = (JSON.parse(scan.stdout) as { findings: { checkId: string; resourceId: string; suppression?: { kind: string } }[] }).findings;
    const state = (checkId: string, resourceId: string) => findings.find((f) => f.checkId === checkId && f.resourceId === resourceId)?.suppression?.kind ?? 'reported';
    expect(state('AWS-0003', 'aws_s3_bucket.logs')).toBe('config');
    expect(state('AWS-0104', 'aws_s3_bucket.data')).toBe('config');
    expect(state('AWS-0104', 'aws_s3_bucket.logs')).toBe('reported');
    expect(state('AWS-0004', 'aws_s3_bucket.logs')).toBe('reported');
  });
});

describe('posture import trivy', () => {
  beforeAll(() => {
    write(
      '.trivyignore',
      ['# accepted risks', 'aws-s3-enable-versioning', 'AVD-AWS-0086 exp:2026-12-31', 'AVD-AWS-0087', 'AVD-AWS-0091 exp:2027-06-30', 'AVD-AWS-0093', 'CVE-2023-1234', ''].join('\n'),
    );
    write(
      '.trivyignore.yaml',
      [
        'misconfigurations:',
        '  - id: AVD-AWS-0089',
        '    paths: ["main.tf"]',
        '    statement: the log bucket cannot log to itself',
        '    expired_at: 2027-03-01',
        'secrets:',
        '  - id: aws-access-key-id',
        '',
      ].join('\n'),
    );
  });

  it('prints the waivers: long and AVD ids, a union check only when all its ids are ignored, the earliest expiry', async () => {
    const run = await spawnBuiltCli(['import', 'trivy', dir]);
    expect(run.status).toBe(0);
    const waivers = (parse(run.stdout) as { waivers: Waiver[] }).waivers;
    expect(waivers.map((w) => [w.check, w.path ?? '', w.expires ?? ''])).toEqual([
      ['AWS-0002', '', '2026-12-31'],
      ['AWS-0003', '', ''],
      ['AWS-0004', 'main.tf', '2027-03-01'],
    ]);
    expect(waivers[2].reason).toBe('the log bucket cannot log to itself');
    expect(run.stderr).toMatch(/:7 CVE-2023-1234: a vulnerability id/);
    expect(run.stderr).toMatch(/secrets: 1 entry not imported/);
  });
});

describe('posture import: usage', () => {
  it('exits 2 with a message when there is nothing to import or the command is wrong', async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'posture-import-empty-'));
    try {
      const none = await spawnBuiltCli(['import', 'trivy', empty]);
      expect(none.status).toBe(2);
      expect(none.stderr).toMatch(/none of \.trivyignore, \.trivyignore\.yaml, \.trivyignore\.yml in /);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
    expect((await spawnBuiltCli(['import', 'kics'])).stderr).toMatch(/import: name the tool to import from, checkov or trivy, not kics/);
    expect((await spawnBuiltCli(['import', 'checkov', '--fail-on', 'high'])).status).toBe(2);
  });
});
