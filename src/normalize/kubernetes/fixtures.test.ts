import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { Resource } from '../../model/resource.js';
import { readOrWriteGolden, toGolden } from '../../parsers/common/golden.js';
import { parseKubernetes } from '../../parsers/kubernetes/index.js';
import { normalizeKubernetes } from './index.js';

const ROOT = path.resolve(process.cwd(), 'fixtures/kubernetes');

/** Golden test: every fixture case parses and normalises to its expected.resources.json. */
describe('Kubernetes fixtures', () => {
  // helm-chart and kustomize are sources to render, tested through src/render.
  const RENDERED = new Set(['helm-chart', 'kustomize', 'kustomize-remote']);
  const cases = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory() && !RENDERED.has(d.name)).map((d) => d.name);

  it('has the expected cases', () => {
    expect(cases.sort()).toEqual(['bad', 'broken', 'good', 'json-manifest', 'list-kind']);
  });

  it.each(cases)('%s matches its golden file', (name) => {
    const dir = path.join(ROOT, name);
    const resources: Resource[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const file of readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f) && !f.startsWith('expected.')).sort()) {
      const relative = `fixtures/kubernetes/${name}/${file}`;
      const doc = parseKubernetes({ absolutePath: path.join(dir, file), path: relative, format: 'kubernetes' }, readFileSync(path.join(dir, file), 'utf8'));
      const result = normalizeKubernetes(doc);
      resources.push(...result.resources);
      diagnostics.push(...doc.diagnostics, ...result.diagnostics);
    }
    const actual = JSON.parse(JSON.stringify(toGolden(resources, diagnostics)));
    expect(actual).toEqual(readOrWriteGolden(path.join(dir, 'expected.resources.json'), actual));
  });
});
