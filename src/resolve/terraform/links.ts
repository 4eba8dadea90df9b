import type { HclExpr } from '../../parsers/terraform/index.js';
import { evaluate, type EvalScope } from './evaluate.js';
import { isUnknown } from './eval/values.js';

/**
 * Which parent instance a sub-resource's reference names, by its syntax: `aws_s3_bucket.b.id`,
 * `aws_s3_bucket.b[count.index].bucket`, `"${aws_security_group.sg.id}"`. The index is evaluated
 * in the sub-resource's own scope, so `count.index` and `each.key` pair instances up. The id is
 * the instance's full address (`module.a.aws_s3_bucket.b[0]`).
 */
export function referencedId(expr: HclExpr | undefined, scope: EvalScope, parentType: string, attrs: string[]): string | undefined {
  if (expr?.kind === 'template' && expr.parts.length === 1) return referencedId(expr.parts[0], scope, parentType, attrs);
  if (expr?.kind !== 'traversal' || expr.root !== parentType) return undefined;
  const [nameStep, second, third] = expr.steps;
  if (nameStep === undefined || !('attr' in nameStep)) return undefined;
  const address = `${scope.module ?? ''}${parentType}.${nameStep.attr}`;
  if (second !== undefined && 'attr' in second) return attrs.includes(second.attr) ? address : undefined;
  if (second === undefined || !('index' in second) || third === undefined || !('attr' in third) || !attrs.includes(third.attr)) return undefined;
  const index = evaluate(second.index, scope);
  return typeof index === 'string' || typeof index === 'number' ? `${address}[${JSON.stringify(index)}]` : `${address}[*]`;
}

/**
 * `<module path><type>.<name>[key].<attr>` → the instance address and the attribute. A scan, not
 * a regex built from the type: module names and keys come from the scanned file.
 */
function splitReference(ref: string, parentType: string): { id: string; attr: string } | undefined {
  const reader = new AddressReader(ref);
  while (ref.startsWith('module.', reader.at)) {
    reader.at += 'module.'.length;
    if (!reader.name() || !reader.key() || !reader.dot()) return undefined;
  }
  if (!ref.startsWith(`${parentType}.`, reader.at)) return undefined;
  reader.at += parentType.length + 1;
  if (!reader.name() || !reader.key()) return undefined;
  const id = ref.slice(0, reader.at);
  if (!reader.dot()) return undefined;
  const attrStart = reader.at;
  return reader.name() && reader.at === ref.length ? { id, attr: ref.slice(attrStart) } : undefined;
}

/** Steps through a resource address: names (`[\w-]+`), optional keys (`[0]`, `[*]`, `["k"]`), dots. */
class AddressReader {
  at = 0;
  constructor(private readonly text: string) {}

  name(): boolean {
    const start = this.at;
    while (this.at < this.text.length && /[\w-]/.test(this.text[this.at]!)) this.at++;
    return this.at > start;
  }

  /** An optional `[…]`: digits, `*`, or a quoted string with escapes. False only for a malformed one. */
  key(): boolean {
    if (this.text[this.at] !== '[') return true;
    const close = this.text[this.at + 1] === '"' ? this.quotedEnd(this.at + 2) : this.text.indexOf(']', this.at);
    if (close < 0 || this.text[close] !== ']') return false;
    const inner = this.text.slice(this.at + 1, close);
    if (!(inner === '*' || /^\d+$/.test(inner) || inner.startsWith('"'))) return false;
    this.at = close + 1;
    return true;
  }

  dot(): boolean {
    if (this.text[this.at] !== '.') return false;
    this.at++;
    return true;
  }

  /** The index of the `]` after a quoted key's closing quote, or -1. */
  private quotedEnd(from: number): number {
    for (let i = from; i < this.text.length; i++) {
      if (this.text[i] === '\\') i++;
      else if (this.text[i] === '"') return this.text[i + 1] === ']' ? i + 1 : -1;
    }
    return -1;
  }
}

/**
 * The parent instance a value is, by where the value came from (`UnknownValue.origin`): through
 * `each.value`, module outputs, conditionals, `try`/`one`/`coalesce`, splats and `for`. Undefined
 * unless every value it may be names the same instance of `parentType` by one of `attrs` (an
 * unknown condition choosing between two buckets links to neither).
 */
export function originId(value: unknown, parentType: string, attrs: string[]): string | undefined {
  if (!isUnknown(value) || value.origin === undefined) return undefined;
  const ids = new Set<string>();
  for (const ref of value.origin) {
    const split = splitReference(ref, parentType);
    if (split === undefined || !attrs.includes(split.attr)) return undefined;
    ids.add(split.id);
  }
  return ids.size === 1 ? [...ids][0] : undefined;
}

/**
 * The parents a value may be when it is not known which (an unknown condition between two
 * buckets): every instance of `parentType` its origin names, `[*]` stand-ins included.
 */
export function possibleParents<T>(expr: HclExpr | undefined, scope: EvalScope, parentType: string, attrs: string[], parents: Map<string, T>): T[] {
  if (expr === undefined) return [];
  const value = evaluate(expr, scope);
  if (!isUnknown(value) || value.origin === undefined) return [];
  const ids = value.origin.map((ref) => splitReference(ref, parentType)).filter((s) => s !== undefined && attrs.includes(s.attr)).map((s) => s!.id);
  const found = new Set(ids.map((id) => parents.get(id) ?? parents.get(`${withoutLastIndex(id)}[*]`)));
  return [...found].filter((p): p is T => p !== undefined);
}

/** The parent's full id, by syntax or by the value's origin; and the value, for a match by name. */
export function parentReference(expr: HclExpr | undefined, scope: EvalScope, parentType: string, attrs: string[]): { id?: string; value?: unknown } {
  const id = referencedId(expr, scope, parentType, attrs);
  if (id !== undefined || expr === undefined) return { id };
  const value = evaluate(expr, scope);
  return { id: originId(value, parentType, attrs), value };
}

/**
 * Finds the parent of a sub-resource among `parents` (full id → parent): by reference first (its
 * syntax, then where its value came from), then by an equal literal value (a bucket name written
 * twice), then the `[*]` stand-in of an unknown count.
 */
export function findParent<T>(
  expr: HclExpr | undefined,
  scope: EvalScope,
  parentType: string,
  attrs: string[],
  parents: Map<string, T>,
  sameValue?: (parent: T, value: unknown) => boolean,
): T | undefined {
  const { id, value } = parentReference(expr, scope, parentType, attrs);
  if (id !== undefined) return parents.get(id) ?? parents.get(`${withoutLastIndex(id)}[*]`);
  if (typeof value !== 'string' || sameValue === undefined) return undefined;
  return [...parents.values()].find((p) => sameValue(p, value));
}

/** `a.b["k"]` → `a.b`: drops a trailing `[…]` (with no `]` inside); a scan, not a regex retried from every `[`. */
export function withoutLastIndex(id: string): string {
  if (!id.endsWith(']')) return id;
  const open = id.indexOf('[', id.lastIndexOf(']', id.length - 2) + 1);
  return open >= 0 && open < id.length - 1 ? id.slice(0, open) : id;
}
