import { afterAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from '../testing/engine.js';
import { HELM_BIN, helmInstalled, kustomizeAvailable } from '../testing/tools.js';
import { runCli } from './main.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'posture-inputs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface JsonFinding {
  checkId: string;
  resourceId: string;
  format: string;
  location: { path: string; startLine: number };
  suppression?: { kind: string; justification: string };
}

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), color: false, cwd: REPO_ROOT });
  return { code, stdout, stderr };
}

async function scanJson(argv: string[]) {
  const result = await cli(['scan', ...argv, '--format', 'json', '--quiet', '--no-fail']);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as { findings: JsonFinding[]; diagnostics: { code: string; message: string }[] };
}

function lineOf(file: string, text: string): number {
  return readFileSync(path.join(REPO_ROOT, file), 'utf8').split('\n').findIndex((line) => line.includes(text)) + 1;
}

const withHelm = helmInstalled() ? it : it.skip;
const withKustomize = kustomizeAvailable() ? it : it.skip;

describe('rendered Kubernetes inputs', () => {
  withHelm('--helm renders the chart and points findings at the template line', async () => {
    const chart = 'fixtures/kubernetes/helm-chart';
    const report = await scanJson(['--helm', chart, '--values', `${chart}/values-insecure.yaml`, '--helm-bin', HELM_BIN]);
    const privileged = report.findings.find((f) => f.checkId === 'K8S-0001');
    expect(privileged?.location.path).toBe(`${chart}/templates/deployment.yaml`);
    expect(privileged?.location.startLine).toBe(lineOf(`${chart}/templates/deployment.yaml`, 'privileged'));
    const safe = await scanJson(['--helm', chart, '--helm-bin', HELM_BIN]);
    expect(safe.findings.filter((f) => f.checkId === 'K8S-0001')).toEqual([]);
  });

  withKustomize('--kustomize builds the overlay and points findings at the source files', async () => {
    const report = await scanJson(['--kustomize', 'fixtures/kubernetes/kustomize/overlay']);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const finding of report.findings) expect(finding.location.path).toMatch(/^fixtures\/kubernetes\/kustomize\/(base|overlay)\//);
  });

  it('--kustomize refuses a kustomization with a remote base (exit 2, file and line) before running kustomize', async () => {
    const result = await cli(['scan', '--kustomize', 'fixtures/kubernetes/kustomize-remote/overlay', '--quiet']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('fixtures/kubernetes/kustomize-remote/overlay/kustomization.yaml:6: resources entry github.com/example/platform');
    expect(result.stderr).not.toContain('s3cr3t');
  });

  it('--helm on a directory that is not a chart is a usage error', async () => {
    const result = await cli(['scan', '--helm', 'fixtures/terraform/s3-bad', '--quiet']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/not a chart directory/);
  });
});

describe('Terraform variables', () => {
  it('a CIDR from a variable without a value is inconclusive, never a finding; --var and --var-file resolve it', async () => {
    const fixture = 'fixtures/terraform/variables';
    const unknown = await cli(['scan', fixture, '--format', 'json', '--quiet', '--no-fail']);
    const report = JSON.parse(unknown.stdout) as { findings: JsonFinding[]; inconclusive: { checkId: string }[] };
    expect(report.findings.filter((f) => f.checkId === 'AWS-0005')).toEqual([]);
    expect(report.inconclusive.map((i) => i.checkId)).toContain('AWS-0005');
    const open = await scanJson([fixture, '--var', 'ssh_cidr=0.0.0.0/0']);
    const ssh = open.findings.filter((f) => f.checkId === 'AWS-0005');
    expect(ssh).toHaveLength(1);
    expect(ssh[0].location.startLine).toBe(lineOf(`${fixture}/main.tf`, 'cidr_blocks = [var.ssh_cidr]'));
    const varFile = path.join(work, 'open.tfvars');
    writeFileSync(varFile, 'ssh_cidr = "10.0.0.0/8"\n');
    const closed = await cli(['scan', fixture, '--var-file', varFile, '--format', 'json', '--quiet', '--no-fail']);
    const known = JSON.parse(closed.stdout) as { findings: JsonFinding[]; inconclusive: { checkId: string }[] };
    expect(known.findings.filter((f) => f.checkId === 'AWS-0005')).toEqual([]);
    expect(known.inconclusive.map((i) => i.checkId)).not.toContain('AWS-0005');
  });
});

describe('CloudFormation parameters', () => {
  const template = 'fixtures/cloudformation/conditions';

  it('evaluates conditions with parameter defaults, then with --cfn-params', async () => {
    const dev = await scanJson([template]);
    const versioning = dev.findings.filter((f) => f.checkId === 'AWS-0003');
    expect(versioning.map((f) => `${f.checkId} ${f.resourceId}`)).toEqual(['AWS-0003 AWS::S3::Bucket/DataBucket']);
    expect(versioning[0].location.startLine).toBe(lineOf(`${template}/template.yaml`, 'Status: !If'));
    const prod = await scanJson([template, '--cfn-params', `${template}/params-prod.json`]);
    // the checks the parameters decide (AWS-0102, no TLS-only bucket policy, fires on both buckets either way)
    const decided = prod.findings.filter((f) => ['AWS-0003', 'AWS-0004', 'AWS-0104'].includes(f.checkId));
    expect(decided.map((f) => f.resourceId)).not.toContain('AWS::S3::Bucket/DataBucket');
    expect(decided.map((f) => f.checkId).sort()).toEqual(['AWS-0003', 'AWS-0004', 'AWS-0104']);
  });

  it('rejects a parameters file it cannot read', async () => {
    const result = await cli(['scan', template, '--cfn-params', 'no/such.json', '--quiet']);
    expect(result.code).toBe(2);
  });
});

describe('AWS Config snapshots', () => {
  it('scans delivered snapshots with the same checks as Terraform, plain or gzipped', async () => {
    const plain = await scanJson(['fixtures/aws-config/s3-buckets', 'fixtures/aws-config/security-groups']);
    expect(new Set(plain.findings.map((f) => f.format))).toEqual(new Set(['aws-config']));
    expect(plain.findings.map((f) => f.checkId)).toEqual(expect.arrayContaining(['AWS-0002', 'AWS-0003', 'AWS-0005']));
    const gz = path.join(work, 'snapshot.json.gz');
    writeFileSync(gz, gzipSync(readFileSync(path.join(REPO_ROOT, 'fixtures/aws-config/s3-buckets/snapshot.json'))));
    const zipped = await scanJson(['--aws-config-snapshot', gz]);
    const fromPlain = plain.findings.filter((f) => f.location.path.includes('s3-buckets')).map((f) => `${f.checkId} ${f.resourceId}`);
    expect(zipped.findings.map((f) => `${f.checkId} ${f.resourceId}`).sort()).toEqual(fromPlain.sort());
  });
});

describe('configuration, suppressions and baselines', () => {
  it('applies .posture.yaml waivers and severity overrides, keeping suppressed findings in the report', async () => {
    const report = await scanJson(['fixtures/suppressions', '--config', 'fixtures/suppressions/.posture.yaml']);
    const suppressed = report.findings.filter((f) => f.suppression);
    expect(suppressed.length).toBeGreaterThan(0);
    expect(suppressed.map((f) => f.suppression!.kind)).toEqual(expect.arrayContaining(['inline', 'config']));
    expect(report.diagnostics.map((d) => d.code)).toContain('SUPPRESSION_EXPIRED');
  });

  it('waivers audit lists each waiver as active, expired or unused, and fails on the last two', async () => {
    const result = await cli(['waivers', 'audit', 'fixtures/suppressions', '--config', 'fixtures/suppressions/.posture.yaml', '--format', 'json', '--quiet']);
    expect(result.code).toBe(1);
    const rows = JSON.parse(result.stdout) as { check: string; status: string; findings: number; source: string }[];
    expect(rows.map((r) => [r.check, r.status])).toEqual([
      ['AWS-0104', 'active'],
      ['K8S-000[2-3]', 'expired'],
    ]);
    expect(rows[0].findings).toBeGreaterThan(0);
    expect(rows[1].source).toMatch(/^fixtures\/suppressions\/\.posture\.yaml:\d+$/);
    const table = await cli(['waivers', 'audit', 'fixtures/suppressions', '--config', 'fixtures/suppressions/.posture.yaml', '--quiet']);
    expect(table.stdout).toMatch(/^STATUS\s+FINDINGS\s+CHECK/);
  });

  it('a baseline accepts what exists: moved lines still match, only a new finding fails', async () => {
    const dir = path.join(work, 'baseline-case');
    copyTree('fixtures/terraform/sg-bad', dir);
    const baseline = path.join(work, 'baseline.json');
    const inDir = ['--root', dir, '--quiet'];
    expect((await cli(['baseline', 'create', dir, '--output', baseline, ...inDir])).code).toBe(0);
    expect((await cli(['scan', dir, ...inDir])).code).toBe(1);
    expect((await cli(['scan', dir, '--baseline', baseline, ...inDir])).code).toBe(0);

    const main = path.join(dir, 'main.tf');
    writeFileSync(main, '# a comment that moves every line down\n\n' + readFileSync(main, 'utf8'));
    expect((await cli(['scan', dir, '--baseline', baseline, ...inDir])).code).toBe(0);

    const rule = ['resource "aws_security_group_rule" "new_ssh" {', '  type = "ingress"', '  from_port = 22', '  to_port = 22',
      '  protocol = "tcp"', '  cidr_blocks = ["0.0.0.0/0"]', '  description = "ops"', '  security_group_id = "sg-0123"', '}', ''].join('\n');
    writeFileSync(main, readFileSync(main, 'utf8') + '\n' + rule);
    const rerun = await cli(['scan', dir, '--baseline', baseline, '--format', 'json', ...inDir]);
    expect(rerun.code).toBe(1);
    const open = (JSON.parse(rerun.stdout) as { findings: JsonFinding[] }).findings.filter((f) => !f.suppression);
    expect(open.map((f) => `${f.checkId} ${f.resourceId}`)).toEqual(['AWS-0005 aws_security_group_rule.new_ssh']);
  });
});

describe('report formats', () => {
  it.each(['junit', 'markdown', 'gitlab-sast', 'gitlab-codequality'])('%s renders the fixture scan', async (format) => {
    const result = await cli(['scan', 'fixtures/terraform/sg-bad', '--format', format, '--quiet', '--no-fail']);
    expect(result.code).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(100);
    if (format.startsWith('gitlab')) expect(() => JSON.parse(result.stdout)).not.toThrow();
    if (format === 'junit') expect(result.stdout).toMatch(/^<\?xml[^>]*>\s*<testsuites/);
    if (format === 'markdown') expect(result.stdout).toMatch(/AWS-0005/);
  });
});

function copyTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(path.join(REPO_ROOT, from), { withFileTypes: true })) {
    if (entry.isFile() && !entry.name.startsWith('expected.')) copyFileSync(path.join(REPO_ROOT, from, entry.name), path.join(to, entry.name));
  }
}
