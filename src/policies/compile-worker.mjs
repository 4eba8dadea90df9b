// The compile worker: compiles one policy directory (compiler.mjs) in a child process, so that
// the scan discovers and parses meanwhile. It runs the opa it is given, else the embedded
// compiler; then the user's `*_test.rego` run in a second worker of this same file, beside the
// compile (the embedded compiler is single-threaded and a few times slower than opa), and a
// failing test is reported before anything the compile says, as opa's path does.
// From the sources (tests) it runs as this file; in dist/ as dist/worker/compile-worker.js.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { BuildError, compilePolicies, testCommand } from './compiler.mjs';
import { compileEmbeddedOpa, embeddedOpaRunner } from './embedded-opa.mjs';

const reply = (error) => ({ error: { message: error instanceof Error ? error.message : String(error), build: error instanceof BuildError } });

if (workerData?.test) runTests(workerData.test);
// a child process (compile-thread.ts): one job, its answer, then the channel closes and the process ends
else process.once('message', (job) => void compile(job).then((answer) => process.send(answer, () => process.disconnect())));

/** The test worker: one `opa test` with the module it was handed. */
function runTests({ file, module, args }) {
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'posture-policy-test-'));
  try {
    embeddedOpaRunner(file, module)(args, cwd);
    parentPort.postMessage({ passed: true });
  } catch (error) {
    parentPort.postMessage(reply(error));
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

async function compile(job) {
  const options = { ...job.options, idPattern: new RegExp(job.options.idPattern), reservedIds: new Set(job.options.reservedIds) };
  let tests;
  try {
    const module = job.opa ? undefined : compileEmbeddedOpa(job.embedded);
    if (module && options.runTests) {
      tests = testsBeside({ file: job.embedded, module, args: testCommand(options.sources) });
      options.runTests = false;
    }
    const compiled = compilePolicies({ ...options, opa: job.opa ?? 'opa', runner: module && embeddedOpaRunner(job.embedded, module) });
    const failed = await tests;
    return failed ?? { compiled };
  } catch (error) {
    return (await tests) ?? reply(error);
  }
}

/** Starts the tests in a worker; resolves undefined when they pass, else the reply that says why. */
function testsBeside(test) {
  return new Promise((resolve) => {
    const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { test } });
    worker.once('message', (answer) => resolve(answer.passed ? undefined : answer));
    worker.once('error', (error) => resolve(reply(error)));
    worker.once('exit', (code) => resolve(code === 0 ? undefined : reply(new Error(`test worker exited (code ${code})`))));
  });
}
