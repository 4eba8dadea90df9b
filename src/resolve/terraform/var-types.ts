import type { HclExpr } from '../../parsers/terraform/index.js';
import { asBool, asNumber, asString } from './eval/convert.js';
import { evaluate } from './eval/evaluate.js';
import { EMPTY_SCOPE } from './eval/scope.js';
import { compareStrings, equal, failure, isRecord, isUnknown, markSet, sensitive, typeName, unknown, unmark } from './eval/values.js';

interface ObjectAttr {
  type: VarType;
  optional: boolean;
  default?: unknown;
}

/** A variable's `type` constraint. */
export type VarType =
  | { kind: 'any' | 'string' | 'number' | 'bool' }
  | { kind: 'list' | 'set' | 'map'; element: VarType }
  | { kind: 'object'; attrs: Record<string, ObjectAttr> }
  | { kind: 'tuple'; items: VarType[] };

const ANY: VarType = { kind: 'any' };

function objectType(expr: HclExpr | undefined): VarType {
  if (expr?.kind !== 'object') return ANY;
  const attrs: Record<string, ObjectAttr> = {};
  for (const item of expr.items) {
    if (item.key.kind !== 'literal') return ANY;
    const value = item.value;
    const optional = value.kind === 'call' && value.name === 'optional';
    const type = parseType(optional ? value.args[0] : value);
    const fallback = optional && value.args[1] !== undefined ? evaluate(value.args[1], EMPTY_SCOPE) : undefined;
    attrs[String(item.key.value)] = { type, optional, ...(fallback === undefined ? {} : { default: fallback }) };
  }
  return { kind: 'object', attrs };
}

/** Reads a type expression (`list(object({a = optional(string, "x")}))`); anything unrecognised is `any`. */
export function parseType(expr: HclExpr | undefined): VarType {
  if (expr === undefined) return ANY;
  if (expr.kind === 'traversal' && expr.steps.length === 0) {
    const kind = expr.root;
    return kind === 'string' || kind === 'number' || kind === 'bool' ? { kind } : ANY;
  }
  if (expr.kind !== 'call') return ANY;
  const [arg] = expr.args;
  switch (expr.name) {
    case 'list':
    case 'set':
    case 'map':
      return { kind: expr.name, element: parseType(arg) };
    case 'object':
      return objectType(arg);
    case 'tuple':
      return arg?.kind === 'tuple' ? { kind: 'tuple', items: arg.items.map(parseType) } : ANY;
    default:
      return ANY;
  }
}

function convertObject(value: unknown, attrs: Record<string, ObjectAttr>, what: string): unknown {
  if (!isRecord(value)) return failure(`${what}: a ${typeName(value)} is not an object`);
  const out: Record<string, unknown> = {};
  for (const [name, attr] of Object.entries(attrs)) {
    const given = Object.hasOwn(value, name) ? value[name] : undefined;
    if (given === undefined && !attr.optional) return failure(`${what}: attribute "${name}" is required`);
    // optional(T, default): the default replaces an absent or null attribute, converted to T
    const effective = given === undefined || given === null ? (attr.default ?? null) : given;
    out[name] = convertTo(effective, attr.type, `${what}.${name}`);
  }
  return out;
}

function convertSet(items: unknown[], element: VarType, what: string): unknown {
  const converted = items.map((v, i) => convertTo(v, element, `${what}[${i}]`));
  if (converted.some(isUnknown)) return converted.find(isUnknown);
  const distinct = converted.filter((v, i) => converted.findIndex((o) => equal(o, v)) === i);
  const primitive = distinct.every((v) => ['string', 'number', 'bool'].includes(typeName(v)));
  if (!primitive) return unknown(`${what}: the order of a set of collections is not predictable`);
  return markSet(distinct.sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : compareStrings(String(a), String(b)))));
}

function convertCollection(value: unknown, type: Extract<VarType, { element: VarType }>, what: string): unknown {
  if (type.kind === 'map') {
    if (!isRecord(value)) return failure(`${what}: a ${typeName(value)} is not a map`);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convertTo(v, type.element, `${what}["${k}"]`)]));
  }
  if (!Array.isArray(value)) return failure(`${what}: a ${typeName(value)} is not a ${type.kind}`);
  return type.kind === 'set' ? convertSet(value, type.element, what) : value.map((v, i) => convertTo(v, type.element, `${what}[${i}]`));
}

/** Terraform's conversion of a variable value to its type; a value that does not convert is an error. */
export function convertTo(input: unknown, type: VarType, what: string): unknown {
  const { value, sensitive: marked } = unmark(input);
  let out: unknown;
  if (value === null || isUnknown(value) || type.kind === 'any') out = value;
  else if (type.kind === 'string') out = asString(value, what);
  else if (type.kind === 'number') out = asNumber(value, what);
  else if (type.kind === 'bool') out = asBool(value, what);
  else if (type.kind === 'object') out = convertObject(value, type.attrs, what);
  else if (type.kind === 'tuple') {
    const items = type.items;
    out = Array.isArray(value) && value.length === items.length ? value.map((v, i) => convertTo(v, items[i], `${what}[${i}]`)) : failure(`${what}: not a tuple of ${items.length}`);
  } else if (type.kind === 'list' || type.kind === 'set' || type.kind === 'map') out = convertCollection(value, type, what);
  return marked ? sensitive(out) : out;
}

/** Whether a `-var` / `TF_VAR_` string is read as HCL (collection types) or taken as a string. */
export function isComplex(type: VarType): boolean {
  return !['any', 'string', 'number', 'bool'].includes(type.kind);
}
