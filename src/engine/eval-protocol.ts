import type { ErrorCode } from '../errors.js';
import type { Violation } from '../model/index.js';
import type { PolicyMeta } from './bundle.js';
import type { EvalStep } from './chunks.js';

/** The first message to an evaluation worker: the compiled policy it instantiates for itself. */
export interface EvalInit {
  wasm: WebAssembly.Module;
  meta: PolicyMeta;
}

/** One scope's evaluations, serialised by the main thread (the buffers are transferred, not copied). */
export interface EvalJob {
  id: number;
  steps: EvalStep[];
}

export type EvalReply = { id: number; violations: Violation[] } | { id: number; error: { message: string; code: ErrorCode } };
