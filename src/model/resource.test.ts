import { describe, expect, it } from '@jest/globals';
import { pathKey } from './resource.js';

describe('pathKey', () => {
  it('is exactly JSON.stringify of the path, whatever the segments', () => {
    const segments = ['', 'a', 'ingress', 'x.y', 'a/b', 'quote"d', 'back\\slash', 'tab\there', 'new\nline', 'é', '☃', '\u2028', '\ud800', 'a b', '$ref', '@x', '*', 'a,b', 'k=v', 0, 7, 123456, -0, -1, 1.5, Number.NaN];
    const paths = [[], ...segments.map((s) => [s]), segments, ['a', 0, 'b', 12, 'c.d'], [-0, 'x']];
    for (const path of paths) expect(pathKey(path as (string | number)[])).toBe(JSON.stringify(path));
  });
});
