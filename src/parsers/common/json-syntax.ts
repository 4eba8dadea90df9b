/**
 * Why a text JSON.parse rejected is not JSON, without quoting it (JSON.parse's own message quotes
 * the text, which may hold a secret). Only runs on the error path. The grammar and the messages
 * are json-source-map's (the reader before ours): "Unexpected token X in JSON at position N" or
 * "Unexpected end of JSON input"; undefined when this grammar accepts the text (JSON.parse is
 * stricter about control characters in strings).
 */
export function jsonSyntaxError(text: string): { message: string; offset: number } | undefined {
  try {
    new SyntaxScanner(text).document();
    return undefined;
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { message: error.message, offset: error.offset };
    // A nesting too deep for the stack: no position to give.
    return { message: 'nesting too deep', offset: text.length };
  }
}

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const ESCAPES = new Set(['b', 'f', 'n', 'r', 't', '"', '/', '\\']);

class SyntaxScanner {
  private pos = 0;
  constructor(private readonly text: string) {}

  document(): void {
    this.value();
    if (this.pos < this.text.length) this.unexpected();
  }

  private value(): void {
    this.space();
    const char = this.next();
    if (char === 't') this.word('rue');
    else if (char === 'f') this.word('alse');
    else if (char === 'n') this.word('ull');
    else if (char === '"') this.string();
    else if (char === '[') this.list(']', () => this.value());
    else if (char === '{') this.list('}', () => this.member());
    else {
      this.pos--;
      if ('-0123456789'.includes(char)) this.number();
      else this.unexpected();
    }
    this.space();
  }

  private member(): void {
    if (this.next() !== '"') this.back();
    this.string();
    this.space();
    if (this.next() !== ':') this.back();
    this.value();
  }

  private list(close: string, item: () => void): void {
    this.space();
    if (this.next() === close) return;
    this.pos--;
    for (;;) {
      item();
      this.space();
      const char = this.next();
      if (char === close) return;
      if (char !== ',') this.back();
      this.space();
    }
  }

  private string(): void {
    for (;;) {
      const char = this.next();
      if (char === '"') return;
      if (char !== '\\') continue;
      const escape = this.next();
      if (escape === 'u') {
        for (let i = 0; i < 4; i++) if (!/[0-9a-f]/i.test(this.next())) this.back();
      } else if (!ESCAPES.has(escape)) this.back();
    }
  }

  private number(): void {
    if (this.text[this.pos] === '-') this.pos++;
    if (this.text[this.pos] === '0') this.next();
    else this.digits();
    if (this.text[this.pos] === '.') {
      this.pos++;
      this.digits();
    }
    if (this.text[this.pos] === 'e' || this.text[this.pos] === 'E') {
      this.pos++;
      if (this.text[this.pos] === '+' || this.text[this.pos] === '-') this.pos++;
      this.digits();
    }
  }

  private digits(): void {
    const from = this.pos;
    while (this.text[this.pos] >= '0' && this.text[this.pos] <= '9') this.pos++;
    if (this.pos > from) return;
    this.end();
    this.unexpected();
  }

  private word(rest: string): void {
    for (const expected of rest) if (this.next() !== expected) this.back();
  }

  private space(): void {
    while (this.pos < this.text.length && ' \t\r\n'.includes(this.text[this.pos])) this.pos++;
  }

  private next(): string {
    this.end();
    return this.text[this.pos++];
  }

  private end(): void {
    if (this.pos >= this.text.length) throw new JsonSyntaxError('Unexpected end of JSON input', this.text.length);
  }

  /** The character just read was wrong. */
  private back(): never {
    this.pos--;
    return this.unexpected();
  }

  private unexpected(): never {
    throw new JsonSyntaxError(`Unexpected token ${this.text[this.pos]} in JSON at position ${this.pos}`, this.pos);
  }
}
