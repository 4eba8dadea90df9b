import type { HclTraversalStep } from '../hcl-types.js';
import type { ExprParser } from './parse-expr.js';

/**
 * Traversal steps after a value: `.name`, `[expr]`, the legacy index `.0`, and the splats `[*]`
 * (every later step applies to each element) and `.*` (only the attribute steps right after it).
 */

/** Steps after a value; inside a splat (`inSplat`) another splat ends them. */
export function readSteps(parser: ExprParser, inSplat: boolean): HclTraversalStep[] {
  const steps: HclTraversalStep[] = [];
  for (;;) {
    const token = parser.scanner.peek();
    if (token.kind === '.') {
      const step = dotStep(parser, inSplat);
      if (step === undefined) return steps;
      steps.push(...step);
    } else if (token.kind === '[') {
      const step = bracketStep(parser, inSplat);
      if (step === undefined) return steps;
      steps.push(step);
    } else return steps;
  }
}

/** `.name`, `.0` (legacy index) or `.*` (legacy splat: only the attribute steps after it are per element). */
function dotStep(parser: ExprParser, inSplat: boolean): HclTraversalStep[] | undefined {
  const scanner = parser.scanner;
  const dot = scanner.peek();
  const text = scanner.text;
  const after = dot.end;
  const c = text.charCodeAt(after);
  if (c >= 48 && c <= 57) {
    scanner.next();
    const end = scanner.digitsEnd(after);
    scanner.seek(end);
    scanner.lastEnd = end;
    return [{ index: { kind: 'literal', value: Number(text.slice(after, end)), ...parser.base(dot.start, end) } }];
  }
  if (c === 42) {
    if (inSplat) return undefined;
    scanner.next();
    scanner.seek(after + 1);
    scanner.lastEnd = after + 1;
    return [{ splat: 'attr', steps: attrSteps(parser) }];
  }
  scanner.next();
  const name = scanner.expect('ident', 'an attribute name');
  return [{ attr: scanner.tokenText(name) }];
}

/** The `.name` steps right after a legacy `.*`. */
function attrSteps(parser: ExprParser): HclTraversalStep[] {
  const out: HclTraversalStep[] = [];
  for (;;) {
    const dot = parser.scanner.peek();
    if (dot.kind !== '.') return out;
    const c = parser.scanner.text.charCodeAt(dot.end);
    if (c === 42 || (c >= 48 && c <= 57)) return out;
    parser.scanner.next();
    out.push({ attr: parser.scanner.tokenText(parser.scanner.expect('ident', 'an attribute name')) });
  }
}

/** `[expr]` or `[*]` (full splat: every later step is per element). */
function bracketStep(parser: ExprParser, inSplat: boolean): HclTraversalStep | undefined {
  const scanner = parser.scanner;
  const back = scanner.raw();
  return parser.inside(() => {
    scanner.next();
    if (scanner.eat('*') !== undefined) {
      if (inSplat) {
        scanner.seek(back);
        return undefined;
      }
      scanner.expect(']');
      return { splat: 'full' as const, steps: readSteps(parser, true) };
    }
    if (scanner.peek().kind === ']') throw scanner.unexpected(scanner.peek(), 'an index');
    const index = parser.expression();
    scanner.expect(']');
    return { index };
  });
}
