import type { Diagnostic, SourceRange } from '../../model/index.js';

/**
 * The named values of one module instance being computed right now (locals, module calls,
 * resource attributes and expansions), so a value that needs itself is found as the cycle it is
 * (Terraform rejects it: "Cycle: local.a, local.b"), reported once, and evaluates to unknown
 * instead of recursing without end.
 */
export class CycleGuard {
  private readonly stack: { name: string; range: SourceRange }[] = [];

  constructor(private readonly report: (diagnostic: Diagnostic) => void) {}

  /** `compute()`, unless `name` is already being computed: then `onCycle` with the cycle written out. */
  run<T>(name: string, range: SourceRange, compute: () => T, onCycle: (cycle: string) => T): T {
    const at = this.stack.findIndex((entry) => entry.name === name);
    if (at >= 0) {
      const cycle = this.describe(this.stack.slice(at));
      return onCycle(cycle);
    }
    this.stack.push({ name, range });
    try {
      return compute();
    } finally {
      this.stack.pop();
    }
  }

  /** `local.a → local.b → local.a`, starting at the smallest name so each cycle is reported once. */
  private describe(members: { name: string; range: SourceRange }[]): string {
    const names = members.map((m) => m.name);
    const start = names.indexOf([...names].sort()[0]);
    const rotated = [...members.slice(start), ...members.slice(0, start)];
    const cycle = [...rotated.map((m) => m.name), rotated[0].name].join(' → ');
    // module calls evaluate all their inputs and outputs at once, so two calls that read each
    // other's outputs meet here though Terraform, which links single inputs and outputs, accepts them
    if (names.some((n) => n.startsWith('module.'))) return cycle;
    this.report({
      code: 'NORMALIZE_FAILED',
      level: 'warning',
      message: `Terraform rejects this cycle: ${cycle}; its values are unknown`,
      range: rotated[0].range,
    });
    return cycle;
  }
}
