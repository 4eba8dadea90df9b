import type { AttributePath, Inconclusive, Resource, Violation } from '../model/index.js';
import { isUnknown } from '../model/index.js';
import type { CatalogIndex } from '../catalog/index.js';
import { locateAttribute } from './locate.js';

/**
 * A check applied to a resource, found nothing, but one of the attributes it reads (its METADATA
 * `reads`) is unknown: the outcome is inconclusive, never a pass presented as certain.
 */
export function findInconclusive(resources: Resource[], violations: Violation[], catalog: CatalogIndex): Inconclusive[] {
  const violated = new Set(violations.map((v) => `${v.checkId}\u0000${v.resourceId}`));
  const results: Inconclusive[] = [];
  for (const resource of resources) {
    for (const check of catalog.checksFor(resource.type)) {
      const unknownPath = firstUnknownRead(resource.attributes, check.reads);
      if (!unknownPath || violated.has(`${check.id}\u0000${resource.id}`)) continue;
      results.push({
        checkId: check.id,
        resourceId: resource.id,
        attributePath: unknownPath,
        location: locateAttribute(resource, unknownPath),
      });
    }
  }
  return results;
}

function firstUnknownRead(attributes: Record<string, unknown>, reads: string[][]): AttributePath | undefined {
  for (const read of reads) {
    const found = firstUnknown(attributes, read, []);
    if (found) return found;
  }
  return undefined;
}

/**
 * Follows a `reads` pattern (keys, `*` for every element) and returns the first unknown path.
 * Walks by index and builds the path only on the way back from a hit: it runs for every check
 * on every resource, and almost every walk finds nothing.
 */
export function firstUnknown(value: unknown, pattern: string[], at: AttributePath): AttributePath | undefined {
  const found = unknownFrom(value, pattern, 0);
  return found === undefined ? undefined : [...at, ...found.reverse()];
}

/** The path below `value` to the first unknown (reversed), following `pattern` from `depth`. */
function unknownFrom(value: unknown, pattern: string[], depth: number): (string | number)[] | undefined {
  if (isUnknown(value)) return [];
  if (depth === pattern.length || value === null || typeof value !== 'object') return undefined;
  const head = pattern[depth];
  if (head === '*') {
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        const found = unknownFrom(value[index], pattern, depth + 1);
        if (found) return withStep(found, index);
      }
      return undefined;
    }
    for (const key of Object.keys(value)) {
      const found = unknownFrom((value as Record<string, unknown>)[key], pattern, depth + 1);
      if (found) return withStep(found, key);
    }
    return undefined;
  }
  if (Array.isArray(value)) return undefined;
  const found = unknownFrom((value as Record<string, unknown>)[head], pattern, depth + 1);
  return found && withStep(found, head);
}

function withStep(reversedPath: (string | number)[], step: string | number): (string | number)[] {
  reversedPath.push(step);
  return reversedPath;
}
