import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, annotations, pullRequestEvent, runAction as run } from './testing/run-action.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'posture-action-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const runAction = (inputs: Record<string, string>, env?: NodeJS.ProcessEnv) => run(inputs, { work, env });

/** A git repository whose base commit has sg/main.tf and whose HEAD adds s3/main.tf: the PR's one change. */
function pullRequestRepo(): { dir: string; baseSha: string } {
  const dir = mkdtempSync(path.join(work, 'repo-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  mkdirSync(path.join(dir, 'sg'));
  copyFileSync(path.join(REPO_ROOT, 'fixtures/terraform/sg-bad/main.tf'), path.join(dir, 'sg/main.tf'));
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  const baseSha = git('rev-parse', 'HEAD');
  mkdirSync(path.join(dir, 's3'));
  copyFileSync(path.join(REPO_ROOT, 'fixtures/terraform/s3-bad/main.tf'), path.join(dir, 's3/main.tf'));
  git('add', '.');
  git('commit', '-q', '-m', 'add a bucket');
  return { dir, baseSha };
}

describe('the GitHub Action bundle', () => {
  it('writes SARIF, sets outputs, annotates by severity and fails on blocking findings', async () => {
    const sarifFile = path.join(work, 'bad.sarif');
    const result = await runAction({ paths: 'fixtures/terraform/sg-bad\nfixtures/terraform/s3-bad', 'fail-on': 'high', 'sarif-file': sarifFile });
    expect(result.status).toBe(1);
    // what is wrong first, the check as the title
    expect(result.stdout).toMatch(/::error title=AWS-0005 [^,]+,file=fixtures\/terraform\/sg-bad\/main\.tf,line=9,endLine=9::Security group aws_security_group\.bastion ingress\[0\] allows SSH/);
    // CRITICAL and HIGH are errors, MEDIUM warnings (s3-bad's versioning, logging, TLS-only policy), LOW notices.
    expect(annotations(result.stdout, 'error').filter((a) => a.file)).toHaveLength(10);
    const warnings = annotations(result.stdout, 'warning').filter((a) => a.file);
    expect(warnings).toHaveLength(6);
    expect(warnings.every((a) => a.file === 'fixtures/terraform/s3-bad/main.tf' && /^AWS-(000[34]|0102) /.test(a.title ?? '') && /^S3 bucket aws_s3_bucket\./.test(a.message))).toBe(true);
    expect(annotations(result.stdout, 'notice').filter((a) => a.file)).toHaveLength(9);
    expect(result.outputs).toMatchObject({ 'sarif-file': sarifFile, findings: '25', critical: '1', high: '9', medium: '6', low: '9', blocking: '10', suppressed: '0' });
    expect(Number(result.outputs['posture-score'])).toBeLessThan(1);
    expect(JSON.parse(readFileSync(sarifFile, 'utf8')).version).toBe('2.1.0');
  });

  it('writes a job summary: score per framework, counts, findings table, inconclusive and diagnostics', async () => {
    const result = await runAction({ paths: 'fixtures/terraform/sg-bad', 'sarif-file': path.join(work, 'summary.sarif') }, { GITHUB_REPOSITORY: 'acme/infra', GITHUB_SHA: 'abc123' });
    const { summary } = result;
    // the verdict first, then the findings to act on, then counts, then score and frameworks
    expect(summary.startsWith('<h2>posture-gate: ❌ 6 blocking findings at fail-on high</h2>\n<h3>Open findings</h3>')).toBe(true);
    expect(summary).toContain('<p>Posture score 0.0%: 0 of 2 resources have no open finding; 11 failing checks.</p>');
    expect(summary.indexOf('Findings by severity')).toBeLessThan(summary.indexOf('Posture score'));
    expect(summary).toMatch(/<td>NIST SP 800-53[^<]*<code>nist-800-53-r5<\/code><\/td><td>0\.0%<\/td><td>0 \/ 2<\/td>/);
    expect(summary).toContain('<code>cis-aws-3.0</code>');
    expect(summary).toContain('<code>cis-aws-4.0.1</code>');
    expect(summary).toContain('3 more frameworks: nothing scanned is in scope (n/a).');
    expect(summary).not.toContain('Pod Security'); // no resource of that framework was scanned
    expect(summary).toContain('<th>Blocking (fail-on high)</th>');
    expect(summary).toContain('<tr><td>CRITICAL</td><td>1</td><td>0</td><td>0</td></tr>');
    expect(summary).toContain('<tr><td>HIGH</td><td>5</td><td>0</td><td>0</td></tr>');
    expect(summary).toMatch(
      /<tr><td><b>CRITICAL<\/b> \(blocking\)<\/td><td>Security group aws_security_group\.bastion ingress\[2\] allows all ports from 0\.0\.0\.0\/0<\/td><td>AWS-0007 [^<]+<\/td><td><a href="https:\/\/github\.com\/acme\/infra\/blob\/abc123\/fixtures\/terraform\/sg-bad\/main\.tf#L32">/,
    );
    expect(summary).toContain('0 inconclusive checks');
    expect(summary).toContain('0 diagnostics');
    expect(summary).not.toContain('Baseline');
  });

  it('passes when nothing reaches fail-on', async () => {
    const result = await runAction({ paths: 'fixtures/kubernetes/good', 'fail-on': 'low', 'sarif-file': path.join(work, 'good.sarif') });
    expect(result.status).toBe(0);
    expect(result.outputs).toMatchObject({ 'posture-score': '1.0000', blocking: '0', critical: '0' });
    expect(result.summary).toContain('No open findings.');
  });

  it('does not fail on findings accepted in a baseline, and says how many it accepted', async () => {
    const baseline = path.join(work, 'baseline.json');
    const created = spawnSync(process.execPath, ['bin/posture.js', 'baseline', 'create', 'fixtures/terraform/sg-bad', '-o', baseline, '-q'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(created.status).toBe(0);
    const result = await runAction({ paths: 'fixtures/terraform/sg-bad', baseline, 'sarif-file': path.join(work, 'baselined.sarif'), 'sarif-suppressed': 'include' });
    expect(result.status).toBe(0);
    const sarif = JSON.parse(readFileSync(path.join(work, 'baselined.sarif'), 'utf8'));
    const kinds = sarif.runs[0].results.map((r: { suppressions?: { kind: string }[] }) => r.suppressions?.[0]?.kind);
    expect(new Set(kinds)).toEqual(new Set(['external']));
    // by default (sarif-suppressed: omit) the accepted findings are not results: code scanning would open them
    const omitted = await runAction({ paths: 'fixtures/terraform/sg-bad', baseline, 'sarif-file': path.join(work, 'baselined-omit.sarif') });
    expect(JSON.parse(readFileSync(path.join(work, 'baselined-omit.sarif'), 'utf8')).runs[0].results).toEqual([]);
    expect(omitted.outputs).toMatchObject({ findings: '11', suppressed: '11' });
    expect(omitted.summary).toMatch(/11 suppressed: 0 inline, 0 by a waiver in the configuration, 11 accepted/);
    expect(result.outputs).toMatchObject({ findings: '11', suppressed: '11', blocking: '0', high: '0', critical: '0' });
    expect(annotations(result.stdout, 'error')).toHaveLength(0);
    expect(result.summary).toMatch(/Baseline <code>[^<]*baseline\.json<\/code> accepted 11 findings/);
    expect(result.summary).toContain('<tr><td>HIGH</td><td>0</td><td>0</td><td>5</td></tr>');
  });

  it('caps annotations at 50 per level, says so in the log, and cuts the summary table with an "N more" line', async () => {
    const dir = mkdtempSync(path.join(work, 'many-'));
    const groups = Array.from({ length: 60 }, (_, i) =>
      `resource "aws_security_group" "g${i}" {\n  ingress {\n    protocol    = "tcp"\n    from_port   = 22\n    to_port     = 22\n    cidr_blocks = ["0.0.0.0/0"]\n    description = "ssh"\n  }\n}\n`,
    );
    writeFileSync(path.join(dir, 'main.tf'), groups.join('\n'));
    const result = await runAction({ paths: '.', 'fail-on': 'none', 'sarif-file': path.join(work, 'many.sarif') }, { GITHUB_WORKSPACE: dir });
    expect(result.status).toBe(0);
    expect(result.outputs.high).toBe('60');
    expect(annotations(result.stdout, 'error').filter((a) => a.file)).toHaveLength(50);
    expect(result.stdout).toMatch(/annotations capped at 50 per level: 10 errors not annotated/);
    expect(result.summary).toContain('10 more open findings are in the SARIF report.');
  });

  it('on a pull request with only-changed, annotates only the files the pull request changes', async () => {
    const { dir, baseSha } = pullRequestRepo();
    const env = { GITHUB_WORKSPACE: dir, ...pullRequestEvent(work, 7, baseSha) };
    const result = await runAction({ paths: '.', 'only-changed': 'true', 'sarif-file': path.join(work, 'pr.sarif') }, env);
    const files = new Set([...annotations(result.stdout, 'error'), ...annotations(result.stdout, 'warning')].map((a) => a.file).filter(Boolean));
    expect(files).toEqual(new Set(['s3/main.tf']));
    expect(result.stdout).toContain('only-changed: the pull request changes 1 files');
    expect(result.stdout).toContain('11 findings in files the pull request does not change are not annotated');
    // The gate itself still covers every file: sg/main.tf's findings block.
    expect(result.status).toBe(1);
    expect(result.outputs.blocking).toBe('10');
  });

  it('annotates every file, and says why, when git cannot diff against the base', async () => {
    const { dir } = pullRequestRepo();
    const env = { GITHUB_WORKSPACE: dir, ...pullRequestEvent(work, 8, '0123456789abcdef0123456789abcdef01234567') };
    const result = await runAction({ paths: '.', 'only-changed': 'true', 'sarif-file': path.join(work, 'pr2.sarif') }, env);
    expect(result.stdout).toMatch(/::warning::only-changed: git diff 0123456[0-9a-f]*\.\.\.HEAD failed \(.+\); annotating every file/);
    const files = new Set(annotations(result.stdout, 'error').map((a) => a.file).filter(Boolean));
    expect(files).toEqual(new Set(['sg/main.tf', 's3/main.tf']));
  });

  it('with diff-base: auto on a pull request, blocks only on what the pull request adds and shows the score change', async () => {
    const { dir, baseSha } = pullRequestRepo();
    const env = { GITHUB_WORKSPACE: dir, ...pullRequestEvent(work, 9, baseSha) };
    const result = await runAction({ paths: '.', 'diff-base': 'auto', 'fail-on': 'medium', 'sarif-file': path.join(work, 'diff.sarif') }, env);
    // sg/main.tf exists at the base: its 11 findings are accepted; s3/main.tf's are new.
    const sarif = JSON.parse(readFileSync(path.join(work, 'diff.sarif'), 'utf8'));
    const open = sarif.runs[0].results.filter((r: { suppressions?: unknown[] }) => !r.suppressions);
    expect(new Set(open.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0].physicalLocation.artifactLocation.uri))).toEqual(new Set(['s3/main.tf']));
    expect(result.outputs['new-findings']).toBe(String(open.length));
    expect(Number(result.outputs.suppressed)).toBe(11);
    // The base had two security groups, both failing; the head adds a failing bucket: 0 of 2 → 0 of 3.
    expect(result.outputs['posture-score-base']).toBe('0.0000');
    expect(result.status).toBe(1); // s3-bad has MEDIUM findings at fail-on medium
    expect(Number(result.outputs.blocking)).toBeGreaterThan(0);
    const { summary } = result;
    const since = `since main (${baseSha.slice(0, 7)})`;
    // a score that does not move while the pull request adds findings: the failing checks say so
    expect(summary).toContain(`<p>Posture score 0.0% (no change ${since}): 0 of 4 resources have no open finding; 25 failing checks (+${open.length} failing checks ${since}).</p>`);
    expect(summary).toContain(`Diff base <code>main (${baseSha.slice(0, 7)})</code> scored 0.0%`);
    expect(summary).toContain(`<h2>posture-gate: ❌ 10 blocking findings at fail-on medium; ${open.length} new ${since}</h2>`);
    expect(summary).toContain(`<h3>New findings ${since}</h3>`);
    expect(summary).toMatch(/11 suppressed: 0 inline, 0 by a waiver in the configuration, 11 accepted by the baseline or diff base/);
    expect(summary).toContain('<th>Change</th>');
  });

  it('with diff-base: auto on a checkout without the base commit (shallow): a warning, every finding gated, SARIF and summary written', async () => {
    const { dir } = pullRequestRepo();
    const env = { GITHUB_WORKSPACE: dir, ...pullRequestEvent(work, 10, 'fedcba9876543210fedcba9876543210fedcba98') };
    const sarifFile = path.join(work, 'shallow', 'diff.sarif');
    const result = await runAction({ paths: '.', 'diff-base': 'auto', 'fail-on': 'high', 'sarif-file': sarifFile }, env);
    expect(result.stdout).toMatch(/::warning::diff-base: auto: the base commit main \(fedcba9\) is not in this checkout \(a shallow clone\?\); every finding is gated/);
    expect(result.status).toBe(1);
    expect(result.outputs.blocking).toBe('10'); // sg/main.tf's findings block: nothing was accepted
    expect(result.outputs['posture-score-base']).toBe('');
    expect(JSON.parse(readFileSync(sarifFile, 'utf8')).runs[0].results.length).toBe(Number(result.outputs.findings));
    expect(result.summary).toContain('diff-base: auto: the base commit main (fedcba9) is not in this checkout');
  });

  it('writes the code-scanning category from the paths (or the category input), the repository, and no suppressed results unless asked', async () => {
    const { dir, baseSha } = pullRequestRepo();
    writeFileSync(path.join(dir, '.posture.yaml'), 'waivers:\n  - check: AWS-0026\n    reason: accepted\n');
    const env = { GITHUB_WORKSPACE: dir, GITHUB_REPOSITORY: 'acme/infra', GITHUB_SHA: baseSha, GITHUB_REF_NAME: 'main' };
    const sarifOf = async (inputs: Record<string, string>) => {
      const file = path.join(work, `cat-${Object.keys(inputs).length}.sarif`);
      const run = await runAction({ 'sarif-file': file, 'fail-on': 'none', ...inputs }, env);
      expect(run.status).toBe(0);
      return { run, log: JSON.parse(readFileSync(file, 'utf8')) };
    };
    const { run, log } = await sarifOf({ paths: 'sg\ns3' });
    expect(log.runs[0].automationDetails).toEqual({ id: 'posture-gate/s3,sg/' });
    expect(log.runs[0].versionControlProvenance).toEqual([{ repositoryUri: 'https://github.com/acme/infra', revisionId: baseSha, branch: 'main' }]);
    const suppressed = Number(run.outputs.suppressed);
    expect(suppressed).toBe(5);
    expect(log.runs[0].results.length).toBe(Number(run.outputs.findings) - suppressed);
    const included = await sarifOf({ paths: 'sg', category: 'iac-sg', 'sarif-suppressed': 'include' });
    expect(included.log.runs[0].automationDetails).toEqual({ id: 'iac-sg/' });
    expect(included.log.runs[0].results.filter((r: { suppressions?: unknown }) => r.suppressions)).toHaveLength(5);
  });

  it('warns in the log and the job summary when the SARIF has more results than the 5,000 code scanning keeps', async () => {
    const dir = mkdtempSync(path.join(work, 'pods-'));
    const pod = (i: number) =>
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: debug-${i}\nspec:\n  hostNetwork: true\n  containers:\n    - name: shell\n      image: busybox\n      securityContext:\n        privileged: true\n`;
    writeFileSync(path.join(dir, 'pods.yaml'), Array.from({ length: 320 }, (_, i) => pod(i)).join('---\n'));
    const sarifFile = path.join(work, 'many.sarif');
    const result = await runAction({ paths: '.', 'fail-on': 'none', 'sarif-file': sarifFile }, { GITHUB_WORKSPACE: dir });
    const results = JSON.parse(readFileSync(sarifFile, 'utf8')).runs[0].results.length as number;
    expect(results).toBeGreaterThan(5000);
    const note = `The SARIF report has ${results} results; GitHub code scanning keeps only the 5000 most severe.`;
    expect(result.stdout).toContain(`::warning::${note}`);
    expect(result.summary).toContain(note);
  });

  it('with diff-base as a branch, shows a rising score once a failing resource is fixed', async () => {
    const { dir, baseSha } = pullRequestRepo();
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, encoding: 'utf8' });
    git('branch', 'base', baseSha);
    rmSync(path.join(dir, 's3'), { recursive: true });
    rmSync(path.join(dir, 'sg'), { recursive: true });
    copyFileSync(path.join(REPO_ROOT, 'fixtures/kubernetes/good/workloads.yaml'), path.join(dir, 'workloads.yaml'));
    const result = await runAction({ paths: '.', 'diff-base': 'base', 'fail-on': 'high', 'sarif-file': path.join(work, 'fixed.sarif') }, { GITHUB_WORKSPACE: dir });
    expect(result.outputs['posture-score-base']).toBe('0.0000');
    expect(result.outputs['posture-score']).toBe('1.0000');
    expect(result.status).toBe(0);
    expect(result.outputs['new-findings']).toBe('0');
    expect(result.summary).toContain('<p>Posture score 100.0% (+100.0 points since base): 4 of 4 resources have no open finding; 0 failing checks (−11 failing checks since base).</p>');
  });

  it('groups open findings by framework and control in the summary, most findings first', async () => {
    const result = await runAction({ paths: 'fixtures/terraform/sg-bad', 'sarif-file': path.join(work, 'controls.sarif') });
    const table = result.summary.slice(result.summary.indexOf('<h3>Failing controls</h3>'));
    expect(table).toContain('<th>Framework</th><th>Control</th><th>Open findings</th><th>Resources</th>');
    const counts = [...table.matchAll(/<tr><td>[^<]+<\/td><td><code>[^<]+<\/code>[^<]*<\/td><td>(\d+)<\/td><td>(\d+)<\/td><\/tr>/g)].map((m) => Number(m[1]));
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.length).toBeLessThanOrEqual(10);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(result.outputs['posture-score-base']).toBe('');
    expect(result.outputs['new-findings']).toBe('11');
  });

  it('applies .posture.yaml include and var-files', async () => {
    const dir = mkdtempSync(path.join(work, 'config-'));
    mkdirSync(path.join(dir, 'infra'));
    mkdirSync(path.join(dir, 'legacy'));
    writeFileSync(
      path.join(dir, 'infra/main.tf'),
      'variable "cidr" {}\nresource "aws_security_group" "ssh" {\n  description = "ssh"\n  ingress {\n    protocol    = "tcp"\n    from_port   = 22\n    to_port     = 22\n    cidr_blocks = [var.cidr]\n    description = "ssh"\n  }\n}\n',
    );
    writeFileSync(path.join(dir, 'prod.tfvars'), 'cidr = "0.0.0.0/0"\n');
    copyFileSync(path.join(REPO_ROOT, 'fixtures/terraform/s3-bad/main.tf'), path.join(dir, 'legacy/main.tf'));
    writeFileSync(path.join(dir, '.posture.yaml'), 'include: ["infra/**"]\nvar-files: [prod.tfvars]\n');
    const result = await runAction({ paths: '.', 'fail-on': 'none', 'sarif-file': path.join(work, 'config.sarif') }, { GITHUB_WORKSPACE: dir });
    expect(result.status).toBe(0);
    const sarif = JSON.parse(readFileSync(path.join(work, 'config.sarif'), 'utf8'));
    const results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] = sarif.runs[0].results;
    expect(new Set(results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri))).toEqual(new Set(['infra/main.tf']));
    expect(results.map((r) => r.ruleId)).toContain('AWS-0005');
  });

  it('applies .posture.yaml skip-external-modules as the CLI does, and warns when the frameworks have no check for what was scanned', async () => {
    const dir = mkdtempSync(path.join(work, 'external-'));
    cpSync(path.join(REPO_ROOT, 'fixtures/terraform/external-modules'), dir, { recursive: true });
    writeFileSync(path.join(dir, '.posture.yaml'), 'skip-external-modules: true\nexclude: ["**/expected.*"]\n');
    const sarifFile = path.join(work, 'external.sarif');
    const result = await runAction({ paths: '.', 'fail-on': 'none', 'sarif-file': sarifFile }, { GITHUB_WORKSPACE: dir });
    expect(result.status).toBe(0);
    const resources = (JSON.parse(readFileSync(sarifFile, 'utf8')).runs[0].results as { message: { text: string } }[]).map((r) => r.message.text);
    expect(resources.length).toBeGreaterThan(0);
    expect(resources.every((text) => text.includes('aws_s3_bucket.data'))).toBe(true);
    expect(result.stdout).toMatch(/skipped 2 resource instances in external \(remote\) Terraform modules/);
    const k8s = await runAction({ paths: 'fixtures/kubernetes/bad', frameworks: 'cis-aws-3.0', 'fail-on': 'none', 'sarif-file': path.join(work, 'k8s.sarif') });
    expect(k8s.stdout).toMatch(/::warning::framework cis-aws-3\.0 has no check for kubernetes/);
  });

  it('fails with a clear message on a bad input', async () => {
    const failOn = await runAction({ paths: 'fixtures', 'fail-on': 'sometimes' });
    expect(failOn.status).toBe(1);
    expect(failOn.stdout).toMatch(/::error::input fail-on must be one of/);
    const onlyChanged = await runAction({ paths: 'fixtures', 'only-changed': 'yes' });
    expect(onlyChanged.stdout).toMatch(/::error::input only-changed must be true or false; got yes/);
    const comment = await runAction({ paths: 'fixtures', comment: 'true' });
    expect(comment.stdout).toMatch(/::error::input comment is true but github-token is empty/);
    const diffBase = await runAction({ paths: 'fixtures', 'diff-base': '--output=/tmp/x' });
    expect(diffBase.stdout).toMatch(/::error::input diff-base must be a git ref/);
    const unknownRef = await runAction({ paths: 'fixtures/terraform/sg-bad', 'diff-base': 'no-such-branch' });
    expect(unknownRef.stdout).toMatch(/::error::--diff-base no-such-branch is not a commit in this repository; fetch it first/);
  });

  it('compiles a Rego directory given as policies with no opa on the runner, into RUNNER_TEMP, and reads it from there next time', async () => {
    const runnerTemp = mkdtempSync(path.join(work, 'runner-temp-'));
    const inputs = { paths: 'fixtures/terraform/s3-bad', policies: 'fixtures/policies/team', 'fail-on': 'none', 'sarif-file': path.join(work, 'team.sarif') };
    const env = { PATH: '/nonexistent', RUNNER_TEMP: runnerTemp };
    const first = await runAction(inputs, env);
    expect({ status: first.status, errors: annotations(first.stdout, 'error').filter((a) => !a.file) }).toEqual({ status: 0, errors: [] });
    const rules = (JSON.parse(readFileSync(path.join(work, 'team.sarif'), 'utf8')).runs[0].results as { ruleId: string }[]).map((r) => r.ruleId);
    expect(rules).toEqual(expect.arrayContaining(['TEAM-0001', 'TEAM-0002']));
    expect(readdirSync(path.join(runnerTemp, 'posture-gate', 'policies'))).toHaveLength(1);
    const second = await runAction(inputs, env);
    expect(second.stdout).toMatch(/loaded 2 checks from .*team \(compiled earlier: cached\)/);
  });
});

