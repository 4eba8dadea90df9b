import { isUnknown, unknownValue } from '../../model/index.js';

/** HCL converts "true"/"false" strings to booleans where a bool is expected; so do we. */
export function toBool(value: unknown): unknown {
  if (typeof value === 'boolean' || isUnknown(value)) return value;
  if (value === 'true' || value === 'false') return value === 'true';
  return unknownValue(`${JSON.stringify(value)} is not a boolean`);
}

/** Numbers and booleans convert to strings in HCL; anything else is not a string. */
export function toStr(value: unknown): unknown {
  if (typeof value === 'string' || isUnknown(value)) return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return unknownValue(`${JSON.stringify(value)} is not a string`);
}

export function toNum(value: unknown): unknown {
  if (typeof value === 'number' || isUnknown(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  return unknownValue(`${JSON.stringify(value)} is not a number`);
}

/** A list of strings as written; a single value becomes a list of one. */
export function toStrList(value: unknown): unknown {
  if (isUnknown(value)) return value;
  return (Array.isArray(value) ? value : [value]).map(toStr);
}
