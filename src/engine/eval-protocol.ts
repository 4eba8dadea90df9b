import type { ErrorCode } from '../errors.js';
import type { Violation } from '../model/index.js';
import type { PolicyMeta } from './bundle.js';

/** The first message to an evaluation worker: the compiled policy it instantiates for itself. */
export interface EvalInit {
  wasm: WebAssembly.Module;
  meta: PolicyMeta;
}

/** One scope's input, serialised by the main thread (the buffer is transferred, not copied). */
export interface EvalJob {
  id: number;
  input: ArrayBuffer;
}

export type EvalReply = { id: number; violations: Violation[] } | { id: number; error: { message: string; code: ErrorCode } };
