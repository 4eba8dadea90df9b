import type { Diagnostic, InputFile, ParsedDocument } from '../../model/index.js';
import { parseHcl } from './hcl/index.js';
import type { HclExpr, HclFile } from './hcl-types.js';
import { readJsonFile } from './json-file.js';
import { rehydrateDocument, type PortableDocument } from '../portable.js';

export type * from './hcl-types.js';
export { locateInExpr } from './locate.js';

/** Native `.tf` / `.tfvars` syntax → `HclFile`, with syntax, depth and duplicate diagnostics. */
function readHcl(file: InputFile, text: string): { value: HclFile; diagnostics: Diagnostic[] } {
  const { body, diagnostics } = parseHcl(file.path, text);
  if (file.path.endsWith('.tfvars') && body.blocks.length > 0) {
    const first = body.blocks[0];
    diagnostics.push({ code: 'PARSE_UNSUPPORTED', level: 'warning', message: `block "${first.type}" is not allowed in a .tfvars file; only attributes are read`, range: first.range });
    body.blocks = [];
  }
  return { value: { body }, diagnostics };
}

function readSync(file: InputFile, text: string): PortableDocument<HclFile> {
  const isJson = file.path.endsWith('.json');
  const parsed = isJson
    ? readJsonFile(file.path, text, file.path.endsWith('.tfvars.json'), (value) => parseTemplateText(value, file.path))
    : readHcl(file, text);
  return { file, value: parsed.value, diagnostics: parsed.diagnostics, locator: { kind: 'hcl' } };
}

/**
 * Parses one Terraform file. Syntax errors and duplicate attributes become diagnostics and never
 * throw; the items around a syntax error are still returned.
 */
export async function parseTerraform(file: InputFile, text: string): Promise<ParsedDocument<HclFile>> {
  return Promise.resolve(rehydrateDocument(readSync(file, text)));
}

/** The same as plain data (for a parse worker); `rehydrateDocument` turns it into the document. */
export async function readTerraform(file: InputFile, text: string): Promise<PortableDocument<HclFile>> {
  return Promise.resolve(readSync(file, text));
}

/** The same, synchronously, for files the normaliser reads itself (var files, vendored modules). */
export function parseTerraformLoaded(file: InputFile, text: string): ParsedDocument<HclFile> {
  return rehydrateDocument(readSync(file, text));
}

/** An HCL expression given as text (a `-var` value of a collection type); undefined on a syntax error. */
export function parseExpressionText(text: string, path: string): HclExpr | undefined {
  const doc = parseTerraformLoaded({ absolutePath: path, path, format: 'terraform' }, `x = ${text}\n`);
  if (doc.diagnostics.length > 0) return undefined;
  return doc.value.body.attributes.x?.expr;
}

const TEMPLATE_END = 'POSTURE_GATE_TEMPLATE_END';

/**
 * A template's text as an expression, read like a heredoc body: no backslash escapes, `${…}`
 * and `%{…}` directives. Used for `templatefile()` and for `.tf.json` strings, which HCL's JSON
 * syntax parses in template mode after JSON has already decoded the escapes. Undefined on a
 * syntax error, or if the text contains the closing marker.
 */
export function parseTemplateText(text: string, path: string): HclExpr | undefined {
  if (text.includes(TEMPLATE_END)) return undefined;
  const padded = text.endsWith('\n') ? text : `${text}\n`;
  const { body, diagnostics } = parseHcl(path, `x = <<${TEMPLATE_END}\n${padded}${TEMPLATE_END}\n`);
  if (diagnostics.some((d) => d.code === 'PARSE_SYNTAX')) return undefined;
  const expr = Object.hasOwn(body.attributes, 'x') ? body.attributes.x.expr : undefined;
  return expr && padded !== text ? dropFinalNewline(expr) : expr;
}

/** Removes the newline added so the closing marker starts a line. */
function dropFinalNewline(expr: HclExpr): HclExpr {
  if (expr.kind === 'literal' && typeof expr.value === 'string') return { ...expr, value: expr.value.slice(0, -1) };
  if (expr.kind !== 'template') return expr;
  const last = expr.parts[expr.parts.length - 1];
  if (last?.kind !== 'literal' || typeof last.value !== 'string') return expr;
  const trimmed = last.value.slice(0, -1);
  const parts = trimmed === '' ? expr.parts.slice(0, -1) : [...expr.parts.slice(0, -1), { ...last, value: trimmed }];
  return { ...expr, parts };
}
