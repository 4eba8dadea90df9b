import type { Diagnostic } from '../../../model/index.js';
import type { HclBinaryOperator, HclExpr, HclObjectItem } from '../hcl-types.js';
import { DepthReporter, MAX_NESTING } from '../limits.js';
import { readForExpr } from './parse-for.js';
import { readSteps } from './parse-steps.js';
import { readHeredoc, readQuoted } from './parse-template.js';
import { HclSyntaxError, type LineIndex, type Scanner, type TokenKind } from './scanner.js';
import { skipExpression } from './skip.js';

/** HCL's binary operator precedence, loosest first; all left-associative. */
const LEVEL: Partial<Record<TokenKind, number>> = { '||': 1, '&&': 2, '==': 3, '!=': 3, '<': 4, '<=': 4, '>': 4, '>=': 4, '+': 5, '-': 5, '*': 6, '/': 6, '%': 6 };

/** A primary value; `inner` is what parentheses hold, the target of steps after them (`(a).b`). */
type Primary = { expr: HclExpr; root?: string; inner?: HclExpr };

/**
 * Recursive descent over HCL expressions (hclsyntax's grammar), producing the positioned
 * `HclExpr` tree. Every recursion passes `expression()` or `unary()`, which count the depth: past
 * MAX_NESTING the rest of the expression is skipped by a linear scan (skip.ts) and becomes an
 * unknown with a LIMIT_EXCEEDED diagnostic, so hostile nesting can neither overflow the stack
 * nor any recursive walk after the parser.
 */
export class ExprParser {
  private depth = 0;
  private readonly tooDeep: DepthReporter;

  constructor(
    readonly scanner: Scanner,
    readonly lines: LineIndex,
    readonly path: string,
    diagnostics: Diagnostic[] | undefined,
  ) {
    this.tooDeep = new DepthReporter(diagnostics);
  }

  base(start: number, end: number): { range: HclExpr['range']; text: string } {
    return { range: this.lines.range(this.path, start, end), text: this.scanner.text.slice(start, end) };
  }

  other(start: number, end: number, nodeType: string): HclExpr {
    return { kind: 'other', nodeType, ...this.base(start, end) };
  }

  /** Runs `read` with newlines as whitespace (inside brackets and `${…}`), restoring the mode after. */
  inside<T>(read: () => T): T {
    const saved = this.scanner.newlines;
    this.scanner.newlines = false;
    try {
      return read();
    } finally {
      this.scanner.newlines = saved;
    }
  }

  /** A whole expression: a conditional or anything tighter. */
  expression(): HclExpr {
    if (this.depth >= MAX_NESTING) return this.cut();
    this.depth += 1;
    try {
      return this.conditional();
    } finally {
      this.depth -= 1;
    }
  }

  /** The rest of a too-deep expression, skipped without recursion. */
  private cut(): HclExpr {
    const first = this.scanner.peek();
    const end = skipExpression(this.scanner);
    if (end <= first.start) throw this.scanner.unexpected(first, 'an expression');
    this.scanner.lastEnd = end;
    return this.tooDeepExpr(first.start, end);
  }

  private tooDeepExpr(start: number, end: number): HclExpr {
    const expr = this.other(start, end, 'expression_nested_too_deep');
    this.tooDeep.report(expr.range, 'an expression');
    return expr;
  }

  private conditional(): HclExpr {
    const start = this.scanner.peek().start;
    const condition = this.binary(1);
    if (this.scanner.eat('?') === undefined) return condition;
    const then = this.expression();
    this.scanner.expect(':');
    const otherwise = this.expression();
    return { kind: 'conditional', condition, then, else: otherwise, ...this.base(start, this.scanner.lastEnd) };
  }

  /**
   * Operators of `minLevel` and tighter, by precedence climbing. A long chain (`a + b + c …`) is a
   * loop, but its tree is as deep as the chain: past the depth limit what is folded so far becomes
   * one unknown.
   */
  private binary(minLevel: number): HclExpr {
    const start = this.scanner.peek().start;
    let left = this.unary();
    let chain = 0;
    for (let op = this.scanner.peek(), level = LEVEL[op.kind]; level !== undefined && level >= minLevel; op = this.scanner.peek(), level = LEVEL[op.kind]) {
      this.scanner.next();
      const right = this.binary(level + 1);
      chain += 1;
      if (this.depth + chain >= MAX_NESTING) {
        left = this.tooDeepExpr(start, this.offsetEnd(left));
        chain = 0;
      }
      left = { kind: 'binary', operator: op.kind as HclBinaryOperator, left, right, ...this.base(start, this.scanner.lastEnd) };
    }
    return left;
  }

  /** End offset of an expression already read (its text starts at its start offset). */
  private offsetEnd(expr: HclExpr): number {
    return this.lines.lineStart(expr.range.endLine) + expr.range.endColumn - 1;
  }

