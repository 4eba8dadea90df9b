import { compareStrings, isRecord } from '../values.js';

const IDS = new WeakMap<object, number>();
let nextId = 0;

/**
 * A key equal for values `equal` finds equal: primitives by type and value, lists and objects by
 * content (keys sorted), anything else (an unknown) by identity, as `equal` compares it.
 */
export function keyOf(value: unknown): string {
  if (value === null || typeof value !== 'object') return `${typeof value}:${String(value)}`;
  if (Array.isArray(value)) return `[${value.map(keyOf).join(',')}]`;
  if (isRecord(value)) return `{${Object.keys(value).sort(compareStrings).map((k) => `${JSON.stringify(k)}:${keyOf(value[k])}`).join(',')}}`;
  let id = IDS.get(value);
  if (id === undefined) IDS.set(value, (id = nextId++));
  return `#${id}`;
}

/** The first of each group of equal values, in order: linear, where comparing every pair was quadratic. */
export function distinctValues(items: unknown[]): unknown[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
