import { describe, expect, it } from '@jest/globals';
import { pathKey } from '../../model/resource.js';
import type { SourceRange } from '../../model/source.js';
import { parseJsonWithPositions } from './json-positions.js';
import { hasPath, locateIn, offsetToLineCol, rangeAt, SpanTableBuilder, type PositionMap } from './position-map.js';

const range = (line: number): SourceRange => ({ path: 'f', startLine: line, startColumn: 1, endLine: line, endColumn: 2 });

describe('locateIn', () => {
  const positions: PositionMap = new Map([
    [pathKey([]), range(1)],
    [pathKey(['a']), range(2)],
    [pathKey(['a', 0]), range(3)],
  ]);

  it('returns the exact range, else the nearest ancestor', () => {
    expect(locateIn(positions, ['a', 0])?.startLine).toBe(3);
    expect(locateIn(positions, ['a', 0, 'b', 'c'])?.startLine).toBe(3);
    expect(locateIn(positions, ['z'])?.startLine).toBe(1);
  });

  it('distinguishes an index from a numeric key', () => {
    expect(locateIn(positions, ['a', '0'])?.startLine).toBe(2);
    expect(locateIn(new Map(), ['a'])).toBeUndefined();
  });
});

describe('a SpanTable (the YAML walkers\' positions)', () => {
  const builder = new SpanTableBuilder('f');
  builder.set(pathKey([]), range(1));
  builder.set(pathKey(['a']), range(2));
  builder.setItems(pathKey(['a']), [range(3), undefined, range(5)]);
  builder.set(pathKey(['a', 2, 'b']), range(6));
  builder.set(pathKey(['k']), range(7));
  builder.delete(pathKey(['k']));
  builder.set(pathKey(['k']), range(8));
  const table = builder.build();

  it('finds items by their sequence, keyed entries by path, and falls back to the nearest ancestor', () => {
    expect(rangeAt(table, ['a', 0])).toEqual(range(3));
    expect(rangeAt(table, ['a', 2, 'b'])).toEqual(range(6));
    expect(locateIn(table, ['a', 2, 'b', 'c'])?.startLine).toBe(6);
    // an empty item has no range of its own; past the last item there is none either
    expect(rangeAt(table, ['a', 1])).toBeUndefined();
    expect(locateIn(table, ['a', 1])?.startLine).toBe(2);
    expect(locateIn(table, ['a', 3])?.startLine).toBe(2);
    expect(locateIn(table, ['a', '0'])?.startLine).toBe(2);
  });

  it('keeps the later of a key set twice (a duplicate key moves its position)', () => {
    expect(rangeAt(table, ['k'])).toEqual(range(8));
    // sent from a parse worker as plain data
    expect(rangeAt(structuredClone(table), ['a', 2])).toEqual(range(5));
  });
});

describe('hasPath and offsetToLineCol', () => {
  it('tells existing paths from fallbacks', () => {
    expect(hasPath({ a: [{ b: null }] }, ['a', 0, 'b'])).toBe(true);
    expect(hasPath({ a: [{ b: null }] }, ['a', 1])).toBe(false);
    expect(hasPath({ a: 'text' }, ['a', 'length'])).toBe(false);
  });

  it('counts lines and UTF-16 columns from 1', () => {
    expect(offsetToLineCol('ab\ncd', 0)).toEqual({ line: 1, col: 1 });
    expect(offsetToLineCol('ab\ncd', 4)).toEqual({ line: 2, col: 2 });
    expect(offsetToLineCol('ab', 99)).toEqual({ line: 1, col: 3 });
  });
});

