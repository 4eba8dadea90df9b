import { describe, expect, it } from '@jest/globals';
import { isUnknown } from '../../../../model/index.js';
import { evalExpr, vars } from '../expr-fixture.js';
import { isFailure, unknown } from '../values.js';
import { jsonStructureOf } from './encoding.js';

const U = unknown('test: unknown');

describe('functions: known results match Terraform', () => {
  it.each([
    ['merge({a = 1, b = 2}, {b = 3}, null)', { a: 1, b: 3 }],
    ['concat([1], [2, 3])', [1, 2, 3]],
    ['lookup({a = "x"}, "a", "d")', 'x'],
    ['lookup({a = "x"}, "b", "d")', 'd'],
    ['try(var.m.missing, "fallback")', 'fallback'],
    ['try(var.m.k, "fallback")', 'v'],
    ['can(var.m.missing)', false],
    ['can(var.m.k)', true],
    ['coalesce("", null, "b")', 'b'],
    ['coalescelist([], ["a"])', ['a']],
    ['format("%s-%d-%v-%q-%%-%03d", "a", 7, true, "q", 5)', 'a-7-true-"q"-%-005'],
    ['format("%v", {b = 1, a = [2]})', '{"a":[2],"b":1}'],
    ['formatlist("%s=%s", ["a", "b"], "x")', ['a=x', 'b=x']],
    ['join(",", ["a", "b"], ["c"])', 'a,b,c'],
    ['split(",", "a,,b")', ['a', '', 'b']],
    ['replace("a-b-c", "-", "_")', 'a_b_c'],
    ['replace("abc123", "/([a-z]+)(\\\\d+)/", "$2-$1")', '123-abc'],
    ['lower("AbC")', 'abc'],
    ['upper("abc")', 'ABC'],
    ['title("hello world-wide")', 'Hello World-Wide'],
    ['trimspace("  a \\n")', 'a'],
    ['trimprefix("prefix-x", "prefix-")', 'x'],
    ['trimsuffix("x.tf", ".tf")', 'x'],
    ['trim("?!hello?!", "!?")', 'hello'],
    ['length("héllo")', 5],
    ['length({a = 1})', 1],
    ['element(["a", "b"], 3)', 'b'],
    ['index(["a", "b"], "b")', 1],
    ['keys({b = 1, a = 2})', ['a', 'b']],
    ['values({b = 1, a = 2})', [2, 1]],
    ['toset(["b", "a", "b"])', ['a', 'b']],
    ['toset([1, "a"])', ['1', 'a']],
    ['tolist(["a"])', ['a']],
    ['tomap({a = 1, b = "x"})', { a: '1', b: 'x' }],
    ['flatten([[1, [2]], 3, []])', [1, 2, 3]],
    ['distinct([1, 2, 1])', [1, 2]],
    ['contains(["a"], "a")', true],
    ['compact(["a", "", null, "b"])', ['a', 'b']],
    ['slice([1, 2, 3], 1, 3)', [2, 3]],
    ['zipmap(["a", "b"], [1, 2])', { a: 1, b: 2 }],
    ['one([])', null],
    ['one(["x"])', 'x'],
    ['range(3)', [0, 1, 2]],
    ['range(1, 7, 2)', [1, 3, 5]],
    ['range(3, 0)', [3, 2, 1]],
    ['min(3, 1, 2)', 1],
    ['max([4, 9]...)', 9],
    ['abs(-2)', 2],
    ['ceil(1.2)', 2],
    ['floor(-1.2)', -2],
    ['tostring(1)', '1'],
    ['tonumber("1.5")', 1.5],
    ['tobool("true")', true],
    ['tostring(null)', null],
    ['startswith("hello", "he")', true],
    ['endswith("hello", "lo")', true],
    ['substr("hello", 1, 3)', 'ell'],
    ['substr("hello", -3, -1)', 'llo'],
    ['regex("(\\\\d+)-(\\\\d+)", "a 10-20")', ['10', '20']],
    ['regex("(?P<y>\\\\d{4})", "in 2024")', { y: '2024' }],
    ['regex("[a-z]+", "123abc")', 'abc'],
    ['regexall("\\\\d", "a1b2")', ['1', '2']],
    ['jsonencode({b = "<x>", a = [1, true, null]})', '{"a":[1,true,null],"b":"\\u003cx\\u003e"}'],
    ['jsondecode("{\\"a\\": [1, 2]}")', { a: [1, 2] }],
    ['yamldecode("a: 1\\nb: [x, true]\\nc: yes\\n")', { a: 1, b: ['x', true], c: 'yes' }],
    ['base64encode("hello")', 'aGVsbG8='],
    ['base64decode("aGVsbG8=")', 'hello'],
    ['cidrsubnet("10.0.0.0/16", 8, 2)', '10.0.2.0/24'],
    ['cidrsubnet("10.1.2.3/16", 4, 15)', '10.1.240.0/20'],
    ['cidrhost("10.0.1.0/24", 5)', '10.0.1.5'],
    ['cidrhost("10.0.1.0/24", -2)', '10.0.1.254'],
    ['cidrnetmask("10.0.0.0/12")', '255.240.0.0'],
    ['nonsensitive("x")', 'x'],
    ['provider::aws::trimspace(" x ")', 'x'],
  ])('%s', async (text, expected) => {
    expect(await evalExpr(text, vars({ m: { k: 'v' } }))).toEqual(expected);
  });
});

