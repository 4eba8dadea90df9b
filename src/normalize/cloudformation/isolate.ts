import type { Diagnostic } from '../../model/diagnostic.js';
import type { ParsedDocument } from '../../model/document.js';
import { resourceFailed } from '../../resolve/cloudformation/failed.js';

/**
 * Runs `normalize` over resources that may be read together (a security group and its rules, a
 * bucket and its policy); when that throws, runs it again on each resource alone, so one
 * resource that cannot be read is its own NORMALIZE_FAILED diagnostic and never drops the
 * resources beside it.
 */
export function isolated<T extends { logicalId: string }, R>(
  items: T[],
  normalize: (items: T[]) => R[],
  doc: ParsedDocument,
  diagnostics: Diagnostic[],
): R[] {
  if (items.length === 0) return [];
  try {
    return normalize(items);
  } catch (error) {
    if (items.length === 1) {
      diagnostics.push(resourceFailed(doc, items[0].logicalId, error));
      return [];
    }
    return items.flatMap((item) => isolated([item], normalize, doc, diagnostics));
  }
}
