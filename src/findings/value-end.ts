/**
 * Where a plain (unquoted) value ends on one line. The masker asks for every key it meets, and a
 * minified file has a million keys on one line: a regex run from each key to the end of the line
 * made masking quadratic (57 s for a 4 MB plan). One pass over the line answers every question.
 */
import { isSpace } from './mask-line.js';

export class ValueEnds {
  /** next[i]: the first flow stop (`,` `}` `]`, or `#` after whitespace) at or after i; the line's length if none. */
  private next?: Int32Array;
  /** spaceRun[i]: where the run of whitespace that ends at i starts (i itself when line[i - 1] is not whitespace). */
  private spaceRun?: Int32Array;

  constructor(private readonly line: string) {}

  /** A value in flow context (`a: 1, b: 2`, `{x = y}`) ends at the whitespace before `,`, `}`, `]` or ` #`. */
  flowEnd(start: number): number {
    const { next, spaceRun } = this.tables();
    let stop = next[start];
    // a `#` needs whitespace before it inside the value
    if (stop === start && this.line[stop] === '#') stop = next[start + 1];
    return stop >= this.line.length ? this.line.length : Math.max(start, spaceRun[stop]);
  }

  /** A value in block context (`key: value` at the start of a line) ends at the whitespace before ` #` or ` //`. */
  blockEnd(start: number): number {
    const line = this.line;
    for (let i = start + 1; i < line.length; i++) {
      if ((line[i] === '#' || (line[i] === '/' && line[i + 1] === '/')) && isSpace(line[i - 1])) {
        let from = i - 1;
        while (from > start && isSpace(line[from - 1])) from--;
        return from;
      }
    }
    return line.length;
  }

  private tables(): { next: Int32Array; spaceRun: Int32Array } {
    if (this.next === undefined || this.spaceRun === undefined) {
      const line = this.line;
      const n = line.length;
      const spaceRun = new Int32Array(n + 1);
      for (let i = 1; i <= n; i++) spaceRun[i] = isSpace(line[i - 1]) ? spaceRun[i - 1] : i;
      const next = new Int32Array(n + 2).fill(n);
      for (let i = n - 1; i >= 0; i--) {
        const c = line[i];
        next[i] = c === ',' || c === '}' || c === ']' || (c === '#' && i > 0 && isSpace(line[i - 1])) ? i : next[i + 1];
      }
      this.next = next;
      this.spaceRun = spaceRun;
    }
    return { next: this.next, spaceRun: this.spaceRun };
  }
}