describe('functions: unknown and errors', () => {
  it('gives unknown for an unknown argument, never an exception', async () => {
    for (const text of ['upper(var.u)', 'join(",", ["a", var.u])', 'toset(["a", var.u])', 'cidrsubnet(var.u, 8, 1)', 'format("%s", var.u)', 'distinct([var.u])']) {
      const value = await evalExpr(text, vars({ u: U }));
      expect(isUnknown(value) && !isFailure(value)).toBe(true);
    }
  });

  it('keeps known structure where only elements are unknown', async () => {
    expect(await evalExpr('length([var.u, 1])', vars({ u: U }))).toBe(2);
    expect(await evalExpr('concat([var.u], ["a"])', vars({ u: U }))).toEqual([U, 'a']);
    expect(await evalExpr('merge({a = var.u}, {b = 1})', vars({ u: U }))).toEqual({ a: U, b: 1 });
    expect(await evalExpr('tolist([var.u, 1, "a"])', vars({ u: U }))).toEqual([U, '1', 'a']);
  });

  it('treats a wrong type or arity as an error that try() and can() see', async () => {
    for (const text of ['upper([1])', 'element([], 0)', 'lookup({}, "a")', 'one([1, 2])', 'jsondecode("{")', 'base64decode("!!")', 'cidrsubnet("10.0.0.0/30", 4, 1)', 'index(["a"], "b")', 'lower()']) {
      expect(isFailure(await evalExpr(text))).toBe(true);
    }
    expect(await evalExpr('try(upper([1]), "ok")')).toBe('ok');
    expect(await evalExpr('can(regex("^a", "b"))')).toBe(false);
  });

  it('does not pick try()/coalesce() fallbacks past a genuinely unknown value', async () => {
    expect(isUnknown(await evalExpr('try(var.u, "fallback")', vars({ u: U })))).toBe(true);
    expect(isUnknown(await evalExpr('coalesce(var.u, "b")', vars({ u: U })))).toBe(true);
    expect(await evalExpr('coalesce("a", var.u)', vars({ u: U }))).toBe('a');
    expect(isUnknown(await evalExpr('can(var.u)', vars({ u: U })))).toBe(true);
  });

  it('leaves impure and unimplemented computations unknown rather than an error', async () => {
    for (const text of ['timestamp()', 'uuid()', 'nosuchfunction(1)', 'format("%[1]s", "a")']) {
      const value = await evalExpr(text);
      expect(isUnknown(value) && !isFailure(value)).toBe(true);
    }
  });

  it('marks sensitive results and keeps the structure behind an unknown jsonencode', async () => {
    expect(await evalExpr('upper(sensitive("x"))')).toEqual({ $sensitive: true, value: 'X' });
    const encoded = await evalExpr('jsonencode({Statement = [{Principal = var.u}]})', vars({ u: U }));
    expect(isUnknown(encoded)).toBe(true);
    expect(jsonStructureOf(encoded)).toEqual({ Statement: [{ Principal: U }] });
  });
});

describe('functions: sensitive arguments', () => {
  it('never quotes a sensitive value in the reason of an error', async () => {
    const value = await evalExpr('tonumber(sensitive("hunter2"))');
    expect(isFailure(value)).toBe(true);
    expect(JSON.stringify(value)).not.toContain('hunter2');
  });
});
