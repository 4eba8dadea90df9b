import type { Diagnostic } from '../../model/index.js';
import type { HclAttribute, HclBlock, HclBody } from '../../parsers/terraform/index.js';
import { evaluate } from './eval/evaluate.js';
import type { EvalScope } from './eval/scope.js';
import { compareStrings, containsUnknown, isRecord, isSensitive, isSet, isUnknown, stepOrigin, typeName, unknown, type UnknownValue } from './eval/values.js';

/** One instance of a block with `count` / `for_each`: its address suffix and what it binds. */
export interface Expansion {
  suffix: string;
  bindings: Record<string, unknown>;
  /** The number or key set is unknown: this one instance stands for all of them. */
  unknownCount?: boolean;
  /** Terraform rejects the count or for_each value (a set of objects, a negative count…): why. */
  error?: string;
}

function standIn(what: string, reason: string, error?: string, collection?: UnknownValue): Expansion[] {
  const u = unknown(`${what} is unknown: ${reason}`);
  // `for_each = aws_s3_bucket.b` with unknown instances: each.value is still one of `aws_s3_bucket.b[*]`
  const value = collection?.origin === undefined ? u : stepOrigin(unknown(u.reason ?? '', collection.origin), '[*]');
  const bindings = what === 'count' ? { count: { index: u } } : { each: { key: u, value } };
  return [{ suffix: '[*]', bindings, unknownCount: true, ...(error === undefined ? {} : { error }) }];
}

/** Entries in key order, or the error Terraform reports for the value. */
function forEachEntries(value: unknown): [string, unknown][] | { error: string } {
  if (isSensitive(value)) return { error: 'for_each cannot use a sensitive value' };
  if (isRecord(value)) return Object.keys(value).sort(compareStrings).map((k) => [k, value[k]]);
  if (!Array.isArray(value)) return { error: `for_each needs a map or a set of strings, not ${value === null ? 'null' : typeof value}` };
  const kinds = new Set(value.filter((v) => !isUnknown(v)).map(typeName));
  const other = [...kinds].find((k) => k !== 'string');
  if (other !== undefined) return { error: `for_each supports maps and sets of strings, not a ${isSet(value) ? 'set' : 'list'} of ${other === 'object' ? 'objects' : other === 'list' ? 'lists' : `${other}s`}; key it by a string, e.g. { for o in ... : o.name => o }` };
  // a list is an error in Terraform unless it is a set; tolerated, since its keys are the same
  if (!isSet(value) && new Set(value).size !== value.length) return { error: 'for_each list has duplicates' };
  return (value as string[]).slice().sort(compareStrings).map((k) => [k, k]);
}

/** The diagnostic for a count or for_each Terraform rejects; the instance stays, as unknown. */
export function expansionDiagnostic(block: HclBlock, expansions: Expansion[]): Diagnostic | undefined {
  const error = expansions.find((e) => e.error !== undefined)?.error;
  if (error === undefined) return undefined;
  const attribute = block.body.attributes.for_each ?? block.body.attributes.count;
  const range = attribute?.range ?? { ...block.range, endLine: block.range.startLine };
  return { code: 'NORMALIZE_FAILED', level: 'warning', message: `${[block.type, ...block.labels].join('.')}: Terraform rejects this: ${error}; its instances are unknown`, range };
}

/** Checked before the instances are built (budget.ts); a scope without a budget is not limited here. */
function instancesFit(body: HclBody, scope: EvalScope, n: number, attribute: HclAttribute): boolean {
  return scope.budget?.instancesFit(body, scope.locals, n, `${n.toLocaleString('en-US')} instances`, attribute) ?? true;
}

/**
 * `count` → `[0]`…, `for_each` → `["key"]`… (keys in lexical order, as Terraform lists them);
 * an unknown count or key set gives one `[*]` instance with unknown `count.index` / `each`.
 */
export function expandInstances(body: HclBody, scope: EvalScope): Expansion[] {
  const { count, for_each: forEach } = body.attributes;
  if (count) {
    const n = evaluate(count.expr, scope);
    if (isUnknown(n)) return standIn('count', n.reason ?? '');
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) return standIn('count', 'invalid', `count must be a whole number, not ${typeof n === 'number' ? n : typeName(n)}`);
    if (!instancesFit(body, scope, n, count)) return standIn('count', 'over the instance budget');
    return Array.from({ length: n }, (_, i) => ({ suffix: `[${i}]`, bindings: { count: { index: i } } }));
  }
  if (forEach) {
    const value = evaluate(forEach.expr, scope);
    if (isUnknown(value)) return standIn('for_each', value.reason ?? '', undefined, value);
    const entries = forEachEntries(value);
    if (!Array.isArray(entries)) return standIn('for_each', 'invalid', entries.error);
    if (entries.some(([k]) => containsUnknown(k))) return standIn('for_each', 'a key is unknown');
    if (!instancesFit(body, scope, entries.length, forEach)) return standIn('for_each', 'over the instance budget');
    return entries.map(([key, v]) => ({ suffix: `[${JSON.stringify(key)}]`, bindings: { each: { key, value: v } } }));
  }
  return [{ suffix: '', bindings: {} }];
}
