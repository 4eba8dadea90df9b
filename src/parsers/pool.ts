import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { getErrorMessage } from '../errors.js';
import type { Logger } from '../logging.js';
import type { Deadline, InputFile, ParsedDocument } from '../model/index.js';
import { parseInput } from './index.js';
import { rehydrateDocument, type PortableDocument } from './portable.js';
import type { WorkerJob, WorkerReply } from './pool-protocol.js';
import { bundledWorkerEntry } from '../worker-entry.js';

export interface ParseJob {
  file: InputFile;
  text: string;
}

/** Overrides for tests: the worker count, the worker script and the per-job timeout. */
export interface PoolOptions {
  workers?: number;
  entry?: string;
  timeoutMs?: number;
  /** Files not started when it passes are not parsed: each gets a LIMIT_EXCEEDED diagnostic instead. */
  deadline?: Deadline;
}

export interface ParsedFiles {
  /** One document per job, in the jobs' order. */
  documents: ParsedDocument[];
  /** Worker threads used; 0 when everything was parsed in the main thread. */
  workers: number;
  /** Files a worker could not return (crash, timeout, exception) that were parsed in the main thread. */
  retried: number;
}

/**
 * The pool only pays off on more than MIN_BYTES of text in at least MIN_FILES files: a worker
 * costs ~80 ms of start-up, its own JIT warm-up and the cloning of its documents, and on two
 * cores (measured on the corpus mix) it broke even at ~1.5 MB and won 18% at 6.5 MB.
 */
const MIN_FILES = 16;
const MIN_BYTES = 2 * 1024 * 1024;
/** Parsing threads at most, the main thread included. */
const MAX_THREADS = 4;
/** Jobs sent ahead to each worker, so it never waits for the main thread between files. */
const IN_FLIGHT = 32;
/** A job may take this long plus 1 ms per 10 characters (100x the measured rate) before its worker is given up. */
const JOB_TIMEOUT_MS = 30_000;

/** The bundled parse worker (dist/worker/parse-worker.js), or undefined from the sources. */
export function parseWorkerEntry(): string | undefined {
  return bundledWorkerEntry('parse-worker.js');
}

/**
 * How many worker threads to parse `jobs` with, besides the main thread, which parses too: one
 * fewer than the cores (at most MAX_THREADS - 1), or 0 to parse in the main thread only.
 * `POSTURE_PARSE_WORKERS` overrides the choice: `0` parses serially, `n` uses n workers whatever
 * the input size (tests and benchmarks).
 */
export function poolSize(jobs: readonly ParseJob[], env: NodeJS.ProcessEnv = process.env): number {
  const forced = Number(env.POSTURE_PARSE_WORKERS?.trim() || 'NaN');
  if (Number.isInteger(forced) && forced >= 0) return Math.min(forced, jobs.length);
  const bytes = jobs.reduce((sum, job) => sum + job.text.length, 0);
  if (jobs.length < MIN_FILES || bytes <= MIN_BYTES) return 0;
  return Math.max(Math.min(os.availableParallelism(), MAX_THREADS) - 1, 0);
}

/**
 * Parses every job, in worker threads when there is enough work and a bundled worker exists,
 * else in this thread. The result is the same either way: the documents come back as plain
 * data and are rehydrated in the jobs' order, and a file a worker fails on is parsed here.
 */
export async function parseFiles(jobs: readonly ParseJob[], logger: Logger, options: PoolOptions = {}): Promise<ParsedFiles> {
  const size = options.workers ?? poolSize(jobs);
  const entry = size > 0 ? (options.entry ?? parseWorkerEntry()) : undefined;
  const parsed: (ParsedDocument | undefined)[] = new Array<ParsedDocument | undefined>(jobs.length);
  const results: (PortableDocument | undefined)[] = new Array<PortableDocument | undefined>(jobs.length);
  let done = 0;
  if (entry !== undefined) {
    const state: PoolState = { jobs, queue: new JobQueue(jobs, options.deadline), results, logger, timeoutMs: options.timeoutMs ?? JOB_TIMEOUT_MS, deadline: options.deadline, done: 0 };
    const workers = Promise.all(Array.from({ length: size }, () => runWorker(entry, state)));
    await parseHere(state, parsed);
    await workers;
    done = state.done;
  }
  let retried = 0;
  for (const [index, { file, text }] of jobs.entries()) {
    if (parsed[index] !== undefined) continue;
    const portable = results[index];
    if (portable === undefined && options.deadline?.expired()) {
      parsed[index] = notParsed(file, options.deadline);
      continue;
    }
    if (portable === undefined && entry !== undefined) retried++;
    options.deadline?.at('parse', file.path);
    parsed[index] = portable === undefined ? await parseInput(file, text) : rehydrateDocument(portable);
    if (portable === undefined) options.deadline?.progress('parse', ++done, jobs.length);
  }
  return { documents: parsed as ParsedDocument[], workers: entry === undefined ? 0 : size, retried };
}

