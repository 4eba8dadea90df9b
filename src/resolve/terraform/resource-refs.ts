import type { HclBlock, HclExpr, HclTraversalStep } from '../../parsers/terraform/index.js';
import { evaluate } from './eval/evaluate.js';
import type { EvalScope, ResourceRefs } from './eval/scope.js';
import { unknown } from './eval/values.js';
import { expandInstances, type Expansion } from './expand.js';

/**
 * Types whose `id` is one of their configured arguments (the AWS provider sets the id from it
 * on create), so `aws_s3_bucket.logs.id` is known when `bucket` is written: the bucket a logging
 * configuration targets or a policy names can then be matched.
 */
const ID_IS: Record<string, string> = {
  aws_s3_bucket: 'bucket',
  aws_iam_role: 'name',
  aws_iam_user: 'name',
  aws_iam_group: 'name',
  aws_cloudwatch_log_group: 'name',
  aws_ecr_repository: 'name',
  aws_dynamodb_table: 'name',
  aws_lambda_function: 'function_name',
  aws_kms_alias: 'name',
};

/** Meta-arguments are not attributes of the resource. */
const META = new Set(['count', 'for_each', 'provider', 'depends_on', 'lifecycle']);

/**
 * `aws_s3_bucket.b.bucket`, `aws_s3_bucket.b["k"].bucket`: the value as configured, which
 * Terraform knows at plan time (and `id` where it is a configured argument, see ID_IS). Anything
 * else (a computed attribute such as `arn` or most `id`s, an
 * attribute left null for the provider to fill, a nested block, a splat) is unresolved here and
 * stays unknown.
 */
export class ConfiguredAttributes implements ResourceRefs {
  private readonly expansions = new Map<string, Expansion[]>();
  private readonly running = new Set<string>();

  constructor(
    private readonly blocks: ReadonlyMap<string, HclBlock>,
    private readonly scope: () => EvalScope,
  ) {}

  resolve(root: string, steps: HclTraversalStep[], index: (expr: HclExpr) => unknown): { value: unknown; used: number } | undefined {
    const [nameStep, second] = steps;
    if (nameStep === undefined || !('attr' in nameStep)) return undefined;
    const address = `${root}.${nameStep.attr}`;
    const block = this.blocks.get(address);
    if (block === undefined) return undefined;
    const expanded = block.body.attributes.count !== undefined || block.body.attributes.for_each !== undefined;
    const expansion = expanded ? this.instance(address, block, second, index) : this.expand(address, block)[0];
    const attrStep = steps[expanded ? 2 : 1];
    if (expansion === undefined || expansion.unknownCount || attrStep === undefined || !('attr' in attrStep)) return undefined;
    const name = attrStep.attr === 'id' && ID_IS[root] !== undefined ? ID_IS[root] : attrStep.attr;
    const attribute = block.body.attributes[name];
    if (attribute === undefined || META.has(name)) return undefined;
    const key = `${address}${expansion.suffix}.${name}`;
    if (this.running.has(key)) return { value: unknown(`${key} refers to itself`), used: expanded ? 3 : 2 };
    this.running.add(key);
    try {
      const value = evaluate(attribute.expr, { ...this.scope(), bindings: expansion.bindings });
      // null leaves the attribute to the provider, which computes it at apply time
      return value === null ? undefined : { value, used: expanded ? 3 : 2 };
    } finally {
      this.running.delete(key);
    }
  }

  private expand(address: string, block: HclBlock): Expansion[] {
    let found = this.expansions.get(address);
    if (found === undefined) {
      found = expandInstances(block.body, this.scope());
      this.expansions.set(address, found);
    }
    return found;
  }

  private instance(address: string, block: HclBlock, step: HclTraversalStep | undefined, index: (expr: HclExpr) => unknown): Expansion | undefined {
    if (step === undefined || !('index' in step)) return undefined;
    const key = index(step.index);
    if (typeof key !== 'string' && typeof key !== 'number') return undefined;
    const suffix = block.body.attributes.count !== undefined ? `[${Number(key)}]` : `[${JSON.stringify(String(key))}]`;
    return this.expand(address, block).find((e) => e.suffix === suffix);
  }
}
