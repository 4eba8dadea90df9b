import type { HclBody, HclExpr } from '../../parsers/terraform/index.js';
import { evaluate } from './eval/evaluate.js';
import { EMPTY_SCOPE } from './eval/scope.js';
import { containsUnknown } from './eval/values.js';

// Test support only: compares our HCL reading with HashiCorp's (through @cdktn/hcl2json).
//
// hcl2json's form: a body is one object; an attribute is `name: value`; a block is
// `type: {label: {label: [body, …]}}` (an array of bodies per type and labels, in order).
// Values are JSON for literals, tuples and objects; any other expression is its source text as
// a template (`"${var.x}"`), and a literal string is re-escaped (`$${`, `%%{`) so the two cannot
// be confused. HCL folds expressions that need no variables or functions (`!true`, `-1`,
// `"${"x"}"`) before it writes them.

/** Our view of a non-literal expression: its value in an empty scope, when that is known. */
export class OurExpr {
  constructor(
    readonly text: string,
    readonly folded: unknown,
  ) {}
}

export type Difference = { path: string; ours: string; theirs: string; kind: DifferenceKind };
export type DifferenceKind = 'structure' | 'literal' | 'expression-vs-literal' | 'literal-vs-expression';

/** Our parsed body in hcl2json's shape, with `OurExpr` where we keep an expression. */
export function bodyToOracleShape(body: HclBody): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, attr] of Object.entries(body.attributes)) out[name] = exprToOracleShape(attr.expr);
  for (const block of body.blocks) {
    let holder = out;
    let key = block.type;
    for (const label of block.labels) {
      const next = holder[key];
      holder[key] = isPlainObject(next) ? next : {};
      holder = holder[key] as Record<string, unknown>;
      key = label;
    }
    const list = Array.isArray(holder[key]) ? (holder[key] as unknown[]) : [];
    list.push(bodyToOracleShape(block.body));
    holder[key] = list;
  }
  return out;
}

function exprToOracleShape(expr: HclExpr): unknown {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'template':
      return expr.parts.every((p) => p.kind === 'literal' && typeof p.value === 'string') ? expr.parts.map((p) => (p.kind === 'literal' ? p.value : '')).join('') : ourExpr(expr);
    case 'tuple':
      return expr.items.map(exprToOracleShape);
    case 'object':
      return Object.fromEntries(expr.items.map((item) => [objectKey(item.key), exprToOracleShape(item.value)]));
    default:
      return ourExpr(expr);
  }
}

/** hcl2json writes a computed key `(k)` as `${(k)}`; a bare or quoted key as its string. */
function objectKey(key: HclExpr): string {
  if (key.kind === 'literal') return String(key.value);
  if (key.kind === 'traversal' && key.steps.length === 0) return key.root;
  if (key.kind === 'template' && key.parts.every((p) => p.kind === 'literal')) return key.parts.map((p) => (p.kind === 'literal' ? String(p.value) : '')).join('');
  return '<computed key>';
}

function ourExpr(expr: HclExpr): OurExpr {
  let folded: unknown;
  try {
    folded = evaluate(expr, EMPTY_SCOPE);
  } catch {
    folded = undefined; // the evaluator never throws on valid input; a throw is reported by the comparison
  }
  return new OurExpr(expr.text, folded === undefined || containsUnknown(folded) ? undefined : JSON.parse(JSON.stringify(folded)));
}

/** Unescaped `${` or `%{` in hcl2json's string: it wrote an expression, not a literal. */
export function isOracleExpression(value: string): boolean {
  return /(^|[^$])(\$\$)*\$\{/.test(value) || /(^|[^%])(%%)*%\{/.test(value);
}

/** hcl2json's literal string back to its value. */
export function unescapeOracleString(value: string): string {
  return value.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
}

/** hcl2json's value with its literal strings unescaped, to compare with a folded value of ours. */
function unescapeDeep(value: unknown): unknown {
  if (typeof value === 'string') return unescapeOracleString(value);
  if (Array.isArray(value)) return value.map(unescapeDeep);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [unescapeOracleString(k), unescapeDeep(v)]));
  return value;
}

export function compareWithOracle(ours: unknown, theirs: unknown, path: string, out: Difference[]): void {
  const differ = (kind: DifferenceKind) => out.push({ path, kind, ours: show(ours), theirs: show(theirs) });
  if (ours instanceof OurExpr) {
    if (typeof theirs === 'string' && isOracleExpression(theirs)) return;
    if (ours.folded !== undefined && JSON.stringify(ours.folded) === JSON.stringify(unescapeDeep(theirs))) return;
    return void differ('expression-vs-literal');
  }
  if (typeof ours === 'string') {
    if (typeof theirs !== 'string') return void differ('structure');
    if (isOracleExpression(theirs)) return void differ('literal-vs-expression');
    if (ours !== unescapeOracleString(theirs)) differ('literal');
    return;
  }
  if (Array.isArray(ours)) {
    if (!Array.isArray(theirs) || theirs.length !== ours.length) return void differ('structure');
    ours.forEach((item, i) => compareWithOracle(item, theirs[i], `${path}[${i}]`, out));
    return;
  }
  if (isPlainObject(ours)) {
    if (!isPlainObject(theirs)) return void differ('structure');
    const keys = new Set([...Object.keys(ours), ...Object.keys(theirs).map(oracleKey)]);
    for (const key of keys) {
      const theirKey = Object.keys(theirs).find((k) => oracleKey(k) === key);
      if (!(key in ours) || theirKey === undefined) out.push({ path: `${path}.${key}`, kind: 'structure', ours: key in ours ? 'present' : 'absent', theirs: theirKey === undefined ? 'absent' : 'present' });
      else compareWithOracle(ours[key], theirs[theirKey], `${path}.${key}`, out);
    }
    return;
  }
  if (ours !== theirs) differ('literal');
}

function oracleKey(key: string): string {
  return isOracleExpression(key) ? '<computed key>' : unescapeOracleString(key);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof OurExpr);
}

function show(value: unknown): string {
  const text = value instanceof OurExpr ? `expr ${value.text}` : JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
