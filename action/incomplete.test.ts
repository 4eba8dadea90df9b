/**
 * The Action on an incomplete scan: outputs `incomplete` and `unresolved`, the job summary, the PR
 * comment and a warning say what was not read; the `strict` input (or `strict: true` in
 * .posture.yaml) fails the step for it, whatever the findings.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConsoleLogger, runGate } from '../src/index.js';
import { renderComment } from './comment.js';
import { countFindings } from './counts.js';
import { REPO_ROOT, annotations, runAction as run } from './testing/run-action.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'posture-action-incomplete-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const runAction = (inputs: Record<string, string>, env?: NodeJS.ProcessEnv) => run(inputs, { work, env });

// bad.tf has a syntax error; modules/main.tf calls a registry module that is not vendored
const INCOMPLETE = 'fixtures/terraform/broken\nfixtures/terraform/modules';
const SENTENCE = 'Scan incomplete: 1 file could not be read, 1 module call could not be resolved: findings inside them are missing.';

describe('the Action on an incomplete scan', () => {
  it('sets incomplete and unresolved, says it in a warning and the summary, and marks the score; the step passes by default', async () => {
    const result = await runAction({ paths: INCOMPLETE, 'fail-on': 'none', 'sarif-file': path.join(work, 'incomplete.sarif') });
    expect(result.status).toBe(0);
    expect(result.outputs).toMatchObject({ incomplete: 'true', unresolved: '1' });
    expect(annotations(result.stdout, 'warning').map((a) => a.message)).toContain(SENTENCE);
    expect(result.summary).toMatch(/<p>Posture score \d+\.\d% \(incomplete scan\): /);
    expect(result.summary).toContain(`<p><b>${SENTENCE}</b> The diagnostics in the SARIF report name each one.</p>`);
    expect(result.summary).toMatch(/<td>\d+\.\d% \(incomplete scan\)<\/td><td>\d+ \/ \d+<\/td>/);
  });

  it('with strict: true fails the step naming what was not read, even with no blocking finding', async () => {
    const result = await runAction({ paths: INCOMPLETE, 'fail-on': 'none', strict: 'true', 'sarif-file': path.join(work, 'strict.sarif') });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`::error::strict mode fails an incomplete scan. ${SENTENCE} Not read: fixtures/terraform/broken/bad.tf:3, fixtures/terraform/modules/main.tf:26.`);
    expect(result.outputs).toMatchObject({ incomplete: 'true', unresolved: '1' });
  });

  it('strict: true in .posture.yaml fails the step too; a bad strict input is a clear error', async () => {
    const dir = mkdtempSync(path.join(work, 'repo-'));
    cpSync(path.join(REPO_ROOT, 'fixtures/terraform/broken'), dir, { recursive: true, filter: (src) => !/expected\./.test(src) });
    writeFileSync(path.join(dir, '.posture.yaml'), 'strict: true\n');
    const result = await runAction({ paths: '.', 'fail-on': 'none', 'sarif-file': path.join(work, 'config.sarif') }, { GITHUB_WORKSPACE: dir });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/::error::strict mode fails an incomplete scan\. .* Not read: bad\.tf:3\./);
    const bad = await runAction({ paths: 'fixtures/terraform/sg-good', strict: 'maybe' });
    expect(bad.stdout).toMatch(/::error::input strict must be true or false; got maybe/);
  });

  it('max-scan-seconds: a scan past it is incomplete (the files not reached are not read); a bad value is a clear error', async () => {
    const late = await runAction({ paths: 'fixtures/kubernetes/good', 'fail-on': 'low', 'max-scan-seconds': '0.000001', 'sarif-file': path.join(work, 'late.sarif') });
    expect(late.status).toBe(0);
    expect(late.outputs).toMatchObject({ incomplete: 'true' });
    const strict = await runAction({ paths: 'fixtures/kubernetes/good', 'max-scan-seconds': '0.000001', strict: 'true', 'sarif-file': path.join(work, 'late-strict.sarif') });
    expect(strict.status).toBe(1);
    const bad = await runAction({ paths: 'fixtures/kubernetes/good', 'max-scan-seconds': 'soon' });
    expect(bad.stdout).toMatch(/::error::input max-scan-seconds must be a positive number of seconds; got soon/);
  });

  it('a complete scan: incomplete false, unresolved 0, and strict changes nothing', async () => {
    const result = await runAction({ paths: 'fixtures/kubernetes/good', 'fail-on': 'low', strict: 'true', 'sarif-file': path.join(work, 'complete.sarif') });
    expect(result.status).toBe(0);
    expect(result.outputs).toMatchObject({ incomplete: 'false', unresolved: '0' });
    expect(result.summary).not.toMatch(/incomplete/i);
  });
});

describe('the PR comment', () => {
  const scan = (paths: string[]) =>
    runGate({ paths: paths.map((p) => path.join(REPO_ROOT, p)), root: REPO_ROOT, failOn: 'HIGH', logger: createConsoleLogger('error', () => undefined) });

  it('says what was not read under the score, and marks the score', async () => {
    const { report, blocking } = await scan(INCOMPLETE.split('\n'));
    const body = renderComment(report, countFindings(report, blocking), 'HIGH');
    expect(body).toMatch(/\nPosture score \d+\.\d% \(incomplete scan\): /);
    expect(body).toContain(`\n\n> **${SENTENCE}**\n`);
  });

  it('is unchanged for a complete scan', async () => {
    const { report, blocking } = await scan(['fixtures/terraform/sg-good']);
    expect(renderComment(report, countFindings(report, blocking), 'HIGH')).not.toMatch(/incomplete/i);
  });
});
