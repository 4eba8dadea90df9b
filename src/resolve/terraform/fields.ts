import { isUnknown, pathKey, unknownValue } from '../../model/index.js';
import type { AttributePath, Provenance, SourceRange } from '../../model/index.js';
import { locateInExpr, type HclBody, type HclExpr } from '../../parsers/terraform/index.js';
import { evaluate, maskSensitive, withBindings, type EvalScope } from './evaluate.js';
import { iterate } from './eval/for-expr.js';

/** One resolved attribute and where it was written. */
export interface Field {
  value: unknown;
  range: SourceRange;
  /** Range of a list element or object key inside the value; the attribute's when not written out. */
  rangeAt(path: AttributePath): SourceRange;
}

function field(value: unknown, range: SourceRange, expr?: HclExpr): Field {
  return { value, range, rangeAt: (path) => (expr ? locateInExpr(expr, path) : range) };
}

/**
 * A block's attributes and nested blocks after evaluation. Nested blocks may be written as
 * blocks, as `dynamic` blocks, or as an attribute holding objects (`ingress = [{…}]`, and every
 * nested block of `.tf.json`); `blocks()` reads them all the same way.
 */
export class Fields {
  private constructor(
    readonly range: SourceRange,
    private readonly attrs: Map<string, Field>,
    private readonly nested: Map<string, Fields[]>,
  ) {}

  static fromBody(body: HclBody, scope: EvalScope, range: SourceRange = body.range): Fields {
    const attrs = new Map<string, Field>();
    for (const [name, a] of Object.entries(body.attributes)) attrs.set(name, field(maskSensitive(evaluate(a.expr, scope)), a.range, a.expr));
    const nested = new Map<string, Fields[]>();
    const add = (name: string, items: Fields[]): void => void (nested.get(name) ?? nested.set(name, []).get(name)!).push(...items);
    for (const block of body.blocks) {
      if (block.type === 'dynamic' && block.labels[0] !== undefined) add(block.labels[0], expandDynamic(block.labels[0], block.body, scope, block.range));
      else add(block.type, [Fields.fromBody(block.body, scope, block.range)]);
    }
    for (const [name, a] of Object.entries(body.attributes)) {
      if (!nested.has(name)) nested.set(name, objectsOf(a.expr, attrs.get(name)!, scope));
    }
    return new Fields(range, attrs, nested);
  }

  static fromValue(value: Record<string, unknown>, range: SourceRange): Fields {
    const attrs = new Map(Object.entries(value).map(([k, v]) => [k, field(v, range)] as const));
    return new Fields(range, attrs, new Map());
  }

  get(name: string): Field | undefined {
    return this.attrs.get(name);
  }

  blocks(name: string): Fields[] {
    return this.nested.get(name) ?? [];
  }

  /** The block's resolved values; nested blocks as lists of objects, as Terraform's JSON shows them. */
  raw(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [name, f] of this.attrs) out[name] = f.value;
    for (const [name, items] of this.nested) if (!this.attrs.has(name)) out[name] = items.map((i) => i.raw());
    return out;
  }

  /** Records the range of every attribute and nested block under `prefix`. */
  recordProvenance(prefix: AttributePath, provenance: Provenance): void {
    provenance.set(pathKey(prefix), this.range);
    for (const [name, f] of this.attrs) provenance.set(pathKey([...prefix, name]), f.range);
    for (const [name, items] of this.nested) {
      if (!this.attrs.has(name)) items.forEach((item, i) => item.recordProvenance([...prefix, name, i], provenance));
    }
  }
}

/**
 * `dynamic "x" { for_each; iterator; content {} }` → one content per element, in Terraform's
 * order (map keys sorted; a set's key is its value). Unknown for_each → one content whose
 * iterator is unknown, standing for any number.
 */
function expandDynamic(name: string, body: HclBody, scope: EvalScope, range: SourceRange): Fields[] {
  const content = body.blocks.find((b) => b.type === 'content');
  if (content === undefined) return [];
  const iteratorAttr = body.attributes.iterator?.expr;
  const iterator = iteratorAttr?.kind === 'traversal' ? iteratorAttr.root : name;
  const forEach = body.attributes.for_each ? evaluate(body.attributes.for_each.expr, scope) : unknownValue('dynamic block without for_each');
  const bind = (key: unknown, value: unknown): Fields => Fields.fromBody(content.body, withBindings(scope, { [iterator]: { key, value } }), range);
  const entries = iterate(forEach, `dynamic "${name}"`);
  const at = body.attributes.for_each;
  const fits = !Array.isArray(entries) || at === undefined || (scope.budget?.instancesFit(body, scope.bindings, entries.length, `${entries.length.toLocaleString('en-US')} "${name}" blocks`, at) ?? true);
  if (!Array.isArray(entries) || !fits) {
    const unknown = unknownValue(fits ? `for_each of dynamic "${name}" is unknown` : `dynamic "${name}" is over the instance budget`);
    return [bind(unknown, unknown)];
  }
  return entries.map(([k, v]) => bind(k, v));
}

/** An attribute holding an object or a list of objects, read as nested blocks. */
function objectsOf(expr: HclExpr, resolved: Field, scope: EvalScope): Fields[] {
  const values = Array.isArray(resolved.value) ? resolved.value : [resolved.value];
  const items = expr.kind === 'tuple' ? expr.items : values.map(() => expr);
  return items.flatMap((item, i): Fields[] => {
    if (item.kind === 'object') {
      const attributes = Object.fromEntries(
        item.items.filter((o) => o.key.kind === 'literal').map((o) => [String((o.key as { value: unknown }).value), { name: '', expr: o.value, range: o.range }]),
      );
      return [Fields.fromBody({ attributes, blocks: [], range: item.range }, scope)];
    }
    const value = values[i];
    const isRecord = value !== null && typeof value === 'object' && !Array.isArray(value) && !isUnknown(value);
    return isRecord ? [Fields.fromValue(value as Record<string, unknown>, item.range)] : [];
  });
}
