/**
 * examples/gitlab-ci.yml, run the way a GitLab runner runs it: the job's variables exported and
 * its script lines executed by a shell in a project directory (the clone of posture-gate replaced
 * by this checkout), then the artefacts it declares read back and validated against their schemas.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../testing/engine.js';
import { parseXml, validateJunit10, validateJunitCounts } from './__fixtures__/junit-xsd.js';
import { GITLAB_SAST_SCHEMA_VERSION } from './gitlab-sast.js';
import { validateSarif as validateWithSchema } from './sarif-schema.js';

interface GitlabJob {
  image: string;
  variables: Record<string, string>;
  script: string[];
  artifacts: { when: string; paths?: string[]; reports: Record<string, string> };
}

const example = parse(readFileSync(path.join(REPO_ROOT, 'examples/gitlab-ci.yml'), 'utf8'), { strict: true, uniqueKeys: true }) as Record<string, GitlabJob>;
const job = example.posture;
const work = mkdtempSync(path.join(os.tmpdir(), 'posture-gitlab-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The script with the clone step swapped for this checkout (no network in tests). */
function runScript(project: string): { status: number | null; stdout: string; stderr: string } {
  const lines = job.script.map((line) => line.replaceAll('/tmp/posture-gate', REPO_ROOT)).filter((line) => !line.startsWith('git clone'));
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, CI: 'true', ...job.variables };
  const result = spawnSync('bash', ['-e', '-c', lines.join('\n')], { cwd: project, env, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('examples/gitlab-ci.yml', () => {
  it('is a job GitLab accepts: an image, a script, and report artefacts kept even when the job fails', () => {
    expect(job.image).toMatch(/^node:(2\d|[3-9]\d)/);
    expect(job.script.length).toBeGreaterThan(0);
    expect(job.artifacts.when).toBe('always');
    expect(Object.keys(job.artifacts.reports).sort()).toEqual(['codequality', 'junit', 'sast']);
  });

  it('writes every report artefact it declares, from the scan that names it', () => {
    const outputs = new Map(job.script.flatMap((line) => {
      const match = /--format (\S+) --output (\S+)/.exec(line);
      return match ? [[match[2], match[1]] as const] : [];
    }));
    expect(outputs.get(job.artifacts.reports.sast)).toBe('gitlab-sast');
    expect(outputs.get(job.artifacts.reports.codequality)).toBe('gitlab-codequality');
    expect(outputs.get(job.artifacts.reports.junit)).toBe('junit');
  });

  it('run on a project with findings: valid reports, and the job fails on the last scan only', () => {
    const project = path.join(work, 'project');
    cpSync(path.join(REPO_ROOT, 'fixtures/terraform/sg-bad/main.tf'), path.join(project, 'infra/main.tf'));
    const { status, stderr } = runScript(project);
    expect(status).toBe(1); // sg-bad has HIGH and CRITICAL findings; POSTURE_FAIL_ON is high
    expect(stderr).not.toMatch(/error:/i);
    const read = (file: string) => readFileSync(path.join(project, file), 'utf8');
    for (const file of [...Object.values(job.artifacts.reports), ...(job.artifacts.paths ?? [])]) expect(existsSync(path.join(project, file))).toBe(true);
    const sast = JSON.parse(read(job.artifacts.reports.sast));
    const sastSchema = path.join(REPO_ROOT, 'schemas', 'vendor', `gitlab-sast-report-format-${GITLAB_SAST_SCHEMA_VERSION}.json`);
    expect(validateWithSchema(sast, sastSchema)).toEqual([]);
    expect(sast.vulnerabilities.length).toBeGreaterThan(0);
    const quality = JSON.parse(read(job.artifacts.reports.codequality));
    expect(validateWithSchema(quality, path.join(REPO_ROOT, 'schemas', 'vendor', 'gitlab-codequality-report.schema.json'))).toEqual([]);
    expect(quality[0].location.path).toBe('infra/main.tf');
    const junit = parseXml(read(job.artifacts.reports.junit));
    expect([...validateJunit10(junit), ...validateJunitCounts(junit)]).toEqual([]);
    expect(Number(junit.attributes.failures)).toBeGreaterThan(0);
  });

  it('run on a clean project: the job passes', () => {
    const project = path.join(work, 'clean');
    cpSync(path.join(REPO_ROOT, 'fixtures/terraform/sg-good/main.tf'), path.join(project, 'main.tf'));
    const { status } = runScript(project);
    expect(status).toBe(0);
  });
});
