import { compareStrings, containsUnknown, equal, isRecord, isUnknown, originOf, typeName, unknown } from '../values.js';
import { graphemeCount, int, list, map, num } from './args.js';
import { distinctValues } from './distinct.js';
import { check, type FunctionSpec } from './spec.js';
import { unify } from './types.js';

function lookup([m, key, ...fallback]: unknown[]): unknown {
  const record = map(m, 'map');
  if (isUnknown(key)) return key;
  const name = String(key);
  if (Object.hasOwn(record, name)) return record[name];
  check(fallback.length > 0, `the map has no key "${name}" and no default was given`);
  return fallback[0];
}

/** First argument that is not null or "": an unknown before it makes the result unknown. */
/** The unknown result of coalesce() from `rest` on: any of them, so each must say which value it is. */
function eitherOf(rest: unknown[]): string[] | undefined {
  const candidates = rest.filter((a) => a !== null && a !== '');
  const origins = candidates.map(originOf);
  return origins.every((o) => o !== undefined) ? origins.flatMap((o) => o ?? []) : undefined;
}

function coalesce(args: unknown[]): unknown {
  for (const [i, arg] of args.entries()) {
    if (containsUnknown(arg)) return unknown('coalesce(): an argument before the first non-empty one is unknown', eitherOf(args.slice(i)));
    if (arg !== null && arg !== '') return unify([arg, ...args.filter((a) => a !== null && a !== '' && !containsUnknown(a))])[0];
  }
  check(false, 'no non-null, non-empty argument');
}

function coalescelist(args: unknown[]): unknown {
  for (const arg of args) {
    if (isUnknown(arg)) return arg;
    if (list(arg, 'argument').length > 0) return arg;
  }
  check(false, 'no non-empty list argument');
}

function flatten(value: unknown[]): unknown {
  const out: unknown[] = [];
  for (const item of value) {
    if (isUnknown(item)) return unknown('flatten(): an element is unknown, so whether it is a list is unknown');
    if (Array.isArray(item)) {
      const inner = flatten(item);
      if (!Array.isArray(inner)) return inner;
      out.push(...inner);
    } else out.push(item);
  }
  return out;
}

function distinct(items: unknown[]): unknown[] {
  return distinctValues(items);
}

function element(items: unknown[], index: unknown): unknown {
  const i = int(index, 'index');
  check(items.length > 0, 'cannot use element() on an empty list');
  check(i >= 0, 'a negative index is not allowed');
  return items[i % items.length];
}

function slice(items: unknown[], startArg: unknown, endArg: unknown): unknown[] {
  const start = int(startArg, 'start index');
  const end = int(endArg, 'end index');
  check(start >= 0 && start <= end && end <= items.length, 'slice indexes are out of range');
  return items.slice(start, end);
}

function zipmap(keys: unknown[], values: unknown[]): Record<string, unknown> {
  check(keys.length === values.length, 'the keys and values lists have different lengths');
  return Object.fromEntries(keys.map((k, i) => [String(k), values[i]]));
}

function range(args: unknown[]): unknown[] {
  const [a, b, c] = args.map((v) => int(v, 'range argument'));
  const [start, end, step] = args.length === 1 ? [0, a, 1] : [a, b, c ?? (a <= b ? 1 : -1)];
  check(step !== 0 && (step > 0 ? start <= end : start >= end), 'the step does not move from start towards end');
  // sized before it is built: Terraform (cty) refuses more than 1024 values
  const size = Math.ceil((end - start) / step);
  check(size <= 1024, 'more than 1024 elements');
  const out: number[] = [];
  for (let n = start; step > 0 ? n < end : n > end; n += step) out.push(n);
  return out;
}

function keysOf(m: unknown): string[] {
  return Object.keys(map(m, 'map')).sort(compareStrings);
}

function merge(args: unknown[]): unknown {
  const out: Record<string, unknown> = {};
  for (const arg of args) if (arg !== null) Object.assign(out, map(arg, 'argument'));
  return out;
}

export const COLLECTION_FUNCTIONS: Record<string, FunctionSpec> = {
  merge: { arity: [0], known: 'shallow', fn: merge },
  concat: { arity: [0], known: 'shallow', fn: (args) => args.flatMap((a) => list(a, 'argument')) },
  lookup: { arity: [2, 3], known: 'shallow', fn: lookup },
  coalesce: { arity: [1], known: 'none', fn: coalesce },
  coalescelist: { arity: [1], known: 'none', fn: coalescelist },
  length: { arity: [1, 1], known: 'shallow', fn: ([v]) => lengthOf(v) },
  element: { arity: [2, 2], known: 'shallow', fn: ([l, i]) => element(list(l, 'list'), i) },
  index: { arity: [2, 2], fn: ([l, v]) => indexOf(list(l, 'list'), v) },
  keys: { arity: [1, 1], known: 'shallow', fn: ([m]) => keysOf(m) },
  values: { arity: [1, 1], known: 'shallow', fn: ([m]) => keysOf(m).map((k) => (m as Record<string, unknown>)[k]) },
  flatten: { arity: [1, 1], known: 'shallow', fn: ([l]) => flatten(list(l, 'list')) },
  distinct: { arity: [1, 1], fn: ([l]) => distinct(list(l, 'list')) },
  contains: { arity: [2, 2], fn: ([l, v]) => list(l, 'list').some((item) => equal(item, v)) },
  compact: { arity: [1, 1], fn: ([l]) => list(l, 'list').filter((v) => v !== null && v !== '') },
  slice: { arity: [3, 3], known: 'shallow', fn: ([l, s, e]) => slice(list(l, 'list'), s, e) },
  zipmap: { arity: [2, 2], known: 'shallow', fn: ([k, v]) => (containsUnknown(k) ? unknown('zipmap(): a key is unknown') : zipmap(list(k, 'keys'), list(v, 'values'))) },
  one: { arity: [1, 1], known: 'shallow', fn: ([l]) => one(list(l, 'list')) },
  range: { arity: [1, 3], fn: range },
  reverse: { arity: [1, 1], known: 'shallow', fn: ([l]) => [...list(l, 'list')].reverse() },
  sort: { arity: [1, 1], fn: ([l]) => list(l, 'list').map((v) => String(v)).sort(compareStrings) },
  sum: { arity: [1, 1], fn: ([l]) => list(l, 'list').reduce((a: number, v) => a + num(v, 'element'), 0) },
  alltrue: { arity: [1, 1], fn: ([l]) => list(l, 'list').every((v) => v === true || v === 'true') },
  anytrue: { arity: [1, 1], fn: ([l]) => list(l, 'list').some((v) => v === true || v === 'true') },
};

function lengthOf(value: unknown): number {
  if (typeof value === 'string') return graphemeCount(value);
  if (Array.isArray(value)) return value.length;
  check(isRecord(value), `cannot take the length of a ${typeName(value)}`);
  return Object.keys(value).length;
}

function indexOf(items: unknown[], value: unknown): number {
  const i = items.findIndex((item) => equal(item, value));
  check(i >= 0, 'the value is not in the list');
  return i;
}

function one(items: unknown[]): unknown {
  check(items.length <= 1, 'must be a list of at most one element');
  return items.length === 0 ? null : items[0];
}
