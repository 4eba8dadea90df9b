import { describe, expect, it } from '@jest/globals';
import { isUnknown } from '../../../model/index.js';
import { evalExpr, vars } from './expr-fixture.js';
import { isFailure, unknown } from './values.js';

const U = unknown('test: unknown');

describe('evaluate: operators', () => {
  it.each([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['10 / 4', 2.5],
    ['7 % 3', 1],
    ['-var.n', -5],
    ['"3" + 1', 4],
    ['1 == "1"', false],
    ['[1, 2] == [1, 2]', true],
    ['{a = 1} != {a = 2}', true],
    ['2 >= 2 && 1 < 2', true],
    ['!true || false', false],
    ['"true" && true', true],
  ])('%s = %j', async (text, expected) => {
    expect(await evalExpr(text, vars({ n: 5 }))).toEqual(expected);
  });

  it('propagates unknown through every operator and turns errors into unknown', async () => {
    for (const text of ['var.u + 1', 'var.u == 1', '!var.u', 'var.u && true', '-var.u', '[var.u] == [1]']) {
      expect(isUnknown(await evalExpr(text, vars({ u: U })))).toBe(true);
    }
    const error = await evalExpr('1 / 0');
    expect(isUnknown(error) && isFailure(error)).toBe(true);
    expect(isFailure(await evalExpr('"a" + 1'))).toBe(true);
  });
});

describe('evaluate: conditionals', () => {
  it('picks a branch on a known condition and is unknown on an unknown one unless both branches agree', async () => {
    expect(await evalExpr('var.c ? "a" : "b"', vars({ c: false }))).toBe('b');
    expect(await evalExpr('var.c ? "a" : "b"', vars({ c: 'true' }))).toBe('a');
    expect(isUnknown(await evalExpr('var.c ? "a" : "b"', vars({ c: U })))).toBe(true);
    expect(await evalExpr('var.c ? "same" : "same"', vars({ c: U }))).toBe('same');
    expect(isUnknown(await evalExpr('var.c ? var.u : var.u', vars({ c: U, u: U })))).toBe(true);
  });
});

describe('evaluate: for-expressions', () => {
  it('builds lists and maps, filters with if, and groups with ...', async () => {
    expect(await evalExpr('[for s in ["a", "b"] : upper(s)]')).toEqual(['A', 'B']);
    expect(await evalExpr('[for i, s in ["a", "b"] : "${i}${s}"]')).toEqual(['0a', '1b']);
    expect(await evalExpr('{for k, v in {b = 2, a = 1} : v => k}')).toEqual({ 1: 'a', 2: 'b' });
    expect(await evalExpr('[for k, v in {b = 2, a = 1} : k]')).toEqual(['a', 'b']); // map keys in lexical order
    expect(await evalExpr('[for n in [1, 2, 3, 4] : n if n % 2 == 0]')).toEqual([2, 4]);
    expect(await evalExpr('{for s in ["ab", "ac", "b"] : substr(s, 0, 1) => s...}')).toEqual({ a: ['ab', 'ac'], b: ['b'] });
  });

  it('is unknown for an unknown collection, condition or key, and an error for duplicate keys', async () => {
    expect(isUnknown(await evalExpr('[for s in var.u : s]', vars({ u: U })))).toBe(true);
    expect(isUnknown(await evalExpr('[for s in ["a"] : s if var.u]', vars({ u: U })))).toBe(true);
    expect(isUnknown(await evalExpr('{for s in ["a"] : var.u => s}', vars({ u: U })))).toBe(true);
    expect(isFailure(await evalExpr('{for s in ["a", "a"] : s => s}'))).toBe(true);
    expect(await evalExpr('[for s in ["a", var.u] : s]', vars({ u: U }))).toEqual(['a', U]);
  });
});

describe('evaluate: traversal and splats', () => {
  const scope = vars({ list: [{ id: 'a', tags: ['x'] }, { id: 'b', tags: ['y'] }], obj: { id: 'o' }, none: null, m: { k: 'v' } });

  it.each([
    ['var.list[*].id', ['a', 'b']],
    ['var.list.*.id', ['a', 'b']],
    ['var.list[*].tags[0]', ['x', 'y']],
    ['var.list.*.tags[0]', ['x']],
    ['var.obj[*].id', ['o']],
    ['var.none[*].id', []],
    ['var.list[1].id', 'b'],
    ['var.m["k"]', 'v'],
    ['var.list.0.id', 'a'],
    ['[10, 20][1]', 20],
    ['{a = {b = 3}}.a.b', 3],
    ['(var.m).k', 'v'],
    ['concat(["p"], ["q"])[1]', 'q'],
  ])('%s = %j', async (text, expected) => {
    expect(await evalExpr(text, scope)).toEqual(expected);
  });

  it('is an error for a missing key or index and unknown through an unknown value', async () => {
    expect(isFailure(await evalExpr('var.m.nope', scope))).toBe(true);
    expect(isFailure(await evalExpr('var.list[5]', scope))).toBe(true);
    expect(isUnknown(await evalExpr('var.u[*].id', vars({ u: U })))).toBe(true);
    expect(isUnknown(await evalExpr('data.aws_region.current.name'))).toBe(true);
    expect(isUnknown(await evalExpr('aws_s3_bucket.b.id'))).toBe(true);
  });
});

