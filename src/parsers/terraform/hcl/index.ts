import type { Diagnostic } from '../../../model/index.js';
import type { HclBody } from '../hcl-types.js';
import { BodyParser } from './parse-body.js';

/**
 * A hand-written lexer and recursive-descent parser for HCL's native syntax, producing the
 * positioned tree (hcl-types.ts) the resolver and normaliser read.
 *
 * Why not a library: no JavaScript HCL parser keeps source positions at this speed. The
 * tree-sitter grammar used before (web-tree-sitter + tree-sitter-hcl, wasm) ran at ~2 MB/s on the
 * corpus, needed an async wasm start-up, and its error recovery is quadratic on hostile input
 * (whitespace after a stray token, hundreds of thousands of unclosed `${`: minutes). HashiCorp's
 * own parser is Go: its wasm builds (hcl2json) return JSON without source positions, which
 * findings need (file, line, attribute). This parser is
 * one linear pass with bounded recursion (see limits.ts), and is checked against HashiCorp's own
 * parser on the whole corpus (src/resolve/terraform/hcl-oracle.test.ts).
 */
export function parseHcl(path: string, text: string): { body: HclBody; diagnostics: Diagnostic[] } {
  const parser = new BodyParser(path, text);
  const body = parser.file();
  return { body, diagnostics: [...parser.syntax, ...parser.diagnostics] };
}
