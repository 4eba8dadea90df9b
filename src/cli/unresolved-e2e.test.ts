import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { captureCli } from '../testing/cli.js';

const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A repository with one module call, one nested stack and one plan the scan cannot read. */
function repository(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'posture-unresolved-'));
  scratch.push(dir);
  writeFileSync(path.join(dir, 'main.tf'), 'module "vpc" {\n  source  = "terraform-aws-modules/vpc/aws"\n  version = "5.8.1"\n}\n');
  writeFileSync(path.join(dir, 'stack.yaml'), 'Resources:\n  Logs:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: s3://acme-templates/logs.yaml\n');
  writeFileSync(path.join(dir, 'plan.json'), JSON.stringify({ format_version: '2.0', terraform_version: '2.1.0', planned_values: { root_module: {} } }, null, 2));
  return dir;
}

describe('what the scan cannot read is counted, by kind', () => {
  it('a remote module not vendored, an S3 nested stack and a plan of an unknown format: one each, with the code that says so', async () => {
    const dir = repository();
    const { code, stdout } = await captureCli(['scan', dir, '--root', dir, '--format', 'json', '--quiet', '--no-fail']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { diagnostics: { code: string; message: string; range: { path: string; startLine: number } }[]; incomplete: Record<string, unknown> };
    expect(report.diagnostics.map((d) => `${d.code} ${d.range.path}:${d.range.startLine}: ${d.message}`)).toEqual([
      'MODULE_UNRESOLVED main.tf:1: module vpc (terraform-aws-modules/vpc/aws) not resolved: run terraform init or vendor it',
      'PLAN_UNSUPPORTED plan.json:2: format_version "2.0" is not supported: this scanner reads 1.x, 0.2 and 0.1 (Terraform 0.12 and later)',
      'STACK_UNRESOLVED stack.yaml:5: nested stack Logs: TemplateURL s3://acme-templates/logs.yaml is not a local template; its resources are not scanned (scan the template before it is packaged)',
    ]);
    expect(report.incomplete).toMatchObject({ unreadable: 0, unresolvedModules: 1, unresolvedStacks: 1, unsupportedPlans: 1 });
  });

  it('--strict fails such a scan (exit 2)', async () => {
    const dir = repository();
    const { code } = await captureCli(['scan', dir, '--root', dir, '--format', 'table', '--quiet', '--no-fail', '--strict']);
    expect(code).toBe(2);
  });
});
