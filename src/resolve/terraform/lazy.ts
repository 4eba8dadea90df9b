import type { SourceRange } from '../../model/index.js';
import type { CycleGuard } from './cycles.js';
import { unknown } from './eval/values.js';

/** How to compute one named value, and where it is written (for a cycle's diagnostic). */
export interface LazyEntry {
  run: () => unknown;
  range: SourceRange;
}

/**
 * Named values computed on first use, so locals and module outputs resolve in dependency order
 * (Terraform's graph) without fixed-point passes, whatever order the files and blocks are in. A
 * cycle is reported through the guard and gives unknown; Terraform rejects it.
 */
export class LazyValues {
  private readonly done = new Map<string, unknown>();

  constructor(
    private readonly compute: ReadonlyMap<string, LazyEntry>,
    private readonly what: string,
    private readonly guard: CycleGuard,
  ) {}

  has(name: string): boolean {
    return this.compute.has(name);
  }

  get(name: string): unknown {
    if (this.done.has(name)) return this.done.get(name);
    const entry = this.compute.get(name);
    if (entry === undefined) return undefined;
    const key = `${this.what}.${name}`;
    return this.guard.run(
      key,
      entry.range,
      () => {
        const value = entry.run();
        this.done.set(name, value);
        return value;
      },
      (cycle) => unknown(`${key} depends on itself (${cycle})`),
    );
  }
}
