import { describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PolicyError } from '../src/errors.js';
import { PolicyEngine, readPolicyBundle } from '../src/engine/index.js';
import { spawnBuiltCli } from '../src/testing/cli.js';
import { CORPUS_DIR, describeWithCorpus } from '../src/testing/corpus.js';
import { REPO_ROOT } from '../src/testing/engine.js';
import { runGate } from '../src/gate.js';
import type { Logger } from '../src/logging.js';
import type { Resource } from '../src/model/index.js';

/**
 * The evaluation worker only runs from the bundle (a worker cannot load the TypeScript sources),
 * so this scans the shared corpus (many Terraform and CloudFormation scopes) with the built CLI
 * twice, evaluating in a worker thread and in the main thread, and expects the same report.
 */
const CORPUS = CORPUS_DIR ?? '';
const ENTRY = path.join(REPO_ROOT, 'dist', 'worker', 'eval-worker.js');

const scan = (worker: string) => spawnBuiltCli(['scan', CORPUS, '--root', CORPUS, '--format', 'json', '--no-fail', '--verbose'], { POSTURE_EVAL_WORKER: worker });

const silent: Logger = { debug() {}, info() {}, warning() {}, error() {}, group: (_name, run) => run() };

async function resourcesOf(fixture: string): Promise<Resource[]> {
  const { resources } = await runGate({ paths: [fixture], root: REPO_ROOT, failOn: 'none', logger: silent });
  return resources ?? [];
}

const withoutTimes = (json: string) => json.replace(/"startedAt": "[^"]*"/, '');

describeWithCorpus('evaluation worker (built CLI on the corpus)', () => {
  it('reports exactly what evaluation in the main thread reports', async () => {
    const [here, worker] = await Promise.all([scan('0'), scan('1')]);
    expect(here.status).toBe(0);
    expect(worker.status).toBe(0);
    expect(worker.stderr).toMatch(/evaluating \d+ scopes in a worker thread/);
    expect(here.stderr).not.toMatch(/worker thread/);
    const report = JSON.parse(worker.stdout) as { findings: unknown[] };
    expect(report.findings.length).toBeGreaterThan(100);
    expect(withoutTimes(worker.stdout)).toBe(withoutTimes(here.stdout));
  }, 180_000);
});

describe('evaluation worker (engine)', () => {
  it('gives the violations of an in-process evaluation, scope after scope', async () => {
    const engine = await PolicyEngine.load({ bundle: await readPolicyBundle(), rawForCanonical: false });
    const scopes = [await resourcesOf('fixtures/terraform/s3-bad'), await resourcesOf('fixtures/kubernetes')];
    const expected = scopes.map((resources) => engine.evaluate(resources));
    engine.startWorker(ENTRY);
    try {
      const got = await Promise.all(scopes.map((resources) => engine.evaluateAsync(resources)));
      expect(got).toEqual(expected);
      expect(got[0].length).toBeGreaterThan(0);
    } finally {
      await engine.release();
    }
  });

  it('a worker that dies fails the scans waiting on it with a policy error (exit 3), not a hang', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'posture-eval-'));
    const entry = path.join(dir, 'broken-worker.mjs');
    await writeFile(entry, "throw new Error('boom at load');\n");
    const engine = await PolicyEngine.load({ bundle: await readPolicyBundle() });
    engine.startWorker(entry);
    try {
      const evaluation = engine.evaluateAsync(await resourcesOf('fixtures/terraform/s3-bad'));
      await expect(evaluation).rejects.toThrow(PolicyError);
      await expect(evaluation).rejects.toThrow(/evaluation worker failed: boom at load/);
    } finally {
      await engine.release();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
