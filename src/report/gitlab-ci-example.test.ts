/**
 * templates/posture-gate.gitlab-ci.yml and examples/gitlab-ci.yml, run the way a GitLab runner
 * runs them: the example's job merged over the hidden job it extends, the variables of the rule
 * that matches exported, and the before_script and script lines executed by bash in a git
 * project (`npx --yes posture-gate@VERSION` replaced by this checkout's bin/posture.js: no
 * network in tests), then the four reports it declares read back and validated against their
 * schemas.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT, SARIF_SCHEMA } from '../testing/engine.js';
import { parseXml, validateJunit10, validateJunitCounts } from './__fixtures__/junit-xsd.js';
import { GITLAB_SAST_SCHEMA_VERSION } from './gitlab-sast.js';
import { validateSarif as validateWithSchema } from './sarif-schema.js';

interface Rule {
  if: string;
  when?: string;
  variables?: Record<string, string>;
}

interface GitlabJob {
  extends?: string;
  image?: string;
  variables?: Record<string, string>;
  rules?: Rule[];
  before_script?: string[];
  script?: string[];
  artifacts?: { when: string; paths?: string[]; reports: Record<string, string> };
}

const readYaml = (file: string) => parse(readFileSync(path.join(REPO_ROOT, file), 'utf8'), { strict: true, uniqueKeys: true }) as Record<string, unknown>;
const template = readYaml('templates/posture-gate.gitlab-ci.yml') as Record<string, GitlabJob>;
const example = readYaml('examples/gitlab-ci.yml') as { include: Array<{ local: string }>; posture: GitlabJob };
const hidden = template['.posture-gate']!;
const version = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const NPX = 'npx --yes "posture-gate@${POSTURE_VERSION}"';

const work = mkdtempSync(path.join(os.tmpdir(), 'posture-gitlab-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `extends:` as GitLab merges it: the job's keys over the hidden job's, variables merged key by key. */
function exampleJob(): GitlabJob {
  const job = example.posture;
  return { ...hidden, ...job, variables: { ...hidden.variables, ...job.variables } };
}

/** The variables of the first rule whose condition holds (the two pipeline kinds this test runs). */
function ruleVariables(job: GitlabJob, mergeRequest: boolean): Record<string, string> {
  const rule = job.rules!.find((r) => (mergeRequest ? r.if.includes('merge_request_event') : r.if.includes('$CI_COMMIT_BRANCH ||')))!;
  expect(rule.when).toBeUndefined();
  return rule.variables ?? {};
}

/** The job's before_script and script under bash -e in `project`, with GitLab's predefined variables. */
function runJob(job: GitlabJob, project: string, predefined: Record<string, string>, mergeRequest: boolean) {
  const lines = [...(job.before_script ?? []), ...job.script!].map((line) => line.replaceAll(NPX, `node ${JSON.stringify(path.join(REPO_ROOT, 'bin/posture.js'))}`));
  const fromRule = Object.fromEntries(Object.entries(ruleVariables(job, mergeRequest)).map(([name, value]) => [name, value.replace(/^\$(\w+)$/, (_, v: string) => predefined[v] ?? '')]));
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: work, CI: 'true', CI_PROJECT_DIR: project, ...predefined, ...job.variables, ...fromRule };
  const result = spawnSync('bash', ['-e', '-c', lines.join('\n')], { cwd: project, env, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, env };
}

/** A git project whose first commit has a bad security group and whose HEAD adds a bucket (MEDIUM and LOW findings only). */
function project(name: string): { dir: string; baseSha: string } {
  const dir = path.join(work, name);
  cpSync(path.join(REPO_ROOT, 'fixtures/terraform/sg-bad/main.tf'), path.join(dir, 'infra/sg.tf'));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  const baseSha = git('rev-parse', 'HEAD');
  cpSync(path.join(REPO_ROOT, 'fixtures/terraform/s3-bad/main.tf'), path.join(dir, 'infra/s3.tf'));
  git('add', '.');
  git('commit', '-q', '-m', 'add a bucket');
  return { dir, baseSha };
}

/** The four reports the job declares, each validated against its schema. */
function validateReports(job: GitlabJob, dir: string) {
  const { reports, paths } = job.artifacts!;
  const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
  for (const file of [...Object.values(reports), ...(paths ?? [])]) expect(existsSync(path.join(dir, file))).toBe(true);
  const sast = JSON.parse(read(reports.sast));
  expect(sast.version).toBe(GITLAB_SAST_SCHEMA_VERSION);
  expect(validateWithSchema(sast, path.join(REPO_ROOT, 'schemas', 'vendor', `gitlab-sast-report-format-${GITLAB_SAST_SCHEMA_VERSION}.json`))).toEqual([]);
  const quality = JSON.parse(read(reports.codequality));
  expect(validateWithSchema(quality, path.join(REPO_ROOT, 'schemas', 'vendor', 'gitlab-codequality-report.schema.json'))).toEqual([]);
  const junit = parseXml(read(reports.junit));
  expect([...validateJunit10(junit), ...validateJunitCounts(junit)]).toEqual([]);
  const sarif = JSON.parse(read('posture.sarif'));
  expect(validateWithSchema(sarif, SARIF_SCHEMA)).toEqual([]);
  return { sast, quality, junit, sarif };
}