describe('evaluate: templates and heredocs', () => {
  it('interpolates, runs %{if} and %{for} directives, and honours strip markers', async () => {
    expect(await evalExpr('"a-${var.n}-${true}"', vars({ n: 1.5 }))).toBe('a-1.5-true');
    expect(await evalExpr('"%{ if var.c }yes%{ else }no%{ endif }"', vars({ c: false }))).toBe('no');
    expect(await evalExpr('"%{ for k, v in {a = 1, b = 2} }${k}=${v};%{ endfor }"')).toBe('a=1;b=2;');
    expect(await evalExpr('"x ${~ "y" ~} z"')).toBe('xyz');
    expect(await evalExpr('"$${literal} %%{literal}"')).toBe('${literal} %{literal}');
    expect(await evalExpr('<<-EOT\n    %{ for s in ["a", "b"] ~}\n    - ${s}\n    %{ endfor ~}\n    EOT')).toBe('- a\n- b\n');
    expect(await evalExpr('<<EOT\nhello ${upper("w")}\nEOT')).toBe('hello W\n');
  });

  it('is unknown when a part or a directive condition is unknown, and an error for null', async () => {
    expect(isUnknown(await evalExpr('"a-${var.u}"', vars({ u: U })))).toBe(true);
    expect(isUnknown(await evalExpr('"%{ if var.u }a%{ endif }"', vars({ u: U })))).toBe(true);
    expect(isFailure(await evalExpr('"a-${null}"'))).toBe(true);
    expect(await evalExpr('"${var.u}"', vars({ u: [1] }))).toEqual([1]);
  });
});

describe('evaluate: type unification', () => {
  it('converts the chosen branch and coalesce() result to the common type, as HCL does', async () => {
    expect(await evalExpr('true ? 1 : "x"')).toBe('1');
    expect(await evalExpr('false ? 1 : "x"')).toBe('x');
    expect(await evalExpr('true ? 1 : null')).toBe(1);
    expect(isFailure(await evalExpr('true ? 1 : false'))).toBe(true);
    expect(await evalExpr('coalesce(null, 2, "a")')).toBe('2');
  });
});

describe('evaluate: precedence and associativity', () => {
  it.each([
    ['true ? 1 : false ? 2 : 3', 1],
    ['false ? 1 : true ? 2 : 3', 2],
    ['false ? 1 : false ? 2 : false ? 3 : 4', 4],
    ['(false ? true : false) ? 1 : 2', 2],
    ['10 - 4 - 3', 3],
    ['12 / 2 / 3', 2],
    ['2 * 3 % 4', 2],
    ['true || false && false', true],
    ['1 < 2 == true', true],
    ['!false && false', false],
    ['-2 * -3', 6],
  ])('%s = %j', async (text, expected) => {
    expect(await evalExpr(text)).toEqual(expected);
  });
});

describe('evaluate: where an unknown came from (origin)', () => {
  const after = (ref: string): unknown => ({ $unknown: true, reason: `${ref} is only known after apply`, origin: [ref] });
  const scope = vars({ b: after('aws_s3_bucket.b'), c: after('aws_s3_bucket.c'), on: true, u: U, list: [after('aws_s3_bucket.b')] });

  it.each([
    ['var.b.id', ['aws_s3_bucket.b.id']],
    ['var.b["k"]', ['aws_s3_bucket.b["k"]']],
    ['var.b[*].id', ['aws_s3_bucket.b[*].id']],
    ['var.on ? var.b.id : var.c.id', ['aws_s3_bucket.b.id']],
    ['var.u ? var.b.id : var.c.id', ['aws_s3_bucket.b.id', 'aws_s3_bucket.c.id']],
    ['try(var.b.id, null)', ['aws_s3_bucket.b.id']],
    ['one(var.list)', ['aws_s3_bucket.b']],
    ['coalesce(null, var.b.id)', ['aws_s3_bucket.b.id']],
    ['coalesce(var.b.id, var.c.id)', ['aws_s3_bucket.b.id', 'aws_s3_bucket.c.id']],
    ['[for x in var.b : x.id]', ['aws_s3_bucket.b[*].id']],
    ['"${var.b.id}"', ['aws_s3_bucket.b.id']],
  ])('%s is %j', async (text, origin) => {
    expect((await evalExpr(text, scope)) as { origin?: string[] }).toMatchObject({ $unknown: true, origin });
  });

  it.each(['"${var.b.id}-x"', 'var.b.id == "a"', 'upper(var.b.id)', 'var.u ? var.b.id : "literal"', 'coalesce(var.b.id, "fallback")', 'var.b[var.u]'])(
    '%s is a value computed from it, with no origin',
    async (text) => {
      const value = await evalExpr(text, scope);
      expect(isUnknown(value) && value.origin).toBeUndefined();
    },
  );
});
