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
      if (violated.has(`${check.id}\u0000${resource.id}`)) continue;
      const unknownPath = check.reads.map((read) => firstUnknown(resource.attributes, read, [])).find(Boolean);
      if (!unknownPath) continue;
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

/** Follows a `reads` pattern (keys, `*` for every element) and returns the first unknown path. */
export function firstUnknown(value: unknown, pattern: string[], at: AttributePath): AttributePath | undefined {
  if (isUnknown(value)) return at;
  if (pattern.length === 0 || value === null || typeof value !== 'object') return undefined;
  const [head, ...rest] = pattern;
  if (head === '*') {
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((item, index) => [index, item])
      : Object.entries(value);
    for (const [key, item] of entries) {
      const found = firstUnknown(item, rest, [...at, key]);
      if (found) return found;
    }
    return undefined;
  }
  if (Array.isArray(value)) return undefined;
  return firstUnknown((value as Record<string, unknown>)[head], rest, [...at, head]);
}
