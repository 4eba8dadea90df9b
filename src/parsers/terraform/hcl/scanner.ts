import type { SourceRange } from '../../../model/index.js';

/**
 * The character level of the hand-written HCL parser: positions, trivia (whitespace and
 * comments) and expression tokens. Tokens are read on demand, one at a time, because HCL's
 * lexing depends on where the parser is: inside a template the same characters are literal
 * text, after a `.` digits are an index (`a.0.1`), and newlines end an attribute only outside
 * brackets. Everything here is a single forward pass over the text: linear time, no regex that
 * can backtrack, no recursion.
 */

export type TokenKind =
  | 'ident'
  | 'number'
  | 'quote'
  | 'heredoc'
  | 'newline'
  | 'eof'
  | 'invalid'
  | '{' | '}' | '[' | ']' | '(' | ')' | ',' | '=' | ':' | '?' | '.' | '...' | '=>' | '~'
  | '==' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/' | '%' | '&&' | '||' | '!';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
}

/**
 * A failure the body parser recovers from: reported as PARSE_SYNTAX at `offset`. Not an Error:
 * capturing a stack trace for each of 45,000 stray `}` took a second (fuzz); none is ever shown.
 */
export class HclSyntaxError {
  constructor(
    readonly offset: number,
    readonly end: number,
    readonly message: string,
  ) {}
}

/** Two-character operators by their first character: `x=` forms, then `&&`, `||`, `=>`. */
const EQ_SECOND: Record<number, TokenKind | undefined> = { 61: '==', 33: '!=', 60: '<=', 62: '>=' };
const TWO_SAME: Record<number, TokenKind | undefined> = { 38: '&&', 124: '||', 61: '=>' };
const ONE: Record<string, TokenKind | undefined> = Object.fromEntries([...'{}[](),=:?.~<>+-*/%!'].map((c) => [c, c as TokenKind]));

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const ID_START = /[\p{ID_Start}_]/u;
const ID_CONTINUE = /[\p{ID_Continue}-]/u;

function isIdStart(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
  return ID_START.test(ch);
}

function isIdContinue(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 45 || isDigit(c);
  return ID_CONTINUE.test(ch);
}

/** Offsets of line starts, for 1-based line and UTF-16 column of any offset (binary search). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** The line found last: nodes are built mostly in source order, so the next is often on it. */
  private last = 0;

  /** 1-based line of an offset. */
  line(offset: number): number {
    const starts = this.starts;
    const last = this.last;
    if (starts[last] <= offset && (last + 1 === starts.length || offset < starts[last + 1])) return last + 1;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.last = lo;
    return lo + 1;
  }

  lineStart(line: number): number {
    return this.starts[line - 1];
  }

  range(path: string, start: number, end: number): SourceRange {
    const startLine = this.line(start);
    const endLine = this.line(end);
    return { path, startLine, startColumn: start - this.starts[startLine - 1] + 1, endLine, endColumn: end - this.starts[endLine - 1] + 1 };
  }
}

export class Scanner {
  pos = 0;
  /** End of the last consumed token (or raw text read by a template). */
  lastEnd = 0;
  /** Outside brackets a newline ends an attribute; inside `(`, `[`, `{` and `${` it is whitespace. */
  newlines = true;
  private peeked: Token | undefined;
  private peekedFrom = 0;
  private peekedMode = true;
  /** A `/*` never closed: the rest of the text was skipped as its comment. */
  unterminated: HclSyntaxError | undefined;
  /** Whether the trivia before the peeked token held a newline (skipped as whitespace). */
  private crossedNewline = false;

  constructor(readonly text: string) {}

  /** The next token, not consumed. */
  peek(): Token {
    if (this.peeked !== undefined && this.stillValid(this.peeked)) return this.peeked;
    if (this.peeked !== undefined) this.pos = this.peekedFrom;
    this.peekedFrom = this.pos;
    this.peekedMode = this.newlines;
    this.crossedNewline = false;
    this.skipTrivia();
    this.peeked = this.lex();
    return this.peeked;
  }

  /** A token peeked in the other newline mode is the same token unless a newline lies before it. */
  private stillValid(token: Token): boolean {
    if (this.peekedMode === this.newlines) return true;
    return this.newlines ? !this.crossedNewline : token.kind !== 'newline';
  }

  next(): Token {
    const token = this.peek();
    this.peeked = undefined;
    this.lastEnd = token.end;
    return token;
  }

  /** Moves to `offset` (after raw reading or for a lookahead undone), forgetting a peeked token. */
  seek(offset: number): void {
    this.peeked = undefined;
    this.pos = offset;
  }

  /** Drops a peeked token so the characters after the last consumed token can be read raw. */
  raw(): number {
    if (this.peeked !== undefined) this.pos = this.peekedFrom;
    this.peeked = undefined;
    return this.pos;
  }

  /** Consumes the next token if it is `kind`. */
  eat(kind: TokenKind): Token | undefined {
    return this.peek().kind === kind ? this.next() : undefined;
  }

  expect(kind: TokenKind, what = `"${kind}"`): Token {
    const token = this.peek();
    if (token.kind !== kind) throw this.unexpected(token, what);
    return this.next();
  }

  /** As tree-sitter's messages read (goldens hold them): `unexpected "="`, or `missing …` at a line's or the text's end. */
  unexpected(token: Token, expected?: string): HclSyntaxError {
    const atEnd = token.kind === 'eof' || token.kind === 'newline';
    const message = atEnd && expected !== undefined ? `missing ${expected}` : `unexpected ${describe(this.text, token)}`;
    return new HclSyntaxError(token.start, token.end, message);
  }

