import { pathKey } from '../../model/resource.js';
import type { AttributePath } from '../../model/source.js';
import { isUnknown, unknownValue, type UnknownValue } from '../../model/unknown.js';
import { asRecord } from './convert.js';
import { isPrimitive } from './functions.js';
import { resolveValue, type TemplateContext } from './resolve.js';

const LOOP_PREFIX = 'Fn::ForEach::';
/** The sections where CloudFormation accepts `Fn::ForEach` (resource properties included). */
const LOOP_SECTIONS = ['Conditions', 'Resources', 'Outputs'];
/** A guard against a template that would generate an absurd number of entries. */
const MAX_GENERATED = 10_000;

/** Identifier → the collection item it stands for (unknown when the collection is). */
type Bindings = ReadonlyMap<string, string | UnknownValue>;

/** One key a loop generated: where it is in the expanded template, and which fragment wrote it. */
export interface LoopOrigin {
  at: AttributePath;
  from: AttributePath;
  bindings: Bindings;
}

export interface LoopProblem {
  message: string;
  /** The loop's key in the template, where the diagnostic points. */
  at: AttributePath;
}

export interface Expansion {
  value: Record<string, unknown>;
  origins: LoopOrigin[];
  problems: LoopProblem[];
}

/**
 * Expands every `Fn::ForEach::Name: [Identifier, Collection, {OutputKey: OutputValue}]`
 * (AWS::LanguageExtensions) as the transform does: one copy of the fragment per item, with
 * `${Identifier}` and `&{Identifier}` (non-alphanumerics dropped) substituted in keys and
 * strings, and `Ref: Identifier` replaced by the item. A collection the scan cannot know
 * gives one copy, its key as written and every identifier-derived value unknown.
 */
export function expandForEach(template: Record<string, unknown>, ctx: TemplateContext): Expansion {
  const expander = new Expander(ctx);
  const value: Record<string, unknown> = { ...template };
  for (const section of LOOP_SECTIONS) {
    if (section in template && containsLoop(template[section])) {
      value[section] = expander.node(template[section], [section], [section], new Map());
    }
  }
  return { value, origins: expander.origins, problems: expander.problems };
}

export function containsLoop(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(containsLoop);
  const record = asRecord(value);
  if (!record) return false;
  return Object.entries(record).some(([key, item]) => key.startsWith(LOOP_PREFIX) || containsLoop(item));
}

class Expander {
  readonly origins: LoopOrigin[] = [];
  readonly problems: LoopProblem[] = [];
  private generated = 0;

  constructor(private readonly ctx: TemplateContext) {}

  /** `value` at `templatePath` in the template, written at `path` in the expansion. */
  node(value: unknown, path: AttributePath, templatePath: AttributePath, bindings: Bindings): unknown {
    if (typeof value === 'string') return substituteString(value, bindings);
    if (Array.isArray(value)) return value.map((item, i) => this.node(item, [...path, i], [...templatePath, i], bindings));
    const record = asRecord(value);
    if (!record) return value;
    const ref = identifierRef(record, bindings);
    if (ref !== undefined) return ref;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(record)) {
      if (key.startsWith(LOOP_PREFIX)) this.loop(key, item, out, path, [...templatePath, key], bindings);
      else this.put(out, substituteKey(key, bindings), this.node(item, [...path, substituteKey(key, bindings)], [...templatePath, key], bindings), path, templatePath);
    }
    return out;
  }

  private loop(name: string, args: unknown, out: Record<string, unknown>, path: AttributePath, loopPath: AttributePath, bindings: Bindings): void {
    const fragment = Array.isArray(args) ? asRecord(args[2]) : undefined;
    if (!Array.isArray(args) || args.length !== 3 || typeof args[0] !== 'string' || !fragment) {
      this.problems.push({ at: loopPath, message: `${name} is malformed (expected [Identifier, Collection, {OutputKey: OutputValue}]); not expanded` });
      return;
    }
    const identifier = args[0];
    for (const item of this.collection(name, args[1], loopPath, bindings)) {
      const inner = new Map(bindings).set(identifier, item);
      for (const [outputKey, outputValue] of Object.entries(fragment)) {
        const fragmentPath = [...loopPath, 2, outputKey];
        if (outputKey.startsWith(LOOP_PREFIX)) {
          this.loop(outputKey, outputValue, out, path, fragmentPath, inner);
          continue;
        }
        const key = isUnknown(item) ? outputKey : substituteKey(outputKey, inner);
        if (++this.generated > MAX_GENERATED) {
          this.problems.push({ at: loopPath, message: `${name} generates more than ${MAX_GENERATED} entries; the rest are not scanned` });
          return;
        }
        const at = [...path, key];
        this.origins.push({ at, from: fragmentPath, bindings: inner });
        this.put(out, key, this.node(outputValue, at, fragmentPath, inner), path, loopPath);
      }
    }
  }

  /** The loop's items; one unknown item when the collection cannot be known. */
  private collection(name: string, written: unknown, loopPath: AttributePath, bindings: Bindings): (string | UnknownValue)[] {
    const resolved = resolveValue(this.node(written, [], [], bindings), this.ctx);
    if (Array.isArray(resolved) && resolved.every(isPrimitive)) return resolved.map(String);
    const reason = isUnknown(resolved) && resolved.reason ? resolved.reason : 'not a list of strings';
    this.problems.push({
      at: loopPath,
      message: `${name}: the collection is not known (${reason}); one copy of its fragment is scanned with the values that depend on it unknown`,
    });
    return [unknownValue(`the collection of ${name} is not known`)];
  }

  private put(out: Record<string, unknown>, key: string, value: unknown, path: AttributePath, at: AttributePath): void {
    if (key in out) {
      this.problems.push({ at, message: `${[...path, key].join('.')} is generated twice; CloudFormation rejects the template; the first is scanned` });
      return;
    }
    out[key] = value;
  }
}

