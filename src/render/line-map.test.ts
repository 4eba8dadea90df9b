import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mapTemplateLines, matchesPieces } from './line-map.js';

function templateFile(text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'line-map-')), 'deployment.yaml');
  writeFileSync(file, text);
  return file;
}

describe('mapTemplateLines', () => {
  it('maps rendered lines to the template lines with their actions read as wildcards', () => {
    const file = templateFile('kind: Pod\nspec:\n  {{- if .Values.on }}\n  privileged: {{ .Values.p }}\n  {{- end }}\n  {{ toYaml .Values.r | nindent 2 }}\n');
    expect(mapTemplateLines(file, '# Source: x\nkind: Pod\nspec:\n  privileged: true\n  cpu: 1')).toEqual([0, 0, 1, 2, 4, 6]);
  });

  // Before: each action became `.*` in one regex, `^a: .*-.*-…x$`, and a rendered line that
  // almost matched backtracked polynomially in the number of actions: a 243-byte template hung.
  it('answers at once for a line with many actions that a long rendered line almost matches', () => {
    const file = templateFile(`kind: Pod\na: ${'{{.a}}-'.repeat(30)}x\n`);
    expect(mapTemplateLines(file, `kind: Pod\na: ${'-'.repeat(100_000)}`)).toEqual([0, 1, 0]);
    expect(mapTemplateLines(file, `kind: Pod\na: ${'1-'.repeat(30)}x`)).toEqual([0, 1, 2]);
  });

  it('reads an unclosed {{ as text', () => {
    const file = templateFile(`kind: Pod\nb: ${'{{{'.repeat(50_000)}\n`);
    expect(mapTemplateLines(file, `kind: Pod\nb: ${'{{{'.repeat(50_000)}`)).toEqual([0, 1, 2]);
  });
});

describe('matchesPieces', () => {
  it('is an anchored glob', () => {
    expect(matchesPieces(['a', 'b', 'c'], 'a-b-c')).toBe(true);
    expect(matchesPieces(['a', 'b', 'c'], 'abc')).toBe(true);
    expect(matchesPieces(['ab', 'b'], 'ab')).toBe(false);
    expect(matchesPieces(['a', 'b', 'b'], 'a-b')).toBe(false);
    expect(matchesPieces(['', 'x', ''], 'yxy')).toBe(true);
    expect(matchesPieces(['a'], 'a')).toBe(true);
  });
});
