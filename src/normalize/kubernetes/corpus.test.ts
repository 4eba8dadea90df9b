import { expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseKubernetes } from '../../parsers/kubernetes/index.js';
import { corpusPath, describeWithCorpus } from '../../testing/corpus.js';
import { normalizeKubernetes } from './index.js';

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (/\.(ya?ml|json)$/i.test(entry.name)) yield full;
  }
}

/**
 * Files in the corpus that are not manifests, with the reason; every other file must parse
 * without a syntax error and yield at least one resource.
 */
function notManifest(file: string, text: string): string | undefined {
  const name = path.basename(file);
  if (/^kustomization\.ya?ml$/.test(name)) return 'kustomization file';
  if (/^(values|Chart)\.ya?ml$/.test(name) || file.includes('/templates/')) return 'Helm chart source';
  if (!/^\s*"?apiVersion"?\s*:/m.test(text) || !/^\s*"?kind"?\s*:/m.test(text)) return 'no apiVersion/kind (config or data file)';
  return undefined;
}

describeWithCorpus('Kubernetes corpus', () => {
  const root = corpusPath('kubernetes');
  it('parses every manifest without a syntax error', () => {
    const failures: string[] = [];
    const excluded = new Map<string, number>();
    const other = new Map<string, number>();
    let manifests = 0;
    let resources = 0;
    const started = Date.now();
    for (const file of walk(root)) {
      const text = readFileSync(file, 'utf8');
      const relative = path.relative(root, file);
      const reason = notManifest(file, text);
      if (reason) {
        excluded.set(reason, (excluded.get(reason) ?? 0) + 1);
        continue;
      }
      manifests++;
      const doc = parseKubernetes({ absolutePath: file, path: relative, format: 'kubernetes' }, text);
      const result = normalizeKubernetes(doc);
      resources += result.resources.length;
      for (const d of doc.diagnostics) {
        if (d.code === 'PARSE_SYNTAX' && d.level === 'error') failures.push(`${relative}:${d.range.startLine}: ${d.message}`);
        else other.set(`${d.code} ${d.level}`, (other.get(`${d.code} ${d.level}`) ?? 0) + 1);
      }
      if (result.resources.length === 0) failures.push(`${relative}: no resources`);
    }
    process.stderr.write(`kubernetes corpus: ${manifests} manifest files, ${resources} resources, ${Date.now() - started} ms; excluded ${JSON.stringify(Object.fromEntries(excluded))}; other diagnostics ${JSON.stringify(Object.fromEntries(other))}\n`);
    expect(manifests).toBeGreaterThan(250);
    expect(failures).toEqual([]);
  });
});
