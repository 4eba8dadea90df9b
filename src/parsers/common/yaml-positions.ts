import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type YAMLMap } from 'yaml';
import type { Diagnostic } from '../../model/diagnostic.js';
import { pathKey } from '../../model/resource.js';
import type { AttributePath, SourceRange } from '../../model/source.js';
import type { PositionMap } from './position-map.js';
import { AnchorIndex } from './yaml-anchors.js';

/**
 * Converts a tagged node itself, or returns undefined to let the walker treat it as untagged.
 * CloudFormation uses this to turn `!GetAtt A.B` into `{"Fn::GetAtt": ["A", "B"]}`.
 */
export type TagHandler = (node: Node, path: AttributePath, walker: YamlWalker) => unknown;

export interface YamlWalkOptions {
  filePath: string;
  lineCounter: LineCounter;
  doc: Document.Parsed;
  positions: PositionMap;
  diagnostics: Diagnostic[];
  onTag?: TagHandler;
  /** CloudFormation rejects anchors, aliases and `<<` merges: say so, then resolve them anyway. */
  reportAliases: boolean;
}

/** Expanding aliases past this many nodes is treated as an alias bomb (or a cycle) and stopped. */
const ALIAS_NODE_BUDGET = 100_000;

/**
 * Turns a yaml@2 node tree into plain JSON-like values and records pathKey(path) → range for
 * every value. Map entries are recorded from the key to the end of the value, so results land on
 * the attribute's line. Duplicate keys keep the last value and are reported at the later key.
 */
export class YamlWalker {
  private aliasDepth = 0;
  private aliasBudget = ALIAS_NODE_BUDGET;
  private reportedAlias = false;
  private anchorIndex?: AnchorIndex;

  constructor(private readonly options: YamlWalkOptions) {}

  /** The node an alias refers to (the index is built on the first alias: most files have none). */
  private target(node: unknown): unknown {
    if (!isAlias(node)) return node;
    this.anchorIndex ??= new AnchorIndex(this.options.doc);
    return this.anchorIndex.resolve(node);
  }

  /** Converts `node` found at `path`, recording its own range unless the caller already did. */
  walk(node: unknown, path: AttributePath, record = true): unknown {
    if (node === null || node === undefined) return null;
    if (record) this.record(path, node as Node);
    if (this.aliasDepth > 0 && --this.aliasBudget < 0) return this.aliasExhausted(node as Node);
    if (isAlias(node)) return this.walkAlias(node, path);
    const tagged = node as Node & { anchor?: string };
    if (tagged.anchor) this.reportAlias(tagged, 'anchor');
    if (tagged.tag && this.options.onTag) {
      const converted = this.options.onTag(tagged, path, this);
      if (converted !== undefined) return converted;
    }
    return this.walkUntagged(tagged, path);
  }

  /** Converts a node as if it had no tag (the content of a short-form intrinsic). */
  walkUntagged(node: Node, path: AttributePath): unknown {
    if (isMap(node)) return this.walkMap(node, path);
    if (isSeq(node)) return node.items.map((item, i) => this.walk(item, [...path, i]));
    if (isScalar(node)) return plainScalar(node.value, node.source);
    return null;
  }

  /** Records `path` at `node`'s range (used for values a tag handler synthesises). */
  record(path: AttributePath, node: Node, keyNode?: Node | null): void {
    const range = this.rangeOf(keyNode ?? node, node);
    if (range && !this.options.positions.has(pathKey(path))) this.options.positions.set(pathKey(path), range);
  }

  rangeOf(start: Node | null | undefined, end: Node | null | undefined): SourceRange | undefined {
    const from = start?.range;
    const to = end?.range ?? from;
    if (!from || !to) return undefined;
    const a = this.options.lineCounter.linePos(from[0]);
    const b = this.options.lineCounter.linePos(to[1]);
    return { path: this.options.filePath, startLine: a.line, startColumn: a.col, endLine: b.line, endColumn: b.col };
  }

  private walkAlias(node: Node, path: AttributePath): unknown {
    this.reportAlias(node, 'alias');
    const target = this.target(node);
    if (!target) return null;
    this.aliasDepth++;
    try {
      return this.walk(target, path, false);
    } finally {
      this.aliasDepth--;
    }
  }

