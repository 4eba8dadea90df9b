import { expect, it } from '@jest/globals';
import { spawnBuiltCli } from '../src/testing/cli.js';
import { CORPUS_DIR, describeWithCorpus } from '../src/testing/corpus.js';

/**
 * The parse pool only runs from the bundle (a worker cannot load the TypeScript sources), so this
 * scans the shared corpus with the built CLI twice, in worker threads and in the main thread only,
 * and expects the same report: same findings, diagnostics and resources, in the same order.
 */
const CORPUS = CORPUS_DIR ?? '';

const scan = (workers: string) => spawnBuiltCli(['scan', CORPUS, '--root', CORPUS, '--format', 'json', '--no-fail'], { POSTURE_PARSE_WORKERS: workers });

const withoutTimes = (json: string) => json.replace(/"startedAt": "[^"]*"/, '');

describeWithCorpus('parse pool (built CLI on the corpus)', () => {
  it('reports exactly what the main-thread parse reports', async () => {
    const [serial, parallel] = await Promise.all([scan('0'), scan('2')]);
    expect(serial.status).toBe(0);
    expect(parallel.status).toBe(0);
    expect(serial.stderr).toMatch(/parsed \d+ files \(/);
    expect(parallel.stderr).toMatch(/parsed \d+ files with 2 parse worker\(s\) \(/);
    expect(parallel.stderr).not.toMatch(/retried in the main thread|unfinished file/);
    const report = JSON.parse(parallel.stdout) as { findings: unknown[]; diagnostics: unknown[] };
    expect(report.findings.length).toBeGreaterThan(0);
    expect(withoutTimes(parallel.stdout)).toBe(withoutTimes(serial.stdout));
  }, 180_000);
});
