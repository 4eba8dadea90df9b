import type { AttributePath, Diagnostic, SourceRange } from '../../model/index.js';
import { buildJsonIndex, rangeOf, spanAt, type JsonIndex } from '../common/json-index.js';
import { offsetToLineCol } from '../common/position-map.js';
import { readJson, withoutBom } from '../common/json-positions.js';
import type { HclBlock, HclBody, HclExpr, HclFile } from './hcl-types.js';
import { MAX_NESTING } from './limits.js';

/** Labels each top-level block type takes in Terraform's JSON syntax (0 when not listed). */
const LABELS: Record<string, number> = { resource: 2, data: 2, variable: 1, output: 1, provider: 1, module: 1 };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** Parses `"${…}"` strings as HCL templates; the result's ranges are replaced by the JSON string's. */
export type TemplateParser = (text: string) => HclExpr | undefined;

class JsonReader {
  /** Lines where a value went past MAX_NESTING (one diagnostic each). */
  readonly tooDeep = new Map<number, SourceRange>();

  constructor(
    readonly index: JsonIndex,
    readonly parseTemplate: TemplateParser | undefined,
  ) {}

  range(pointer: AttributePath, withKey = false): SourceRange {
    const span = spanAt(this.index, pointer) ?? (spanAt(this.index, []) as NonNullable<ReturnType<typeof spanAt>>);
    return rangeOf(this.index, withKey && span.keyStart !== undefined ? span.keyStart : span.valueStart, span.valueEnd);
  }

  expr(value: Json, pointer: AttributePath, depth = 0): HclExpr {
    const range = this.range(pointer);
    if (depth >= MAX_NESTING) {
      if (!this.tooDeep.has(range.startLine)) this.tooDeep.set(range.startLine, range);
      return { kind: 'other', nodeType: 'value_nested_too_deep', range, text: '' };
    }
    const text = JSON.stringify(value);
    if (Array.isArray(value)) return { kind: 'tuple', items: value.map((v, i) => this.expr(v, [...pointer, i], depth + 1)), range, text };
    if (value !== null && typeof value === 'object') {
      const items = Object.entries(value).map(([k, v]) => {
        const child = [...pointer, k];
        return { key: { kind: 'literal' as const, value: k, range: this.range(child, true), text: k }, value: this.expr(v, child, depth + 1), range: this.range(child, true) };
      });
      return { kind: 'object', items, range, text };
    }
    if (typeof value === 'string' && this.parseTemplate && /[$%]\{/.test(value)) {
      const parsed = this.parseTemplate(value);
      if (parsed) return { ...withRange(parsed, range), text: value };
    }
    return { kind: 'literal', value, range, text: typeof value === 'string' ? value : text };
  }

  body(value: Json, pointer: AttributePath): HclBody {
    const body: HclBody = { attributes: {}, blocks: [], range: this.range(pointer) };
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return body;
    for (const [name, v] of Object.entries(value)) {
      if (name === '//') continue; // a comment in Terraform's JSON syntax
      const child = [...pointer, name];
      // defineProperty: a plain assignment of `__proto__` would set the prototype and lose the attribute
      Object.defineProperty(body.attributes, name, { value: { name, expr: this.expr(v, child), range: this.range(child, true) }, enumerable: true, writable: true, configurable: true });
    }
    return body;
  }

  /** `{"resource": {"aws_s3_bucket": {"b": {...}}}}` → blocks; a body may also be a list of bodies. */
  blocks(type: string, value: Json, pointer: AttributePath, labels: string[], remaining: number): HclBlock[] {
    if (Array.isArray(value)) return value.flatMap((v, i) => this.blocks(type, v, [...pointer, i], labels, remaining));
    if (remaining > 0 && value !== null && typeof value === 'object') {
      return Object.entries(value).flatMap(([k, v]) => this.blocks(type, v, [...pointer, k], [...labels, k], remaining - 1));
    }
    return [{ type, labels, body: this.body(value, pointer), range: this.range(pointer, true) }];
  }
}

function withRange(expr: HclExpr, range: SourceRange): HclExpr {
  switch (expr.kind) {
    case 'template':
      return { ...expr, range, parts: expr.parts.map((p) => withRange(p, range)) };
    case 'traversal':
      return { ...expr, range, steps: expr.steps.map((s) => ('index' in s ? { index: withRange(s.index, range) } : s)) };
    case 'tuple':
      return { ...expr, range, items: expr.items.map((i) => withRange(i, range)) };
    case 'object':
      return { ...expr, range, items: expr.items.map((i) => ({ key: withRange(i.key, range), value: withRange(i.value, range), range })) };
    case 'call':
      return { ...expr, range, args: expr.args.map((a) => withRange(a, range)) };
    default:
      return { ...expr, range };
  }
}

function errorRange(path: string, text: string, offset: number): SourceRange {
  const { line, col } = offsetToLineCol(text, offset);
  return { path, startLine: line, startColumn: col, endLine: line, endColumn: col + 1 };
}

/**
 * `.tf.json` (blocks by label depth, string values are templates) or `.tfvars.json` (`vars`:
 * top-level attributes with literal values).
 */
export function readJsonFile(path: string, text: string, vars: boolean, parseTemplate?: TemplateParser): { value: HclFile; diagnostics: Diagnostic[] } {
  // The same reader as every other JSON source: JSON.parse's value (a `__proto__` key stays data)
  // and positions resolved on demand.
  const source = withoutBom(text);
  const read = readJson(source);
  if ('error' in read) {
    const range = errorRange(path, source, read.error.offset);
    const message = `syntax error: invalid JSON (${read.error.message})`;
    const empty: HclBody = { attributes: {}, blocks: [], range: { ...range, startLine: 1, startColumn: 1 } };
    return { value: { body: empty }, diagnostics: [{ code: 'PARSE_SYNTAX', level: 'error', message, range }] };
  }
  const reader = new JsonReader(buildJsonIndex(source, path, []), vars ? undefined : parseTemplate);
  const data = read.value as Json;
  if (vars) {
    const body = reader.body(data, []);
    return { value: { body }, diagnostics: tooDeepDiagnostics(reader) };
  }
  const body: HclBody = { attributes: {}, blocks: [], range: reader.range([]) };
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
    for (const [type, v] of Object.entries(data)) {
      if (type === '//') continue;
      body.blocks.push(...reader.blocks(type, v, [type], [], LABELS[type] ?? 0));
    }
  }
  return { value: { body }, diagnostics: tooDeepDiagnostics(reader) };
}

function tooDeepDiagnostics(reader: JsonReader): Diagnostic[] {
  const message = `a value nested more than ${MAX_NESTING} deep: what lies deeper is not read, and its value is unknown`;
  return [...reader.tooDeep.values()].map((range) => ({ code: 'LIMIT_EXCEEDED', level: 'warning', message, range }));
}
