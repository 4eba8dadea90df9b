import { MAX_NESTING_DEPTH, tooDeepValue } from '../../model/limits.js';
import type { AttributePath } from '../../model/source.js';

interface Frame {
  value: object;
  depth: number;
  parent: Frame | undefined;
  key: string | number;
}

export interface DepthCut {
  /** Object members the parsed value held before any cut (duplicate-key detection compares it). */
  members: number;
  /** Paths where a collection nested deeper than MAX_NESTING_DEPTH was replaced by unknown. */
  cuts: AttributePath[];
}

/**
 * One iterative pass over a JSON.parse value (which nests as deep as the text does: JSON.parse
 * itself does not overflow): counts object members, and replaces every collection nested deeper
 * than MAX_NESTING_DEPTH with an unknown value, in place. Never recursive, so never overflows.
 */
export function capJsonDepth(root: unknown): DepthCut {
  const out: DepthCut = { members: 0, cuts: [] };
  if (root === null || typeof root !== 'object') return out;
  const stack: Frame[] = [{ value: root, depth: 1, parent: undefined, key: '' }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const container = frame.value as Record<string | number, unknown>;
    if (Array.isArray(container)) {
      for (let i = 0; i < container.length; i++) visitChild(frame, i, stack, out);
    } else {
      const keys = Object.keys(container);
      out.members += keys.length;
      for (const key of keys) visitChild(frame, key, stack, out);
    }
  }
  return out;
}

function visitChild(frame: Frame, key: string | number, stack: Frame[], out: DepthCut): void {
  const container = frame.value as Record<string | number, unknown>;
  const child = container[key];
  if (child === null || typeof child !== 'object') return;
  const next: Frame = { value: child, depth: frame.depth + 1, parent: frame, key };
  if (frame.depth === MAX_NESTING_DEPTH) {
    container[key] = tooDeepValue();
    out.cuts.push(pathOf(next));
  }
  // Below a cut: still counted (the duplicate-key check needs every member written), never kept.
  stack.push(next);
}

function pathOf(frame: Frame): AttributePath {
  const path: AttributePath = [];
  for (let at: Frame | undefined = frame; at?.parent; at = at.parent) path.push(at.key);
  return path.reverse();
}
