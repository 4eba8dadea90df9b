import { unknownValue, type SourceRange } from '../../model/index.js';
import type { ConfigExpression, ConfigExpressions } from '../../parsers/terraform-plan/index.js';
import type { HclBlock, HclBody, HclExpr, HclTraversalStep } from '../../parsers/terraform/index.js';
import type { ResourceRefs } from '../terraform/eval/scope.js';
import type { Origin } from './origin.js';
import { eachValueReference, pureReference, type ResourceRef } from './references.js';

/** The configuration at one level: known (what is written there), or not known (treat all as written). */
type Config = ConfigExpressions | undefined;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const at = (marks: unknown, key: string | number): unknown => (isRecord(marks) || Array.isArray(marks) ? (marks as Record<string | number, unknown>)[key] : undefined);

/** `{constant_value}` / `{references}`: an attribute's expression, not a nested block's map. */
function expressionOf(config: unknown): ConfigExpression | undefined {
  if (!isRecord(config) || Object.keys(config).some((k) => k !== 'constant_value' && k !== 'references')) return undefined;
  return config as ConfigExpression;
}

/** Element `i` of `n` nested blocks: the configuration lists them as written, the plan sets in its own order. */
function nestedConfig(config: unknown, i: number, n: number): Config {
  if (Array.isArray(config) && config.length === n) return config[i] as ConfigExpressions;
  if (isRecord(config) && expressionOf(config) === undefined && n === 1) return config as ConfigExpressions;
  return undefined;
}

/** A non-empty list of objects: nested blocks, which the normalisers may read as `body.blocks`. */
function isBlockList(value: unknown): value is Record<string, unknown>[] {
  return Array.isArray(value) && value.length > 0 && value.every(isRecord);
}

