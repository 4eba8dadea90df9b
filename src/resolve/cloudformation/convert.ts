import { isUnknown, unknownValue, type UnknownValue } from '../../model/unknown.js';

type Maybe<T> = T | UnknownValue;

/**
 * CloudFormation passes every scalar to the resource provider as a string, so `"true"` and
 * `"22"` are as valid as `true` and `22`. These turn resolved values into the canonical types.
 */
export function asBool(value: unknown, absent: boolean): Maybe<boolean> {
  if (value === undefined || value === null) return absent;
  if (typeof value === 'boolean' || isUnknown(value)) return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  return unknownValue('not a boolean');
}

export function asNumber(value: unknown): Maybe<number> | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' || isUnknown(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return unknownValue('not a number');
}

export function asString(value: unknown): Maybe<string> | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || isUnknown(value)) return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return unknownValue('not a string');
}

export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !isUnknown(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
