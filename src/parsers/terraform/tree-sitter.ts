import { Language, Parser, type Node } from 'web-tree-sitter';
import type { SourceRange } from '../../model/index.js';
import { locateWasm } from '../common/wasm-files.js';

let ready: Promise<Parser> | undefined;
let loaded: Parser | undefined;

/** The parser once `getHclParser` has resolved: evaluation (`templatefile`) is synchronous. */
export function loadedHclParser(): Parser | undefined {
  return loaded;
}

/** One parser per process: wasm start-up is the slow part, parsing itself is synchronous. */
export function getHclParser(): Promise<Parser> {
  ready ??= (async () => {
    await Parser.init({ locateFile: () => locateWasm('web-tree-sitter.wasm') });
    const language = await Language.load(locateWasm('tree-sitter-terraform.wasm'));
    const parser = new Parser();
    parser.setLanguage(language);
    loaded = parser;
    return parser;
  })().catch((error: unknown) => {
    ready = undefined; // let a later call retry instead of caching the failure
    throw new Error('load the tree-sitter HCL grammar', { cause: error });
  });
  return ready;
}

/** tree-sitter positions are 0-based; ours are 1-based with an exclusive end column (SARIF). */
export function nodeRange(path: string, node: Node): SourceRange {
  return {
    path,
    startLine: node.startPosition.row + 1,
    startColumn: node.startPosition.column + 1,
    endLine: node.endPosition.row + 1,
    endColumn: node.endPosition.column + 1,
  };
}