describe('parseJsonWithPositions', () => {
  it('maps keys, array items and the root, 1-based', () => {
    const { value, positions, diagnostics } = parseJsonWithPositions('{\n  "a": [\n    1,\n    {"b/c": true}\n  ]\n}', 'f.json');
    expect(diagnostics).toEqual([]);
    expect(value).toEqual({ a: [1, { 'b/c': true }] });
    expect(rangeAt(positions, [])).toMatchObject({ startLine: 1, startColumn: 1, endLine: 6, endColumn: 2 });
    expect(rangeAt(positions, ['a'])).toMatchObject({ startLine: 2, startColumn: 3, endLine: 5 });
    expect(rangeAt(positions, ['a', 1, 'b/c'])).toMatchObject({ startLine: 4, startColumn: 6 });
  });

  it('prefixes paths and tolerates a BOM', () => {
    const { positions } = parseJsonWithPositions('\uFEFF{"a": 1}', 'f.json', [3]);
    // Columns are UTF-16 offsets into the text as read, so the BOM counts as one.
    expect(rangeAt(positions, [3, 'a'])).toMatchObject({ startLine: 1, startColumn: 3 });
  });

  it('keeps a key named __proto__ as data, with its position', () => {
    const { value, positions, diagnostics } = parseJsonWithPositions('{\n  "__proto__": {"polluted": true},\n  "a": 1\n}', 'f.json');
    expect(diagnostics).toEqual([]);
    expect(Object.keys(value as object)).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(rangeAt(positions, ['__proto__', 'polluted'])).toMatchObject({ startLine: 2, startColumn: 17 });
  });

  it('reports each duplicate key at the later key and keeps the last value, as JSON.parse does', () => {
    const text = '{\n  "a": {"x": 1, "x": 2},\n  "b": ["a", "a", {"k\\"": 1, "k\\u0022": 2}],\n  "a": {"x": 3}\n}';
    const { value, positions, diagnostics } = parseJsonWithPositions(text, 'f.json');
    expect(value).toEqual({ a: { x: 3 }, b: ['a', 'a', { 'k"': 2 }] });
    expect(diagnostics.map((d) => [d.code, d.level, d.range.startLine, d.range.startColumn, d.range.endColumn, d.message])).toEqual([
      ['PARSE_DUPLICATE_KEY', 'warning', 2, 17, 20, expect.stringContaining('duplicate key "x"; the last value is used')],
      ['PARSE_DUPLICATE_KEY', 'warning', 3, 30, 39, expect.stringContaining('duplicate key "k\""')],
      ['PARSE_DUPLICATE_KEY', 'warning', 4, 3, 6, expect.stringContaining('duplicate key "a"')],
    ]);
    // The position follows the value that is kept.
    expect(rangeAt(positions, ['a'])?.startLine).toBe(4);
  });

  it('counts columns as before: a tab in whitespace is 4 columns, a carriage return restarts the line', () => {
    const { positions } = parseJsonWithPositions('{\r\n\t"a": {\t"b": [1,\r 2]}}', 'f.json');
    expect(rangeAt(positions, ['a'])).toMatchObject({ startLine: 2, startColumn: 5, endLine: 2, endColumn: 5 });
    expect(rangeAt(positions, ['a', 'b'])).toMatchObject({ startLine: 2, startColumn: 15, endColumn: 4 });
    expect(rangeAt(positions, ['a', 'b', 1])).toMatchObject({ startLine: 2, startColumn: 2, endColumn: 3 });
  });

  it('finds only what the text holds: an index is not a key, a scalar has no members', () => {
    const { positions } = parseJsonWithPositions('[{"0": "x", "s": "a]b\\\\"}, 7, [[], {}]]', 'f.json');
    expect(rangeAt(positions, [0, '0'])).toMatchObject({ startColumn: 3, endColumn: 11 });
    expect(rangeAt(positions, [0, 0])).toBeUndefined();
    expect(rangeAt(positions, ['0'])).toBeUndefined();
    expect(rangeAt(positions, [0, 's', 0])).toBeUndefined();
    expect(rangeAt(positions, [0, 's'])).toMatchObject({ startColumn: 13, endColumn: 25 });
    expect(rangeAt(positions, [1])).toMatchObject({ startColumn: 28, endColumn: 29 });
    expect(rangeAt(positions, [2, 1])).toMatchObject({ startColumn: 36, endColumn: 38 });
    expect(locateIn(positions, [2, 1, 'missing', 3])).toMatchObject({ startColumn: 36 });
    expect(locateIn(positions, [9])).toMatchObject({ startColumn: 1 });
  });

  it('locates nothing in a text that is not JSON', () => {
    expect(locateIn(parseJsonWithPositions('{"a": ', 'f.json').positions, ['a'])).toBeUndefined();
  });

  it('reports syntax errors with line and column, without echoing content', () => {
    const result = parseJsonWithPositions('{\n  "secret": "hunter2",\n  oops\n}', 'f.json');
    expect(result.value).toBeUndefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'PARSE_SYNTAX', level: 'error', range: expect.objectContaining({ startLine: 3, startColumn: 3 }) }),
    ]);
    expect(result.diagnostics[0].message).not.toContain('hunter2');
  });
});
