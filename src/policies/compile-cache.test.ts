import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cachedEntry, compileKey, defaultCacheDirectory, storeEntry } from './compile-cache.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'posture-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the policy compile cache', () => {
  it('keys on every source byte, file name, the compiler and the options; a linked file counts', () => {
    const dir = path.join(work, 'rego');
    mkdirSync(path.join(dir, 'sub'), { recursive: true });
    writeFileSync(path.join(dir, 'a.rego'), 'package a\n');
    writeFileSync(path.join(work, 'outside.rego'), 'package b\n');
    symlinkSync(path.join(work, 'outside.rego'), path.join(dir, 'sub', 'b.rego'));
    const key = () => compileKey('embedded x', [dir], { runTests: true });
    const first = key();
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(key()).toBe(first);
    expect(compileKey('embedded y', [dir], { runTests: true })).not.toBe(first);
    expect(compileKey('embedded x', [dir], { runTests: false })).not.toBe(first);
    writeFileSync(path.join(work, 'outside.rego'), 'package b\n\nx := 1\n');
    const edited = key();
    expect(edited).not.toBe(first);
    writeFileSync(path.join(dir, 'sub', 'c.rego'), '');
    expect(key()).not.toBe(edited);
  });

  it('shows an entry only once it is whole, and never keeps the scratch directory', () => {
    const cache = path.join(work, 'cache');
    expect(cachedEntry(cache, 'k')).toBeUndefined();
    expect(() =>
      storeEntry(cache, 'k', (out) => {
        mkdirSync(out);
        writeFileSync(path.join(out, 'policy.wasm'), '');
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    expect(cachedEntry(cache, 'k')).toBeUndefined();
    const stored = storeEntry(cache, 'k', (out) => {
      mkdirSync(out);
      for (const f of ['policy.wasm', 'policy.meta.json', 'catalog.json']) writeFileSync(path.join(out, f), '');
    });
    expect(cachedEntry(cache, 'k')).toBe(stored);
  });

  it('lives in the user cache directory by default, never under the scanned tree', () => {
    expect(defaultCacheDirectory({ XDG_CACHE_HOME: '/x/cache' })).toBe(path.join('/x/cache', 'posture-gate'));
    expect(defaultCacheDirectory({})).toBe(path.join(os.homedir(), '.cache', 'posture-gate'));
  });
});
