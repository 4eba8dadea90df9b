import { isUnknown, typeName, failure } from './values.js';

/** HCL's automatic conversions to primitives: number and bool → string, numeric string → number. */
export function asString(value: unknown, what = 'value'): unknown {
  if (typeof value === 'string' || isUnknown(value)) return value;
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return String(value);
  return failure(`${what}: a ${typeName(value)} is not a string`);
}

export function asNumber(value: unknown, what = 'value'): unknown {
  if (typeof value === 'number' || isUnknown(value)) return value;
  if (typeof value === 'string' && /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(value.trim()) && value.trim() === value) return Number(value);
  return failure(`${what}: ${typeName(value)} ${typeof value === 'string' ? 'that is not numeric ' : ''}is not a number`);
}

export function asBool(value: unknown, what = 'value'): unknown {
  if (typeof value === 'boolean' || isUnknown(value)) return value;
  if (value === 'true' || value === 'false') return value === 'true';
  return failure(`${what}: a ${typeName(value)} is not a bool`);
}

/** cty prints integers without a fraction and others with the shortest exact form. */
export function formatNumber(n: number): string {
  return Number.isInteger(n) && Math.abs(n) < 1e21 ? n.toFixed(0) : String(n);
}
