import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validateSarif } from '../report/sarif-schema.js';
import { REPO_ROOT, SARIF_SCHEMA } from '../testing/engine.js';
import { captureCli, stableSarif } from '../testing/cli.js';

/** `posture …` in-process from the repository root. */
const cli = (argv: string[]) => captureCli(argv);



interface SarifResult {
  ruleId: string;
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
}

const SECRET = 'correct-horse-battery-staple-9f3a';
const CASES = readdirSync(path.join(REPO_ROOT, 'fixtures/terraform-plan'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => `fixtures/terraform-plan/${e.name}`);
const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('posture scan on Terraform plan JSON', () => {
  it.each(CASES)('%s gives schema-valid SARIF equal to its golden expected.sarif', async (fixture) => {
    const { code, stdout, stderr } = await cli(['scan', fixture, '--format', 'sarif', '--quiet', '--fail-on', 'none', '--exclude', '**/expected.*']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(validateSarif(JSON.parse(stdout), SARIF_SCHEMA)).toEqual([]);
    expect(stdout).not.toContain(SECRET);
    const golden = path.join(REPO_ROOT, fixture, 'expected.sarif');
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, JSON.stringify(stableSarif(stdout), null, 2) + '\n');
    expect(stableSarif(stdout)).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });

  it('reports on a plan what the HCL scan reports, at the same .tf lines, once', async () => {
    const fixture = 'fixtures/terraform-plan/with-config';
    const summary = async (extra: string[]) => {
      const { stdout } = await cli(['scan', fixture, '--format', 'json', '--quiet', '--no-fail', '--exclude', '**/expected.*', ...extra]);
      const findings = JSON.parse(stdout).findings as { checkId: string; resourceId: string; attributePath: unknown[]; format: string; location: { path: string; startLine: number } }[];
      return findings.map((f) => ({ text: `${f.checkId} ${f.resourceId} ${f.attributePath.join('.')} ${f.location.path}:${f.location.startLine}`, format: f.format }));
    };
    const fromHcl = await summary(['--exclude', '**/*.json']);
    const fromBoth = await summary([]);
    expect(fromBoth.map((f) => f.text)).toEqual(fromHcl.map((f) => f.text));
    expect(new Set(fromBoth.map((f) => f.format))).toEqual(new Set(['terraform-plan']));
    expect(fromBoth.map((f) => f.text)).toEqual(expect.arrayContaining([
      `AWS-0104 aws_s3_bucket.data["reports"] encryption.algorithm ${fixture}/main.tf:25`,
      `AWS-0008 aws_db_instance.main storage_encrypted ${fixture}/main.tf:51`,
      `AWS-0005 module.network.aws_security_group.bastion ingress.1.cidr_ipv4.0 ${fixture}/modules/network/main.tf:37`,
    ]));
  });

  it('points findings at the plan\'s lines when the configuration is not scanned', async () => {
    const { stdout } = await cli(['scan', 'fixtures/terraform-plan/plan-only', '--format', 'sarif', '--quiet', '--no-fail']);
    const results = JSON.parse(stdout).runs[0].results as SarifResult[];
    const ssh = results.find((r) => r.ruleId === 'AWS-0005')!.locations[0].physicalLocation;
    expect(ssh.artifactLocation.uri).toBe('fixtures/terraform-plan/plan-only/plan.json');
    const lines = readFileSync(path.join(REPO_ROOT, ssh.artifactLocation.uri), 'utf8').split('\n');
    expect(lines[ssh.region.startLine - 1].trim()).toBe('"0.0.0.0/0"');
  });

  it('reports broken plans as diagnostics with file and line, and never prints a sensitive value', async () => {
    const broken = await cli(['scan', 'fixtures/terraform-plan/broken', '--format', 'json', '--quiet', '--fail-on', 'none']);
    expect(broken.code).toBe(0);
    const diagnostics = JSON.parse(broken.stdout).diagnostics as { range: { path: string; startLine: number } }[];
    expect(diagnostics.map((d) => `${d.range.path}:${d.range.startLine}`)).toEqual(expect.arrayContaining([
      'fixtures/terraform-plan/broken/future-format.json:2',
      'fixtures/terraform-plan/broken/malformed-entries.json:17',
      'fixtures/terraform-plan/broken/truncated-plan.json:8',
    ]));
    for (const format of ['json', 'table', 'markdown', 'junit', 'html']) {
      const { stdout } = await cli(['scan', 'fixtures/terraform-plan', '--format', format, '--quiet', '--no-fail']);
      expect(stdout).not.toContain(SECRET);
    }
  });

  it('does not report a value known only after apply, and counts the check as inconclusive', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'posture-plan-'));
    scratch.push(dir);
    const rule = { cidr_blocks: [null], description: 'SSH from the bastion', from_port: 22, ipv6_cidr_blocks: [], prefix_list_ids: [], protocol: 'tcp', security_groups: [], self: false, to_port: 22 };
    const plan = {
      format_version: '1.2',
      planned_values: { root_module: { resources: [{ address: 'aws_security_group.ssh', mode: 'managed', type: 'aws_security_group', name: 'ssh', values: { name: 'ssh', ingress: [rule] }, sensitive_values: {} }] } },
      resource_changes: [{ address: 'aws_security_group.ssh', change: { actions: ['create'], after_unknown: { id: true, ingress: [{ cidr_blocks: [true] }] } } }],
      configuration: { root_module: { resources: [{ address: 'aws_security_group.ssh', mode: 'managed', type: 'aws_security_group', name: 'ssh', expressions: {
        name: { constant_value: 'ssh' },
        ingress: [{ cidr_blocks: { references: ['aws_eip.bastion.public_ip', 'aws_eip.bastion'] }, from_port: { constant_value: 22 }, to_port: { constant_value: 22 }, protocol: { constant_value: 'tcp' } }],
      } }] } },
    };
    writeFileSync(path.join(dir, 'tfplan.json'), JSON.stringify(plan));
    const { stdout } = await cli(['scan', dir, '--root', dir, '--format', 'json', '--quiet', '--no-fail']);
    const report = JSON.parse(stdout) as { findings: { checkId: string }[]; inconclusive: { checkId: string; resourceId: string }[] };
    expect(report.findings.filter((f) => f.checkId === 'AWS-0005')).toEqual([]);
    expect(report.inconclusive).toEqual(expect.arrayContaining([expect.objectContaining({ checkId: 'AWS-0005', resourceId: 'aws_security_group.ssh' })]));
  });
});
