/**
 * Strict mode end to end: fixtures/terraform/broken holds bad.tf (a syntax error) beside good.tf
 * (a bucket with MEDIUM and LOW findings). By default the unread file is reported and the exit
 * code is the findings'; under --strict (or `strict: true`) the scan exits 2 and says what it did
 * not read, in one line, ahead of any findings verdict.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { captureCli } from '../testing/cli.js';
import { REPO_ROOT } from '../testing/engine.js';

const BROKEN = 'fixtures/terraform/broken';
const NOT_READ = 'posture: strict mode fails an incomplete scan. Scan incomplete: 1 file could not be read: findings inside it are missing. Not read: fixtures/terraform/broken/bad.tf:3.\n';
const work = mkdtempSync(path.join(os.tmpdir(), 'posture-strict-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('an incomplete scan', () => {
  it('by default: reported in the summary, exit code from the findings as before', async () => {
    const run = await captureCli(['scan', BROKEN]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  Scan incomplete: 1 file could not be read: findings inside it are missing.\n');
    expect(run.stdout).toMatch(/Posture score: \d+\.\d% \(incomplete scan\)/);
    // --quiet drops the summary, never the word that the scan is incomplete
    const quiet = await captureCli(['scan', BROKEN, '--quiet']);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toContain('\nScan incomplete: 1 file could not be read: findings inside it are missing.\n\nVerdict: pass');
    expect((await captureCli(['scan', BROKEN, '--quiet', '--fail-on', 'medium'])).code).toBe(1);
  });

  it('JSON counts what was not read', async () => {
    const broken = JSON.parse((await captureCli(['scan', BROKEN, '--quiet', '--format', 'json'])).stdout);
    expect(broken.incomplete).toEqual({
      message: 'Scan incomplete: 1 file could not be read: findings inside it are missing.',
      unreadable: 1,
      unresolvedModules: 0,
      unresolvedStacks: 0,
      unsupportedPlans: 0,
      limits: 0,
      liveFailures: 0,
    });
    const modules = JSON.parse((await captureCli(['scan', 'fixtures/terraform/modules', '--quiet', '--format', 'json', '--no-fail'])).stdout);
    expect(modules.incomplete).toMatchObject({ unreadable: 0, unresolvedModules: 1 });
    const complete = JSON.parse((await captureCli(['scan', 'fixtures/terraform/sg-good', '--quiet', '--format', 'json'])).stdout);
    expect(complete).not.toHaveProperty('incomplete');
  });

  it('--strict: exit 2 with one line on stderr naming the file, the report still written in full', async () => {
    const run = await captureCli(['scan', BROKEN, '--quiet', '--strict', '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(NOT_READ);
    expect(JSON.parse(run.stdout).findings.length).toBeGreaterThan(0);
  });

  it('--strict wins over findings at or above fail-on (2, not 1), and over --no-fail', async () => {
    expect(await captureCli(['scan', BROKEN, '--quiet', '--strict', '--fail-on', 'medium'])).toMatchObject({ code: 2, stderr: NOT_READ });
    expect((await captureCli(['scan', BROKEN, '--quiet', '--strict', '--no-fail'])).code).toBe(2);
  });

  it('--strict leaves a complete scan alone: 1 for blocking findings, 0 without', async () => {
    expect(await captureCli(['scan', 'fixtures/terraform/sg-bad', '--quiet', '--strict'])).toMatchObject({ code: 1, stderr: '' });
    expect(await captureCli(['scan', 'fixtures/terraform/sg-good', '--quiet', '--strict'])).toMatchObject({ code: 0, stderr: '' });
  });

  it('strict: true in .posture.yaml does the same; strict: false leaves it to the flag', async () => {
    const repo = path.join(work, 'repo');
    cpSync(path.join(REPO_ROOT, BROKEN), repo, { recursive: true, filter: (src) => !/expected\./.test(src) });
    writeFileSync(path.join(repo, '.posture.yaml'), 'strict: true\n');
    const strict = await captureCli(['scan', '.', '--quiet'], repo);
    expect(strict.code).toBe(2);
    expect(strict.stderr).toMatch(/^posture: strict mode fails an incomplete scan\. .* Not read: bad\.tf:3\.\n$/);
    writeFileSync(path.join(repo, '.posture.yaml'), 'strict: false\n');
    expect((await captureCli(['scan', '.', '--quiet'], repo)).code).toBe(0);
    expect((await captureCli(['scan', '.', '--quiet', '--strict'], repo)).code).toBe(2);
  });

  it('--strict is a usage error on commands that would ignore it', async () => {
    for (const argv of [['baseline', 'create', BROKEN], ['report', 'compliance', BROKEN], ['checks', 'list'], ['waivers', 'audit', BROKEN]]) {
      const run = await captureCli([...argv, '--strict']);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/does not take --strict/);
    }
  });
});
