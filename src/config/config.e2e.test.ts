/**
 * `.posture.yaml` end to end, through the CLI: include narrows discovery, exclude then removes,
 * var-files feed Terraform variables, frameworks restricts the checks and the scores.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../cli/main.js';
import { REPO_ROOT } from '../testing/engine.js';

interface JsonReport {
  files: { scanned: string[]; skipped: { path: string }[] };
  findings: { checkId: string; resourceId: string; location: { path: string }; controls: { framework: string }[] }[];
  inconclusive: { checkId: string; resourceId: string }[];
  score: { byFramework: Record<string, unknown> };
}

const SSH_GROUP = `variable "ssh_cidr" {
  type = string
}

resource "aws_security_group" "ssh" {
  description = "bastion"
  ingress {
    protocol    = "tcp"
    from_port   = 22
    to_port     = 22
    cidr_blocks = [var.ssh_cidr]
    description = "ssh"
  }
}
`;

let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'posture-config-e2e-'));
  const put = (name: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  };
  put('infra/main.tf', SSH_GROUP);
  put('vars/prod.tfvars', 'ssh_cidr = "0.0.0.0/0"\n');
  mkdirSync(path.join(root, 'legacy'));
  copyFileSync(path.join(REPO_ROOT, 'fixtures/terraform/s3-bad/main.tf'), path.join(root, 'legacy/main.tf'));
  mkdirSync(path.join(root, 'k8s/skip'), { recursive: true });
  copyFileSync(path.join(REPO_ROOT, 'fixtures/kubernetes/bad/workloads.yaml'), path.join(root, 'k8s/workloads.yaml'));
  copyFileSync(path.join(REPO_ROOT, 'fixtures/kubernetes/bad/workloads.yaml'), path.join(root, 'k8s/skip/workloads.yaml'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function scan(config: string): Promise<JsonReport> {
  writeFileSync(path.join(root, '.posture.yaml'), config);
  let stdout = '';
  let stderr = '';
  const code = await runCli(['scan', '.', '--format', 'json', '--quiet', '--no-fail'], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    color: false,
    cwd: root,
  });
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  return JSON.parse(stdout) as JsonReport;
}

describe('.posture.yaml end to end', () => {
  it('include narrows discovery to its globs, and exclude then removes from them', async () => {
    const report = await scan('include: ["infra/**", "k8s/**"]\nexclude: ["k8s/skip/**"]\n');
    expect(report.files.scanned).toEqual(['infra/main.tf', 'k8s/workloads.yaml']);
    expect(new Set(report.findings.map((f) => f.location.path))).toEqual(new Set(['k8s/workloads.yaml']));
    // Without var-files, the CIDR is unknown: inconclusive, never a finding.
    expect(report.inconclusive.some((i) => i.resourceId === 'aws_security_group.ssh')).toBe(true);
  });

  it('var-files resolve Terraform variables, relative to the scan root', async () => {
    const report = await scan('include: ["infra/**"]\nvar-files: [vars/prod.tfvars]\n');
    expect(report.files.scanned).toEqual(['infra/main.tf']);
    const ssh = report.findings.filter((f) => f.resourceId === 'aws_security_group.ssh').map((f) => f.checkId);
    expect(ssh).toContain('AWS-0005');
  });

  it('frameworks restricts the checks and the scores to those frameworks', async () => {
    const all = await scan('include: ["infra/**", "k8s/**"]\nexclude: ["k8s/skip/**"]\nvar-files: [vars/prod.tfvars]\n');
    expect(all.findings.some((f) => f.checkId.startsWith('K8S-'))).toBe(true);
    const cis = await scan('include: ["infra/**", "k8s/**"]\nexclude: ["k8s/skip/**"]\nvar-files: [vars/prod.tfvars]\nframeworks: [cis-aws-3.0]\n');
    expect(cis.findings.length).toBeGreaterThan(0);
    expect(cis.findings.every((f) => f.checkId.startsWith('AWS-'))).toBe(true);
    expect(cis.findings.every((f) => f.controls.some((c) => c.framework === 'cis-aws-3.0'))).toBe(true);
    expect(Object.keys(cis.score.byFramework)).toEqual(['cis-aws-3.0']);
  });
});
