import { describe, expect, it } from '@jest/globals';
import { pathKey } from '../model/resource.js';
import type { AttributePath, SourceRange } from '../model/source.js';
import { LazyProvenance } from './lazy-provenance.js';

const at = (line: number): SourceRange => ({ path: 'f.yaml', startLine: line, startColumn: 1, endLine: line, endColumn: 2 });

describe('LazyProvenance', () => {
  const tree = { a: { b: [10, 20] }, 'x.y': 1 };
  const located: AttributePath[] = [];
  const locate = (path: AttributePath) => {
    located.push(path);
    return at(path.length + 1);
  };

  it('locates only the paths asked for, and only paths the tree holds', () => {
    located.length = 0;
    const map = new LazyProvenance().defer(tree, locate);
    expect(map.get(pathKey(['a', 'b', 1]))).toEqual(at(4));
    expect(map.get(pathKey(['a', 'b', 2]))).toBeUndefined();
    expect(map.has(pathKey(['a', 'c']))).toBe(false);
    expect(map.get(pathKey(['x.y']))).toEqual(at(2));
    expect(located).toEqual([['a', 'b', 1], ['x.y']]);
  });

  it('lets entries set explicitly win, and iterates every path of the tree', () => {
    const map = new LazyProvenance().defer(tree, locate);
    map.set(pathKey([]), at(99));
    expect(map.get(pathKey([]))).toEqual(at(99));
    expect(new Map(map)).toEqual(
      new Map([
        [pathKey([]), at(99)],
        [pathKey(['a']), at(2)],
        [pathKey(['a', 'b']), at(3)],
        [pathKey(['a', 'b', 0]), at(4)],
        [pathKey(['a', 'b', 1]), at(4)],
        [pathKey(['x.y']), at(2)],
      ]),
    );
    expect(map.size).toBe(6);
  });

  it('is a plain map without a tree', () => {
    const map = new LazyProvenance();
    expect(map.get(pathKey(['a']))).toBeUndefined();
    map.set(pathKey(['a']), at(1));
    expect([...map.keys()]).toEqual([pathKey(['a'])]);
  });
});
