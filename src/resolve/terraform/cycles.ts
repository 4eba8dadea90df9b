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
 * A cycle through module calls: inputs and outputs are linked one by one (module-links.ts), as
 * Terraform links them, so this is a cycle Terraform rejects too. Named by the module calls on
 * the way, each with its file and line, and counted as module calls not evaluated.
 */
function moduleCycle(members: { name: string; range: SourceRange }[], cycle: string): Diagnostic {
  const calls = new Map<string, SourceRange>();
  for (const member of members) {
    const call = callOf(member.name);
    if (call !== undefined && !calls.has(call)) calls.set(call, member.range);
  }
  const written = [...calls].map(([call, range]) => `${call} (${range.path}:${range.startLine})`);
  const list = written.length === 1 ? written[0] : `${written.slice(0, -1).join(', ')} and ${written[written.length - 1]}`;
  const what = written.length === 1 ? 'reads its own outputs' : "read each other's outputs";
  const range = calls.values().next().value ?? members[0].range;
  return { code: 'MODULE_UNRESOLVED', level: 'warning', message: `${list} ${what} in a cycle Terraform rejects: ${cycle}; its values are unknown`, range };
}

/** `module.a` of `module.a.var.v`, `module.a[0].output.o` or `module.a` itself; undefined for a local or a resource. */
function callOf(name: string): string | undefined {
  const at = Math.max(name.lastIndexOf('.var.'), name.lastIndexOf('.output.'));
  if (at > 0) return name.slice(0, at);
  return name.startsWith('module.') ? name : undefined;
}
