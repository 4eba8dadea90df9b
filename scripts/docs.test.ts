import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { referencePages } from '../src/catalog/reference.js';
import type { Catalog } from '../src/model/index.js';
import { REPO_ROOT } from '../src/testing/engine.js';

/** docs/checks.md and docs/frameworks.md are generated; `npm run docs` rewrites them (UPDATE_DOCS=1). */
describe('generated reference in docs/', () => {
  const catalog = JSON.parse(readFileSync(path.join(REPO_ROOT, 'dist/policies/catalog.json'), 'utf8')) as Catalog;
  const pages = referencePages(catalog);

  it.each(Object.keys(pages))('%s matches the catalogue', (file) => {
    const target = path.join(REPO_ROOT, file);
    if (process.env.UPDATE_DOCS) writeFileSync(target, pages[file]);
    expect(readFileSync(target, 'utf8')).toBe(pages[file]);
  });

  it('lists every live check and every framework control', () => {
    for (const check of catalog.checks.filter((c) => !c.deprecated)) expect(pages['docs/checks.md']).toContain(`| ${check.id} |`);
    const controls = catalog.frameworks.reduce((n, f) => n + f.controls.length, 0);
    expect(pages['docs/frameworks.md'].split('\n').filter((l) => /^\| .* \| .* \| (manual|no check yet|[A-Z0-9, -]+) \|$/.test(l)).length).toBeGreaterThanOrEqual(controls);
  });

  it('lists each deprecated check apart, with why, and never in a framework', () => {
    const deprecated = catalog.checks.filter((c) => c.deprecated);
    expect(deprecated.map((c) => c.id)).toContain('AWS-0001');
    const section = pages['docs/checks.md'].split('## Deprecated checks')[1] ?? '';
    for (const check of deprecated) {
      expect(section).toContain(`| ${check.id} | ${check.title} |`);
      expect(pages['docs/frameworks.md']).not.toContain(check.id);
    }
  });
});
