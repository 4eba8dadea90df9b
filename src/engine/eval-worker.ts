// Entry of the evaluation worker thread (bundled to dist/worker/eval-worker.js): instantiates the
// policy from the compiled module it is sent first, then evaluates each scope's serialised input
// (one or several aggregate evaluations, see chunks.ts) and answers with the decoded violations, keyed by the job's id.
import { parentPort } from 'node:worker_threads';
import { getErrorMessage, PolicyError } from '../errors.js';
import type { LoadedPolicy } from '@open-policy-agent/opa-wasm';
import { runPlan } from './chunks.js';
import type { EvalInit, EvalJob, EvalReply } from './eval-protocol.js';
import { instantiatePolicy } from './wasm-policy.js';

const port = parentPort;
if (port === null) throw new Error('eval-worker.js runs in a worker thread; use PolicyEngine instead');

let policy: Promise<LoadedPolicy> | undefined;

port.on('message', async (message: EvalInit | EvalJob) => {
  if ('wasm' in message) {
    policy = instantiatePolicy(message.meta, message.wasm);
    policy.catch(() => undefined); // reported with the first job
    return;
  }
  let reply: EvalReply;
  try {
    if (policy === undefined) throw new PolicyError('evaluation worker: no policy was sent');
    reply = { id: message.id, violations: runPlan(await policy, message.steps) };
  } catch (error) {
    const code = error instanceof PolicyError ? error.code : 'POLICY_EVAL';
    reply = { id: message.id, error: { message: getErrorMessage(error), code } };
  }
  port.postMessage(reply);
});
