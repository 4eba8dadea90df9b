import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isUnknown } from '../../model/index.js';
import type { ParsedDocument } from '../../model/index.js';
import { parseTerraform } from '../../parsers/terraform/index.js';
import { normalizeTerraform } from './index.js';

const CORPUS = '/work/shared/corpus/terraform';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === '.git' || name === '.terraform' ? [] : walk(full);
    return /\.(tf|tfvars)$/.test(name) ? [full] : [];
  });
}

/** Counts known and unknown leaves of the attributes, to report how much the evaluator resolves. */
function countLeaves(value: unknown, acc = { known: 0, unknown: 0 }): { known: number; unknown: number } {
  if (isUnknown(value)) acc.unknown++;
  else if (Array.isArray(value)) value.forEach((v) => countLeaves(v, acc));
  else if (value !== null && typeof value === 'object') Object.values(value).forEach((v) => countLeaves(v, acc));
  else acc.known++;
  return acc;
}

const describeCorpus = existsSync(CORPUS) ? describe : describe.skip;

describeCorpus('shared Terraform corpus', () => {
  it('parses every file without syntax errors and normalises without throwing', async () => {
    const files = walk(CORPUS);
    const started = performance.now();
    const docs: ParsedDocument[] = [];
    for (const file of files) {
      const path = relative(CORPUS, file).split('\\').join('/');
      docs.push(await parseTerraform({ absolutePath: file, path, format: 'terraform' }, readFileSync(file, 'utf8')));
    }
    const parseMs = performance.now() - started;
    const syntax = docs.flatMap((d) => d.diagnostics).filter((d) => d.code === 'PARSE_SYNTAX');
    expect(syntax).toEqual([]);
    const { resources, diagnostics } = normalizeTerraform(docs);
    expect(diagnostics).toEqual([]);
    const leaves = countLeaves(resources.map((r) => r.raw));
    const share = leaves.known / (leaves.known + leaves.unknown);
    console.log(
      `corpus: ${files.length} files parsed in ${Math.round(parseMs)} ms; ${resources.length} resources ` +
        `(${resources.filter((r) => !r.type.startsWith('tf.')).length} canonical); ${(share * 100).toFixed(1)}% of raw attribute values known`,
    );
    expect(files.length).toBeGreaterThan(100);
    expect(resources.length).toBeGreaterThan(100);
  });
});
