import type { HclExpr } from '../hcl-types.js';
import type { ExprParser } from './parse-expr.js';
import type { Token } from './scanner.js';

export interface ForHead {
  keyVar?: string;
  valueVar: string;
  collection: HclExpr;
}

/** `for k, v in coll` (the scanner is at `for`), shared by for-expressions and `%{ for }`. */
export function readForHead(parser: ExprParser): ForHead {
  const scanner = parser.scanner;
  scanner.next(); // `for`
  const first = scanner.tokenText(scanner.expect('ident', 'a variable name'));
  const second = scanner.eat(',') === undefined ? undefined : scanner.tokenText(scanner.expect('ident', 'a variable name'));
  const keyword = scanner.peek();
  if (!scanner.isWord(keyword, 'in')) throw scanner.unexpected(keyword, '"in"');
  scanner.next();
  const collection = parser.expression();
  return second === undefined ? { valueVar: first, collection } : { keyVar: first, valueVar: second, collection };
}

/** `[for … : v if cond]` and `{for … : k => v... if cond}`; `open` is the bracket already read. */
export function readForExpr(parser: ExprParser, open: Token): HclExpr {
  const scanner = parser.scanner;
  const head = readForHead(parser);
  scanner.expect(':');
  const isObject = open.kind === '{';
  const first = parser.expression();
  let body: { key?: HclExpr; value: HclExpr } = { value: first };
  let grouping = false;
  if (isObject) {
    scanner.expect('=>');
    body = { key: first, value: parser.expression() };
    grouping = scanner.eat('...') !== undefined;
  }
  let condition: HclExpr | undefined;
  if (scanner.isWord(scanner.peek(), 'if')) {
    scanner.next();
    condition = parser.expression();
  }
  scanner.expect(isObject ? '}' : ']');
  return { kind: 'for', ...head, ...body, ...(condition ? { condition } : {}), grouping, ...parser.base(open.start, scanner.lastEnd) };
}
