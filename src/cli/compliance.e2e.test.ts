import { describe, expect, it } from '@jest/globals';
import { captureCli } from '../testing/cli.js';

/** `posture …` in-process from the repository root. */
const cli = (argv: string[]) => captureCli(argv);


interface JsonControl {
  id: string;
  status: string;
  checks: string[];
  failing: { checkId: string; resourceId: string; location: { path: string; startLine: number } }[];
  score?: { passing: number; total: number };
}
interface JsonFramework {
  id: string;
  counts: Record<string, number>;
  requirements: { id: string; controls: JsonControl[] }[];
}

const controlsOf = (framework: JsonFramework): JsonControl[] => framework.requirements.flatMap((r) => r.controls);

describe('posture report compliance', () => {
  it('gives every control of each framework a status, with the failing resources and their lines', async () => {
    const { code, stdout, stderr } = await cli(['report', 'compliance', 'fixtures/terraform/s3-bad', '--format', 'json', '--quiet']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const frameworks = JSON.parse(stdout).frameworks as JsonFramework[];
    const cis = frameworks.find((f) => f.id === 'cis-aws-3.0')!;
    const controls = controlsOf(cis);
    // Every control is listed, automated or not.
    expect(controls.length).toBeGreaterThan(5);
    expect(controls.some((c) => c.status === 'manual' && c.checks.length === 0)).toBe(true);
    const failing = controls.filter((c) => c.status === 'fail');
    expect(failing.length).toBeGreaterThan(0);
    for (const control of failing) {
      expect(control.failing.length).toBeGreaterThan(0);
      for (const f of control.failing) expect(f.location.path).toMatch(/^fixtures\/terraform\/s3-bad\//);
      expect(control.score!.passing).toBeLessThan(control.score!.total);
    }
    // Security-group controls have checks but nothing in an S3-only fixture to apply to.
    expect(controls.find((c) => c.id === '5.2')?.status).toBe('not-applicable');
    expect(cis.counts.fail).toBe(failing.length);
  });

  it('writes Markdown with a table per requirement', async () => {
    const { code, stdout } = await cli(['report', 'compliance', 'fixtures/terraform/s3-bad', '--quiet']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# posture-gate: compliance report/);
    expect(stdout).toMatch(/^### 2\.1 /m);
    expect(stdout).toMatch(/\| \*\*fail\*\* \|/);
    expect(stdout).toMatch(/\| manual \|/);
  });

  it('heads the report with its provenance, in JSON (schema: json-schema.test.ts) and Markdown', async () => {
    const json = JSON.parse((await cli(['report', 'compliance', 'fixtures/terraform/s3-bad', '--format', 'json', '--quiet', '--framework', 'cis-aws-3.0'])).stdout);
    expect(json.provenance).toMatchObject({ toolVersion: expect.any(String), paths: ['fixtures/terraform/s3-bad'], frameworks: ['cis-aws-3.0'] });
    expect(json.provenance.git.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(new Date(json.provenance.generatedAt).toISOString()).toBe(json.provenance.generatedAt);
    const markdown = (await cli(['report', 'compliance', 'fixtures/terraform/s3-bad', '--quiet'])).stdout;
    expect(markdown).toMatch(/^- Commit: `[0-9a-f]{40}`/m);
    expect(markdown).toContain('- Scanned: `fixtures/terraform/s3-bad`\n- Frameworks: all\n');
    // nothing escaped inside a code span, where the backslash would show
    expect(markdown).not.toMatch(/`[^`\n]*\\[_*[\]][^`\n]*`/);
    expect(markdown).toContain('`aws_s3_bucket.public`');
  });

  it('exports CSV: framework, requirement, control, status, check, resource, location', async () => {
    const { code, stdout } = await cli(['report', 'compliance', 'fixtures/terraform/s3-bad', '--format', 'csv', '--quiet', '--framework', 'cis-aws-3.0']);
    expect(code).toBe(0);
    const lines = stdout.split('\r\n');
    expect(lines[0]).toBe('framework,framework_version,requirement,control,status,check,resource,location');
    expect(lines).toContainEqual(expect.stringMatching(/^cis-aws-3\.0,[^,]+,2\.1,2\.1\.4,fail,AWS-0002,aws_s3_bucket\.public,fixtures\/terraform\/s3-bad\/main\.tf:\d+$/));
    expect(lines).toContainEqual(expect.stringMatching(/^cis-aws-3\.0,[^,]+,[^,]+,[^,]+,manual,,,$/));
  });

  it('--framework restricts the checks that run, the findings and the scores', async () => {
    const all = JSON.parse((await cli(['scan', 'fixtures', '--format', 'json', '--quiet', '--no-fail'])).stdout);
    const only = JSON.parse((await cli(['scan', 'fixtures', '--format', 'json', '--quiet', '--no-fail', '--framework', 'pod-security-standards'])).stdout);
    expect(only.findings.length).toBeGreaterThan(0);
    expect(only.findings.length).toBeLessThan(all.findings.length);
    for (const finding of only.findings) {
      expect(finding.controls.every((c: { framework: string }) => c.framework === 'pod-security-standards')).toBe(true);
    }
    expect(Object.keys(only.score.byFramework)).toEqual(['pod-security-standards']);
    expect(only.score.overall.total).toBeLessThan(all.score.overall.total);
  });

  it('rejects an unknown framework with exit 2 and lists the known ones', async () => {
    const { code, stderr } = await cli(['scan', 'fixtures/terraform/s3-bad', '--quiet', '--framework', 'pci-dss-9']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown framework pci-dss-9; available: .*cis-aws-3\.0/);
  });
});

describe('posture checks list and show', () => {
  it('filters by framework, severity, source format and resource type', async () => {
    const list = async (...flags: string[]) => JSON.parse((await cli(['checks', 'list', '--format', 'json', ...flags])).stdout) as {
      id: string;
      severity: string;
      formats: string[];
      resourceTypes: string[];
      frameworks: Record<string, string[]>;
    }[];
    const all = await list();
    const pss = await list('--framework', 'pod-security-standards');
    expect(pss.length).toBeGreaterThan(0);
    expect(pss.length).toBeLessThan(all.length);
    expect(pss.every((c) => 'pod-security-standards' in c.frameworks)).toBe(true);
    const high = await list('--severity', 'high', '--source', 'terraform');
    expect(high.length).toBeGreaterThan(0);
    expect(high.every((c) => c.severity === 'HIGH' && c.formats.includes('terraform'))).toBe(true);
    const buckets = await list('--resource-type', 'aws.s3.bucket');
    expect(buckets.map((c) => c.id)).toContain('AWS-0003');
    // deprecated: never evaluated, so not listed
    expect(buckets.map((c) => c.id)).not.toContain('AWS-0001');
    expect(buckets.every((c) => c.resourceTypes.includes('aws.s3.bucket'))).toBe(true);
    expect((await cli(['checks', 'list', '--framework', 'nope'])).code).toBe(2);
  });

  it('shows a check with its remediation examples and controls', async () => {
    const { code, stdout } = await cli(['checks', 'show', 'aws-0008']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^AWS-0008 {2}HIGH {2}RDS DB instances encrypt their storage/);
    expect(stdout).toMatch(/Compliant terraform example:\n {4}resource "aws_db_instance"/);
    expect(stdout).toMatch(/Compliant cloudformation example:/);
    expect(stdout).toMatch(/CIS Amazon Web Services Foundations Benchmark 2\.3\.1: /);
    expect(stdout).toMatch(/Equivalent checks: checkov CKV_AWS_16/);
    const json = JSON.parse((await cli(['checks', 'show', 'AWS-0008', '--format', 'json'])).stdout);
    expect(json.examples.terraform).toMatch(/storage_encrypted\s+= true/);
  });

  it('names the nearest checks for an unknown id', async () => {
    const { code, stderr } = await cli(['checks', 'show', 'AWS-9999']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/no check AWS-9999; `posture checks list` shows the \d+ AWS checks/);
  });
});
