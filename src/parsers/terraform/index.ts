import type { Parser } from 'web-tree-sitter';
import type { Diagnostic, InputFile, ParsedDocument } from '../../model/index.js';
import { BodyReader, syntaxDiagnostics } from './cst-body.js';
import { ExprReader } from './cst-expr.js';
import type { HclExpr, HclFile } from './hcl-types.js';
import { readJsonFile } from './json-file.js';
import { maskExponentNumbers } from './masking.js';
import { rehydrateDocument, type PortableDocument } from '../portable.js';
import { getHclParser, loadedHclParser } from './tree-sitter.js';

export type * from './hcl-types.js';
export { locateInExpr } from './locate.js';

/** Native `.tf` / `.tfvars` syntax: tree-sitter CST → `HclFile`, with syntax and duplicate diagnostics. */
function readHcl(parser: Parser, file: InputFile, text: string): { value: HclFile; diagnostics: Diagnostic[] } {
  const tree = parser.parse(maskExponentNumbers(text));
  if (tree === null) throw new Error(`tree-sitter returned no tree for ${file.path}`);
  try {
    const diagnostics = syntaxDiagnostics(file.path, tree.rootNode);
    const reader = new BodyReader(file.path, text, diagnostics);
    const bodyNode = tree.rootNode.namedChildren.find((c) => c?.type === 'body') ?? null;
    const body = reader.read(bodyNode, tree.rootNode, 'the file');
    if (file.path.endsWith('.tfvars') && body.blocks.length > 0) {
      const first = body.blocks[0];
      diagnostics.push({ code: 'PARSE_UNSUPPORTED', level: 'warning', message: `block "${first.type}" is not allowed in a .tfvars file; only attributes are read`, range: first.range });
      body.blocks = [];
    }
    return { value: { body }, diagnostics };
  } finally {
    tree.delete(); // wasm memory is not garbage collected
  }
}

function readWith(parser: Parser, file: InputFile, text: string): PortableDocument<HclFile> {
  const isJson = file.path.endsWith('.json');
  const parsed = isJson
    ? readJsonFile(file.path, text, file.path.endsWith('.tfvars.json'), (value) => parseTemplateText(value, file.path))
    : readHcl(parser, file, text);
  return { file, value: parsed.value, diagnostics: parsed.diagnostics, locator: { kind: 'hcl' } };
}

function parseWith(parser: Parser, file: InputFile, text: string): ParsedDocument<HclFile> {
  return rehydrateDocument(readWith(parser, file, text));
}

/**
 * Parses one Terraform file. Syntax errors and duplicate attributes become diagnostics and never
 * throw; whatever tree-sitter recovered is still returned.
 */
export async function parseTerraform(file: InputFile, text: string): Promise<ParsedDocument<HclFile>> {
  return parseWith(await getHclParser(), file, text);
}

/** The same as plain data (for a parse worker); `rehydrateDocument` turns it into the document. */
export async function readTerraform(file: InputFile, text: string): Promise<PortableDocument<HclFile>> {
  return readWith(await getHclParser(), file, text);
}

/**
 * The same, synchronously, for files the normaliser reads itself (var files, vendored modules):
 * undefined until `parseTerraform` has loaded the grammar in this process.
 */
export function parseTerraformLoaded(file: InputFile, text: string): ParsedDocument<HclFile> | undefined {
  const parser = loadedHclParser();
  return parser === undefined ? undefined : parseWith(parser, file, text);
}

/** An HCL expression given as text (a `-var` value of a collection type); undefined on a syntax error. */
export function parseExpressionText(text: string, path: string): HclExpr | undefined {
  const doc = parseTerraformLoaded({ absolutePath: path, path, format: 'terraform' }, `x = ${text}\n`);
  if (doc === undefined || doc.diagnostics.length > 0) return undefined;
  return doc.value.body.attributes.x?.expr;
}

const TEMPLATE_END = 'POSTURE_GATE_TEMPLATE_END';

/**
 * A template's text as an expression, read like a heredoc body: no backslash escapes, `${…}`
 * and `%{…}` directives. Used for `templatefile()` and for `.tf.json` strings, which HCL's JSON
 * syntax parses in template mode after JSON has already decoded the escapes. Synchronous, so only once a Terraform file was
 * parsed in this process; undefined before that, on a syntax error, or if the text contains the
 * closing marker.
 */
export function parseTemplateText(text: string, path: string): HclExpr | undefined {
  const parser = loadedHclParser();
  if (parser === undefined || text.includes(TEMPLATE_END)) return undefined;
  const padded = text.endsWith('\n') ? text : `${text}\n`;
  const source = `x = <<${TEMPLATE_END}\n${padded}${TEMPLATE_END}\n`;
  const tree = parser.parse(source);
  if (tree === null) return undefined;
  try {
    if (tree.rootNode.hasError) return undefined;
    const node = tree.rootNode.namedChildren[0]?.namedChildren[0]?.namedChildren.find((c) => c?.type === 'expression');
    const expr = node ? new ExprReader(path, source).read(node) : undefined;
    return expr && padded !== text ? dropFinalNewline(expr) : expr;
  } finally {
    tree.delete();
  }
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
