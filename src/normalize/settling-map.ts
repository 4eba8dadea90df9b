import type { SourceRange } from '../model/source.js';

/**
 * A provenance map some of whose entries are located only when asked for. Reading one key is the
 * subclass's business; anything that sees every entry (size, iteration) first settles them all, so
 * the map reads as a plain Map whatever is still pending.
 */
export abstract class SettlingMap extends Map<string, SourceRange> {
  /** Locates every entry still pending. */
  protected abstract settleAll(): void;

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
}
