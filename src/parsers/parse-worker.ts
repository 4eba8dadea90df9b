// Entry of a parse worker thread (bundled to dist/worker/parse-worker.js): parses each file it is
// sent and answers with the document as plain data, or with the error, keyed by the job's id.
import { parentPort } from 'node:worker_threads';
import { getErrorMessage } from '../errors.js';
import { readInput } from './index.js';
import type { WorkerJob, WorkerReply } from './pool-protocol.js';

const port = parentPort;
if (port === null) throw new Error('parse-worker.js runs in a worker thread; import src/parsers/index.ts instead');

port.on('message', async ({ id, file, text }: WorkerJob) => {
  let reply: WorkerReply;
  try {
    reply = { id, doc: await readInput(file, text) };
    port.postMessage(reply);
  } catch (error) {
    // A parser exception, or a value that cannot be cloned (DataCloneError): the main thread retries.
    reply = { id, error: getErrorMessage(error) };
    port.postMessage(reply);
  }
});
