import type { ParsedDocument } from '../../model/document.js';
import { pathKey } from '../../model/resource.js';
import type { AttributePath, SourceRange } from '../../model/source.js';

/**
 * A manifest's provenance, located on demand: a Kubernetes object's attributes are the manifest
 * itself, so the range of any path that exists in it is `doc.locate([...base, ...path])`. Only
 * the few paths a finding or a suppression asks about are ever located; recording every path up
 * front cost a key string and a range object per value (hundreds of bytes per byte of a long
 * list). Reads behave as a plain Map; iterating locates everything first (goldens do that).
 */
export class ManifestProvenance extends Map<string, SourceRange> {
  private settled = false;

  constructor(
    private readonly doc: ParsedDocument,
    private readonly manifest: Record<string, unknown>,
    private readonly base: AttributePath,
  ) {
    super();
  }

  override get(key: string): SourceRange | undefined {
    return super.has(key) ? super.get(key) : this.settle(key);
  }

  override has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  override get size(): number {
    this.settleAll();
    return super.size;
  }

  override entries(): MapIterator<[string, SourceRange]> {
    this.settleAll();
    return super.entries();
  }

  override keys(): MapIterator<string> {
    this.settleAll();
    return super.keys();
  }

  override values(): MapIterator<SourceRange> {
    this.settleAll();
    return super.values();
  }

  override forEach(callback: (value: SourceRange, key: string, map: Map<string, SourceRange>) => void, thisArg?: unknown): void {
    this.settleAll();
    super.forEach(callback, thisArg);
  }

  override [Symbol.iterator](): MapIterator<[string, SourceRange]> {
    return this.entries();
  }

  /** The resource itself points at its `kind` line; any other path, where it is written. */
  private locate(path: AttributePath): SourceRange | undefined {
    return path.length === 0 ? (this.doc.locate([...this.base, 'kind']) ?? this.doc.locate(this.base)) : this.doc.locate([...this.base, ...path]);
  }

  private settle(key: string): SourceRange | undefined {
    const path = parseKey(key);
    if (path === undefined || !holds(this.manifest, path)) return undefined;
    const range = this.locate(path);
    if (range) super.set(key, range);
    return range;
  }

  private settleAll(): void {
    if (this.settled) return;
    this.settled = true;
    const stack: [unknown, AttributePath][] = [[this.manifest, []]];
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
