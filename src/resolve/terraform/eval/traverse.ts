import type { HclTraversalStep } from '../../../parsers/terraform/index.js';
import { asNumber } from './convert.js';
import { derived, isRecord, isSensitive, isUnknown, resourceAddress, sensitive, stepOrigin, typeName, failure, unknown } from './values.js';

/** How a step is written after a reference: `.id`, `[0]`, `["a"]`. */
const stepText = (key: unknown): string => (typeof key === 'string' && /^[A-Za-z_][\w-]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`);

/** Evaluates an index expression; supplied by the evaluator to avoid an import cycle. */
export type IndexEval = (step: { index: import('../../../parsers/terraform/index.js').HclExpr }) => unknown;

/** `value.attr` / `value[key]` with HCL's rules: a missing key or a bad index is an error, so unknown. */
export function stepInto(value: unknown, key: unknown, text: string, indexed = false): unknown {
  if (isUnknown(value)) return isUnknown(key) ? derived(value) : stepOrigin(value, indexed ? `[${JSON.stringify(key)}]` : stepText(key));
  if (isSensitive(value)) return sensitive(stepInto(value.value, key, text, indexed));
  if (isUnknown(key)) return derived(key);
  if (isSensitive(key)) return sensitive(stepInto(value, key.value, text, indexed));
  if (Array.isArray(value)) {
    const n = asNumber(key);
    if (typeof n !== 'number' || !Number.isInteger(n)) return failure(`${text}: a list index must be a whole number`);
    return n >= 0 && n < value.length ? value[n] : failure(`${text}: index ${n} is out of range`);
  }
  if (isRecord(value) && (typeof key === 'string' || typeof key === 'number' || typeof key === 'boolean')) {
    const name = String(key);
    if (Object.hasOwn(value, name)) return value[name];
    // an attribute of a resource that the configuration leaves to the provider
    const address = resourceAddress(value);
    if (address !== undefined) return unknown(`${address}${stepText(name)} is only known after apply`, [`${address}${stepText(name)}`]);
    return failure(`${text}: no attribute or key "${name}"`);
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
    else if ('index' in s) value = stepInto(value, index(s), text, true);
    else value = splat(value, s.steps, index, text);
  }
  return value;
}

function splat(value: unknown, steps: HclTraversalStep[], index: IndexEval, text: string): unknown {
  // an unknown list: what is known is which values its elements are (`aws_s3_bucket.b[*].id`)
  if (isUnknown(value)) return applySteps(stepOrigin(value, '[*]'), steps, index, text);
  if (isSensitive(value)) return sensitive(splat(value.value, steps, index, text));
  const items = value === null ? [] : Array.isArray(value) ? value : [value];
  return items.map((item) => applySteps(item, steps, index, text));
}
