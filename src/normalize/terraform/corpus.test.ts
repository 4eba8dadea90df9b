import { expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isUnknown, pathKey } from '../../model/index.js';
import type { ParsedDocument, Resource } from '../../model/index.js';
import { parseTerraform } from '../../parsers/terraform/index.js';
import { CORPUS_DIR, describeWithCorpus } from '../../testing/corpus.js';
import { normalizeTerraformDocs } from '../../testing/pipeline.js';

const CORPUS = join(CORPUS_DIR ?? '', 'terraform');

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

/** One resource per resource block (the first instance, first caller), to compare with a per-directory evaluation. */
function firstInstancePerBlock(resources: Resource[]): Resource[] {
  const seen = new Map<string, Resource>();
  for (const r of resources) {
    const key = `${r.source.path}:${r.provenance.get(pathKey([]))?.startLine ?? 0}`;
    if (!seen.has(key)) seen.set(key, r);
  }
  return [...seen.values()];
}

describeWithCorpus('shared Terraform corpus', () => {
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
    const normalizeStarted = performance.now();
    const { resources, diagnostics } = normalizeTerraformDocs(docs);
    const normalizeMs = performance.now() - normalizeStarted;
    expect(diagnostics.filter((d) => d.level === 'error')).toEqual([]);
    expect(diagnostics.filter((d) => !/not resolved: run terraform init or vendor it$/.test(d.message))).toEqual([]);
    const leaves = countLeaves(resources.map((r) => r.raw));
    const share = leaves.known / (leaves.known + leaves.unknown);
    const blocks = firstInstancePerBlock(resources);
    const blockLeaves = countLeaves(blocks.map((r) => r.raw));
    console.log(
      `corpus: ${files.length} files parsed in ${Math.round(parseMs)} ms, normalised in ${Math.round(normalizeMs)} ms; ${resources.length} resources ` +
        `(${resources.filter((r) => !r.type.startsWith('tf.')).length} canonical); ${(share * 100).toFixed(1)}% of raw attribute values known; ` +
        `first instance of each of ${blocks.length} resource blocks: ${((blockLeaves.known / (blockLeaves.known + blockLeaves.unknown)) * 100).toFixed(1)}% known`,
    );
    expect(files.length).toBeGreaterThan(100);
    // every examples/* root module that declares resources or calls a local module yields resources
    const exampleRoots = [...new Set(docs.map((d) => d.file.path.replace(/\/[^/]+$/, '')))].filter((dir) => /(^|\/)examples\/[^/]+$/.test(dir));
    const evaluates = (dir: string): boolean =>
      docs.some((d) => d.file.path.startsWith(`${dir}/`) && /(^|\n)\s*(resource\s|module\s[^{]*\{\s*\n\s*source\s*=\s*"\.)/.test(readFileSync(d.file.absolutePath, 'utf8')));
    const scopes = new Set(resources.map((r) => r.scope));
    expect(exampleRoots.length).toBeGreaterThan(10);
    // the one exception calls its modules with `create = false`, so count = 0 creates nothing
    expect(exampleRoots.filter((dir) => evaluates(dir) && !scopes.has(dir))).toEqual(['terraform-aws-security-group/examples/disabled']);
    expect(resources.length).toBeGreaterThan(100);
  });
});
