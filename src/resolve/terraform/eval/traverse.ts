import type { HclTraversalStep } from '../../../parsers/terraform/index.js';
import { asNumber } from './convert.js';
import { isRecord, isSensitive, isUnknown, sensitive, typeName, failure } from './values.js';

/** Evaluates an index expression; supplied by the evaluator to avoid an import cycle. */
export type IndexEval = (step: { index: import('../../../parsers/terraform/index.js').HclExpr }) => unknown;

/** `value.attr` / `value[key]` with HCL's rules: a missing key or a bad index is an error, so unknown. */
export function stepInto(value: unknown, key: unknown, text: string): unknown {
  if (isUnknown(value)) return value;
  if (isSensitive(value)) return sensitive(stepInto(value.value, key, text));
  if (isUnknown(key)) return key;
  if (isSensitive(key)) return sensitive(stepInto(value, key.value, text));
  if (Array.isArray(value)) {
    const n = asNumber(key);
    if (typeof n !== 'number' || !Number.isInteger(n)) return failure(`${text}: a list index must be a whole number`);
    return n >= 0 && n < value.length ? value[n] : failure(`${text}: index ${n} is out of range`);
  }
  if (isRecord(value) && (typeof key === 'string' || typeof key === 'number' || typeof key === 'boolean')) {
    const name = String(key);
    return Object.hasOwn(value, name) ? value[name] : failure(`${text}: no attribute or key "${name}"`);
  }
  return failure(`${text}: cannot index a ${typeName(value)}`);
}

/**
 * Applies steps; a splat maps its own steps over the elements (a null value splats to an empty
 * list, any other non-list to a list of one, as HCL does).
 */
export function applySteps(start: unknown, steps: HclTraversalStep[], index: IndexEval, text: string): unknown {
  let value = start;
  for (const s of steps) {
    if ('attr' in s) value = stepInto(value, s.attr, text);
    else if ('index' in s) value = stepInto(value, index(s), text);
    else value = splat(value, s.steps, index, text);
  }
  return value;
}

function splat(value: unknown, steps: HclTraversalStep[], index: IndexEval, text: string): unknown {
  if (isUnknown(value)) return value;
  if (isSensitive(value)) return sensitive(splat(value.value, steps, index, text));
  const items = value === null ? [] : Array.isArray(value) ? value : [value];
  return items.map((item) => applySteps(item, steps, index, text));
}
