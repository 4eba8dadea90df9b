import { isUnknown, unknownValue, type UnknownValue } from '../../../model/index.js';

/**
 * Values are plain JSON (lists are arrays, maps and objects are records, sets are sorted arrays)
 * plus two markers: `UnknownValue` (the wire form policies see) and `SensitiveValue`, which
 * wraps a value Terraform would redact. Sensitive values are masked at the attribute boundary.
 */
export interface SensitiveValue {
  $sensitive: true;
  value: unknown;
}

export { isUnknown, unknownValue, type UnknownValue };

export const unknown = (reason: string, origin?: readonly string[]): UnknownValue => unknownValue(reason, origin);

/**
 * Unknowns that stand for an error Terraform would report (a missing key, a wrong type). `try`
 * and `can` move past these but not past a genuinely unknown value. Kept out of the wire form.
 */
const FAILURES = new WeakSet<object>();

export function failure(reason: string): UnknownValue {
  const value = unknownValue(reason);
  FAILURES.add(value);
  return value;
}

export function isFailure(value: unknown): boolean {
  return typeof value === 'object' && value !== null && FAILURES.has(value);
}

/** True when an error happened anywhere inside the value. */
export function containsFailure(value: unknown): boolean {
  if (isFailure(value)) return true;
  if (isSensitive(value)) return containsFailure(value.value);
  const children = Array.isArray(value) ? value : isRecord(value) ? Object.values(value) : [];
  return children.some(containsFailure);
}

/** More references than this is no identity worth keeping (and keeps the value small). */
const MAX_ORIGIN = 8;

/** Which values an unknown is (see `UnknownValue.origin`); undefined for anything else. */
export function originOf(value: unknown): readonly string[] | undefined {
  return isUnknown(value) ? value.origin : undefined;
}

/** The unknown with `origin` in place of its own; a failure stays a failure. */
export function withOrigin(value: UnknownValue, origin: readonly string[] | undefined): UnknownValue {
  const kept = origin === undefined || origin.length > MAX_ORIGIN ? undefined : [...new Set(origin)].sort(compareStrings);
  if (kept === undefined && value.origin === undefined) return value;
  const out = unknownValue(value.reason, kept);
  if (isFailure(value)) FAILURES.add(out);
  return out;
}

/** A value computed from `value` is not `value`: an unknown result loses its origin. */
export function derived(value: unknown): unknown {
  return isUnknown(value) && value.origin !== undefined ? withOrigin(value, undefined) : value;
}

/** `value.attr` / `value[key]` of an unknown: the unknown of that step, `aws_s3_bucket.b` → `aws_s3_bucket.b.id`. */
export function stepOrigin(value: UnknownValue, step: string): UnknownValue {
  return value.origin === undefined ? value : withOrigin(value, value.origin.map((o) => o + step));
}

/**
 * Resource instance objects (`aws_s3_bucket.b`, each element of `aws_s3_bucket.b[*]`): their
 * configured attributes, and their address, so any other attribute is an unknown of that address.
 */
const RESOURCE_OBJECTS = new WeakMap<object, string>();

export function markResource<T extends Record<string, unknown>>(value: T, address: string): T {
  RESOURCE_OBJECTS.set(value, address);
  return value;
}

export function resourceAddress(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null ? RESOURCE_OBJECTS.get(value) : undefined;
}

/** `aws_s3_bucket.b` under count / for_each: the list or map of its instance objects. */
const RESOURCE_COLLECTIONS = new WeakMap<object, string>();

export function markResources<T extends object>(value: T, address: string): T {
  RESOURCE_COLLECTIONS.set(value, address);
  return value;
}

/** Marks a value sensitive; an unknown derived from one gets a reason that cannot quote it. */
export function sensitive(value: unknown): unknown {
  if (isUnknown(value)) return isFailure(value) ? failure('an operation on a sensitive value failed') : unknownValue('derived from a sensitive value');
  return isSensitive(value) ? value : { $sensitive: true, value };
}

export function isSensitive(value: unknown): value is SensitiveValue {
  return typeof value === 'object' && value !== null && (value as Record<string, unknown>).$sensitive === true;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isUnknown(value) && !isSensitive(value);
}

/** Arrays that are Terraform sets (from `toset` or a `set(…)` variable): iterating gives key = value. */
const SETS = new WeakSet<unknown[]>();

export function markSet<T extends unknown[]>(items: T): T {
  SETS.add(items);
  return items;
}

export function isSet(value: unknown): boolean {
  return Array.isArray(value) && SETS.has(value);
}

/** Removes every sensitive mark; `sensitive` says whether there was one (the result is re-marked). */
export function unmark(value: unknown): { value: unknown; sensitive: boolean } {
  if (isSensitive(value)) return { value: unmark(value.value).value, sensitive: true };
  if (Array.isArray(value)) {
    const items = value.map(unmark);
    return { value: items.map((i) => i.value), sensitive: items.some((i) => i.sensitive) };
  }
  if (isRecord(value)) {
    const entries = Object.entries(value).map(([k, v]) => [k, unmark(v)] as const);
    return { value: Object.fromEntries(entries.map(([k, v]) => [k, v.value])), sensitive: entries.some(([, v]) => v.sensitive) };
  }
  return { value, sensitive: false };
}

/** At the attribute boundary: a sensitive value is never shown, so policies see it as unknown. */
export function maskSensitive(value: unknown): unknown {
  if (isSensitive(value)) return unknownValue('sensitive value (not shown)');
  // where a value came from is for linking resources, not for policies: kept out of the wire form
  if (isUnknown(value)) return derived(value);
  // a resource as a whole (`depends_on = [aws_s3_bucket.b]`) is not an attribute value
  const address = resourceAddress(value) ?? (typeof value === 'object' && value !== null ? RESOURCE_COLLECTIONS.get(value) : undefined);
  if (address !== undefined) return unknownValue(`${address} is a resource, only known after apply`);
  if (Array.isArray(value)) return value.map(maskSensitive);
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskSensitive(v)]));
  return value;
}

/** True when the value or anything inside it is unknown. */
export function containsUnknown(value: unknown): boolean {
  if (isUnknown(value)) return true;
  if (isSensitive(value)) return containsUnknown(value.value);
  if (Array.isArray(value)) return value.some(containsUnknown);
  if (isRecord(value)) return Object.values(value).some(containsUnknown);
  return false;
}

/** The first unknown inside a value, for its reason. */
export function firstUnknown(value: unknown): UnknownValue | undefined {
  if (isUnknown(value)) return value;
  if (isSensitive(value)) return firstUnknown(value.value);
  const children = Array.isArray(value) ? value : isRecord(value) ? Object.values(value) : [];
  for (const child of children) {
    const found = firstUnknown(child);
    if (found) return found;
  }
  return undefined;
}

export type TypeName = 'string' | 'number' | 'bool' | 'null' | 'list' | 'object' | 'unknown';

export function typeName(value: unknown): TypeName {
  if (value === null || value === undefined) return 'null';
  if (isUnknown(value)) return 'unknown';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'bool';
  return Array.isArray(value) ? 'list' : 'object';
}

/** Deep equality of known values; object key order does not matter. */
export function equal(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => equal(v, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && equal(a[k], b[k]));
  }
  return a === b;
}

/** Lexical order by UTF-16 code units, as cty orders map keys and string sets. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
