import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Boundary, repositoryTop } from './boundary.js';
import { listTree } from './tree.js';

const work = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'posture-boundary-')));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function repo(name: string, gitFile = false): string {
  const root = path.join(work, name);
  mkdirSync(path.join(root, 'sub', 'deep'), { recursive: true });
  if (gitFile) writeFileSync(path.join(root, '.git'), 'gitdir: /elsewhere/.git/worktrees/x\n');
  else {
    mkdirSync(path.join(root, '.git'));
    writeFileSync(path.join(root, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  }
  return root;
}

describe('the repository boundary', () => {
  it('is the work tree top found by walking up for .git (a directory or a gitdir: file), else the root', () => {
    const plain = repo('plain');
    const worktree = repo('worktree', true);
    expect(repositoryTop(path.join(plain, 'sub', 'deep'))).toBe(plain);
    expect(repositoryTop(path.join(worktree, 'sub'))).toBe(worktree);
    expect(Boundary.of(path.join(plain, 'sub')).roots).toEqual([plain]);
    const loose = path.join(work, 'loose');
    mkdirSync(loose);
    expect(Boundary.of(loose).roots).toEqual([loose]);
  });

  it('adds a scanned path named outside the root (the user chose it), not a link inside it', () => {
    const root = repo('with-paths');
    const other = repo('other');
    symlinkSync(other, path.join(root, 'link'));
    expect(Boundary.of(root, [path.join(other, 'sub')]).roots).toEqual([root, other]);
    expect(Boundary.of(root, [path.join(root, 'link')]).roots).toEqual([root]);
  });

  it('refuses reads whose real path leaves it, naming where the link leads, and reads the rest', () => {
    const root = repo('reads');
    writeFileSync(path.join(work, 'secret'), 'SECRET=1');
    writeFileSync(path.join(root, 'inside.txt'), 'ok');
    symlinkSync(path.join(work, 'secret'), path.join(root, 'sub', 'out'));
    symlinkSync('../inside.txt', path.join(root, 'sub', 'in'));
    const boundary = Boundary.of(root);
    expect(boundary.readText(path.join(root, 'sub', 'in'))).toEqual({ text: 'ok', real: path.join(root, 'inside.txt') });
    expect(boundary.readText(path.join(root, 'sub', 'out'))).toEqual({ refused: `resolves to ${path.join(work, 'secret')}, outside the repository boundary (${root})` });
    expect(boundary.readText(path.join(root, 'sub', '..', '..', 'secret'))).toEqual({ refused: `is outside the repository boundary (${root})` });
    expect(boundary.readText(path.join(root, 'inside.txt'), 1)).toEqual({ error: 'larger than 0 MiB' });
    const listing = listTree(boundary, root);
    expect(listing.files.map((f) => f.relative)).toEqual(['.git/HEAD', 'inside.txt', 'sub/in']);
    expect(listing.refused.map((r) => r.relative)).toEqual(['sub/out']);
  });
});
