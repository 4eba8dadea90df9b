import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parseDocument, visit, type Alias } from 'yaml';
import { parseInput } from '../index.js';
import { REPO_ROOT } from '../../testing/engine.js';
import { anchorTargets } from './yaml-anchors.js';

function aliasesOf(text: string) {
  const doc = parseDocument(text);
  const aliases: Alias[] = [];
  visit(doc, { Alias: (_, node) => void aliases.push(node) });
  return { doc, aliases };
}

describe('anchorTargets', () => {
  it('resolves every alias to the node yaml resolves it to: the last anchor of that name before it', () => {
    const text = [
      'a: &x 1',
      'b: *x',
      'c: &x {k: &y [1, 2]}',
      'd: [*x, *y]',
      '*x : key-alias',
      'e: *missing',
      'f: {<<: *x, g: &y 3}',
      'h: *y',
    ].join('\n');
    const { doc, aliases } = aliasesOf(text);
    const targets = anchorTargets(doc);
    expect(aliases.length).toBe(7);
    for (const alias of aliases) expect(targets.get(alias)).toBe(alias.resolve(doc));
  });

  it('does not walk the document once per alias (fuzz case yaml-alias-walk: a 2.4 KB manifest parsed in 32 s)', async () => {
    const file = path.join(REPO_ROOT, 'fixtures', 'fuzz', 'yaml-alias-walk', 'pod.yaml.fuzz');
    const text = readFileSync(file, 'utf8');
    const start = performance.now();
    const document = await parseInput({ absolutePath: file, path: 'pod.yaml', format: 'kubernetes' }, text);
    const ms = performance.now() - start;
    expect(JSON.stringify(document.value)).toContain('"name":"aliased"');
    expect(ms).toBeLessThan(10_000);
  });
});
