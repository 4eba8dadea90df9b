import type { Parser } from 'web-tree-sitter';
import type { Diagnostic, InputFile, ParsedDocument } from '../../model/index.js';
import { BodyReader, syntaxDiagnostics } from './cst-body.js';
import { ExprReader } from './cst-expr.js';
import type { HclExpr, HclFile } from './hcl-types.js';
import { readJsonFile } from './json-file.js';
import { locateInFile } from './locate.js';
import { getHclParser } from './tree-sitter.js';

export type * from './hcl-types.js';
export { locateInExpr } from './locate.js';

/** Native `.tf` / `.tfvars` syntax: tree-sitter CST → `HclFile`, with syntax and duplicate diagnostics. */
function readHcl(parser: Parser, file: InputFile, text: string): { value: HclFile; diagnostics: Diagnostic[] } {
  const tree = parser.parse(text);
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

/** A `.tf.json` string like `"${var.x}"` is an HCL template: parse it as `x = "<string>"`. */
function templateParser(parser: Parser, path: string): (text: string) => HclExpr | undefined {
  return (value) => {
    const source = `x = ${JSON.stringify(value)}\n`;
    const tree = parser.parse(source);
    if (tree === null) return undefined;
    try {
      if (tree.rootNode.hasError) return undefined;
      const expr = tree.rootNode.namedChildren[0]?.namedChildren[0]?.namedChildren.find((c) => c?.type === 'expression');
      return expr ? new ExprReader(path, source).read(expr) : undefined;
    } finally {
      tree.delete();
    }
  };
}

/**
 * Parses one Terraform file. Syntax errors and duplicate attributes become diagnostics and never
 * throw; whatever tree-sitter recovered is still returned.
 */
export async function parseTerraform(file: InputFile, text: string): Promise<ParsedDocument<HclFile>> {
  const parser = await getHclParser();
  const isJson = file.path.endsWith('.json');
  const parsed = isJson
    ? readJsonFile(file.path, text, file.path.endsWith('.tfvars.json'), templateParser(parser, file.path))
    : readHcl(parser, file, text);
  return { file, value: parsed.value, diagnostics: parsed.diagnostics, locate: (path) => locateInFile(parsed.value, path) };
}
