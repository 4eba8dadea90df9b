import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import { REPO_ROOT } from '../src/testing/engine.js';

/**
 * The build stops a new super-linear regex: ESLint's regexp rules (part of `npm run lint`) and the
 * recheck pass (scripts/check-regexes.mjs, run here) which finds some the lint rules miss.
 */
const checkRegexes = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/check-regexes.mjs'), ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });

describe('super-linear regexes fail the build', () => {
  it('ESLint reports (a+)+$ in src/ as an error', async () => {
    const eslint = new ESLint({ cwd: REPO_ROOT });
    const [result] = await eslint.lintText('export const probe = /(a+)+$/;\n', { filePath: path.join(REPO_ROOT, 'src/regex-probe.ts') });
    expect(result.messages).toContainEqual(expect.objectContaining({ ruleId: 'regexp/no-super-linear-backtracking', severity: 2 }));
  });

  it('ESLint reports an unanchored \\s+$ (quadratic on a long run of spaces) as an error', async () => {
    const eslint = new ESLint({ cwd: REPO_ROOT });
    const [result] = await eslint.lintText("export const trim = (s: string) => s.replace(/\\s+$/, '');\n", { filePath: path.join(REPO_ROOT, 'src/regex-probe.ts') });
    expect(result.messages).toContainEqual(expect.objectContaining({ ruleId: 'regexp/no-super-linear-move', severity: 2 }));
  });

  it('recheck finds no super-linear regex in src/ or action/ outside the work pending elsewhere', () => {
    const run = checkRegexes();
    expect(run.stdout).toMatch(/\d+ flagged, 0 outside pending work/);
    expect(run.status).toBe(0);
  });

  it('recheck flags a new one, including one the lint rules miss', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'regex-probe-'));
    // the JWT pattern the secret masker had: quadratic, and not reported by eslint-plugin-regexp
    writeFileSync(path.join(dir, 'probe.ts'), 'export const jwt = /\\beyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]+/g;\nexport const dynamic = (s: string) => new RegExp(s);\n');
    const run = checkRegexes(dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/probe\.ts:1 {2}vulnerable .*polynomial/);
    expect(run.stdout).toMatch(/probe\.ts:2 {2}dynamic/);
  });
});
