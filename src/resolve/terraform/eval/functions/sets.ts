import { compareStrings, markSet, typeName } from '../values.js';
import { list } from './args.js';
import { distinctValues, keyOf } from './distinct.js';
import { check, type FunctionSpec } from './spec.js';
import { unify } from './types.js';

const PRIMITIVE = new Set(['string', 'number', 'bool']);

const distinct = distinctValues;

/**
 * A Terraform set: distinct elements (objects and lists compared structurally), unified to one
 * type. Primitives in cty's order (numbers by value, others lexically); sets of objects or lists
 * keep first-seen order, since cty orders those by hash: membership is exact, order is not.
 */
export function setOf(items: unknown[]): unknown[] {
  const unified = distinct(unify(items));
  const primitive = unified.every((v) => v === null || PRIMITIVE.has(typeName(v)));
  const ordered = primitive ? unified.sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : compareStrings(String(a), String(b)))) : unified;
  return markSet(ordered);
}

function sets(args: unknown[], name: string): unknown[][] {
  check(args.length > 0, `${name}() needs at least one set`);
  return args.map((a, i) => list(a, `argument ${i + 1}`));
}

export const SET_FUNCTIONS: Record<string, FunctionSpec> = {
  toset: { arity: [1, 1], fn: ([l]) => setOf(list(l, 'argument')) },
  setunion: { arity: [1], fn: (args) => setOf(sets(args, 'setunion').flat()) },
  setintersection: {
    arity: [1],
    fn: (args) => {
      const [first, ...rest] = sets(args, 'setintersection');
      const others = rest.map((other) => new Set(other.map(keyOf)));
      return setOf(first.filter((item) => others.every((keys) => keys.has(keyOf(item)))));
    },
  },
  setsubtract: {
    arity: [2, 2],
    fn: ([a, b]) => {
      const remove = new Set(list(b, 'argument 2').map(keyOf));
      return setOf(list(a, 'argument 1').filter((item) => !remove.has(keyOf(item))));
    },
  },
};
