import { describe, expect, it } from '@jest/globals';
import { evalExpr, vars } from '../expr-fixture.js';
import { isFailure, isSet, isUnknown, unknownValue } from '../values.js';

// Sets and lists of objects: Terraform compares elements structurally (cty equality), so two
// object literals with the same attributes are one element, whatever the key order.

describe('sets of objects', () => {
  it.each([
    ['toset([{a = 1, b = "x"}, {b = "x", a = 1}, {a = 2, b = "y"}])', [{ a: 1, b: 'x' }, { a: 2, b: 'y' }]],
    ['toset([[1, 2], [1, 2], [3]])', [[1, 2], [3]]],
    ['distinct([{a = 1}, {a = 1}, {a = 2}])', [{ a: 1 }, { a: 2 }]],
    ['contains([{a = 1, b = [1]}], {b = [1], a = 1})', true],
    ['contains([{a = 1}], {a = 2})', false],
    ['setunion([{p = 80}], [{p = 443}, {p = 80}])', [{ p: 80 }, { p: 443 }]],
    ['setintersection([{p = 80}, {p = 22}], [{p = 22}], [{p = 22}, {p = 1}])', [{ p: 22 }]],
    ['setsubtract([{p = 80}, {p = 22}], [{p = 22}])', [{ p: 80 }]],
    ['setunion(["b"], ["a", "b"])', ['a', 'b']],
    ['setintersection([3, 1, 2], [2, 3])', [2, 3]],
    ['setsubtract(["a", "b"], [])', ['a', 'b']],
    ['length(toset([{a = 1}, {a = 1}]))', 1],
    ['[for o in toset([{n = "x"}, {n = "y"}]) : o.n]', ['x', 'y']],
  ])('%s', async (text, expected) => {
    expect(await evalExpr(text)).toEqual(expected);
  });

  it('marks the results as sets, so iterating them gives key = value', async () => {
    expect(isSet(await evalExpr('toset([{a = 1}])'))).toBe(true);
    expect(isSet(await evalExpr('setunion([{a = 1}], [])'))).toBe(true);
  });

  it('is an error for elements with no common type, unknown for an unknown element', async () => {
    expect(isFailure(await evalExpr('toset([{a = 1}, "s"])'))).toBe(true);
    expect(isFailure(await evalExpr('setunion([{a = 1}], ["s"])'))).toBe(true);
    const u = await evalExpr('setsubtract([{a = var.u}], [{a = 1}])', vars({ u: unknownValue('u') }));
    expect(isUnknown(u) && !isFailure(u)).toBe(true);
  });
});
