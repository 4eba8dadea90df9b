import { asBool, asNumber, asString } from '../convert.js';
import { isUnknown, typeName, unknown } from '../values.js';
import { list, map } from './args.js';
import { check, type FunctionSpec } from './spec.js';

const PRIMITIVE = new Set(['string', 'number', 'bool']);

/**
 * cty's unification of element types: primitives of mixed type all become strings when one is
 * a string; number with bool has no common type; complex values must share their kind.
 */
export function unify(values: unknown[]): unknown[] {
  // an unknown element has the type it will have; only the known ones decide the common type
  const kinds = new Set(values.filter((v) => v !== null && !isUnknown(v)).map(typeName));
  if (kinds.size <= 1) return values;
  check([...kinds].every((k) => PRIMITIVE.has(k)) && kinds.has('string'), `elements of types ${[...kinds].join(', ')} have no common type`);
  return values.map((v) => (v === null || isUnknown(v) ? v : asString(v)));
}


function toMap(value: unknown): Record<string, unknown> {
  const record = map(value, 'argument');
  const keys = Object.keys(record);
  const values = unify(keys.map((k) => record[k]));
  return Object.fromEntries(keys.map((k, i) => [k, values[i]]));
}

function primitive(value: unknown, convert: (v: unknown) => unknown, kind: string): unknown {
  if (value === null) return null;
  check(PRIMITIVE.has(typeName(value)), `cannot convert a ${typeName(value)} to ${kind}`);
  const out = convert(value);
  check(typeName(out) === kind, `cannot convert ${JSON.stringify(value)} to ${kind}`);
  return out;
}

export const TYPE_FUNCTIONS: Record<string, FunctionSpec> = {
  tolist: { arity: [1, 1], known: 'shallow', fn: ([l]) => unify(list(l, 'argument')) },
  tomap: { arity: [1, 1], known: 'shallow', fn: ([m]) => toMap(m) },
  tostring: { arity: [1, 1], fn: ([v]) => primitive(v, asString, 'string') },
  tonumber: { arity: [1, 1], fn: ([v]) => primitive(v, asNumber, 'number') },
  tobool: { arity: [1, 1], fn: ([v]) => primitive(v, asBool, 'bool') },
  nonsensitive: { arity: [1, 1], known: 'shallow', fn: ([v]) => v },
  sensitive: { arity: [1, 1], known: 'shallow', fn: ([v]) => v },
  type: { arity: [1, 1], fn: () => unknown('type() is for the console only') },
};

