import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { getErrorMessage, PolicyError } from '../errors.js';
import type { Violation } from '../model/index.js';
import { bundledWorkerEntry } from '../worker-entry.js';
import type { PolicyMeta } from './bundle.js';
import type { EvalStep } from './chunks.js';
import type { EvalInit, EvalJob, EvalReply } from './eval-protocol.js';

/**
 * Below this many resources a worker is not worth starting (~60 ms to start it and instantiate
 * the policy): a laptop or pre-commit scan evaluates in the main thread as before.
 */
const MIN_RESOURCES = 2_000;

/** The bundled evaluation worker (dist/worker/eval-worker.js), or undefined from the sources. */
export function evalWorkerEntry(): string | undefined {
  return bundledWorkerEntry('eval-worker.js');
}

/**
 * Whether to evaluate in a worker thread: only with a second core, several scopes (the main
 * thread serialises the next scope and builds the findings of the last one while the worker
 * evaluates; one scope would leave nothing to overlap) and enough resources to pay for the
 * start. `POSTURE_EVAL_WORKER=0|1` decides instead (tests and benchmarks).
 */
export function useEvalWorker(resources: number, scopes: number, env: NodeJS.ProcessEnv = process.env): boolean {
  const forced = env.POSTURE_EVAL_WORKER?.trim();
  if (forced === '0' || forced === '1') return forced === '1';
  return os.availableParallelism() >= 2 && scopes >= 2 && resources >= MIN_RESOURCES;
}

/** One worker thread holding its own instance of the policy; jobs are answered in the order sent. */
export class EvalThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (violations: Violation[]) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private failure: PolicyError | undefined;

  constructor(entry: string, module: WebAssembly.Module, meta: PolicyMeta) {
    this.worker = new Worker(entry);
    // a scan that forgets to close it must still be able to exit
    this.worker.unref();
    this.worker.on('message', (reply: EvalReply) => this.settle(reply));
    this.worker.on('error', (error) => this.fail(`evaluation worker failed: ${getErrorMessage(error)}`));
    this.worker.on('exit', (code) => this.fail(`evaluation worker exited (code ${code})`));
    const init: EvalInit = { wasm: module, meta };
    this.worker.postMessage(init);
  }

  /** The violations of one scope's serialised evaluations; the buffers are handed over to the worker. */
  evaluate(steps: EvalStep[]): Promise<Violation[]> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      const job: EvalJob = { id, steps };
      this.worker.postMessage(job, steps.map((step) => step.input));
    });
  }

  async close(): Promise<void> {
    this.failure ??= new PolicyError('evaluation worker closed');
    await this.worker.terminate();
  }

  private settle(reply: EvalReply): void {
    const waiting = this.waiting.get(reply.id);
    if (!waiting) return;
    this.waiting.delete(reply.id);
    if ('error' in reply) waiting.reject(new PolicyError(reply.error.message, { code: reply.error.code }));
    else waiting.resolve(reply.violations);
  }

  private fail(message: string): void {
    if (this.failure) return;
    this.failure = new PolicyError(message);
    for (const { reject } of this.waiting.values()) reject(this.failure);
    this.waiting.clear();
  }
}
