import type { AttributePath, Violation } from '../model/index.js';
import { PolicyError } from '../errors.js';

interface RawViolation {
  msg?: unknown;
  resource_id?: unknown;
  attribute_path?: unknown;
  check_id?: unknown;
}

/** Turns a rule's `deny` set into Violations, rejecting results that break the contract. */
export function decodeViolations(result: unknown, fallbackCheckId: string | undefined, source: string): Violation[] {
  if (result === undefined) return [];
  if (!Array.isArray(result)) throw new PolicyError(`${source}: expected a set of violations, got ${typeof result}`);
  return result.map((item: RawViolation) => decodeOne(item, fallbackCheckId, source));
}

function decodeOne(item: RawViolation, fallbackCheckId: string | undefined, source: string): Violation {
  const checkId = typeof item?.check_id === 'string' ? item.check_id : fallbackCheckId;
  if (typeof item !== 'object' || item === null || typeof item.resource_id !== 'string' || !checkId) {
    throw new PolicyError(`${source}: a violation must be an object with msg and resource_id, got ${JSON.stringify(item)}`);
  }
  return {
    checkId,
    resourceId: item.resource_id,
    message: typeof item.msg === 'string' ? item.msg : '',
    attributePath: decodePath(item.attribute_path),
  };
}

function decodePath(value: unknown): AttributePath {
  if (!Array.isArray(value)) return [];
  return value.filter((step): step is string | number => typeof step === 'string' || typeof step === 'number');
}
