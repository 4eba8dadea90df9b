import { asBool, asNumber, asString } from '../convert.js';
import { isRecord, isUnknown, typeName } from '../values.js';
import { FunctionError } from './spec.js';

// Argument coercion with HCL's conversion rules; a mismatch throws, so the call becomes an error.

export function str(value: unknown, what = 'argument'): string {
  const out = value === null ? undefined : asString(value, what);
  if (typeof out !== 'string') throw new FunctionError(`${what} must be a string, not ${typeName(value)}`);
  return out;
}

export function num(value: unknown, what = 'argument'): number {
  const out = value === null ? undefined : asNumber(value, what);
  if (typeof out !== 'number') throw new FunctionError(`${what} must be a number, not ${typeName(value)}`);
  return out;
}

export function int(value: unknown, what = 'argument'): number {
  const out = num(value, what);
  if (!Number.isInteger(out)) throw new FunctionError(`${what} must be a whole number`);
  return out;
}

export function bool(value: unknown, what = 'argument'): boolean {
  const out = value === null ? undefined : asBool(value, what);
  if (typeof out !== 'boolean') throw new FunctionError(`${what} must be a bool, not ${typeName(value)}`);
  return out;
}

export function list(value: unknown, what = 'argument'): unknown[] {
  if (!Array.isArray(value)) throw new FunctionError(`${what} must be a list, not ${typeName(value)}`);
  return value;
}

export function map(value: unknown, what = 'argument'): Record<string, unknown> {
  if (!isRecord(value)) throw new FunctionError(`${what} must be a map or object, not ${isUnknown(value) ? 'unknown' : typeName(value)}`);
  return value;
}

/** Characters as Terraform counts them: grapheme clusters, not UTF-16 code units. */
export function graphemes(text: string): string[] {
  if (/^[\x00-\x7f]*$/.test(text)) return [...text];
  return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);
}
