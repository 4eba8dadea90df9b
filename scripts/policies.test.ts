import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Catalog } from '../src/model/index.js';
import { REPO_ROOT } from '../src/testing/engine.js';

const OPA = process.env.OPA ?? path.join(REPO_ROOT, '.tools', 'bin', 'opa');

interface OpaTestResult {
  location: { file: string; row: number };
  package: string;
  name: string;
  fail?: boolean;
  error?: unknown;
  skip?: boolean;
}

/** `opa test` runs once; each Rego test becomes a jest test, so the count and failures are honest. */
function runOpaTests(): OpaTestResult[] {
  const child = spawnSync(OPA, ['test', 'policies', '--format', 'json', '--ignore', '*.yaml', '--ignore', '*.json'], { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (child.error) throw new Error(`cannot run ${OPA}: ${child.error.message}; run bash scripts/install-opa.sh`);
  return JSON.parse(child.stdout) as OpaTestResult[];
}

const opaResults = runOpaTests();
const catalog = JSON.parse(readFileSync(path.join(REPO_ROOT, 'dist/policies/catalog.json'), 'utf8')) as Catalog;

describe('Rego tests (opa test policies)', () => {
  it('found the Rego tests', () => {
    expect(opaResults.length).toBeGreaterThanOrEqual(50);
  });

  it.each(opaResults.map((r) => [`${r.package}.${r.name}`, r] as const))('%s', (_name, result) => {
    expect({ fail: result.fail ?? false, error: result.error ?? null }).toEqual({ fail: false, error: null });
  });
});

describe('the check catalogue', () => {
  const ids = catalog.checks.map((c) => c.id);

  it('has at least 12 checks with unique, well-formed ids', () => {
    expect(ids.length).toBeGreaterThanOrEqual(12);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(AWS|K8S)-\d{4}$/);
  });

  it.each(catalog.checks.map((c) => [c.id, c] as const))('%s is complete: tests, examples, controls, peers', (_id, check) => {
    const base = path.join(REPO_ROOT, check.file.replace(/\.rego$/, ''));
    expect(existsSync(`${base}_test.rego`)).toBe(true);
    expect(existsSync(`${base}.examples.yaml`)).toBe(true);
    expect(check.title.length).toBeGreaterThan(10);
    expect(check.recommendedAction.length).toBeGreaterThan(10);
    expect(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW']).toContain(check.severity);
    expect(Object.keys(check.frameworks).length).toBeGreaterThan(0);
    for (const [frameworkId, controls] of Object.entries(check.frameworks)) {
      const framework = catalog.frameworks.find((f) => f.id === frameworkId);
      expect(framework).toBeDefined();
      for (const control of controls) expect(framework!.controls.map((c) => c.id)).toContain(control);
    }
  });

  it.each(catalog.checks.map((c) => [c.id, c] as const))('%s has a good and a bad example in every format it declares', (_id, check) => {
    const examples = parse(readFileSync(path.join(REPO_ROOT, check.file.replace(/\.rego$/, '.examples.yaml')), 'utf8')) as Record<
      string,
      { good?: string; bad?: string }
    >;
    for (const format of check.formats) {
      expect({ format, good: typeof examples[format]?.good, bad: typeof examples[format]?.bad }).toEqual({ format, good: 'string', bad: 'string' });
    }
  });

  it('maps checks to the CIS AWS Foundations and Pod Security Standards frameworks', () => {
    const frameworks = new Set(catalog.checks.flatMap((c) => Object.keys(c.frameworks)));
    expect([...frameworks]).toEqual(expect.arrayContaining(['cis-aws-3.0', 'pod-security-standards']));
  });
});

describe('what the built-in checks read', () => {
  it('never reads a resource\'s raw block: the gate leaves it out of canonical resources (engine rawForCanonical: false)', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const readers = walk(path.join(REPO_ROOT, 'policies'))
      .filter((f) => f.endsWith('.rego') && !f.endsWith('_test.rego'))
      .filter((f) => /\.raw\b|\["raw"\]/.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(REPO_ROOT, f));
    expect(readers).toEqual([]);
  });
});