describe('templates/posture-gate.gitlab-ci.yml', () => {
  it('is a hidden job on node:24-slim running the package version of posture-gate with npx', () => {
    expect(Object.keys(template)).toEqual(['.posture-gate']);
    expect(hidden.image).toBe('node:24-slim');
    expect(hidden.variables!.POSTURE_VERSION).toBe(version);
    expect(hidden.script!.join('\n').split('posture-gate@')).toHaveLength(2);
    expect(hidden.script!.join('\n')).toContain(NPX);
    // every line a string, as GitLab requires (a plain scalar with ': ' in it would be a mapping)
    for (const line of [...hidden.before_script!, ...hidden.script!]) expect(typeof line).toBe('string');
  });

  it('writes every report artefact from its one scan, and keeps them when the job fails', () => {
    const script = hidden.script!.join(' ');
    const outputs = new Map([...script.matchAll(/--output ([a-z-]+)=(\S+)/g)].map((m) => [m[2], m[1]]));
    const { reports, paths, when } = hidden.artifacts!;
    expect(when).toBe('always');
    expect(Object.keys(reports).sort()).toEqual(['codequality', 'junit', 'sast']);
    expect(outputs.get(reports.sast)).toBe('gitlab-sast');
    expect(outputs.get(reports.codequality)).toBe('gitlab-codequality');
    expect(outputs.get(reports.junit)).toBe('junit');
    expect(paths!.map((p) => outputs.get(p))).toEqual(['sarif']);
  });

  it('uses the merge base as diff base, with the full history, in merge-request pipelines only', () => {
    const [mergeRequest, ...others] = hidden.rules!;
    expect(mergeRequest).toEqual({
      if: '$CI_PIPELINE_SOURCE == "merge_request_event"',
      variables: { GIT_DEPTH: '0', POSTURE_DIFF_BASE: '$CI_MERGE_REQUEST_DIFF_BASE_SHA' },
    });
    for (const rule of others) expect(rule.variables).toBeUndefined();
    expect(hidden.variables!.GIT_DEPTH).toBeUndefined();
  });
});

describe('examples/gitlab-ci.yml', () => {
  it('includes the template and extends its hidden job', () => {
    expect(example.include).toEqual([{ local: 'templates/posture-gate.gitlab-ci.yml' }]);
    expect(example.posture.extends).toBe('.posture-gate');
    expect(readFileSync(path.join(REPO_ROOT, 'examples/gitlab-ci.yml'), 'utf8')).toContain(`posture-gate@${version} `);
  });

  it('on a branch: one scan, four valid reports, and the job fails on every finding at or above high', () => {
    const { dir } = project('branch');
    const job = exampleJob();
    const run = runJob(job, dir, { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'main' }, false);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 1, stderr: expect.not.stringMatching(/error:/i) });
    const { sast, quality, junit, sarif } = validateReports(job, dir);
    expect(sast.vulnerabilities.length).toBe(sarif.runs[0].results.length);
    expect(quality.map((issue: { location: { path: string } }) => issue.location.path)).toEqual(expect.arrayContaining(['infra/sg.tf', 'infra/s3.tf']));
    expect(Number(junit.attributes.failures)).toBeGreaterThan(0);
    expect(sarif.runs[0].automationDetails).toEqual({ id: 'posture-gate/' });
  });

  it('in a merge request: only what it adds blocks (the bucket, not the security group already at the base), and the reports are still written', () => {
    const { dir, baseSha } = project('merge-request');
    const job = exampleJob();
    const run = runJob(job, dir, { CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_DIFF_BASE_SHA: baseSha }, true);
    expect(run.env.POSTURE_DIFF_BASE).toBe(baseSha);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`diff base ${baseSha}`);
    const { sast, sarif } = validateReports(job, dir);
    // the security group's findings exist at the base: accepted, so neither SAST nor SARIF lists them
    expect(sast.vulnerabilities.length).toBeGreaterThan(0);
    expect(sast.vulnerabilities.every((v: { location: { file: string } }) => v.location.file === 'infra/s3.tf')).toBe(true);
    expect(sarif.runs[0].results.length).toBe(sast.vulnerabilities.length);
    const high = sast.vulnerabilities.filter((v: { severity: string }) => v.severity === 'High' || v.severity === 'Critical').length;
    expect(run.stderr).toContain(`${high} findings at or above HIGH: failing`);
  });

  it('in a merge request whose clone lacks the base commit: a warning, every finding gated, the reports written', () => {
    const { dir } = project('shallow');
    const missing = 'fedcba9876543210fedcba9876543210fedcba98';
    const job = exampleJob();
    const run = runJob(job, dir, { CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_DIFF_BASE_SHA: missing }, true);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`warning: the diff base ${missing} is not in this clone (set GIT_DEPTH to 0); every finding is gated`);
    expect(run.stderr).not.toMatch(/: \d+ open findings/); // no base scan ran
    const { sast } = validateReports(job, dir);
    expect(new Set(sast.vulnerabilities.map((v: { location: { file: string } }) => v.location.file))).toEqual(new Set(['infra/sg.tf', 'infra/s3.tf']));
  });
});
