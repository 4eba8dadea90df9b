import type { AttributePath, SourceRange } from '../../model/index.js';
import type { HclBody, HclExpr, HclFile } from './hcl-types.js';

/** Range of an expression's child at `path` (object key or tuple index), else the nearest parent's. */
export function locateInExpr(expr: HclExpr, path: AttributePath): SourceRange {
  let current = expr;
  for (const segment of path) {
    let next: HclExpr | undefined;
    if (current.kind === 'tuple' && typeof segment === 'number') next = current.items[segment];
    if (current.kind === 'object') {
      next = current.items.find((i) => i.key.kind === 'literal' && String(i.key.value) === String(segment))?.value;
    }
    if (next === undefined) return current.range;
    current = next;
  }
  return current.range;
}

/**
 * Walks the logical path described on `HclFile`. Top-level blocks match by type and labels;
 * nested blocks by type and an optional index among blocks of that type.
 */
function locateInBody(body: HclBody, path: AttributePath, topLevel: boolean): SourceRange {
  const [head, ...rest] = path;
  if (head === undefined) return body.range;
  const attribute = typeof head === 'string' ? body.attributes[head] : undefined;
  if (attribute) return rest.length === 0 ? attribute.range : locateInExpr(attribute.expr, rest);
  const candidates = body.blocks.filter((b) => b.type === head);
  if (candidates.length === 0) return body.range;
  if (topLevel) {
    const match = candidates.find((b) => b.labels.every((l, i) => rest[i] === undefined || rest[i] === l));
    if (match === undefined) return body.range;
    const labelsGiven = Math.min(match.labels.length, rest.length);
    const remaining = rest.slice(labelsGiven);
    if (labelsGiven < match.labels.length) return match.range;
    return remaining.length === 0 ? match.range : locateInBody(match.body, remaining, false);
  }
  const [index, ...after] = rest;
  const block = typeof index === 'number' ? candidates[index] : candidates[0];
  if (block === undefined) return body.range;
  const remaining = typeof index === 'number' ? after : rest;
  return remaining.length === 0 ? block.range : locateInBody(block.body, remaining, false);
}

export function locateInFile(file: HclFile, path: AttributePath): SourceRange {
  return locateInBody(file.body, path, true);
}
