import type { ParsedDocument } from '../../model/document.js';
import { pathKey } from '../../model/resource.js';
import type { AttributePath, SourceRange } from '../../model/source.js';
import type { Located } from './item.js';
import { SettlingMap } from '../settling-map.js';

/**
 * Provenance of one configuration item: canonical path → where the value is written in the
 * snapshot file. A value the item does not hold is not recorded, so a finding on it falls
 * back to the item. Live items have no file: the item itself maps to line 1 of its pseudo path.
 */
export class ItemProvenance {
  readonly map: DeferredRanges;

  constructor(
    doc: ParsedDocument,
    index: number,
    private readonly live: SourceRange | undefined,
  ) {
    this.map = new DeferredRanges((where) => doc.locate([index, ...where.at]));
    if (live) this.map.set(pathKey([]), live);
    else this.map.defer([], ITEM);
  }

  set(canonical: AttributePath, node: Located): void {
    // a live item has no file to locate anything in; otherwise the node itself is kept, and its
    // path in the item is only put together if a finding asks
    if (!this.live && node.value !== undefined) this.map.defer(canonical, node);
  }
}

const ROOT = pathKey([]);
const ITEM: Where = { at: [] };

/** Where a value is written, relative to its item. */
export interface Where {
  readonly at: AttributePath;
}

/**
 * A provenance map whose ranges are looked up in the snapshot only when asked for. An account
 * snapshot holds a million attribute values but only the few with a finding are ever located;
 * locating them all up front was a third of the normalise stage on 100,000 items. Reads behave
 * as a plain Map; a deferred entry keeps its canonical path and where it is written until then.
 */
export class DeferredRanges extends SettlingMap {
  /** Parallel lists (canonical path, path in the item) until the first read: no pair arrays per entry. */
  private pendingCanonical: AttributePath[] = [];
  private pendingAt: Where[] = [];
  private pendingByKey: Map<string, Where> | undefined;
  /** The resource's own place, apart: suppression asks every resource for it, findings only a few. */
  private pendingRoot: Where | undefined;

  constructor(private readonly locate: (where: Where) => SourceRange | undefined) {
    super();
  }

  /** Records that `canonical` is written at `at` in the item (a later set or defer of the same path wins). */
  defer(canonical: AttributePath, at: Where): void {
    if (canonical.length === 0) {
      super.delete(ROOT);
      this.pendingRoot = at;
    } else if (this.pendingByKey) this.pendingByKey.set(pathKey(canonical), at);
    else {
      this.pendingCanonical.push(canonical);
      this.pendingAt.push(at);
    }
  }

  override get(key: string): SourceRange | undefined {
    this.settle(key);
    return super.get(key);
  }

  override has(key: string): boolean {
    this.settle(key);
    return super.has(key);
  }

  override set(key: string, range: SourceRange): this {
    if (key === ROOT) this.pendingRoot = undefined;
    else this.byKey()?.delete(key);
    return super.set(key, range);
  }

  override delete(key: string): boolean {
    const wasPending = key === ROOT ? this.pendingRoot !== undefined : (this.byKey()?.has(key) ?? false);
    if (key === ROOT) this.pendingRoot = undefined;
    else this.byKey()?.delete(key);
    return super.delete(key) || wasPending;
  }

  /** The pending entries by key, built on the first read (most maps are never read). */
  private byKey(): Map<string, Where> | undefined {
    if (this.pendingByKey === undefined && this.pendingAt.length > 0) {
      this.pendingByKey = new Map(this.pendingCanonical.map((canonical, i) => [pathKey(canonical), this.pendingAt[i]]));
      this.pendingCanonical = [];
      this.pendingAt = [];
    }
    return this.pendingByKey;
  }

  private settle(key: string): void {
    if (key === ROOT) {
      const at = this.pendingRoot;
      this.pendingRoot = undefined;
      const range = at === undefined ? undefined : this.locate(at);
      if (range) super.set(ROOT, range);
      return;
    }
    const pending = this.byKey();
    const at = pending?.get(key);
    if (at === undefined) return;
    pending!.delete(key);
    const range = this.locate(at);
    if (range) super.set(key, range);
  }

  protected settleAll(): void {
    this.settle(ROOT);
    for (const key of [...(this.byKey()?.keys() ?? [])]) this.settle(key);
  }
}
