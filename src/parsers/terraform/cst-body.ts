import type { Node } from 'web-tree-sitter';
import type { Diagnostic } from '../../model/index.js';
import type { HclBlock, HclBody } from './hcl-types.js';
import { ExprReader } from './cst-expr.js';
import { nodeRange } from './tree-sitter.js';
import { unescapeQuoted } from './cst-template.js';
import { DepthReporter, MAX_NESTING } from './limits.js';

/** Reported per file at most, so one broken file cannot flood the report. */
const MAX_SYNTAX_DIAGNOSTICS = 20;

/** Converts `body` nodes into `HclBody`, reporting attributes defined twice (Terraform rejects them). */
export class BodyReader {
  private readonly exprs: ExprReader;
  private depth = 0;
  private readonly tooDeep: DepthReporter;

  constructor(
    readonly path: string,
    private readonly source: string,
    readonly diagnostics: Diagnostic[],
  ) {
    this.exprs = new ExprReader(path, source, diagnostics);
    this.tooDeep = new DepthReporter(path, diagnostics);
  }

  read(node: Node | null, rangeNode: Node, where: string): HclBody {
    const body: HclBody = { attributes: {}, blocks: [], range: nodeRange(this.path, rangeNode) };
    if (this.depth >= MAX_NESTING) {
      this.tooDeep.report(rangeNode, 'a block');
      return body;
    }
    this.depth += 1;
    try {
      for (const child of node?.namedChildren ?? []) {
        if (child?.type === 'attribute') this.attribute(body, child, where);
        else if (child?.type === 'block') body.blocks.push(this.block(child, where));
      }
    } finally {
      this.depth -= 1;
    }
    return body;
  }

  private attribute(body: HclBody, node: Node, where: string): void {
    const name = node.namedChildren[0]?.text ?? '';
    const exprNode = node.namedChildren.find((c) => c?.type === 'expression');
    const range = nodeRange(this.path, node);
    const first = body.attributes[name];
    if (first !== undefined) {
      this.diagnostics.push({
        code: 'PARSE_DUPLICATE_KEY',
        level: 'error',
        message: `attribute "${name}" in ${where} is already defined at line ${first.range.startLine}; Terraform rejects duplicates, the first value is used`,
        range,
      });
      return;
    }
    const expr = exprNode ? this.exprs.read(exprNode) : this.exprs.other(node, 'missing');
    body.attributes[name] = { name, expr, range };
  }

  private block(node: Node, parent: string): HclBlock {
    const named = node.namedChildren.filter((c): c is Node => c !== null);
    const type = named[0]?.text ?? '';
    const labels = named
      .filter((c) => c.type === 'string_lit' || c.type === 'identifier')
      .slice(1)
      .map((c) => (c.type === 'string_lit' ? unescapeQuoted(this.source.slice(c.startIndex + 1, c.endIndex - 1)) : c.text));
    const where = parent === 'the file' ? [type, ...labels].join('.') : `${parent} > ${type}`;
    const bodyNode = named.find((c) => c.type === 'body') ?? null;
    return { type, labels, body: this.read(bodyNode, node, `block ${where}`), range: nodeRange(this.path, node) };
  }
}

function describeError(node: Node): string {
  if (node.isMissing) return `missing "${node.type}"`;
  const text = node.text.split('\n')[0].trim().slice(0, 40);
  return text === '' ? 'unexpected end of input' : `unexpected "${text}"`;
}

/** Every ERROR and MISSING node, outermost only: tree-sitter recovers, so the rest still parses. */
export function syntaxDiagnostics(path: string, root: Node): Diagnostic[] {
  const found: Diagnostic[] = [];
  // an explicit stack, outermost first in source order: a tree thousands deep must not overflow ours
  const stack: Node[] = [root];
  while (stack.length > 0 && found.length < MAX_SYNTAX_DIAGNOSTICS) {
    const node = stack.pop()!;
    if (node.isError || node.isMissing) {
      const message = `syntax error: ${describeError(node)}`;
      found.push({ code: 'PARSE_SYNTAX', level: 'error', message, range: nodeRange(path, node) });
      continue;
    }
    if (!node.hasError) continue;
    const children = node.children.filter((c): c is Node => c !== null);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return found;
}
