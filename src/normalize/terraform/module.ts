import { posix } from 'node:path';
import { isUnknown, unknownValue } from '../../model/index.js';
import type { ParsedDocument } from '../../model/index.js';
import type { HclBlock, HclExpr, HclFile } from '../../parsers/terraform/index.js';
import { containsUnknown, EMPTY_SCOPE, evaluate, type EvalScope } from './evaluate.js';

/** Trivy's bound: locals referencing locals settle within this many passes or stay unknown. */
const MAX_LOCAL_PASSES = 32;

/** One directory of `.tf` files: evaluated as a root module of its own (calls are not followed yet). */
export interface TerraformModule {
  /** Directory relative to the scan root, "." for the root. */
  scope: string;
  scopeValues: EvalScope;
  instances: ResourceInstance[];
}

/** One resource instance after count/for_each expansion. */
export interface ResourceInstance {
  /** `type.name`, `type.name[0]`, `type.name["key"]`, or `type.name[*]` for an unknown number of instances. */
  id: string;
  /** `type.name`: what references such as `aws_s3_bucket.b.id` name. */
  address: string;
  type: string;
  name: string;
  block: HclBlock;
  doc: ParsedDocument<HclFile>;
  scope: EvalScope;
}

const isTfvars = (path: string): boolean => /(^|\/)(terraform\.tfvars|[^/]*\.auto\.tfvars)(\.json)?$/.test(path);
const isConfig = (path: string): boolean => /\.tf(\.json)?$/.test(path);

function tfvarsOrder(a: string, b: string): number {
  // terraform.tfvars first, then *.auto.tfvars in lexical order; later files win
  const rank = (p: string): number => (/(^|\/)terraform\.tfvars(\.json)?$/.test(p) ? 0 : 1);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function variableValues(config: ParsedDocument<HclFile>[], tfvars: ParsedDocument<HclFile>[]): Map<string, unknown> {
  const vars = new Map<string, unknown>();
  for (const doc of config) {
    for (const block of doc.value.body.blocks) {
      if (block.type !== 'variable' || block.labels[0] === undefined) continue;
      const fallback = block.body.attributes.default;
      const name = block.labels[0];
      vars.set(name, fallback ? evaluate(fallback.expr, EMPTY_SCOPE) : unknownValue(`var.${name} has no value`));
    }
  }
  const ordered = [...tfvars].sort((a, b) => tfvarsOrder(a.file.path, b.file.path));
  for (const doc of ordered) {
    for (const [name, attribute] of Object.entries(doc.value.body.attributes)) {
      if (vars.has(name)) vars.set(name, evaluate(attribute.expr, EMPTY_SCOPE));
    }
  }
  return vars;
}

function localValues(config: ParsedDocument<HclFile>[], vars: Map<string, unknown>): Map<string, unknown> {
  const exprs = new Map<string, HclExpr>();
  for (const doc of config) {
    for (const block of doc.value.body.blocks) {
      if (block.type !== 'locals') continue;
      for (const [name, attribute] of Object.entries(block.body.attributes)) exprs.set(name, attribute.expr);
    }
  }
  let locals = new Map<string, unknown>();
  for (let pass = 0; pass < MAX_LOCAL_PASSES; pass++) {
    const scope: EvalScope = { vars, locals, bindings: {} };
    const next = new Map([...exprs].map(([name, expr]) => [name, evaluate(expr, scope)] as const));
    const settled = JSON.stringify([...next]) === JSON.stringify([...locals]);
    locals = next;
    if (settled) break;
  }
  return locals;
}

/** count → `[i]`, for_each → `["key"]`, unknown → one `[*]` instance standing for any number. */
function expand(block: HclBlock, scope: EvalScope): { suffix: string; bindings: Record<string, unknown> }[] {
  const { count, for_each: forEach } = block.body.attributes;
  if (count) {
    const n = evaluate(count.expr, scope);
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) return [{ suffix: '[*]', bindings: { count: { index: unknownValue('count is unknown') } } }];
    return Array.from({ length: n }, (_, i) => ({ suffix: `[${i}]`, bindings: { count: { index: i } } }));
  }
  if (forEach) {
    const value = evaluate(forEach.expr, scope);
    const unknownEach = { each: { key: unknownValue('for_each is unknown'), value: unknownValue('for_each is unknown') } };
    if (isUnknown(value) || value === null || typeof value !== 'object') return [{ suffix: '[*]', bindings: unknownEach }];
    const entries: [string, unknown][] = Array.isArray(value) ? value.map((v) => [v as string, v]) : Object.entries(value);
    if (entries.some(([k]) => typeof k !== 'string' || containsUnknown(k))) return [{ suffix: '[*]', bindings: unknownEach }];
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return entries.map(([key, v]) => ({ suffix: `[${JSON.stringify(key)}]`, bindings: { each: { key, value: v } } }));
  }
  return [{ suffix: '', bindings: {} }];
}

function buildModule(scope: string, docs: ParsedDocument<HclFile>[]): TerraformModule {
  const config = docs.filter((d) => isConfig(d.file.path));
  const vars = variableValues(config, docs.filter((d) => isTfvars(d.file.path)));
  const scopeValues: EvalScope = { vars, locals: localValues(config, vars), bindings: {} };
  const instances: ResourceInstance[] = [];
  for (const doc of config) {
    for (const block of doc.value.body.blocks) {
      const [type, name] = block.labels;
      if (block.type !== 'resource' || type === undefined || name === undefined) continue;
      for (const { suffix, bindings } of expand(block, scopeValues)) {
        const address = `${type}.${name}`;
        instances.push({ id: address + suffix, address, type, name, block, doc, scope: { ...scopeValues, bindings } });
      }
    }
  }
  return { scope, scopeValues, instances };
}

/** Groups documents by directory; each directory holding `.tf` files is one module and scope. */
export function loadModules(docs: ParsedDocument<HclFile>[]): TerraformModule[] {
  const byDir = new Map<string, ParsedDocument<HclFile>[]>();
  for (const doc of docs) {
    const dir = posix.dirname(doc.file.path);
    byDir.set(dir, [...(byDir.get(dir) ?? []), doc]);
  }
  const dirs = [...byDir.keys()].filter((dir) => byDir.get(dir)?.some((d) => isConfig(d.file.path))).sort();
  return dirs.map((dir) => buildModule(dir, byDir.get(dir) ?? []));
}
