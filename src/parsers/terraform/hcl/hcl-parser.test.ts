import { describe, expect, it } from '@jest/globals';
import type { HclExpr } from '../hcl-types.js';
import { parseTemplateText } from '../index.js';
import { MAX_NESTING } from '../limits.js';
import { parseHcl } from './index.js';

const exprOf = (text: string): HclExpr => {
  const { body, diagnostics } = parseHcl('e.tf', `x = ${text}\n`);
  expect(diagnostics).toEqual([]);
  return body.attributes.x.expr;
};

const codes = (text: string) => parseHcl('m.tf', text).diagnostics.map((d) => `${d.code}@${d.range.startLine}`);

function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

/** How deep an expression tree is (iteratively: the point is that it is bounded). */
function depthOf(expr: HclExpr): number {
  let max = 0;
  const stack: [unknown, number][] = [[expr, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    max = Math.max(max, depth);
    if (typeof node !== 'object' || node === null) continue;
    for (const [key, value] of Object.entries(node)) if (key !== 'range') stack.push([value, depth + 1]);
  }
  return max;
}

describe('the HCL parser: grammar', () => {
  it('applies HCL operator precedence, left to right within a level, and nests conditionals to the right', () => {
    expect(exprOf('a || b && c == d + e * f')).toMatchObject({
      operator: '||',
      right: { operator: '&&', right: { operator: '==', right: { operator: '+', right: { operator: '*' } } } },
    });
    expect(exprOf('a - b - c')).toMatchObject({ operator: '-', left: { operator: '-', text: 'a - b' }, right: { root: 'c' } });
    expect(exprOf('a ? b : c ? d : e')).toMatchObject({ else: { kind: 'conditional', text: 'c ? d : e' } });
    expect(exprOf('-1.5e3')).toMatchObject({ kind: 'literal', value: -1500 });
    expect(exprOf('!-x.y')).toMatchObject({ kind: 'unary', operator: '!', operand: { kind: 'unary', operator: '-', operand: { root: 'x' } } });
  });

  it('reads splats, legacy indexes, calls with expansion and provider functions', () => {
    expect(exprOf('a.0.1')).toMatchObject({ kind: 'traversal', steps: [{ index: { value: 0, text: '.0' } }, { index: { value: 1, text: '.1' } }] });
    expect(exprOf('a[*].b[0][*].c')).toMatchObject({ steps: [{ splat: 'full', steps: [{ attr: 'b' }, { index: { value: 0 } }] }, { splat: 'full', steps: [{ attr: 'c' }] }] });
    expect(exprOf('provider::aws::arn_parse(x, y...)')).toMatchObject({ kind: 'call', name: 'provider::aws::arn_parse', expandLast: true });
    expect(exprOf('(f(x))[0]')).toMatchObject({ kind: 'access', target: { kind: 'call', text: 'f(x)' }, text: '(f(x))[0]' });
  });

  it('reads for-expressions, heredocs with strip markers and directives, and every kind of comment', () => {
    const text = 'x = [ # one\n  for k, v in m : /* two */ v // three\n  if k != "a"\n]\ny = <<-EOT\n    %{~ for i in l ~}\n    ${i}\n    %{~ endfor }\n  EOT\n';
    const { body, diagnostics } = parseHcl('f.tf', text);
    expect(diagnostics).toEqual([]);
    expect(body.attributes.x.expr).toMatchObject({ kind: 'for', keyVar: 'k', valueVar: 'v', condition: { operator: '!=' } });
    expect(body.attributes.y.expr).toMatchObject({ kind: 'template', parts: [{ kind: 'template-for', body: [{ root: 'i' }] }, { value: '\n' }] });
  });

  it('counts columns in UTF-16 code units and reads unicode names', () => {
    const { body } = parseHcl('u.tf', 'é = "日本"\nname_ü = "x"\n');
    expect(body.attributes['é'].expr.range).toMatchObject({ startLine: 1, startColumn: 5, endColumn: 9 });
    expect(body.attributes['name_ü'].range).toMatchObject({ startLine: 2, startColumn: 1, endColumn: 13 });
  });

  it('parses templatefile text with directives synchronously', () => {
    expect(parseTemplateText('%{ if a ~}\n  yes\n%{ endif }', 't.tpl')).toMatchObject({ kind: 'template', parts: [{ kind: 'template-if', then: [{ value: 'yes\n' }] }] });
    expect(parseTemplateText('%{ endif }', 't.tpl')).toBeUndefined();
  });
});

describe('the HCL parser: syntax errors', () => {
  it('reports the line and reads the items around it', () => {
    const { body, diagnostics } = parseHcl('b.tf', 'a = [1, 2\nb = 3\nc = )\nd "x" {\n  e = 1 2\n  f = 4\n}\n');
    expect(diagnostics.map((d) => `${d.code}@${d.range.startLine}`)).toEqual(['PARSE_SYNTAX@2', 'PARSE_SYNTAX@3', 'PARSE_SYNTAX@5']);
    expect(Object.keys(body.attributes)).toEqual(['a', 'b', 'c']);
    expect(body.attributes.b.expr).toMatchObject({ value: 3 });
    expect(body.attributes.c.expr).toMatchObject({ kind: 'other' });
    expect(body.blocks[0].body.attributes.f.expr).toMatchObject({ value: 4 });
  });

  it('ends at every truncation of a file, each a diagnostic, never a throw or a hang (fuzz: a file ending in a name looped)', () => {
    const sample = [
      'locals {\n  a = [for k, v in var.m : "${k}-${v}" if v != null]\n  b = { x = 1, "y" : -2.5e3 }\n}\n',
      'resource "aws_s3_bucket" "b" {\n  bucket = var.a ? local.b[0].c : f(x...)\n  d = <<-EOT\n    %{ for i in l ~}${i}%{ endfor }\n  EOT\n  tags = merge(local.t, { n = "a\\"b" })\n',
      '  dynamic "x" {\n    for_each = a.*.b[*].c\n    content { y = !true || 1 >= 2 }\n  }\n} # end\n/* tail */ z = provider::p::f(é)\n',
    ].join('');
    for (let cut = 0; cut <= sample.length; cut++) {
      const { body, diagnostics } = parseHcl('t.tf', sample.slice(0, cut));
      expect(body).toBeDefined();
      expect(diagnostics.every((d) => d.range.startLine >= 1)).toBe(true);
    }
    expect(parseHcl('t.tf', sample).diagnostics).toEqual([]);
  });

  it('keeps an unclosed block with what it holds', () => {
    const { body, diagnostics } = parseHcl('u.tf', 'a "b" {\n  c = 1\n');
    expect(diagnostics[0]).toMatchObject({ code: 'PARSE_SYNTAX', message: expect.stringContaining('missing "}"') });
    expect(body.blocks[0].body.attributes.c.expr).toMatchObject({ value: 1 });
  });
});

describe('the HCL parser: hostile input', () => {
  it('200,000 unclosed "${ in one string: well under a second, one diagnostic, the next block read', () => {
    const text = `variable "d" {\n  description = "${'${"'.repeat(200_000)}\n}\nresource "a" "b" {\n  c = 1\n}\n`;
    const { result, ms } = timed(() => parseHcl('o.tf', text));
    expect(ms).toBeLessThan(500);
    expect(result.diagnostics.filter((d) => d.code === 'PARSE_SYNTAX').map((d) => d.range.startLine)).toEqual([2]);
    expect(result.body.blocks.map((b) => b.labels)).toEqual([['d'], ['a', 'b']]);
  });

  it('whitespace after a stray token: linear (200 KB in well under a second)', () => {
    const make = (n: number) => `resource "a" "b" {\n  x = 1\n  -${' '.repeat(n)}\n  y = 2\n}\n`;
    const small = timed(() => parseHcl('w.tf', make(50_000)));
    const large = timed(() => parseHcl('w.tf', make(200_000)));
    expect(large.ms).toBeLessThan(500);
    expect(large.ms).toBeLessThan(small.ms * 20 + 50);
    expect(large.result.body.blocks[0].body.attributes.y.expr).toMatchObject({ value: 2 });
    expect(large.result.diagnostics.map((d) => `${d.code}@${d.range.startLine}`)).toEqual(['PARSE_SYNTAX@3']);
  });

  it('templates nested 150 deep: an unknown at the depth cut, not a failed file', () => {
    const { body, diagnostics } = parseHcl('t.tf', `x = ${'"${'.repeat(150)}1${'}"'.repeat(150)}\ny = 2\n`);
    expect(diagnostics.map((d) => `${d.code}@${d.range.startLine}`)).toEqual(['LIMIT_EXCEEDED@1']);
    expect(body.attributes.y.expr).toMatchObject({ value: 2 });
    let expr: HclExpr = body.attributes.x.expr;
    let levels = 0;
    while (expr.kind === 'template') {
      expr = expr.parts[0];
      levels += 1;
    }
    expect(expr).toMatchObject({ kind: 'other', nodeType: 'expression_nested_too_deep' });
    expect(levels).toBe(MAX_NESTING);
  });

  it('a chain of 5,000 operators or unary signs: a tree of bounded depth', () => {
    const sum = parseHcl('s.tf', `x = ${Array.from({ length: 5000 }, (_, i) => `a${i}`).join(' + ')}\ny = ${'-'.repeat(5000)}1\n`);
    expect(sum.diagnostics.map((d) => d.code)).toEqual(['LIMIT_EXCEEDED', 'LIMIT_EXCEEDED']);
    expect(depthOf(sum.body.attributes.x.expr)).toBeLessThan(4 * MAX_NESTING);
    expect(depthOf(sum.body.attributes.y.expr)).toBeLessThan(4 * MAX_NESTING);
  });

  it('50,000 stray "}" lines: one error each, linear (each was an Error with a stack trace: a second per 45,000)', () => {
    const { result, ms } = timed(() => parseHcl('c.tf', `a = 1\n${'}\n'.repeat(50_000)}b = 2\n`));
    expect(ms).toBeLessThan(1000);
    expect(result.diagnostics).toHaveLength(20);
    expect(Object.keys(result.body.attributes)).toEqual(['a', 'b']);
  });

  it('blocks nested 2,000 deep: one diagnostic, the rest of the file read', () => {
    expect(codes(`${'a {\n'.repeat(2000)}${'}\n'.repeat(2000)}b = 1\n`)).toEqual(['LIMIT_EXCEEDED@128']);
  });
});