  tokenText(token: Token): string {
    return this.text.slice(token.start, token.end);
  }

  /** True when the token is the identifier `word` (HCL keywords are identifiers in context). */
  isWord(token: Token, word: string): boolean {
    return token.kind === 'ident' && token.end - token.start === word.length && this.text.startsWith(word, token.start);
  }

  /** Whitespace and comments; a newline too unless newlines are tokens here. */
  skipTrivia(): void {
    const text = this.text;
    for (;;) {
      const c = text.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 13 || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff) this.pos += 1;
      else if (c === 10 && !this.newlines) {
        this.pos += 1;
        this.crossedNewline = true;
      }
      else if (c === 35 || (c === 47 && text.charCodeAt(this.pos + 1) === 47)) this.skipLineComment();
      else if (c === 47 && text.charCodeAt(this.pos + 1) === 42) this.skipBlockComment();
      else return;
    }
  }

  private skipLineComment(): void {
    const end = this.text.indexOf('\n', this.pos);
    this.pos = end < 0 ? this.text.length : end;
  }

  /** An unclosed `/*` makes the rest of the text a comment, as in HCL: reported once, read no further. */
  private skipBlockComment(): void {
    const end = this.text.indexOf('*/', this.pos + 2);
    if (end < 0) {
      this.unterminated ??= new HclSyntaxError(this.pos, this.pos + 2, 'unterminated comment "/*"');
      this.pos = this.text.length;
      return;
    }
    this.pos = end + 2;
  }

  private lex(): Token {
    const text = this.text;
    const start = this.pos;
    if (start >= text.length) return { kind: 'eof', start, end: start };
    const c = text.charCodeAt(start);
    if (c === 10) return this.token('newline', start, start + 1);
    if (isDigit(c)) return this.token('number', start, this.numberEnd(start));
    if (c === 34) return this.token('quote', start, start + 1);
    const ch = text[start];
    if (isIdStart(c, ch) || (c >= 0xd800 && c <= 0xdbff && ID_START.test(String.fromCodePoint(text.codePointAt(start) ?? 0)))) return this.token('ident', start, this.identEnd(start));
    if (c === 60 && text.charCodeAt(start + 1) === 60) {
      const after = start + (text.charCodeAt(start + 2) === 45 ? 3 : 2);
      if (after < text.length && isIdStart(text.charCodeAt(after), text[after])) return this.token('heredoc', start, after);
    }
    const punct = this.punctuation(c, start);
    if (punct !== undefined) return punct;
    const width = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    return this.token('invalid', start, start + width);
  }

  /** Operators and brackets, longest first (`...`, `==`, `=>`, `!=`, `<=`, `>=`, `&&`, `||`). */
  private punctuation(c: number, start: number): Token | undefined {
    const text = this.text;
    const d = text.charCodeAt(start + 1);
    if (c === 46 && d === 46 && text.charCodeAt(start + 2) === 46) return this.token('...', start, start + 3);
    const two = d === 61 ? EQ_SECOND[c] : (c === 38 && d === 38) || (c === 124 && d === 124) || (c === 61 && d === 62) ? TWO_SAME[c] : undefined;
    if (two !== undefined) return this.token(two, start, start + 2);
    const one = ONE[text[start]];
    return one === undefined ? undefined : this.token(one, start, start + 1);
  }

  private token(kind: TokenKind, start: number, end: number): Token {
    this.pos = end;
    return { kind, start, end };
  }

  /** `[0-9]+ ("." [0-9]+)? ([eE] [+-]? [0-9]+)?`, as HCL's scanner. */
  private numberEnd(start: number): number {
    const text = this.text;
    let i = this.digitsEnd(start);
    if (text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) i = this.digitsEnd(i + 1);
    const e = text.charCodeAt(i);
    if (e === 101 || e === 69) {
      const sign = text.charCodeAt(i + 1) === 43 || text.charCodeAt(i + 1) === 45 ? 1 : 0;
      if (isDigit(text.charCodeAt(i + 1 + sign))) i = this.digitsEnd(i + 1 + sign);
    }
    return i;
  }

  digitsEnd(start: number): number {
    let i = start;
    while (isDigit(this.text.charCodeAt(i))) i += 1;
    return i;
  }

  /** Identifier characters, `-`, and `::` (provider functions: `provider::aws::arn_parse`). */
  private identEnd(start: number): number {
    const text = this.text;
    let i = start + (text.charCodeAt(start) >= 0xd800 && text.charCodeAt(start) <= 0xdbff ? 2 : 1);
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 58 && text.charCodeAt(i + 1) === 58) i += 2;
      else if (c < 128 ? isIdContinue(c, '') : isIdContinue(c, text[i])) i += 1;
      else if (c >= 0xd800 && c <= 0xdbff && ID_CONTINUE.test(String.fromCodePoint(text.codePointAt(i) ?? 0))) i += 2;
      else return i;
    }
    return text.length;
  }
}

/** A token for a message: punctuation and words as written, other text only by its kind (it may be a secret). */
function describe(text: string, token: Token): string {
  switch (token.kind) {
    case 'eof':
      return 'end of input';
    case 'newline':
      return 'end of line';
    case 'quote':
      return 'a string';
    case 'number':
      return 'a number';
    case 'heredoc':
      return 'a heredoc';
    case 'ident':
      return token.end - token.start <= 40 ? `"${text.slice(token.start, token.end)}"` : 'a long name';
    case 'invalid':
      return 'an invalid character';
    default:
      return `"${token.kind}"`;
  }
}
