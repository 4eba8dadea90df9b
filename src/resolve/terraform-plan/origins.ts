import type { ConfigExpression, ConfigModule } from '../../parsers/terraform-plan/index.js';
import { parseReference } from './references.js';

/** Output references followed through module calls at most this deep. */
const MAX_DEPTH = 8;

const stepText = (step: { attr: string } | { key: string | number }): string => ('attr' in step ? `.${step.attr}` : `[${JSON.stringify(step.key)}]`);

/**
 * Which resource attributes a value written as `expression` may be, as full references
 * (`module.raw.aws_s3_bucket.this.id`), from the plan's configuration section: the references to
 * a resource attribute (`aws_s3_bucket.this[0].id`) and, through `module.<call>.<output>`, what the
 * output refers to inside the call. A reference to an instance the plan does not have (the branch
 * of a conditional whose resource has count 0) cannot be the value and is left out. Only used for a
 * value the plan does not know: a variable or a literal would be known, so the other references
 * (a condition's `var.is_directory_bucket`, `each.key`) are not what the value is.
 */
export class PlanOrigins {
  constructor(
    private readonly root: ConfigModule | undefined,
    private readonly exists: (address: string) => boolean,
  ) {}

  of(expression: ConfigExpression | undefined, calls: string[], depth = 0): string[] | undefined {
    const refs = expression?.references;
    if (refs === undefined || refs.length === 0 || depth > MAX_DEPTH) return undefined;
    const prefix = calls.map((c) => `module.${c}.`).join('');
    const out: string[] = [];
    for (const ref of refs) {
      const module = /^module\.([A-Za-z_][\w-]*)\.([A-Za-z_][\w-]*)$/.exec(ref);
      if (module !== null) {
        const inner = this.output([...calls, module[1]], module[2], depth);
        if (inner === undefined) return undefined;
        out.push(...inner);
        continue;
      }
      const resource = parseReference(ref);
      const last = resource?.steps.at(-1);
      // `aws_s3_bucket.this[0]` and `aws_s3_bucket.this` are Terraform's prefixes of the attribute reference
      if (resource === undefined || last === undefined || !('attr' in last)) continue;
      const instance = `${prefix}${resource.type}.${resource.name}${resource.steps.slice(0, -1).map(stepText).join('')}`;
      if (this.exists(instance)) out.push(`${instance}.${last.attr}`);
    }
    return out.length === 0 ? undefined : out;
  }

  private output(calls: string[], name: string, depth: number): string[] | undefined {
    let module = this.root;
    for (const call of calls) module = module?.module_calls?.[call]?.module;
    return this.of(module?.outputs?.[name]?.expression, calls, depth + 1);
  }
}
