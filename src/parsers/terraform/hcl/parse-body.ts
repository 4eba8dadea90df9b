import type { Diagnostic } from '../../../model/index.js';
import type { HclBlock, HclBody, HclExpr } from '../hcl-types.js';
import { DepthReporter, MAX_NESTING } from '../limits.js';
import { ExprParser } from './parse-expr.js';
import { readQuoted } from './parse-template.js';
import { HclSyntaxError, LineIndex, Scanner, type TokenKind } from './scanner.js';
import { skipBody } from './skip.js';

/** Reported per file at most, so one broken file cannot flood the report. */
const MAX_SYNTAX_DIAGNOSTICS = 20;
/** Punctuation that cannot start a value: skipped once at the start of one. */
const STRAY = new Set<TokenKind>(['=', ':', ',', '?', '.', '=>', '~', '*', '/', '%', '==', '!=', '<', '<=', '>', '>=', '&&', '||', 'invalid']);

/**
 * Bodies, blocks and attributes. A syntax error in one attribute or block header is reported
 * (PARSE_SYNTAX, with its line) and parsing resumes at the next line, so the rest of the file is
 * still read: one bad line never costs the resources around it.
 */
export class BodyParser {
  readonly syntax: Diagnostic[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private readonly scanner: Scanner;
  private readonly lines: LineIndex;
  private readonly exprs: ExprParser;
  private readonly tooDeep: DepthReporter;
  private depth = 0;

  constructor(
    private readonly path: string,
    private readonly text: string,
  ) {
    this.scanner = new Scanner(text);
    this.lines = new LineIndex(text);
    this.exprs = new ExprParser(this.scanner, this.lines, path, this.diagnostics);
    this.tooDeep = new DepthReporter(this.diagnostics);
  }

  /** The whole file: its body spans the whole text. */
  file(): HclBody {
    const body: HclBody = { attributes: {}, blocks: [], range: this.lines.range(this.path, 0, this.text.length) };
    this.depth = 1;
    this.items(body, 'the file', false);
    const comment = this.scanner.unterminated;
    if (comment !== undefined) this.syntaxError(comment.offset, comment.end, comment.message);
    return body;
  }

  /** Items up to the end of input, or up to the `}` closing a block body (not consumed). */
  private items(body: HclBody, where: string, inBlock: boolean): void {
    const scanner = this.scanner;
    for (;;) {
      scanner.newlines = true;
      while (scanner.eat('newline') !== undefined);
      const token = scanner.peek();
      if (token.kind === 'eof' || (inBlock && token.kind === '}')) return;
      try {
        this.item(body, where);
      } catch (error) {
        if (!(error instanceof HclSyntaxError)) throw error;
        this.recover(error, token.start);
      }
    }
  }

  private syntaxError(offset: number, end: number, message: string): void {
    if (this.syntax.length >= MAX_SYNTAX_DIAGNOSTICS) return;
    this.syntax.push({ code: 'PARSE_SYNTAX', level: 'error', message: `syntax error: ${message}`, range: this.lines.range(this.path, offset, end) });
  }

  /**
   * Reports the error and moves to where the next item may start: the line of the offending token
   * when that token begins its line (a missing `]` before the next attribute), else the next line.
   */
  private recover(error: HclSyntaxError, itemStart: number): void {
    this.syntaxError(error.offset, error.end, error.message);
    const line = this.lines.line(Math.min(error.offset, this.text.length));
    const lineStart = this.lines.lineStart(line);
    const beginsLine = error.offset > itemStart && this.text.slice(lineStart, error.offset).trim() === '';
    const nextLine = this.text.indexOf('\n', error.offset);
    this.scanner.seek(beginsLine ? lineStart : nextLine < 0 ? this.text.length : nextLine + 1);
  }

  private item(body: HclBody, where: string): void {
    const scanner = this.scanner;
    const name = scanner.expect('ident', 'an attribute or block name');
    if (scanner.peek().kind === '=') {
      scanner.next();
      this.attribute(body, where, name.start, scanner.tokenText(name));
    } else body.blocks.push(this.block(name.start, scanner.tokenText(name), where));
    const end = scanner.peek();
    if (end.kind !== 'newline' && end.kind !== 'eof' && end.kind !== '}') throw scanner.unexpected(end, 'a new line');
  }

  private attribute(body: HclBody, where: string, start: number, name: string): void {
    let expr: HclExpr;
    try {
      expr = this.value();
    } catch (error) {
      // the attribute is there, its value unknown: a check sees neither a guess nor an absence
      if (error instanceof HclSyntaxError) this.define(body, where, start, name, this.exprs.other(start, error.offset, 'ERROR'));
      throw error;
    }
    this.define(body, where, start, name, expr);
  }

  /** An attribute's value; one stray token before it (`x = = 1`) is reported and skipped, as tree-sitter did. */
  private value(): HclExpr {
    const first = this.scanner.peek();
    try {
      return this.exprs.expression();
    } catch (error) {
      const stray = error instanceof HclSyntaxError && error.offset === first.start && STRAY.has(first.kind);
      if (!stray) throw error;
      this.syntaxError(error.offset, error.end, error.message);
      this.scanner.seek(first.end);
      return this.exprs.expression();
    }
  }

  private define(body: HclBody, where: string, start: number, name: string, expr: HclExpr): void {
    const range = this.lines.range(this.path, start, this.scanner.lastEnd);
    const first = Object.hasOwn(body.attributes, name) ? body.attributes[name] : undefined;
    if (first !== undefined) {
      const message = `attribute "${name}" in ${where} is already defined at line ${first.range.startLine}; Terraform rejects duplicates, the first value is used`;
      this.diagnostics.push({ code: 'PARSE_DUPLICATE_KEY', level: 'error', message, range });
      return;
    }
    const attribute = { name, expr, range };
    // defineProperty: a key named __proto__ is data, never the object's prototype
    if (name === '__proto__') Object.defineProperty(body.attributes, name, { value: attribute, enumerable: true, writable: true, configurable: true });
    else body.attributes[name] = attribute;
  }

  private block(start: number, type: string, parent: string): HclBlock {
    const labels = this.labels();
    const where = parent === 'the file' ? [type, ...labels].join('.') : `${parent} > ${type}`;
    this.scanner.expect('{', 'a block label or "{"');
    const body: HclBody = { attributes: {}, blocks: [], range: this.lines.range(this.path, start, start) };
    if (this.depth >= MAX_NESTING) {
      const end = skipBody(this.scanner);
      body.range = this.lines.range(this.path, start, end);
      this.tooDeep.report(body.range, 'a block');
      return { type, labels, body, range: body.range };
    }
    this.depth += 1;
    try {
      this.items(body, `block ${where}`, true);
    } finally {
      this.depth -= 1;
    }
    const close = this.scanner.peek();
    if (close.kind === '}') this.scanner.next();
    else this.syntaxError(close.start, close.end, `missing "}" closing block ${where}`);
    body.range = this.lines.range(this.path, start, this.scanner.lastEnd);
    return { type, labels, body, range: body.range };
  }

  /** Quoted strings without interpolation, or names. */
  private labels(): string[] {
    const scanner = this.scanner;
    const labels: string[] = [];
    for (let token = scanner.peek(); token.kind === 'quote' || token.kind === 'ident'; token = scanner.peek()) {
      if (token.kind === 'ident') {
        labels.push(scanner.tokenText(scanner.next()));
        continue;
      }
      const label = readQuoted(this.exprs);
      if (label.kind !== 'literal' || typeof label.value !== 'string') throw new HclSyntaxError(token.start, scanner.lastEnd, 'a block label must be a plain string, without "${" or "%{"');
      labels.push(label.value);
    }
    return labels;
  }
}
