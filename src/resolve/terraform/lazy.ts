import { unknown } from './eval/values.js';

/**
 * Named values computed on first use, so locals and module outputs resolve in dependency order
 * (Terraform's graph) without fixed-point passes. A cycle gives unknown; Terraform rejects it.
 */
export class LazyValues {
  private readonly done = new Map<string, unknown>();
  private readonly running = new Set<string>();

  constructor(
    private readonly compute: ReadonlyMap<string, () => unknown>,
    private readonly what: string,
  ) {}

  has(name: string): boolean {
    return this.compute.has(name);
  }

  get(name: string): unknown {
    if (this.done.has(name)) return this.done.get(name);
    const run = this.compute.get(name);
    if (run === undefined) return undefined;
    if (this.running.has(name)) return unknown(`${this.what}.${name} depends on itself`);
    this.running.add(name);
    try {
      const value = run();
      this.done.set(name, value);
      return value;
    } finally {
      this.running.delete(name);
    }
  }
}
