import type { HclBody } from '../../parsers/terraform/index.js';
import { evaluate } from './eval/evaluate.js';
import type { EvalScope } from './eval/scope.js';
import { compareStrings, containsUnknown, isRecord, isSensitive, isSet, isUnknown, unknown } from './eval/values.js';

/** One instance of a block with `count` / `for_each`: its address suffix and what it binds. */
export interface Expansion {
  suffix: string;
  bindings: Record<string, unknown>;
  /** The number or key set is unknown: this one instance stands for all of them. */
  unknownCount?: boolean;
}

function standIn(what: string, reason: string): Expansion[] {
  const u = unknown(`${what} is unknown: ${reason}`);
  return [{ suffix: '[*]', bindings: what === 'count' ? { count: { index: u } } : { each: { key: u, value: u } }, unknownCount: true }];
}

function forEachEntries(value: unknown): [string, unknown][] | string {
  if (isSensitive(value)) return 'for_each cannot use a sensitive value';
  if (isRecord(value)) return Object.keys(value).sort(compareStrings).map((k) => [k, value[k]]);
  if (!Array.isArray(value)) return `for_each needs a map or a set of strings, not ${value === null ? 'null' : typeof value}`;
  // a list is an error in Terraform unless it is a set; tolerated, since its keys are the same
  if (!isSet(value) && new Set(value).size !== value.length) return 'for_each list has duplicates';
  if (value.some((v) => typeof v !== 'string')) return 'for_each set must hold strings';
  return (value as string[]).slice().sort(compareStrings).map((k) => [k, k]);
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
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) return standIn('count', `${JSON.stringify(n)} is not a whole number`);
    return Array.from({ length: n }, (_, i) => ({ suffix: `[${i}]`, bindings: { count: { index: i } } }));
  }
  if (forEach) {
    const value = evaluate(forEach.expr, scope);
    if (isUnknown(value)) return standIn('for_each', value.reason ?? '');
    const entries = forEachEntries(value);
    if (typeof entries === 'string') return standIn('for_each', entries);
    if (entries.some(([k]) => containsUnknown(k))) return standIn('for_each', 'a key is unknown');
    return entries.map(([key, v]) => ({ suffix: `[${JSON.stringify(key)}]`, bindings: { each: { key, value: v } } }));
  }
  return [{ suffix: '', bindings: {} }];
}
