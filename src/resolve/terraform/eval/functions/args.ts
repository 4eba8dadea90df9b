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

/** How many characters (grapheme clusters) `text` has: ASCII without CRLF needs no segmenting. */
export function graphemeCount(text: string): number {
  if (/^[\x00-\x7f]*$/.test(text) && !text.includes('\r\n')) return text.length;
  return graphemes(text).length;
}

/** Segments at most this many UTF-16 units at a time (see graphemes). */
const SEGMENT_WINDOW = 256;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Characters as Terraform counts them: grapheme clusters, not UTF-16 code units. V8 copies the
 * whole input into every segment it yields, so segmenting a long string at once is quadratic
 * (a 100 KB string exhausts the heap): it is segmented a window at a time instead, each window
 * starting where the previous one's last complete cluster ended (a cluster boundary, where
 * segmentation may restart).
 */
export function graphemes(text: string): string[] {
  if (/^[\x00-\x7f]*$/.test(text) && !text.includes('\r\n')) return [...text];
  const out: string[] = [];
  let start = 0;
  let window = SEGMENT_WINDOW;
  while (start < text.length) {
    const end = Math.min(text.length, start + window);
    const segments = [...segmenter.segment(text.slice(start, end))].map((s) => s.segment);
    if (end === text.length) return out.concat(segments);
    if (segments.length < 2) {
      window *= 2; // one cluster longer than the window: widen it
      continue;
    }
    const last = segments.pop()!; // may continue past the window
    out.push(...segments);
    start = end - last.length;
    window = SEGMENT_WINDOW;
  }
  return out;
}
