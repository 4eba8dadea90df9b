import type { HclBlock, HclExpr, HclTraversalStep } from '../../parsers/terraform/index.js';
import type { CycleGuard } from './cycles.js';
import { evaluate } from './eval/evaluate.js';
import type { EvalScope, ResourceRefs } from './eval/scope.js';
import { failure, isFailure, isUnknown, markResource, markResources, unknown, withOrigin } from './eval/values.js';
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

type Resolved = { value: unknown; used: number };

/**
 * `aws_s3_bucket.b.bucket`, `aws_s3_bucket.b["k"].bucket`: the value as configured, which
 * Terraform knows at plan time (and `id` where it is a configured argument, see ID_IS). Anything
 * else (a computed attribute such as `arn` or most `id`s, an attribute left null for the provider
 * to fill) is unknown, and says which value it is (`aws_s3_bucket.b["k"].arn`) so a sub-resource can
 * still find its parent. `aws_s3_bucket.b` alone is the instance object, or the list / map of them
 * under count / for_each (`for_each = aws_s3_bucket.b`, `aws_s3_bucket.b[*].id`).
 */
export class ConfiguredAttributes implements ResourceRefs {
  private readonly expansions = new Map<string, Expansion[]>();
  private readonly objects = new Map<string, unknown>();

  constructor(
    private readonly blocks: ReadonlyMap<string, HclBlock>,
    private readonly scope: () => EvalScope,
    private readonly guard: CycleGuard,
  ) {}

  resolve(root: string, steps: HclTraversalStep[], index: (expr: HclExpr) => unknown): Resolved | undefined {
    const [nameStep, second] = steps;
    if (nameStep === undefined || !('attr' in nameStep)) return undefined;
    const address = `${root}.${nameStep.attr}`;
    const block = this.blocks.get(address);
    if (block === undefined) return undefined;
    const expansions = this.expansionsOf(address);
    if (block.body.attributes.count === undefined && block.body.attributes.for_each === undefined) return this.member(address, block, expansions[0], steps, 1);
    if (second === undefined || !('index' in second)) return { value: this.collection(address, block, expansions), used: 1 };
    const key = index(second.index);
    const full = `${this.prefix()}${address}`;
    if (expansions.some((e) => e.unknownCount)) return this.member(address, block, expansions[0], steps, 2);
    if (isUnknown(key)) return { value: unknown(`${full}[…]: the instance key is unknown`, [`${full}[*]`]), used: 2 };
    if (typeof key !== 'string' && typeof key !== 'number') return { value: failure(`${full}: an instance key must be a string or a number`), used: 2 };
    const suffix = block.body.attributes.count !== undefined ? `[${Number(key)}]` : `[${JSON.stringify(String(key))}]`;
    const expansion = expansions.find((e) => e.suffix === suffix);
    if (expansion === undefined) return { value: failure(`${full}${suffix} is not an instance (Terraform reports an invalid index)`), used: 2 };
    return this.member(address, block, expansion, steps, 2);
  }

  /** The instances of a block: count / for_each evaluated once per module instance. */
  expansionsOf(address: string): Expansion[] {
    let found = this.expansions.get(address);
    const block = this.blocks.get(address);
    if (found !== undefined || block === undefined) return found ?? [];
    const standIn = (cycle: string): Expansion[] => [{ suffix: '[*]', bindings: { count: { index: unknown(cycle) }, each: { key: unknown(cycle), value: unknown(cycle) } }, unknownCount: true }];
    const where = block.body.attributes.count?.range ?? block.body.attributes.for_each?.range ?? block.range;
    found = this.guard.run(`${address} (count / for_each)`, where, () => expandInstances(block.body, this.scope()), standIn);
    this.expansions.set(address, found);
    return found;
  }

  private prefix(): string {
    return this.scope().module ?? '';
  }

  /** One instance, then the attribute its next step names (when it names one). */
  private member(address: string, block: HclBlock, expansion: Expansion, steps: HclTraversalStep[], at: number): Resolved {
    const instance = `${this.prefix()}${address}${expansion.suffix}`;
    if (expansion.unknownCount) return { value: unknown(`${instance}: the number of instances is unknown`, [instance]), used: at };
    const attrStep = steps[at];
    if (attrStep === undefined || !('attr' in attrStep)) return { value: this.object(address, block, expansion), used: at };
    return { value: this.attribute(address, block, expansion, attrStep.attr), used: at + 1 };
  }

  /** A configured attribute's value; an unknown one (or one the provider computes) is `<instance>.<attr>`. */
  private attribute(address: string, block: HclBlock, expansion: Expansion, attr: string): unknown {
    const ref = `${this.prefix()}${address}${expansion.suffix}.${attr}`;
    const name = attr === 'id' && ID_IS[block.labels[0] ?? ''] !== undefined ? ID_IS[block.labels[0] ?? ''] : attr;
    const attribute = META.has(name) ? undefined : block.body.attributes[name];
    // the reason names the reference as the module writes it; the origin as the scan knows it
    const computed = unknown(`${address}${expansion.suffix}.${attr} is only known after apply`, [ref]);
    if (attribute === undefined) return computed;
    const value = this.guard.run(
      `${address}${expansion.suffix}.${name}`,
      attribute.range,
      () => evaluate(attribute.expr, { ...this.scope(), bindings: expansion.bindings }),
      (cycle) => unknown(`${ref} refers to itself (${cycle})`),
    );
    // null leaves the attribute to the provider, which computes it at apply time
    if (value === null) return computed;
    return isUnknown(value) && !isFailure(value) ? withOrigin(value, [ref]) : value;
  }

  /** The instance as an object of its configured attributes; any other attribute is unknown (see `markResource`). */
  private object(address: string, block: HclBlock, expansion: Expansion): unknown {
    const instance = `${this.prefix()}${address}${expansion.suffix}`;
    const cached = this.objects.get(instance);
    if (cached !== undefined) return cached;
    const build = (): Record<string, unknown> => {
      const names = Object.keys(block.body.attributes).filter((n) => !META.has(n));
      const idFrom = ID_IS[block.labels[0] ?? ''];
      const all = idFrom !== undefined && names.includes(idFrom) ? [...names, 'id'] : names;
      return markResource(Object.fromEntries(all.map((name) => [name, this.attribute(address, block, expansion, name)])), instance);
    };
    const value = this.guard.run<unknown>(instance, block.range, build, (cycle) => unknown(`${instance} refers to itself (${cycle})`, [instance]));
    this.objects.set(instance, value);
    return value;
  }

  /** `aws_s3_bucket.b` under count (a list) or for_each (a map by key); unknown when the instances are. */
  private collection(address: string, block: HclBlock, expansions: Expansion[]): unknown {
    const full = `${this.prefix()}${address}`;
    if (expansions.some((e) => e.unknownCount)) return unknown(`${full}: the number of instances is unknown`, [full]);
    const objects = expansions.map((e) => this.object(address, block, e));
    if (block.body.attributes.count !== undefined) return markResources(objects, full);
    return markResources(Object.fromEntries(expansions.map((e, i) => [JSON.parse(e.suffix.slice(1, -1)) as string, objects[i]])), full);
  }
}
