import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fork } from 'node:child_process';
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
 * Compiles one policy directory in a child process: the main thread goes on discovering and
 * parsing meanwhile. A process, not a worker thread, because the embedded compiler is Go compiled
 * to wasm, and on Node 20 a few of its instances in one process crash that process (SIGSEGV,
 * measured: it took the whole test runner down); a crashed child is this compile's error only.
 * A contract or Rego error is the user's (exit 2), labelled with the directory.
 */
export async function compileInChildProcess(dir: string, job: CompileJob, signal?: AbortSignal): Promise<CompiledPolicies> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'posture-policy-'));
  try {
    return await runChild(dir, { ...job, options: { ...job.options, workDir: path.join(scratch, 'work') } }, signal);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The last lines a crashed child wrote, for its error message. */
const STDERR_KEPT = 2000;

function runChild(dir: string, job: CompileJob & { options: { workDir: string } }, signal?: AbortSignal): Promise<CompiledPolicies> {
  return new Promise((resolve, reject) => {
    // execArgv empty: the parent's flags (a test runner's, --inspect) are not the compiler's
    const child = fork(workerEntry(), [], { serialization: 'advanced', execArgv: [], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (text: string) => (stderr = (stderr + text).slice(-STDERR_KEPT)));
    let settled = false;
    const settle = (reply: Reply) => {
      settled = true;
      if (child.exitCode === null) child.kill();
      if ('compiled' in reply) resolve({ ...reply.compiled, wasm: Buffer.from(reply.compiled.wasm) });
      else if (reply.error.build) reject(new ConfigError(`policy ${dir}: ${reply.error.message}`));
      else reject(new PolicyError(`policy ${dir}: compile worker: ${reply.error.message}`));
    };
    child.once('message', (reply: Reply) => settle(reply));
    child.once('error', (error) => settled || settle({ error: { message: error.message, build: false } }));
    child.once('exit', (code, signalName) => settled || settle({ error: { message: `exited (${signalName ?? `code ${code}`})${stderr.trim() ? `: ${stderr.trim()}` : ''}`, build: false } }));
    const stop = () => settled || settle({ error: { message: 'stopped: the scan failed', build: false } });
    signal?.addEventListener('abort', stop, { once: true });
    if (signal?.aborted) stop();
    else child.send(job);
  });
}