  private walkMap(node: YAMLMap, path: AttributePath): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const seen = new Set<string>();
    const pairs = node.items.filter(isPair);
    const explicit = new Set(pairs.filter((p) => !isMergeKey(p.key)).map((p) => keyOf(p.key)));
    // Merges first: keys written in the map then overwrite both the value and its position.
    for (const pair of pairs) if (isMergeKey(pair.key)) this.merge(pair.value, path, explicit, out);
    for (const pair of pairs) {
      if (isMergeKey(pair.key)) continue;
      const key = keyOf(pair.key);
      const childPath = [...path, key];
      if (seen.has(key)) this.duplicate(key, pair.key as Node);
      seen.add(key);
      // A later duplicate must move the position too, so forget the earlier one first.
      this.options.positions.delete(pathKey(childPath));
      this.record(childPath, (pair.value as Node | null) ?? (pair.key as Node), pair.key as Node);
      setOwn(out, key, this.walk(pair.value, childPath, false));
    }
    return out;
  }

  /** YAML 1.1 `<<`: keys written in the map win, then earlier merge sources win over later ones. */
  private merge(value: unknown, path: AttributePath, explicit: Set<string>, out: Record<string, unknown>): void {
    this.reportAlias(value as Node, 'merge key');
    const resolved = this.target(value);
    const sources = isSeq(resolved) ? resolved.items : [resolved];
    for (const source of sources) {
      const map = this.target(source);
      if (!isMap(map)) continue;
      this.aliasDepth++;
      try {
        const merged = this.walkMap(map, path);
        for (const [k, v] of Object.entries(merged)) if (!explicit.has(k) && !Object.hasOwn(out, k)) setOwn(out, k, v);
      } finally {
        this.aliasDepth--;
      }
    }
  }

  private duplicate(key: string, keyNode: Node): void {
    const range = this.rangeOf(keyNode, keyNode);
    if (!range) return;
    // A warning, not an error: the file is read (last value wins), but kubectl and CloudFormation reject it.
    const message = `duplicate key "${key}"; the last value is used, but kubectl and CloudFormation reject such files`;
    this.options.diagnostics.push({ code: 'PARSE_DUPLICATE_KEY', level: 'warning', message, range });
  }

  private reportAlias(node: Node | null | undefined, what: string): void {
    if (!this.options.reportAliases || this.reportedAlias) return;
    const range = this.rangeOf(node, node);
    if (!range) return;
    // One diagnostic per document: a file full of aliases has one problem, not fifty.
    this.reportedAlias = true;
    const message = `YAML ${what} used; CloudFormation rejects anchors, aliases and merge keys (values were resolved for scanning)`;
    this.options.diagnostics.push({ code: 'PARSE_ALIAS', level: 'error', message, range });
  }

  private aliasExhausted(node: Node): null {
    if (this.aliasBudget === -1) {
      const range = this.rangeOf(node, node);
      const message = `aliases expand to more than ${ALIAS_NODE_BUDGET} nodes (alias bomb or cycle); expansion stopped`;
      if (range) this.options.diagnostics.push({ code: 'PARSE_ALIAS', level: 'error', message, range });
    }
    return null;
  }
}

function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false;
  if (typeof key.value === 'symbol') return key.value.description === '<<';
  return key.value === '<<' && (key.type === undefined || key.type === 'PLAIN');
}

/**
 * Keys keep the text written: `y:` or `on:` stay "y" and "on" (a YAML 1.1 loader would rename
 * them "true"), and `0x10:` stays "0x10". Quoted keys are their string value.
 */
export function keyOf(key: unknown): string {
  if (isScalar(key)) {
    if (typeof key.value === 'string') return key.value;
    if (key.source !== undefined) return key.source;
    return String(key.value);
  }
  return key === null || key === undefined ? '' : String(key);
}

/** Only JSON values leave the walker: `.inf` and `.nan` have no JSON form, so keep their text. */
function plainScalar(value: unknown, source: string | undefined): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' && !Number.isFinite(value)) return source ?? String(value);
  return value ?? null;
}

/**
 * Plain assignment of a key named `__proto__` would change the object's prototype and drop the
 * key, hiding its value from every check; a defined property keeps it as ordinary data.
 */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