function isScalar(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/** An HCL expression that is a reference and nothing else (not a template around one). */
function isPlainReference(expr: HclExpr | undefined): boolean {
  if (expr === undefined) return true;
  if (expr.kind === 'template' && expr.parts.length === 1) return isPlainReference(expr.parts[0]);
  return expr.kind === 'traversal';
}

/**
 * Plan values → an HCL body the Terraform normalisers read as if it were written: known values
 * as literals; unknown values (after_unknown) as unknown, or left out when the configuration does
 * not write them (the provider computes them, so the normaliser's defaults apply, as for HCL);
 * sensitive values as `sensitive(…)` with the value itself left behind; a value that is only a
 * reference to another resource as that reference, so sub-resources find their parents
 * (`aws_s3_bucket_versioning.bucket = aws_s3_bucket.b.id`). Such a reference evaluates to the
 * plan's own value through `refs` (or to unknown when the plan does not know it).
 */
export class PlanSynthesizer {
  private readonly bound = new Map<HclTraversalStep[], unknown>();
  readonly refs: ResourceRefs = {
    resolve: (_root, steps) => (this.bound.has(steps) ? { value: this.bound.get(steps), used: steps.length } : undefined),
  };

  /** `index`: the instance's count index or for_each key, for `count.index` / `each.key` references. */
  constructor(
    private readonly index: number | string | undefined,
    /** The resource the instance's `for_each` is (`for_each = aws_s3_bucket.logs`), for `each.value.<attr>`. */
    private readonly forEach?: ResourceRef,
    /** Which resource attributes an expression may be (see `PlanOrigins`), for a value only known after apply. */
    private readonly origins?: (written: ConfigExpression | undefined) => string[] | undefined,
  ) {}

  body(values: unknown, unknown: unknown, sensitive: unknown, config: Config, origin: Origin, text: string): HclBody {
    const body: HclBody = { attributes: {}, blocks: [], range: origin.range };
    const known = isRecord(values) ? values : {};
    const marked = isRecord(unknown) ? Object.keys(unknown).filter((k) => unknown[k] !== false) : [];
    for (const key of new Set([...Object.keys(known), ...marked])) {
      const value = known[key];
      const [u, s, written] = [at(unknown, key), at(sensitive, key), config?.[key]];
      const unwritten = config !== undefined && written === undefined && !origin.writesDynamic(key);
      // computed by the provider: the normaliser's default applies, as for HCL that leaves it out
      if (u === true && unwritten) continue;
      // no nested blocks, which is how the plan shows a block type that is not written
      if (Array.isArray(value) && value.length === 0 && (unwritten || config === undefined)) continue;
      const child = origin.child(key, value);
      if (u !== true && s !== true && isBlockList(value)) {
        // in the written order when the HCL is known, so attribute paths are the HCL scan's
        const order = child.writtenOrder?.() ?? value.map((_, i) => i);
        body.blocks.push(...order.map((i, k): HclBlock => {
          const place = child.child(i, value[i]);
          const nested = this.body(value[i], at(u, i), at(s, i), nestedConfig(written, k, value.length), place, `${text}.${key}[${k}]`);
          return { type: key, labels: [], body: nested, range: place.range };
        }));
        continue;
      }
      body.attributes[key] = { name: key, expr: this.expr(value, u, s, expressionOf(written), child, `${text}.${key}`), range: child.range };
    }
    return body;
  }

  private expr(value: unknown, unknown: unknown, sensitive: unknown, written: ConfigExpression | undefined, origin: Origin, text: string): HclExpr {
    const range = origin.range;
    if (sensitive === true) return { kind: 'call', name: 'sensitive', args: [{ kind: 'literal', value: '', range, text: '""' }], range, text: `${text} (sensitive)` };
    const ref = unknown === true || isScalar(value) ? (pureReference(written, this.index) ?? eachValueReference(written, this.index, this.forEach)) : undefined;
    if (ref !== undefined && isPlainReference(origin.written)) return this.reference(ref, unknown === true ? undefined : value, range);
    const from = unknown === true ? this.origins?.(written) : undefined;
    if (from !== undefined) return this.unknownFrom(from, range, text);
    // `self` has no value before apply: the evaluator gives "<text> is only known after apply"
    if (unknown === true) return { kind: 'traversal', root: 'self', steps: [], range, text };
    if (Array.isArray(value)) {
      const items = value.map((v, i) => this.expr(v, at(unknown, i), at(sensitive, i), undefined, origin.child(i, v), `${text}[${i}]`));
      return { kind: 'tuple', items, range, text };
    }
    if (isRecord(value)) {
      const items = Object.entries(value).map(([k, v]) => {
        const place = origin.child(k, v);
        const key: HclExpr = { kind: 'literal', value: k, range: place.range, text: k };
        return { key, value: this.expr(v, at(unknown, k), at(sensitive, k), undefined, place, `${text}.${k}`), range: place.range };
      });
      return { kind: 'object', items, range, text };
    }
    const literal = isScalar(value) ? (value as string | number | boolean | null) : null;
    return { kind: 'literal', value: literal, range, text: typeof literal === 'string' ? literal : JSON.stringify(literal) };
  }

  /** A value only known after apply that is one of `origin` (a conditional's branch, a module output). */
  private unknownFrom(origin: string[], range: SourceRange, text: string): HclExpr {
    const steps: HclTraversalStep[] = [{ attr: 'value' }];
    this.bound.set(steps, unknownValue(`${text} is only known after apply`, origin));
    // a root no configuration can name: only `refs` resolves it
    return { kind: 'traversal', root: '(plan)', steps, range, text };
  }

  /** `type.name[key].attr` as a traversal; `value` (when known) is what it evaluates to. */
  private reference(ref: ResourceRef, value: unknown, range: SourceRange): HclExpr {
    const steps: HclTraversalStep[] = [{ attr: ref.name }];
    let text = `${ref.type}.${ref.name}`;
    for (const step of ref.steps) {
      if ('attr' in step) {
        steps.push({ attr: step.attr });
        text += `.${step.attr}`;
      } else {
        steps.push({ index: { kind: 'literal', value: step.key, range, text: JSON.stringify(step.key) } });
        text += `[${JSON.stringify(step.key)}]`;
      }
    }
    if (value !== undefined) this.bound.set(steps, value);
    return { kind: 'traversal', root: ref.type, steps, range, text };
  }
}
