import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../testing/engine.js';
import { parseTerraformPlan } from './index.js';

function parseFixture(name: string) {
  const relative = `fixtures/terraform-plan/${name}`;
  const file = { absolutePath: path.join(REPO_ROOT, relative), path: relative, format: 'terraform-plan' as const };
  return parseTerraformPlan(file, readFileSync(file.absolutePath, 'utf8'));
}

const brief = (d: { message: string; range: { path: string; startLine: number } }) => `${d.range.path}:${d.range.startLine}: ${d.message}`;

describe('parseTerraformPlan', () => {
  it('reads a plan with positions for every value', () => {
    const doc = parseFixture('plan-only/plan.json');
    expect(doc.diagnostics).toEqual([]);
    const bucket = ['planned_values', 'root_module', 'resources', 2, 'values', 'bucket'];
    expect(doc.locate(bucket)).toMatchObject({ path: 'fixtures/terraform-plan/plan-only/plan.json', startLine: expect.any(Number) });
    const line = readFileSync(path.join(REPO_ROOT, 'fixtures/terraform-plan/plan-only/plan.json'), 'utf8').split('\n')[doc.locate(bucket)!.startLine - 1];
    expect(line.trim()).toBe('"bucket": "acme-logs",');
  });

  it('gives columns on the single line terraform show -json writes', () => {
    const doc = parseFixture('compact/prod.tfplan.json');
    const range = doc.locate(['planned_values', 'root_module', 'resources', 2, 'values', 'bucket'])!;
    expect(range.startLine).toBe(1);
    expect(range.startColumn).toBeGreaterThan(100);
  });

  it('reads a state (terraform show -json without a plan file)', () => {
    const doc = parseFixture('state/terraform-state.json');
    expect(doc.diagnostics).toEqual([]);
    expect(doc.value?.values?.root_module?.resources).toHaveLength(2);
  });

  it('reports broken JSON with its line and no value', () => {
    const doc = parseFixture('broken/truncated-plan.json');
    expect(doc.value).toBeUndefined();
    expect(doc.diagnostics.map(brief)).toEqual([expect.stringMatching(/^fixtures\/terraform-plan\/broken\/truncated-plan.json:8: invalid JSON/)]);
  });

  it('refuses a format_version it does not know, as the format asks: PLAN_UNSUPPORTED', () => {
    const doc = parseFixture('broken/future-format.json');
    expect(doc.value).toBeUndefined();
    expect(doc.diagnostics.map(brief)).toEqual(['fixtures/terraform-plan/broken/future-format.json:2: format_version "2.0" is not supported: this scanner reads 1.x, 0.2 and 0.1 (Terraform 0.12 and later)']);
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['PLAN_UNSUPPORTED']);
  });

  it('reads format_version 0.2 (Terraform 0.15-1.0) and 0.1 (0.12-0.14), which lack fields 1.x added', () => {
    const keys = (value: unknown): Set<string> => {
      const out = new Set<string>();
      const walk = (v: unknown): void => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v !== null && typeof v === 'object') for (const [k, item] of Object.entries(v)) {
          out.add(k);
          walk(item);
        }
      };
      walk(value);
      return out;
    };
    const [v1, v02, v01] = ['plan-only/plan.json', 'format-0.2/plan.json', 'format-0.1/plan.json'].map(parseFixture);
    for (const doc of [v02, v01]) expect(doc.diagnostics).toEqual([]);
    // what differs: 1.x has the top-level checks/apply fields (none of which the scanner reads), 0.1 marks nothing sensitive
    expect([...keys(v1.value)].filter((k) => !keys(v02.value).has(k)).sort()).toEqual(['applyable', 'complete', 'errored', 'timestamp']);
    expect([...keys(v02.value)].filter((k) => !keys(v01.value).has(k)).sort()).toEqual(['after_sensitive', 'before_sensitive', 'sensitive', 'sensitive_values']);
    expect(v01.value?.planned_values?.root_module?.child_modules?.[0].resources).toHaveLength(v1.value?.planned_values?.root_module?.child_modules?.[0].resources?.length ?? -1);
  });

  it('reports each malformed entry where it is, and keeps the rest', () => {
    const doc = parseFixture('broken/malformed-entries.json');
    expect(doc.value).toBeDefined();
    expect(doc.diagnostics.map(brief)).toEqual([
      'fixtures/terraform-plan/broken/malformed-entries.json:17: a resource needs a string address, type, name and mode and an object of values; it is not scanned',
      'fixtures/terraform-plan/broken/malformed-entries.json:23: a resource needs a string address, type, name and mode and an object of values; it is not scanned',
      'fixtures/terraform-plan/broken/malformed-entries.json:25: "child_modules" is not a list; those modules are not scanned',
    ]);
  });

  it('says what it expected of JSON that is not a plan', () => {
    const file = { absolutePath: '/x/a.json', path: 'a.json', format: 'terraform-plan' as const };
    expect(parseTerraformPlan(file, '[1, 2]').diagnostics.map(brief)).toEqual([expect.stringContaining('not a Terraform plan or state')]);
    expect(parseTerraformPlan(file, '{"format_version": "1.2"}').diagnostics.map(brief)).toEqual([expect.stringContaining('not a Terraform plan or state')]);
    expect(parseTerraformPlan(file, '{"format_version": "0.3", "planned_values": {}}').diagnostics.map((d) => d.code)).toEqual(['PLAN_UNSUPPORTED']);
  });
});
