import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, type Alias, type Document, type LineCounter, type Node, type YAMLMap } from 'yaml';
import type { Diagnostic } from '../../model/diagnostic.js';
import { MAX_DEPTH_DIAGNOSTICS, MAX_NESTING_DEPTH, tooDeepDiagnostic, tooDeepValue } from '../../model/limits.js';
import { unknownValue } from '../../model/unknown.js';
import { pathKey } from '../../model/resource.js';
import type { AttributePath, SourceRange } from '../../model/source.js';
import { anchorTargets } from './yaml-anchors.js';
import type { SpanTableBuilder } from './position-map.js';
import { COMPOSER_TOO_DEEP } from './yaml-diagnostics.js';

/**
 * Converts a tagged node itself, or returns undefined to let the walker treat it as untagged.
 * CloudFormation uses this to turn `!GetAtt A.B` into `{"Fn::GetAtt": ["A", "B"]}`.
 */
export type TagHandler = (node: Node, path: AttributePath, walker: YamlWalker) => unknown;

export interface YamlWalkOptions {
  filePath: string;
  lineCounter: LineCounter;
  doc: Document.Parsed;
  /** Where each value is written (a SpanTableBuilder; a Map does as well). */
  positions: SpanTableBuilder;
  diagnostics: Diagnostic[];
  onTag?: TagHandler;
  /** CloudFormation rejects anchors, aliases and `<<` merges: say so, then resolve them anyway. */
  reportAliases: boolean;
}

