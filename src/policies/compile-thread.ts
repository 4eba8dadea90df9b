import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ConfigError, PolicyError } from '../errors.js';
import { bundledWorkerEntry } from '../worker-entry.js';
import type { CompiledPolicies, CompileOptions } from './compiler.mjs';

/** What the compile worker needs, as plain data (a pattern's source, a list for a set). */
export interface CompileJob {
  options: Omit<CompileOptions, 'opa' | 'runner' | 'idPattern' | 'reservedIds' | 'log' | 'workDir'> & { idPattern: string; reservedIds: string[] };
  /** The opa to run; absent: the embedded compiler at `embedded`. */
  opa?: string;
  embedded?: string;
}

type Reply = { compiled: CompiledPolicies } | { error: { message: string; build: boolean } };

/** dist/worker/compile-worker.js from a bundle, the plain-JavaScript source from the sources (tests). */
function workerEntry(): string {
  return bundledWorkerEntry('compile-worker.js') ?? path.join(path.dirname(fileURLToPath(import.meta.url)), 'compile-worker.mjs');
}

/**
 * Compiles one policy directory in a worker thread: the main thread goes on discovering and
 * parsing meanwhile. A contract or Rego error is the user's (exit 2), labelled with the directory.
 */
export async function compileInWorker(dir: string, job: CompileJob, signal?: AbortSignal): Promise<CompiledPolicies> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'posture-policy-'));
  try {
    return await runWorker(dir, { ...job, options: { ...job.options, workDir: path.join(scratch, 'work') } }, signal);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

function runWorker(dir: string, job: CompileJob & { options: { workDir: string } }, signal?: AbortSignal): Promise<CompiledPolicies> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerEntry());
    let settled = false;
    const settle = (reply: Reply) => {
      settled = true;
      void worker.terminate();
      if ('compiled' in reply) resolve({ ...reply.compiled, wasm: Buffer.from(reply.compiled.wasm) });
      else if (reply.error.build) reject(new ConfigError(`policy ${dir}: ${reply.error.message}`));
      else reject(new PolicyError(`policy ${dir}: compile worker: ${reply.error.message}`));
    };
    worker.once('message', settle);
    worker.once('error', (error) => settled || settle({ error: { message: error.message, build: false } }));
    worker.once('exit', (code) => settled || settle({ error: { message: `exited (code ${code})`, build: false } }));
    signal?.addEventListener('abort', () => settled || settle({ error: { message: 'stopped: the scan failed', build: false } }), { once: true });
    if (signal?.aborted) settle({ error: { message: 'stopped: the scan failed', build: false } });
    else worker.postMessage(job);
  });
}
