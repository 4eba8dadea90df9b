/**
 * One scan, many reports: `--output FORMAT=FILE` (repeatable) beside the `--format` report, the
 * old `--format X --output F`, the SARIF flags for code scanning, and report directories checked
 * before the scan. In-process CLI on real fixtures, in a temporary directory.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseXml, validateJunit10 } from '../report/__fixtures__/junit-xsd.js';
import { GITLAB_SAST_SCHEMA_VERSION } from '../report/gitlab-sast.js';
import { validateSarif } from '../report/sarif-schema.js';
import { captureCli } from '../testing/cli.js';
import { REPO_ROOT, SARIF_SCHEMA } from '../testing/engine.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'posture-reports-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SG_BAD = path.join(REPO_ROOT, 'fixtures/terraform/sg-bad');
const SAST_SCHEMA = path.join(REPO_ROOT, 'schemas', 'vendor', `gitlab-sast-report-format-${GITLAB_SAST_SCHEMA_VERSION}.json`);

/** `count` privileged pods in host networking with an untagged image: 16 findings each. */
function manyPods(dir: string, count: number): string {
  mkdirSync(dir, { recursive: true });
  const pod = (i: number) =>
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: debug-${i}\nspec:\n  hostNetwork: true\n  containers:\n    - name: shell\n      image: busybox\n      securityContext:\n        privileged: true\n`;
  writeFileSync(path.join(dir, 'pods.yaml'), Array.from({ length: count }, (_, i) => pod(i)).join('---\n'));
  return dir;
}

/** A git repository with the bad security group fixture, committed, on branch main, with an origin remote holding a token. */
function gitProject(name: string): string {
  const project = path.join(work, name);
  mkdirSync(path.join(project, 'infra'), { recursive: true });
  cpSync(path.join(SG_BAD, 'main.tf'), path.join(project, 'infra', 'main.tf'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: project, encoding: 'utf8' }).trim();
  git('init', '--quiet', '--initial-branch=main');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '--quiet', '-m', 'x');
  git('remote', 'add', 'origin', 'https://ci-user:secret-token@example.com/team/infra.git');
  return project;
}

describe('posture scan --output FORMAT=FILE', () => {
  it('writes every report from one scan, and the table on stdout', async () => {
    const out = path.join(work, 'many');
    const run = await captureCli(['scan', SG_BAD, '--no-fail', '--output', `sarif=${out}/posture.sarif`, '--output', `gitlab-sast=${out}/gl-sast.json`, '--output', `junit=${out}/junit.xml`], work);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/CRITICAL|HIGH/);
    const sarif = JSON.parse(readFileSync(`${out}/posture.sarif`, 'utf8'));
    expect(validateSarif(sarif, SARIF_SCHEMA)).toEqual([]);
    expect(validateSarif(JSON.parse(readFileSync(`${out}/gl-sast.json`, 'utf8')), SAST_SCHEMA)).toEqual([]);
    expect(validateJunit10(parseXml(readFileSync(`${out}/junit.xml`, 'utf8')))).toEqual([]);
    // the three reports are of the same scan: as many SARIF results as SAST vulnerabilities
    expect(sarif.runs[0].results.length).toBe(JSON.parse(readFileSync(`${out}/gl-sast.json`, 'utf8')).vulnerabilities.length);
    for (const file of ['posture.sarif', 'gl-sast.json', 'junit.xml']) expect(run.stderr).toContain(`${out}/${file}`);
  });

  it('keeps --format X --output F, with FORMAT=FILE reports beside it and nothing on stdout', async () => {
    const run = await captureCli(['scan', SG_BAD, '--no-fail', '--format', 'json', '--output', 'old/report.json', '--output', 'gitlab-codequality=old/cq.json'], work);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(path.join(work, 'old/report.json'), 'utf8')).findings.length).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(path.join(work, 'old/cq.json'), 'utf8')).length).toBeGreaterThan(0);
  });

  it('refuses a second --format, two plain --output files, one file twice and an unknown format: exit 2', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--format', 'json', '--format', 'sarif'], /give --format once, not json and sarif/],
      [['--output', 'a.json', '--output', 'b.json'], /give --output FILE once/],
      [['--output', 'sarif=a.sarif', '--output', 'junit=a.sarif'], /--output a.sarif is given twice/],
      [['--output', 'sarf=a.sarif'], /unknown report format sarf/],
      [['--sarif-category', 'infra'], /go with a SARIF report/],
      [['--output', 'sarif=a.sarif', '--sarif-suppressed', 'maybe'], /--sarif-suppressed must be include or omit/],
    ];
    for (const [flags, message] of cases) {
      const run = await captureCli(['scan', SG_BAD, ...flags], work);
      expect({ flags, code: run.code }).toEqual({ flags, code: 2 });
      expect(run.stderr).toMatch(message);
    }
    expect((await captureCli(['baseline', 'create', SG_BAD, '--output', 'sarif=b.sarif'], work)).stderr).toMatch(/FORMAT=FILE goes with posture scan and posture aws/);
  });
});

describe('report directories, before the scan', () => {
  it('creates a missing directory for --output and for FORMAT=FILE', async () => {
    const run = await captureCli(['scan', SG_BAD, '--no-fail', '--format', 'sarif', '--output', 'new/a/b.sarif', '--output', 'junit=new/c/d.xml'], work);
    expect(run.code).toBe(0);
    expect(existsSync(path.join(work, 'new/a/b.sarif'))).toBe(true);
    expect(existsSync(path.join(work, 'new/c/d.xml'))).toBe(true);
  });

  it('exits 2 before scanning when a directory cannot be made (a file in the way), writing nothing', async () => {
    writeFileSync(path.join(work, 'blocker'), 'a file, not a directory');
    const history = path.join(work, 'never.sqlite');
    const run = await captureCli(['scan', SG_BAD, '--record', '--history', history, '--output', 'sarif=first/ok.sarif', '--output', 'junit=blocker/x.xml'], work);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--output blocker\/x.xml: cannot write in blocker/);
    // nothing was scanned: no scan recorded, no report written
    expect(existsSync(history)).toBe(false);
    expect(existsSync(path.join(work, 'first/ok.sarif'))).toBe(false);
    mkdirSync(path.join(work, 'a-directory'), { recursive: true });
    const directory = await captureCli(['scan', SG_BAD, '--output', 'a-directory'], work);
    expect({ code: directory.code, stderr: directory.stderr }).toEqual({ code: 2, stderr: expect.stringContaining('--output a-directory is a directory') });
  });
});

describe('SARIF for GitHub code scanning', () => {
  it('warns when the SARIF has more results than the 5,000 GitHub code scanning keeps', async () => {
    const many = await captureCli(['scan', manyPods(path.join(work, 'many-pods'), 320), '--no-fail', '--output', 'sarif=many.sarif'], work);
    const results = JSON.parse(readFileSync(path.join(work, 'many.sarif'), 'utf8')).runs[0].results.length as number;
    expect(results).toBeGreaterThan(5000);
    expect(many.stderr).toContain(`warning: the SARIF report has ${results} results; GitHub code scanning keeps only the 5000 most severe`);
    const few = await captureCli(['scan', manyPods(path.join(work, 'few-pods'), 2), '--no-fail', '--output', 'sarif=few.sarif'], work);
    expect(few.stderr).not.toContain('GitHub code scanning keeps only');
  });

  it('in git: the category from the scanned paths, the repository without credentials, suppressed results left out', async () => {
    const project = gitProject('git-project');
    writeFileSync(path.join(project, '.posture.yaml'), 'waivers:\n  - check: AWS-0026\n    reason: accepted for the test\n');
    const run = await captureCli(['scan', 'infra', '--no-fail', '--quiet', '--format', 'sarif'], project);
    expect(run.code).toBe(0);
    const log = JSON.parse(run.stdout);
    expect(validateSarif(log, SARIF_SCHEMA)).toEqual([]);
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: project, encoding: 'utf8' }).trim();
    expect(log.runs[0].automationDetails).toEqual({ id: 'posture-gate/infra/' });
    expect(log.runs[0].versionControlProvenance).toEqual([{ repositoryUri: 'https://example.com/team/infra.git', revisionId: head, branch: 'main' }]);
    expect(run.stdout).not.toContain('secret-token');
    const suppressed = log.runs[0].properties.suppressed as number;
    expect(suppressed).toBe(5);
    const included = JSON.parse((await captureCli(['scan', 'infra', '--no-fail', '--quiet', '--format', 'sarif', '--sarif-suppressed', 'include', '--sarif-category', 'iac/prod'], project)).stdout);
    expect(included.runs[0].automationDetails).toEqual({ id: 'iac/prod/' });
    expect(included.runs[0].results.length).toBe(log.runs[0].results.length + suppressed);
    expect(log.runs[0].results.some((r: { suppressions?: unknown }) => r.suppressions)).toBe(false);
  });
});
