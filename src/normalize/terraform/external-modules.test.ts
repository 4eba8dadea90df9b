import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../cli/main.js';
import { REPO_ROOT } from '../../testing/engine.js';

// --skip-external-modules: resources of modules from remote sources (vendored by `terraform init`,
// found through .terraform/modules/modules.json), and of the modules those call, are not reported.

const FIXTURE = 'fixtures/terraform/external-modules';

async function scan(...flags: string[]): Promise<{ resources: string[]; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['scan', FIXTURE, '--format', 'json', '--fail-on', 'none', '--exclude', '**/expected.*', ...flags], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    color: false,
    cwd: REPO_ROOT,
  });
  expect(code).toBe(0);
  const report = JSON.parse(stdout) as { findings: { resourceId: string }[] };
  return { resources: [...new Set(report.findings.map((f) => f.resourceId))].sort(), stderr };
}

describe('--skip-external-modules', () => {
  it('reports the vendored registry module and the module it calls by default', async () => {
    const { resources, stderr } = await scan();
    expect(resources).toEqual(['aws_s3_bucket.data', 'module.logs_bucket.aws_s3_bucket.this', 'module.logs_bucket.module.notification.aws_s3_bucket.events']);
    expect(stderr).not.toMatch(/external/);
  });

  it('leaves them out, keeps local modules and root resources, and says how many once', async () => {
    const { resources, stderr } = await scan('--skip-external-modules');
    expect(resources).toEqual(['aws_s3_bucket.data']);
    expect(stderr.match(/skipped 2 resource instances in external \(remote\) Terraform modules/g)).toHaveLength(1);
  });

  it('is also a .posture.yaml key', async () => {
    const config = path.join(mkdtempSync(path.join(tmpdir(), 'posture-ext-')), 'posture.yaml');
    writeFileSync(config, 'skip-external-modules: true\n');
    expect((await scan('--config', config)).resources).toEqual(['aws_s3_bucket.data']);
    writeFileSync(config, 'skip-external-modules: yes please\n');
    let stderr = '';
    const code = await runCli(['scan', FIXTURE, '--config', config], { stdout: () => {}, stderr: (t) => (stderr += t), color: false, cwd: REPO_ROOT });
    expect(code).toBe(2);
    expect(stderr).toMatch(/skip-external-modules must be true or false/);
  });
});
