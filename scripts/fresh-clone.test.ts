import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../src/testing/engine.js';

/**
 * `npm test` on a fresh clone with nothing beside it: the repository's HEAD cloned into an empty
 * temporary directory (no ../shared), where a schema-validating test file passes against the
 * vendored SARIF schema and a corpus test is reported as skipped, by name, without POSTURE_CORPUS.
 * node_modules is a symlink to this checkout's (installing it again would only test npm).
 */
const parent = mkdtempSync(path.join(os.tmpdir(), 'posture-clone-'));
const clone = path.join(parent, 'posture-gate');

interface JestResults {
  numFailedTests: number;
  testResults: { name: string; status: string; assertionResults: { fullName: string; status: string }[] }[];
}

describe('a fresh clone with nothing beside it', () => {
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('passes the SARIF schema tests and skips the corpus tests by name', () => {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    execFileSync('git', ['clone', '-q', '--no-checkout', REPO_ROOT, clone]);
    execFileSync('git', ['-c', 'advice.detachedHead=false', 'checkout', '-q', head], { cwd: clone });
    symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(clone, 'node_modules'));
    const env = { ...process.env, POSTURE_CORPUS: '', NODE_OPTIONS: '--experimental-vm-modules' };
    const output = path.join(parent, 'results.json');
    const jest = path.join(REPO_ROOT, 'node_modules', 'jest', 'bin', 'jest.js');
    const run = spawnSync(process.execPath, [jest, '--ci', '--json', `--outputFile=${output}`, 'src/report/sarif.test.ts', 'src/normalize/kubernetes/corpus.test.ts'], { cwd: clone, env, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const results = JSON.parse(readFileSync(output, 'utf8')) as JestResults;
    const tests = results.testResults.flatMap((file) => file.assertionResults.map((t) => ({ file: path.relative(clone, file.name), ...t })));
    expect(results.numFailedTests).toBe(0);
    expect(tests.filter((t) => t.file === 'src/report/sarif.test.ts' && t.status === 'passed').length).toBeGreaterThan(10);
    expect(tests.filter((t) => t.file === 'src/normalize/kubernetes/corpus.test.ts')).toEqual([
      expect.objectContaining({ fullName: 'Kubernetes corpus (skipped: POSTURE_CORPUS is not set) needs the corpus', status: 'pending' }),
    ]);
  }, 180_000);
});
