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
    this.report(names.some((n) => n.startsWith('module.')) ? moduleCycle(rotated, cycle) : rejectedCycle(rotated, cycle));
    return cycle;
  }
}

function rejectedCycle(members: { range: SourceRange }[], cycle: string): Diagnostic {
  return { code: 'NORMALIZE_FAILED', level: 'warning', message: `Terraform rejects this cycle: ${cycle}; its values are unknown`, range: members[0].range };
}

/**
 * A cycle through module calls. A call's inputs and outputs are evaluated here as one whole, so
 * two calls that read each other's outputs meet in a cycle even where Terraform, which links
 * single inputs and outputs, accepts them: the values are not known to be wrong, only not
 * evaluated, so the module calls count as unresolved (the scan is incomplete), naming each one.
 */
function moduleCycle(members: { name: string; range: SourceRange }[], cycle: string): Diagnostic {
  const written = members.map((m) => `${m.name} (${m.range.path}:${m.range.startLine})`);
  const list = written.length === 1 ? written[0] : `${written.slice(0, -1).join(', ')} and ${written[written.length - 1]}`;
  const allCalls = members.every((m) => m.name.startsWith('module.'));
  const what = written.length === 1 ? 'reads its own outputs' : allCalls ? "read each other's outputs" : 'depend on each other through module outputs';
  const whole = written.length === 1 ? 'as a whole module, the values that cross from its outputs to its inputs are unknown' : 'as whole modules, the values that cross between them are unknown';
  return { code: 'MODULE_UNRESOLVED', level: 'warning', message: `${list} ${what} (${cycle}): evaluated here ${whole}`, range: members[0].range };
}
