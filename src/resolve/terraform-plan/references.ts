import type { ConfigExpression } from '../../parsers/terraform-plan/index.js';

/** Roots of references that are not managed resources. */
const NOT_RESOURCES = new Set(['var', 'local', 'module', 'data', 'each', 'count', 'path', 'self', 'terraform']);

export type RefStep = { attr: string } | { key: string | number };

/** A reference to a managed resource: `aws_s3_bucket.logs[0].id` → type, name, then the steps after them. */
export interface ResourceRef {
  type: string;
  name: string;
  steps: RefStep[];
}

const STEP = /^(?:\.([A-Za-z_][\w-]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\])/;

/** `type.name` followed by `.attr`, `[0]` and `["key"]` steps; undefined for anything else. */
export function parseReference(text: string): ResourceRef | undefined {
  const head = /^([A-Za-z_][\w-]*)\.([A-Za-z_][\w-]*)/.exec(text);
  if (head === null || NOT_RESOURCES.has(head[1])) return undefined;
  const steps: RefStep[] = [];
  let rest = text.slice(head[0].length);
  while (rest !== '') {
    const m = STEP.exec(rest);
    if (m === null) return undefined;
    if (m[1] !== undefined) steps.push({ attr: m[1] });
    else if (m[2] !== undefined) steps.push({ key: Number(m[2]) });
    else steps.push({ key: JSON.parse(`"${m[3]}"`) as string });
    rest = rest.slice(m[0].length);
  }
  return { type: head[1], name: head[2], steps };
}

/**
 * The one resource an expression is nothing but a reference to, as Terraform lists references:
 * `a.b.id` gives ["a.b.id", "a.b"]; `a.b[count.index].id` gives ["a.b", "count.index"], which
 * here becomes `a.b[<this instance's index>].id` (the index of the same instance, which is what
 * count.index and each.key pair up). A template that only interpolates one reference lists the
 * same references and cannot be told apart without the HCL (see `isPlainReference`).
 */
export function pureReference(expression: ConfigExpression | undefined, ownIndex: number | string | undefined): ResourceRef | undefined {
  const refs = expression?.references;
  if (refs === undefined || refs.length === 0 || expression?.constant_value !== undefined) return undefined;
  const iterators: string[] = refs.filter((r) => r === 'count.index' || r === 'each.key');
  const others = refs.filter((r) => !iterators.includes(r));
  const first = parseReference(others[0] ?? '');
  if (first === undefined) return undefined;
  // every other reference must be a shorter prefix of the first (Terraform's unwrapping of it)
  if (!others.every((r) => others[0].startsWith(r) && parseReference(r)?.type === first.type)) return undefined;
  if (iterators.length === 0) return first;
  if (iterators.length > 1 || first.steps.length > 0 || ownIndex === undefined) return undefined;
  return { ...first, steps: [{ key: ownIndex }, { attr: 'id' }] };
}

/**
 * `bucket = each.value.id` on an instance of a resource whose `for_each` is another resource
 * (`for_each = aws_s3_bucket.logs`): Terraform lists `each.value.id` and `each.value`; the value
 * is that resource's instance of the same key, so the reference is `aws_s3_bucket.logs["key"].id`.
 */
export function eachValueReference(expression: ConfigExpression | undefined, ownIndex: number | string | undefined, forEach: ResourceRef | undefined): ResourceRef | undefined {
  const refs = expression?.references;
  if (forEach === undefined || forEach.steps.length > 0 || ownIndex === undefined || refs === undefined || refs.length === 0) return undefined;
  if (!refs.every((r) => r === 'each.value' || r.startsWith('each.value.'))) return undefined;
  const attr = /^each\.value\.([A-Za-z_][\w-]*)$/.exec(refs[0])?.[1];
  return attr === undefined ? undefined : { ...forEach, steps: [{ key: ownIndex }, { attr }] };
}
