import type { Diagnostic, SourceRange } from '../../model/index.js';
import { MAX_NESTING_DEPTH } from '../../model/limits.js';

/**
 * How deep expressions and blocks are read into the tree; what lies deeper becomes an expression
 * that evaluates to unknown, with a LIMIT_EXCEEDED diagnostic. Real configurations nest a few
 * levels; thousands would overflow the stack of every recursive walk after the parser. Half the
 * scan-wide MAX_NESTING_DEPTH (src/model/limits.ts), which the evaluator allows for expressions
 * and references together (`LIMITS.depth`, src/resolve/terraform/budget.ts): a value cut here is
 * not reported again there, and a chain of locals still has room.
 */
export const MAX_NESTING = MAX_NESTING_DEPTH / 2;

/** Reports "too deep" once per line of a file. */
export class DepthReporter {
  private readonly lines = new Set<number>();

  constructor(private readonly diagnostics: Diagnostic[] | undefined) {}

  report(range: SourceRange, what: string): void {
    if (this.diagnostics === undefined || this.lines.has(range.startLine)) return;
    this.lines.add(range.startLine);
    const message = `${what} nested more than ${MAX_NESTING} deep: what lies deeper is not read, and its value is unknown`;
    this.diagnostics.push({ code: 'LIMIT_EXCEEDED', level: 'warning', message, range });
  }
}