/**
 * Jobs not yet started, largest first, in two lanes: Terraform (HCL) and the rest (yaml,
 * JSON). The main thread takes Terraform first and the workers the rest, so on a mixed input each
 * thread mostly warms up (JIT, wasm) one parser only, and most Terraform documents, the largest
 * to clone (~10x their text), never cross threads. A thread whose lane is empty takes from the other.
 */
class JobQueue {
  private readonly lanes: [number[], number[]] = [[], []];

  constructor(
    jobs: readonly ParseJob[],
    private readonly deadline?: Deadline,
  ) {
    const order = jobs.map((_, index) => index).sort((a, b) => jobs[b].text.length - jobs[a].text.length || a - b);
    for (const index of order) this.lanes[jobs[index].file.format === 'terraform' ? 0 : 1].push(index);
  }

  /** The next job for the main thread (`main`) or for a worker. */
  take(main: boolean): number | undefined {
    if (this.deadline?.expired()) return undefined;
    const [own, other] = main ? this.lanes : [this.lanes[1], this.lanes[0]];
    return own.shift() ?? other.shift();
  }
}

/**
 * The main thread takes jobs from the same queue as the workers: on two cores one worker plus
 * this thread beats two workers, which would both pay start-up and result transfer.
 */
async function parseHere(state: PoolState, parsed: (ParsedDocument | undefined)[]): Promise<void> {
  const { jobs, queue, deadline } = state;
  for (let index = queue.take(true); index !== undefined; index = queue.take(true)) {
    deadline?.at('parse', jobs[index].file.path);
    parsed[index] = await parseInput(jobs[index].file, jobs[index].text);
    deadline?.progress('parse', ++state.done, jobs.length);
    await new Promise<void>((resolve) => setImmediate(resolve)); // let worker replies in
  }
}

interface PoolState {
  jobs: readonly ParseJob[];
  /** Shared by the main thread and the workers. */
  queue: JobQueue;
  results: (PortableDocument | undefined)[];
  logger: Logger;
  timeoutMs: number;
  deadline?: Deadline;
  /** Files parsed so far, by this thread and the workers (for a progress display). */
  done: number;
}

/** A file the deadline left unparsed: no value, and the diagnostic that says so. */
function notParsed(file: InputFile, deadline: Deadline): ParsedDocument {
  return { file, value: undefined, diagnostics: [deadline.notReached(file.path, 'parse')], locate: () => undefined };
}

/**
 * One worker: takes jobs from the shared queue until it is empty. Resolves (never rejects) when
 * the queue is drained, or when the worker fails, times out or exits; its unanswered jobs then
 * stay without a result and are parsed in the main thread.
 */
function runWorker(entry: string, state: PoolState): Promise<void> {
  const { jobs, queue, results, logger, timeoutMs, deadline } = state;
  return new Promise((resolve) => {
    const worker = new Worker(entry);
    const inFlight = new Map<number, NodeJS.Timeout>();
    let finished = false;
    const finish = (problem?: string) => {
      if (finished) return;
      finished = true;
      for (const timer of inFlight.values()) clearTimeout(timer);
      if (problem !== undefined) logger.warning(`parse worker ${problem}; parsing its ${inFlight.size} unfinished file(s) in the main thread`);
      void worker.terminate().finally(resolve);
    };
    const feed = () => {
      while (inFlight.size < IN_FLIGHT) {
        const id = queue.take(false);
        if (id === undefined) break;
        const { file, text } = jobs[id];
        inFlight.set(id, setTimeout(() => finish(`timed out on ${file.path}`), timeoutMs + text.length / 10));
        worker.postMessage({ id, file, text } satisfies WorkerJob);
      }
      if (inFlight.size === 0) finish();
    };
    worker.on('message', (reply: WorkerReply) => {
      if (finished) return;
      clearTimeout(inFlight.get(reply.id));
      inFlight.delete(reply.id);
      if ('doc' in reply) {
        results[reply.id] = reply.doc;
        deadline?.progress('parse', ++state.done, jobs.length);
      } else logger.debug(`${jobs[reply.id].file.path}: parse worker failed (${reply.error}); parsing it in the main thread`);
      feed();
    });
    worker.on('messageerror', (error) => finish(`sent a message that could not be read (${getErrorMessage(error)})`));
    worker.on('error', (error) => finish(`failed: ${getErrorMessage(error)}`));
    worker.on('exit', (code) => finish(`exited with code ${code}`));
    feed();
  });
}