/** `{Ref: Identifier}` → the item; undefined for any other map. */
function identifierRef(record: Record<string, unknown>, bindings: Bindings): unknown {
  const keys = Object.keys(record);
  if (keys.length !== 1 || keys[0] !== 'Ref' || typeof record.Ref !== 'string') return undefined;
  return bindings.get(record.Ref);
}

/** A name holds neither brace, so a `${` that never closes costs one scan to the next brace, not to the end. */
const PLACEHOLDER = /([$&])\{([^{}]*)\}/g;

/** `${Id}` → the item, `&{Id}` → the item without its non-alphanumeric characters. */
export function substituteKey(key: string, bindings: Bindings): string {
  if (bindings.size === 0) return key;
  return key.replace(PLACEHOLDER, (whole, sigil: string, name: string) => {
    const item = bindings.get(name);
    if (typeof item !== 'string') return whole;
    return sigil === '&' ? item.replace(/[^A-Za-z0-9]/g, '') : item;
  });
}

/** A string with a placeholder of an unknown item is itself unknown. */
function substituteString(text: string, bindings: Bindings): unknown {
  if (bindings.size === 0) return text;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const item = bindings.get(match[2]);
    if (isUnknown(item)) return item;
  }
  return substituteKey(text, bindings);
}

/**
 * Maps a path of the expanded template back to the template as written: through the fragment
 * of the innermost loop that generated it, matching keys whose placeholders were substituted.
 */
export function writtenPath(path: AttributePath, origins: OriginIndex, template: unknown): AttributePath {
  const best = origins.longestPrefix(path);
  if (!best) return path;
  const out = [...best.from];
  let current = valueAt(template, best.from);
  for (const [i, segment] of path.slice(best.at.length).entries()) {
    const record = asRecord(current);
    const key = Array.isArray(current) ? segment
      : record && (segment in record ? segment : Object.keys(record).find((k) => substituteKey(k, best.bindings) === segment));
    if (key === undefined || (!record && !Array.isArray(current))) return [...out, ...path.slice(best.at.length + i)];
    out.push(key);
    current = (current as Record<string | number, unknown>)[key];
  }
  return out;
}

/**
 * The origins by their path, so finding the one a path lies under is a few map lookups (one per
 * distinct origin depth), not a scan of every origin: `locate` runs for every attribute of every
 * resource, and 10,000 generated resources × 10,000 origins took seconds.
 */
export class OriginIndex {
  private readonly byPath = new Map<string, LoopOrigin>();
  private readonly lengths: number[];

  constructor(origins: readonly LoopOrigin[]) {
    // The first origin written at a path wins, as the linear scan it replaces chose.
    for (const origin of origins) if (!this.byPath.has(pathKey(origin.at))) this.byPath.set(pathKey(origin.at), origin);
    this.lengths = [...new Set(origins.map((o) => o.at.length))].sort((a, b) => b - a);
  }

  /** The origin with the longest `at` that is a prefix of `path`. */
  longestPrefix(path: AttributePath): LoopOrigin | undefined {
    for (const length of this.lengths) {
      if (length > path.length) continue;
      const found = this.byPath.get(pathKey(length === path.length ? path : path.slice(0, length)));
      if (found) return found;
    }
    return undefined;
  }
}

function valueAt(root: unknown, path: AttributePath): unknown {
  let current = root;
  for (const segment of path) current = current !== null && typeof current === 'object' ? (current as Record<string | number, unknown>)[segment] : undefined;
  return current;
}
