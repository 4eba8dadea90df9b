// The compile worker: compiles one policy directory (compiler.mjs) off the main thread, so that
// the scan discovers and parses meanwhile. It runs the opa it is given, else the embedded
// compiler. From the sources (tests) it runs as this file; in dist/ as dist/worker/compile-worker.js.
import { parentPort } from 'node:worker_threads';
import { BuildError, compilePolicies } from './compiler.mjs';
import { embeddedOpaRunner } from './embedded-opa.mjs';

parentPort?.once('message', (job) => {
  try {
    const runner = job.opa ? undefined : embeddedOpaRunner(job.embedded);
    const options = { ...job.options, idPattern: new RegExp(job.options.idPattern), reservedIds: new Set(job.options.reservedIds) };
    const compiled = compilePolicies({ ...options, opa: job.opa ?? 'opa', runner });
    parentPort.postMessage({ compiled });
  } catch (error) {
    parentPort.postMessage({ error: { message: error instanceof Error ? error.message : String(error), build: error instanceof BuildError } });
  }
});
