import { describe, expect, it } from '@jest/globals';
import { pathKey } from '../../model/resource.js';
import type { AttributePath, SourceRange } from '../../model/source.js';
import { DeferredRanges } from './provenance.js';

const rangeAt = (at: AttributePath): SourceRange => ({ path: 'snapshot.json', startLine: at.length + 1, startColumn: 1, endLine: at.length + 1, endColumn: 2 });

function deferred(): { ranges: DeferredRanges; located: string[] } {
  const located: string[] = [];
  const ranges = new DeferredRanges(({ at }) => {
    located.push(at.join('.'));
    return at.includes('missing') ? undefined : rangeAt(at);
  });
  return { ranges, located };
}

describe('DeferredRanges', () => {
  it('locates only the entries that are read, once each', () => {
    const { ranges, located } = deferred();
    ranges.defer([], { at: [] });
    ranges.defer(['encryption', 'enabled'], { at: ['supplementaryConfiguration', 'ServerSideEncryptionConfiguration'] });
    ranges.defer(['versioning', 'enabled'], { at: ['supplementaryConfiguration', 'BucketVersioningConfiguration', 'status'] });
    expect(located).toEqual([]);
    expect(ranges.get(pathKey([]))).toEqual(rangeAt([]));
    expect(located).toEqual(['']);
    expect(ranges.get(pathKey(['versioning', 'enabled']))?.startLine).toBe(4);
    expect(ranges.get(pathKey(['versioning', 'enabled']))?.startLine).toBe(4);
    expect(ranges.has(pathKey(['nothing']))).toBe(false);
    expect(located).toEqual(['', 'supplementaryConfiguration.BucketVersioningConfiguration.status']);
  });

  it('iterates, sizes and spreads like the Map it stands for, every entry located', () => {
    const { ranges } = deferred();
    ranges.defer(['a'], { at: ['configuration', 'a'] });
    ranges.defer(['b'], { at: ['configuration', 'missing'] });
    ranges.defer([], { at: [] });
    expect(ranges.size).toBe(2);
    expect(new Map(ranges)).toEqual(new Map([[pathKey(['a']), rangeAt(['configuration', 'a'])], [pathKey([]), rangeAt([])]]));
    expect([...ranges.keys()].sort()).toEqual([pathKey([]), pathKey(['a'])].sort());
  });

  it('a later set or defer of the same path wins, and delete drops a pending entry', () => {
    const { ranges, located } = deferred();
    const explicit: SourceRange = { path: 'template.yaml', startLine: 9, startColumn: 1, endLine: 9, endColumn: 1 };
    ranges.defer(['a'], { at: ['configuration', 'a'] });
    ranges.set(pathKey(['a']), explicit);
    expect(ranges.get(pathKey(['a']))).toBe(explicit);
    ranges.defer(['a'], { at: ['configuration', 'x', 'y'] });
    expect(ranges.get(pathKey(['a']))?.startLine).toBe(4);
    ranges.defer(['b'], { at: ['configuration', 'b'] });
    expect(ranges.delete(pathKey(['b']))).toBe(true);
    expect(ranges.get(pathKey(['b']))).toBeUndefined();
    ranges.defer([], { at: [] });
    expect(ranges.delete(pathKey([]))).toBe(true);
    expect(ranges.has(pathKey([]))).toBe(false);
    expect(located).toEqual(['configuration.x.y']);
  });
});
