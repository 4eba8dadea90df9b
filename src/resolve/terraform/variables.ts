import type { ParsedDocument } from '../../model/index.js';
import { parseExpressionText, type HclExpr, type HclFile } from '../../parsers/terraform/index.js';
import { evaluate } from './eval/evaluate.js';
import { EMPTY_SCOPE, type EvalScope } from './eval/scope.js';
import { failure, sensitive, unknown } from './eval/values.js';
import { convertTo, isComplex, parseType, type VarType } from './var-types.js';

/** Values for root-module variables from outside the configuration (CLI flags, environment). */
export interface TerraformOptions {
  /**
   * `-var-file` paths (absolute, or relative to the scan root), applied in order. The gate reads
   * them at the read stage, through the repository boundary, into `varFileDocuments`.
   */
  varFiles?: string[];
  /** The `varFiles` as read and parsed (in the same order): the resolver reads no file itself. */
  varFileDocuments?: ParsedDocument<HclFile>[];
  /** `-var name=value` values, applied after the var files. */
  vars?: Record<string, string>;
  /** The environment, for `TF_VAR_<name>`; defaults to none (pass `process.env` to use it). */
  env?: Record<string, string | undefined>;
  /** Leave out resources of modules from remote sources (and the modules they call): third-party code. */
  skipExternalModules?: boolean;
  /** Called once per scan with the number of resource instances left out by `skipExternalModules`. */
  onExternalSkipped?: (count: number) => void;
}

export interface VariableDecl {
  name: string;
  type: VarType;
  default?: HclExpr;
  sensitive: boolean;
  nullable: boolean;
}

export function declaredVariables(config: ParsedDocument<HclFile>[]): Map<string, VariableDecl> {
  const out = new Map<string, VariableDecl>();
  for (const doc of config) {
    for (const block of doc.value.body.blocks) {
      const name = block.labels[0];
      if (block.type !== 'variable' || name === undefined) continue;
      const attrs = block.body.attributes;
      const flag = (attr: string, fallback: boolean): boolean => {
        const value = attrs[attr] ? evaluate(attrs[attr].expr, EMPTY_SCOPE) : fallback;
        return typeof value === 'boolean' ? value : fallback;
      };
      out.set(name, { name, type: parseType(attrs.type?.expr), default: attrs.default?.expr, sensitive: flag('sensitive', false), nullable: flag('nullable', true) });
    }
  }
  return out;
}

/**
 * The final value of each variable: the given value or the default, converted to the type.
 * `scope` carries the root module's budget (defaults see nothing else).
 */
export function bindVariables(decls: Map<string, VariableDecl>, given: ReadonlyMap<string, unknown>, whoGives: string, scope: EvalScope = EMPTY_SCOPE): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const decl of decls.values()) out.set(decl.name, bindVariable(decl, given.has(decl.name), () => given.get(decl.name), whoGives, scope));
  return out;
}

/** One variable's final value: the given one (`value()`, when `isGiven`) or the default, converted to its type. */
export function bindVariable(decl: VariableDecl, isGiven: boolean, value: () => unknown, whoGives: string, scope: EvalScope = EMPTY_SCOPE): unknown {
  const fallback = decl.default ? evaluate(decl.default, scope) : undefined;
  let bound = isGiven ? value() : fallback;
  if (bound === null && !decl.nullable) bound = fallback;
  if (bound === undefined) bound = unknown(`var.${decl.name} has no value${whoGives}`);
  const converted = convertTo(bound, decl.type, `var.${decl.name}`);
  return decl.sensitive ? sensitive(converted) : converted;
}

const isAutoVars = (path: string): boolean => /(^|\/)(terraform\.tfvars|[^/]*\.auto\.tfvars)(\.json)?$/.test(path);

/** terraform.tfvars, terraform.tfvars.json, then *.auto.tfvars(.json) in lexical order: later wins. */
function autoVarsOrder(a: string, b: string): number {
  const rank = (p: string): number => (/(^|\/)terraform\.tfvars$/.test(p) ? 0 : /(^|\/)terraform\.tfvars\.json$/.test(p) ? 1 : 2);
  const name = (p: string): string => p.slice(p.lastIndexOf('/') + 1);
  return rank(a) - rank(b) || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0);
}

/** A CLI or environment string: HCL for collection types, else the string itself (converted later). */
function fromText(text: string, decl: VariableDecl, origin: string): unknown {
  if (!isComplex(decl.type)) return text;
  const expr = parseExpressionText(text, origin);
  return expr ? evaluate(expr, EMPTY_SCOPE) : failure(`${origin}: the value of var.${decl.name} is not valid HCL`);
}

/**
 * Root-module variable values in Terraform's precedence, lowest first: `TF_VAR_*`, then
 * terraform.tfvars(.json), then *.auto.tfvars(.json) lexically, then var files, then `-var`s.
 */
export function rootVariableInputs(
  decls: Map<string, VariableDecl>,
  varDocs: ParsedDocument<HclFile>[],
  varFiles: ParsedDocument<HclFile>[],
  options: TerraformOptions,
  /** Carries the root module's budget; values see nothing else. */
  scope: EvalScope = EMPTY_SCOPE,
): Map<string, unknown> {
  const given = new Map<string, unknown>();
  for (const decl of decls.values()) {
    const text = options.env?.[`TF_VAR_${decl.name}`];
    if (text !== undefined) given.set(decl.name, fromText(text, decl, `TF_VAR_${decl.name}`));
  }
  const files = [...varDocs.filter((d) => isAutoVars(d.file.path)).sort((a, b) => autoVarsOrder(a.file.path, b.file.path)), ...varFiles];
  for (const doc of files) {
    for (const [name, attribute] of Object.entries(doc.value.body.attributes)) {
      if (decls.has(name)) given.set(name, evaluate(attribute.expr, scope));
    }
  }
  for (const [name, text] of Object.entries(options.vars ?? {})) {
    const decl = decls.get(name);
    if (decl !== undefined) given.set(name, fromText(text, decl, `-var ${name}`));
  }
  return given;
}
