// The evaluator lives in eval/; this is the surface the normalisers use.
export { evaluate } from './eval/evaluate.js';
export { EMPTY_SCOPE, withBindings, type EvalScope, type FileAccess } from './eval/scope.js';
export { containsUnknown, maskSensitive } from './eval/values.js';
export { jsonStructureOf } from './eval/functions/encoding.js';
