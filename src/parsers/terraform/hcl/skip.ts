import { HclSyntaxError, type Scanner } from './scanner.js';

/**
 * Skipping what lies deeper than the nesting limit without reading it into the tree: one forward
 * pass with an explicit stack of contexts (brackets, quoted strings, heredocs, `${…}` inside
 * them), so 200,000 unclosed `"${` cost a linear scan and no recursion. Only where the skipped
 * text ends matters; its value is unknown.
 */

type Frame = { kind: 'code'; closer: string | undefined } | { kind: 'quoted' } | { kind: 'heredoc'; id: string };

const CLOSERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

class Skipper {
  private readonly stack: Frame[];
  private pos: number;
  /** End of the last character that was not whitespace or a comment. */
  private lastEnd: number;
  /** Pending `?` of conditionals at the outer level: their `:` is part of the skipped expression. */
  private questions = 0;

  constructor(
    private readonly text: string,
    start: number,
    closer: string | undefined,
    private readonly newlines: boolean,
  ) {
    this.pos = start;
    this.lastEnd = start;
    this.stack = [{ kind: 'code', closer }];
  }

  /** Runs until the expression ends (outer frame) or its closing bracket is passed (body). */
  run(): number {
    for (;;) {
      const frame = this.stack[this.stack.length - 1];
      const done = frame.kind === 'code' ? this.code(frame) : frame.kind === 'quoted' ? this.quoted() : this.heredoc(frame.id);
      if (done) return this.lastEnd;
    }
  }

  private get outer(): boolean {
    return this.stack.length === 1;
  }

  private advance(to: number): void {
    this.pos = to;
    this.lastEnd = to;
  }

  private unclosed(what: string): HclSyntaxError {
    return new HclSyntaxError(this.pos, this.pos, `unexpected end of input in ${what} nested too deep`);
  }

  /** One step in code; true when the skipped expression (or body) ends here. */
  private code(frame: Extract<Frame, { kind: 'code' }>): boolean {
    const text = this.text;
    const c = text[this.pos];
    if (c === undefined) {
      if (this.outer && frame.closer === undefined) return true;
      throw this.unclosed('brackets');
    }
    if (c === '\n') {
      if (this.outer && this.newlines && frame.closer === undefined) return true;
      this.pos += 1;
    } else if (c === ' ' || c === '\t' || c === '\r') this.pos += 1;
    else if (c === '#' || (c === '/' && text[this.pos + 1] === '/')) this.pos = lineEnd(text, this.pos);
    else if (c === '/' && text[this.pos + 1] === '*') {
      const end = text.indexOf('*/', this.pos + 2);
      if (end < 0) throw this.unclosed('a comment');
      this.pos = end + 2;
    } else return this.token(frame, c);
    return false;
  }

  private token(frame: Extract<Frame, { kind: 'code' }>, c: string): boolean {
    const text = this.text;
    const outerExpr = this.outer && frame.closer === undefined;
    if (outerExpr && this.stopsExpression(c)) return true;
    if (c === '?') this.questions += outerExpr ? 1 : 0;
    if (c === ':' && outerExpr) this.questions -= 1;
    if (c === '"') this.stack.push({ kind: 'quoted' });
    else if (CLOSERS[c] !== undefined) this.stack.push({ kind: 'code', closer: CLOSERS[c] });
    else if (c === ')' || c === ']' || c === '}') {
      this.stack.pop();
      this.advance(this.pos + 1);
      return this.stack.length === 0;
    } else if (c === '<' && text[this.pos + 1] === '<') return this.heredocStart();
    this.advance(this.pos + 1);
    return false;
  }

  /** What ends an expression at the outer level: a separator, a closing bracket, `=`, `:` without `?`. */
  private stopsExpression(c: string): boolean {
    const text = this.text;
    const next = text[this.pos + 1];
    if (c === ',' || c === ')' || c === ']' || c === '}') return true;
    if (c === '=' && next !== '=' && text[this.pos - 1] !== '=' && text[this.pos - 1] !== '!' && text[this.pos - 1] !== '<' && text[this.pos - 1] !== '>') return true;
    if (c === ':' && this.questions === 0) return true;
    if (c === '.' && next === '.' && text[this.pos + 2] === '.') return true;
    if (c === '~' && /^\s*\}/.test(text.slice(this.pos + 1, this.pos + 64))) return true;
    return c === 'i' && next === 'f' && !/[\w-]/.test(text[this.pos - 1] ?? ' ') && !/[\w-]/.test(text[this.pos + 2] ?? ' ');
  }

  private heredocStart(): boolean {
    const text = this.text;
    const m = /^<<-?([\p{ID_Start}_][\p{ID_Continue}-]*)\r?\n/u.exec(text.slice(this.pos, this.pos + 200));
    if (m === null) {
      this.advance(this.pos + 2);
      return false;
    }
    this.stack.push({ kind: 'heredoc', id: m[1] });
    this.advance(this.pos + m[0].length);
    return false;
  }

  private quoted(): boolean {
    const text = this.text;
    const c = text[this.pos];
    if (c === undefined || c === '\n') throw this.unclosed('a string');
    if (c === '\\') this.advance(this.pos + 2);
    else if ((c === '$' && text[this.pos + 1] === '$') || (c === '%' && text[this.pos + 1] === '%')) this.advance(this.pos + 2);
    else if ((c === '$' || c === '%') && text[this.pos + 1] === '{') {
      this.stack.push({ kind: 'code', closer: '}' });
      this.advance(this.pos + 2);
    } else {
      if (c === '"') this.stack.pop();
      this.advance(this.pos + 1);
    }
    return false;
  }

  private heredoc(id: string): boolean {
    const text = this.text;
    if (this.pos >= text.length) throw this.unclosed('a heredoc');
    if (this.pos === 0 || text[this.pos - 1] === '\n') {
      const end = lineEnd(text, this.pos);
      if (text.slice(this.pos, end).trim() === id) {
        this.stack.pop();
        this.advance(this.pos + text.slice(this.pos, end).indexOf(id) + id.length);
        return false;
      }
    }
    const c = text[this.pos];
    if ((c === '$' && text[this.pos + 1] === '$') || (c === '%' && text[this.pos + 1] === '%')) this.advance(this.pos + 2);
    else if ((c === '$' || c === '%') && text[this.pos + 1] === '{') {
      this.stack.push({ kind: 'code', closer: '}' });
      this.advance(this.pos + 2);
    } else this.advance(this.pos + 1);
    return false;
  }
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/** Skips one expression from the scanner's position; returns where it ends. */
export function skipExpression(scanner: Scanner): number {
  const start = scanner.raw();
  const end = new Skipper(scanner.text, start, undefined, scanner.newlines).run();
  scanner.pos = end;
  return end;
}

/** Skips a block body whose `{` was just read, through its `}`; returns the offset after it. */
export function skipBody(scanner: Scanner): number {
  const end = new Skipper(scanner.text, scanner.raw(), '}', false).run();
  scanner.pos = end;
  return end;
}
