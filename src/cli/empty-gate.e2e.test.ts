import { afterAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../testing/engine.js';
import { runCli } from './main.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'posture-empty-gate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function scan(argv: string[], cwd = REPO_ROOT) {
  let stderr = '';
  const code = await runCli(['scan', ...argv, '--format', 'json', '--quiet'], { stdout: () => undefined, stderr: (t) => (stderr += t), color: false, cwd });
  return { code, stderr };
}

const EMPTY = /^warning: frameworks? .* no check for/m;

describe('a framework selection that leaves no check for what was scanned', () => {
  it('--framework cis-aws-3.0 on Kubernetes manifests warns, names the frameworks that would check them, and passes', async () => {
    // workloads.yaml has privileged pods: the Kubernetes frameworks fail this scan
    const { code, stderr } = await scan(['fixtures/kubernetes/bad', '--framework', 'cis-aws-3.0']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^warning: framework cis-aws-3\.0 has no check for kubernetes: the \d+ resources scanned were checked against nothing/m);
    expect(stderr).toMatch(/frameworks with checks for them: .*cis-kubernetes-1\.9.*pod-security-standards/);
    expect(stderr).not.toMatch(/with checks for them: .*cis-aws/);
    expect((await scan(['fixtures/kubernetes/bad', '--framework', 'cis-kubernetes-1.9'])).code).toBe(1);
  });

  it('frameworks: in .posture.yaml warns the same way', async () => {
    const dir = mkdtempSync(path.join(work, 'config-'));
    copyFileSync(path.join(REPO_ROOT, 'fixtures/kubernetes/bad/workloads.yaml'), path.join(dir, 'workloads.yaml'));
    writeFileSync(path.join(dir, '.posture.yaml'), 'frameworks: [cis-aws-3.0, aws-fsbp]\n');
    const { code, stderr } = await scan(['.'], dir);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^warning: frameworks cis-aws-3\.0, aws-fsbp have no check for kubernetes/m);
  });

  it('says nothing when a selected framework checks some scanned format, or when none is selected', async () => {
    expect((await scan(['fixtures/kubernetes/bad', 'fixtures/terraform/sg-bad', '--framework', 'cis-aws-3.0', '--no-fail'])).stderr).not.toMatch(EMPTY);
    expect((await scan(['fixtures/terraform/sg-bad', '--framework', 'cis-aws-3.0', '--no-fail'])).stderr).not.toMatch(EMPTY);
    expect((await scan(['fixtures/kubernetes/bad', '--no-fail'])).stderr).toBe('');
  });
});