  private unary(): HclExpr {
    const op = this.scanner.peek();
    if (op.kind !== '-' && op.kind !== '!') return this.postfix();
    if (this.depth >= MAX_NESTING) return this.cut();
    this.scanner.next();
    this.depth += 1;
    let operand: HclExpr;
    try {
      operand = this.unary();
    } finally {
      this.depth -= 1;
    }
    const base = this.base(op.start, this.scanner.lastEnd);
    // Only `-<number>` is a literal, as in HCL; `-(-1)` stays an operation.
    if (op.kind === '-' && operand.kind === 'literal' && typeof operand.value === 'number' && /^[0-9]/.test(operand.text)) return { kind: 'literal', value: -operand.value, ...base };
    return { kind: 'unary', operator: op.kind, operand, ...base };
  }

  /** A primary value and its steps (`.attr`, `[i]`, `.0`, `[*]`, `.*`). */
  private postfix(): HclExpr {
    const start = this.scanner.peek().start;
    const head = this.primary();
    const steps = readSteps(this, false);
    const base = this.base(start, this.scanner.lastEnd);
    if (head.root !== undefined) return { kind: 'traversal', root: head.root, steps, ...base };
    if (steps.length === 0) return head.expr;
    return { kind: 'access', target: head.inner ?? head.expr, steps, ...base };
  }

  private primary(): Primary {
    const scanner = this.scanner;
    const token = scanner.peek();
    switch (token.kind) {
      case 'number':
        scanner.next();
        return { expr: { kind: 'literal', value: Number(scanner.tokenText(token)), ...this.base(token.start, token.end) } };
      case 'ident':
        return this.word();
      case 'quote':
        return { expr: readQuoted(this) };
      case 'heredoc':
        return { expr: readHeredoc(this) };
      case '[':
      case '{':
        return { expr: this.inside(() => this.collection()) };
      case '(':
        return this.inside(() => this.parenthesised());
      default:
        throw scanner.unexpected(token, 'an expression');
    }
  }

  /** `true`, `false`, `null`, a function call, or the root of a traversal. */
  private word(): Primary {
    const scanner = this.scanner;
    const token = scanner.next();
    const name = scanner.tokenText(token);
    const base = this.base(token.start, token.end);
    if (name === 'true' || name === 'false') return { expr: { kind: 'literal', value: name === 'true', ...base } };
    if (name === 'null') return { expr: { kind: 'literal', value: null, ...base } };
    if (scanner.peek().kind !== '(') return { expr: { kind: 'traversal', root: name, steps: [], ...base }, root: name };
    return { expr: this.inside(() => this.call(token.start, name)) };
  }

  private call(start: number, name: string): HclExpr {
    const scanner = this.scanner;
    scanner.expect('(');
    const args: HclExpr[] = [];
    let expand = false;
    while (scanner.peek().kind !== ')') {
      args.push(this.expression());
      if (scanner.eat('...') !== undefined) {
        expand = true;
        break;
      }
      if (scanner.eat(',') === undefined) break;
    }
    scanner.expect(')', '")" or ","');
    return { kind: 'call', name, args, ...(expand ? { expandLast: true } : {}), ...this.base(start, scanner.lastEnd) };
  }

  /** `(expr)`: the inner expression with the parentheses' range and text. */
  private parenthesised(): Primary {
    const open = this.scanner.next();
    const inner = this.expression();
    this.scanner.expect(')');
    return { expr: { ...inner, ...this.base(open.start, this.scanner.lastEnd) }, inner };
  }

  private collection(): HclExpr {
    const scanner = this.scanner;
    const open = scanner.next();
    if (this.startsFor()) return readForExpr(this, open);
    if (open.kind === '[') {
      const items: HclExpr[] = [];
      while (scanner.peek().kind !== ']') {
        items.push(this.expression());
        if (scanner.eat(',') === undefined) break;
      }
      scanner.expect(']', '"]" or ","');
      return { kind: 'tuple', items, ...this.base(open.start, scanner.lastEnd) };
    }
    const items: HclObjectItem[] = [];
    while (scanner.peek().kind !== '}') {
      items.push(this.objectItem());
      scanner.eat(',');
    }
    scanner.expect('}');
    return { kind: 'object', items, ...this.base(open.start, scanner.lastEnd) };
  }

  /** `for` followed by a name: a for-expression rather than a collection. */
  private startsFor(): boolean {
    const scanner = this.scanner;
    if (!scanner.isWord(scanner.peek(), 'for')) return false;
    const back = scanner.raw();
    scanner.next();
    const isFor = scanner.peek().kind === 'ident';
    scanner.seek(back);
    return isFor;
  }

  private objectItem(): HclObjectItem {
    const scanner = this.scanner;
    const start = scanner.peek().start;
    let key = this.expression();
    const sep = scanner.peek();
    if (sep.kind !== '=' && sep.kind !== ':') throw scanner.unexpected(sep, '"=" or ":"');
    scanner.next();
    const value = this.expression();
    // HCL reads a bare identifier key as the literal string, not as a variable
    if (key.kind === 'traversal' && key.steps.length === 0 && !key.text.startsWith('(')) key = { kind: 'literal', value: key.root, range: key.range, text: key.text };
    return { key, value, range: this.lines.range(this.path, start, scanner.lastEnd) };
  }
}

export { HclSyntaxError };
