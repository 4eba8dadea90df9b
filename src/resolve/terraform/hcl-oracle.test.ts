import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseTerraform } from '../../parsers/terraform/index.js';
import { CORPUS_DIR, describeWithCorpus } from '../../testing/corpus.js';
import { bodyToOracleShape, compareWithOracle, type Difference } from './hcl-oracle.js';

// Differential test: our reading (src/parsers/terraform/hcl) of every .tf file of the shared corpus against
// HashiCorp's own HCL parser (hcl2json, dev-only). Block types, labels, attribute names,
// nesting and literal values must agree; where we keep an expression, HCL must too (or fold it
// to the value our evaluator gets for it with no variables).

const CORPUS = join(CORPUS_DIR ?? '', 'terraform');
/** Constructs the corpus lacks (exponents, escapes, heredoc blank lines, CRLF); `.tf.txt` so no scan picks them up. */
const EDGE_CASES = 'src/resolve/terraform/hcl-oracle-cases';

/** hcl2json is Go compiled to wasm; its parse entry point (typed loosely: the package is ESM-only dev tooling). */
type Oracle = { parse(name: string, text: string): Promise<unknown> };

/**
 * Known differences that are HCL's representation, not our bug. Each entry: a file (relative to
 * the corpus), the difference path, and why. Empty while there is none.
 */
const EXPLAINED: { file: string; path: string; why: string }[] = [];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === '.git' || name === '.terraform' ? [] : walk(full);
    return name.endsWith('.tf') ? [full] : [];
  });
}

/** The whole corpus (about 15 s); POSTURE_HCL_ORACLE=sample compares every fourth file only. */
function filesToCompare(): string[] {
  const all = walk(CORPUS).sort();
  return process.env.POSTURE_HCL_ORACLE === 'sample' ? all.filter((_, i) => i % 4 === 0) : all;
}

async function differences(oracle: Oracle, path: string, text: string, ourText = text): Promise<Difference[]> {
  const theirs = await oracle.parse(path, text);
  const doc = await parseTerraform({ absolutePath: `/scan/${path}`, path, format: 'terraform' }, ourText);
  const found: Difference[] = [];
  compareWithOracle(bodyToOracleShape(doc.value.body), theirs, '', found);
  return found;
}

async function compareFile(oracle: Oracle, file: string): Promise<Difference[] | 'oracle-error'> {
  const text = readFileSync(file, 'utf8');
  const path = relative(CORPUS, file);
  let theirs: unknown;
  try {
    theirs = await oracle.parse(path, text);
  } catch {
    return 'oracle-error';
  }
  const doc = await parseTerraform({ absolutePath: file, path, format: 'terraform' }, text);
  const found: Difference[] = [];
  compareWithOracle(bodyToOracleShape(doc.value.body), theirs, '', found);
  return found.filter((d) => !EXPLAINED.some((e) => e.file === path && e.path === d.path));
}

const loadOracle = async () => (await import('@cdktn/hcl2json')) as unknown as Oracle;

describe('HCL reading against HashiCorp HCL: edge cases', () => {
  it.each(readdirSync(EDGE_CASES).filter((f) => f.endsWith('.tf.txt')))('agrees on %s', async (name) => {
    const text = readFileSync(join(EDGE_CASES, name), 'utf8');
    expect(await differences(await loadOracle(), name.replace(/\.txt$/, ''), text)).toEqual([]);
  });

  it('reports a difference when the readings disagree (the comparison can fail)', async () => {
    const oracle = await loadOracle();
    const found = await differences(oracle, 'm.tf', 'a = 1\nb "x" {\n  c = "s"\n  d = var.x\n}\n', 'a = 2\nb "y" {\n  c = "t"\n  d = "lit"\n}\n');
    expect(found.map((d) => `${d.path} ${d.kind}`).sort()).toEqual(['.a literal', '.b.x structure', '.b.y structure']);
    const inner = await differences(oracle, 'm.tf', 'b {\n  c = "s"\n  d = var.x\n  e {}\n}\n', 'b {\n  c = "t"\n  d = "lit"\n}\n');
    expect(inner.map((d) => `${d.path} ${d.kind}`).sort()).toEqual(['.b[0].c literal', '.b[0].d literal-vs-expression', '.b[0].e structure']);
  });
});

describeWithCorpus('HCL reading against HashiCorp HCL (hcl2json)', () => {
  it('agrees on structure and literal values for every compared corpus file', async () => {
    const oracle = await loadOracle();
    const files = filesToCompare();
    const differing: Record<string, Difference[]> = {};
    const oracleErrors: string[] = [];
    for (const file of files) {
      const result = await compareFile(oracle, file);
      if (result === 'oracle-error') oracleErrors.push(relative(CORPUS, file));
      else if (result.length > 0) differing[relative(CORPUS, file)] = result;
    }
    console.log(`hcl oracle: ${files.length} files compared, ${files.length - Object.keys(differing).length - oracleErrors.length} identical, ${Object.keys(differing).length} differing, ${oracleErrors.length} rejected by HCL`);
    expect(oracleErrors).toEqual([]);
    expect(differing).toEqual({});
  });
});
