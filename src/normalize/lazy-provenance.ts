import { pathKey } from '../model/resource.js';
import type { AttributePath, SourceRange } from '../model/source.js';
import { SettlingMap } from './settling-map.js';

/** Where a path of the tree is written (undefined: nowhere to point at). */
export type TreeLocator = (path: AttributePath) => SourceRange | undefined;

/**
 * A provenance whose entries for every path of one value tree (a Kubernetes manifest, the
 * Properties of a CloudFormation resource passed through as written) are located on demand, as
 * `locate(path)` for a path the tree holds. Only the few paths a finding or a suppression asks
 * about are ever located; recording every path up front cost a key string and a range object
 * per value (hundreds of bytes, and a locate, per element of a long list). Entries set
 * explicitly win over the tree. Reads behave as a plain Map; iterating locates everything first
 * (goldens do that).
 */
export class LazyProvenance extends SettlingMap {
  private tree: { value: unknown; locate: TreeLocator } | undefined;
  private settled = false;

  /** Every path of `value` (the root included) is located by `locate` when first asked for. */
  defer(value: unknown, locate: TreeLocator): this {
    this.tree = { value, locate };
    this.settled = false;
    return this;
  }

  override get(key: string): SourceRange | undefined {
    return super.has(key) || !this.tree ? super.get(key) : this.settle(key);
  }

  override has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  private settle(key: string): SourceRange | undefined {
    const path = parseKey(key);
    if (!this.tree || path === undefined || !holds(this.tree.value, path)) return undefined;
    const range = this.tree.locate(path);
    if (range) super.set(key, range);
    return range;
  }

  protected settleAll(): void {
    if (this.settled || !this.tree) return;
    this.settled = true;
    const stack: [unknown, AttributePath][] = [[this.tree.value, []]];
    while (stack.length > 0) {
      const [value, path] = stack.pop()!;
      const key = pathKey(path);
      if (!super.has(key)) this.settle(key);
      if (Array.isArray(value)) value.forEach((item, i) => stack.push([item, [...path, i]]));
      else if (isRecord(value)) for (const [k, item] of Object.entries(value)) stack.push([item, [...path, k]]);
    }
  }
}

function parseKey(key: string): AttributePath | undefined {
  try {
    const path = JSON.parse(key) as unknown;
    return Array.isArray(path) && path.every((s) => typeof s === 'string' || typeof s === 'number') ? (path as AttributePath) : undefined;
  } catch {
    return undefined;
  }
}

/** True when `path` names a value the manifest holds (an index into a list, a key of a map). */
function holds(root: unknown, path: AttributePath): boolean {
  let current = root;
  for (const segment of path) {
    if (Array.isArray(current)) {
      if (typeof segment !== 'number' || !Number.isInteger(segment) || segment < 0 || segment >= current.length) return false;
    } else if (!isRecord(current) || typeof segment !== 'string' || !Object.hasOwn(current, segment)) return false;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
