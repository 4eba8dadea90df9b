import { createHash } from 'node:crypto';
import { parseAllDocuments } from 'yaml';
import { formatNumber } from '../convert.js';
import { containsUnknown, isRecord, unknown, type UnknownValue } from '../values.js';
import { str } from './args.js';
import { check, FunctionError, type FunctionSpec } from './spec.js';

/** Structured values behind `jsonencode` results that are unknown as strings (a policy with one unknown ARN). */
const STRUCTURE = new WeakMap<UnknownValue, unknown>();

/** The structure a `jsonencode` result was built from, when the string itself is unknown. */
export function jsonStructureOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? STRUCTURE.get(value as UnknownValue) : undefined;
}

/** Go's encoding/json as cty uses it: keys sorted, no spaces, `<`, `>` and `&` escaped. */
export function jsonEncode(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return escapeHtml(JSON.stringify(value));
  if (typeof value === 'number') return formatNumber(value);
  if (Array.isArray(value)) return `[${value.map(jsonEncode).join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${keys.map((k) => `${escapeHtml(JSON.stringify(k))}:${jsonEncode(value[k])}`).join(',')}}`;
  }
  throw new FunctionError('the value cannot be encoded');
}

function escapeHtml(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function jsonencode(value: unknown): unknown {
  if (!containsUnknown(value)) return jsonEncode(value);
  const result = unknown('jsonencode(): part of the value is unknown');
  STRUCTURE.set(result, value);
  return result;
}

function jsondecode(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new FunctionError('the string is not valid JSON');
  }
}

function yamldecode(text: string): unknown {
  const docs = parseAllDocuments(text, { schema: 'core', merge: true });
  check(Array.isArray(docs) && docs.length <= 1, 'only one YAML document is allowed');
  const [doc] = docs;
  if (doc === undefined) return null;
  check(doc.errors.length === 0, `invalid YAML: ${doc.errors[0]?.message ?? ''}`);
  return doc.toJS({ maxAliasCount: 1000 }) as unknown;
}

function base64decode(text: string): string {
  check(/^[A-Za-z0-9+/]*={0,2}$/.test(text) && text.length % 4 === 0, 'the string is not valid base64');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(text, 'base64'));
  } catch {
    throw new FunctionError('the decoded bytes are not valid UTF-8');
  }
}

const hash = (algorithm: string, encoding: 'hex' | 'base64'): FunctionSpec => ({
  arity: [1, 1],
  fn: ([s]) => createHash(algorithm).update(str(s), 'utf8').digest(encoding),
});

export const ENCODING_FUNCTIONS: Record<string, FunctionSpec> = {
  jsonencode: { arity: [1, 1], known: 'shallow', fn: ([v]) => jsonencode(v) },
  jsondecode: { arity: [1, 1], fn: ([s]) => jsondecode(str(s)) },
  yamldecode: { arity: [1, 1], fn: ([s]) => yamldecode(str(s)) },
  base64encode: { arity: [1, 1], fn: ([s]) => Buffer.from(str(s), 'utf8').toString('base64') },
  base64decode: { arity: [1, 1], fn: ([s]) => base64decode(str(s)) },
  urlencode: { arity: [1, 1], fn: ([s]) => encodeURIComponent(str(s)).replace(/%20/g, '+').replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`) },
  md5: hash('md5', 'hex'),
  sha1: hash('sha1', 'hex'),
  sha256: hash('sha256', 'hex'),
  sha512: hash('sha512', 'hex'),
  base64sha256: hash('sha256', 'base64'),
};