/**
 * Expanding aliases and merge keys past this many nodes (or merged keys) is treated as an alias
 * bomb (or a cycle) and stopped: a chain of `<<` merges, each merging the previous map twice,
 * doubles the work at every step, and yaml's own `maxAliasCount` does not count merges.
 */
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
  /** Collections entered on the way to the node being walked (the document root is depth 1). */
  private depth = 0;
  private depthCuts = 0;
  private reportedExhaustion = false;
  private targets: Map<Alias, Node> | undefined;

  constructor(private readonly options: YamlWalkOptions) {}

  /** Converts `node` found at `path`, recording its own range unless the caller already did. */
  walk(node: unknown, path: AttributePath, record = true): unknown {
    if (node === null || node === undefined) return null;
    // Inside an alias or merge the value is written elsewhere, once: its positions are not recorded
    // per use (each would cost a key of the whole path, and a bomb is 100,000 uses); a finding there
    // points at the alias or merge key that brought the value in.
    if (record && this.aliasDepth === 0) this.record(path, node as Node);
    if (this.aliasDepth > 0 && --this.aliasBudget < 0) return this.aliasExhausted(node as Node);
    if (isAlias(node)) return this.walkAlias(node, path);
    if (isCollection(node) && this.depth >= MAX_NESTING_DEPTH) return this.tooDeep(node);
    this.depth++;
    try {
      return this.walkNode(node as Node & { anchor?: string }, path);
    } finally {
      this.depth--;
    }
  }

  private walkNode(tagged: Node & { anchor?: string }, path: AttributePath): unknown {
    if (tagged.anchor) this.reportAlias(tagged, 'anchor');
    if (tagged.tag && this.options.onTag) {
      const converted = this.options.onTag(tagged, path, this);
      if (converted !== undefined) return converted;
    }
    return this.walkUntagged(tagged, path);
  }

  /**
   * The content of a tagged collection that its tag handler wraps in a map of its own
   * (`!Join [...]` → `{"Fn::Join": [...]}`): one level deeper in the value than in the file, so
   * it counts against MAX_NESTING_DEPTH as such.
   */
  walkWrapped(node: Node, path: AttributePath): unknown {
    if (this.depth >= MAX_NESTING_DEPTH) return this.tooDeep(node);
    this.depth++;
    try {
      return this.walkUntagged(node, path);
    } finally {
      this.depth--;
    }
  }

  /** Converts a node as if it had no tag (the content of a short-form intrinsic). */
  walkUntagged(node: Node, path: AttributePath): unknown {
    if (isMap(node)) return this.walkMap(node, path);
    if (isSeq(node)) {
      // the items' ranges in one block under the sequence's key, not one key per item
      if (this.aliasDepth === 0) this.options.positions.setItems(pathKey(path), node.items.map((item) => this.rangeOf(item as Node, item as Node)));
      return node.items.map((item, i) => this.walk(item, [...path, i], false));
    }
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
    const target = isAlias(node) ? this.resolve(node) : undefined;
    if (!target) return null;
    this.aliasDepth++;
    try {
      return this.walk(target, path, false);
    } finally {
      this.aliasDepth--;
    }
  }

  /** The node an alias refers to (undefined for an undefined anchor, which yaml reports). */
  private resolve(alias: Alias): Node | undefined {
    this.targets ??= anchorTargets(this.options.doc);
    return this.targets.get(alias);
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
      if (this.aliasDepth === 0) {
        // A later duplicate must move the position too, so forget the earlier one first.
        this.options.positions.delete(pathKey(childPath));
        this.record(childPath, (pair.value as Node | null) ?? (pair.key as Node), pair.key as Node);
      }
      setOwn(out, key, this.walk(pair.value, childPath, false));
    }
    return out;
  }

  /** YAML 1.1 `<<`: keys written in the map win, then earlier merge sources win over later ones. */
  private merge(value: unknown, path: AttributePath, explicit: Set<string>, out: Record<string, unknown>): void {
    this.reportAlias(value as Node, 'merge key');
    const resolved = isAlias(value) ? this.resolve(value) : value;
    const sources = isSeq(resolved) ? resolved.items : [resolved];
    for (const source of sources) {
      const map = isAlias(source) ? this.resolve(source) : source;
      if (!isMap(map)) continue;
      // Every merge source costs the budget, and so does every key it copies: a chain of maps
      // that only merge (no keys of their own) would otherwise expand exponentially uncounted.
      if (--this.aliasBudget < 0) {
        this.aliasExhausted(map);
        return;
      }
      this.aliasDepth++;
      try {
        const merged = this.walkMap(map, path);
        const keys = Object.keys(merged);
        this.aliasBudget -= keys.length;
        for (const k of keys) if (!explicit.has(k) && !Object.hasOwn(out, k)) setOwn(out, k, merged[k]);
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

  /**
   * Past the budget every alias and merge is unknown (not null: unknown is not false), and the
   * document is incomplete: one LIMIT_EXCEEDED diagnostic, at the node where the budget ran out.
   */
  private aliasExhausted(node: Node) {
    if (!this.reportedExhaustion) {
      this.reportedExhaustion = true;
      const range = this.rangeOf(node, node);
      const message = `aliases and merge keys expand to more than ${ALIAS_NODE_BUDGET} nodes (alias bomb or cycle); expansion stopped, what they hold is unknown`;
      if (range) this.options.diagnostics.push({ code: 'LIMIT_EXCEEDED', level: 'error', message, range });
    }
    return unknownValue('YAML alias expansion budget exhausted');
  }

  /** A collection nested deeper than MAX_NESTING_DEPTH: unknown, with a diagnostic where it starts. */
  private tooDeep(node: Node) {
    const range = this.rangeOf(node, node);
    if (range) this.dropOverflowsWithin(range);
    if (this.depthCuts++ < MAX_DEPTH_DIAGNOSTICS && range) this.options.diagnostics.push(tooDeepDiagnostic(range));
    return tooDeepValue();
  }

  /** yaml's own overflow inside a value cut here is the same problem, reported once (here). */
  private dropOverflowsWithin(range: SourceRange): void {
    const { diagnostics } = this.options;
    const within = (d: Diagnostic) => d.message === COMPOSER_TOO_DEEP && !before(d.range, range.startLine, range.startColumn) && before(d.range, range.endLine, range.endColumn);
    for (let i = diagnostics.length - 1; i >= 0; i--) if (within(diagnostics[i])) diagnostics.splice(i, 1);
  }
}

/** True when `range` starts before line:column. */
function before(range: SourceRange, line: number, column: number): boolean {
  return range.startLine < line || (range.startLine === line && range.startColumn < column);
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
