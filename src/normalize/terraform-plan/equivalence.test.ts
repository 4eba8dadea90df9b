import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AttributePath, ParsedDocument, Resource } from '../../model/index.js';
import { locateAttribute } from '../../findings/locate.js';
import { parseTerraform } from '../../parsers/terraform/index.js';
import { parseTerraformPlan } from '../../parsers/terraform-plan/index.js';
import { REPO_ROOT } from '../../testing/engine.js';
import { normalizeTerraformPlan } from './index.js';
import { normalizeDocuments, normalizeTerraformDocs } from '../../testing/pipeline.js';
import { HclIndex, resolveTerraformPlan } from '../../resolve/terraform-plan/index.js';

const CASE = 'fixtures/terraform-plan/with-config';
const TF_FILES = ['main.tf', 'modules/network/main.tf'];

async function load(): Promise<{ hcl: ParsedDocument[]; plan: ParsedDocument }> {
  const file = (name: string, format: 'terraform' | 'terraform-plan') => ({ absolutePath: path.join(REPO_ROOT, CASE, name), path: `${CASE}/${name}`, format });
  const read = (name: string) => readFileSync(path.join(REPO_ROOT, CASE, name), 'utf8');
  const hcl = await Promise.all(TF_FILES.map((name) => parseTerraform(file(name, 'terraform'), read(name))));
  return { hcl, plan: parseTerraformPlan(file('plan.json', 'terraform-plan'), read('plan.json')) };
}

/** Unknown reasons differ in wording between the sources; that a value is unknown must not. */
function comparable(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (v !== null && typeof v === 'object' && '$unknown' in v ? { $unknown: true } : v)));
}

/** Where a finding on each attribute path would point (a provider default the plan shows lands on the block, as its absence does). */
function lines(resource: Resource, keys: Iterable<string>): Record<string, string> {
  return Object.fromEntries([...keys].map((key) => {
    const r = locateAttribute(resource, JSON.parse(key) as AttributePath);
    return [key, `${r.path}:${r.startLine}`];
  }));
}

describe('a plan gives the canonical resources its HCL gives', () => {
  it('has the same ids, types and attributes, with provenance at the same .tf lines', async () => {
    const { hcl, plan } = await load();
    const fromHcl = normalizeTerraformDocs(hcl).resources;
    const fromPlan = normalizeTerraformPlan(resolveTerraformPlan(plan, new HclIndex(hcl)));
    expect(fromPlan.diagnostics).toEqual([]);
    expect(fromPlan.supersedes).toBe(CASE);
    const byId = (rs: Resource[]) => new Map(rs.map((r) => [r.id, r]));
    const h = byId(fromHcl);
    const p = byId(fromPlan.resources);
    expect([...p.keys()].sort()).toEqual([...h.keys()].sort());
    for (const [id, resource] of p) {
      const twin = h.get(id)!;
      expect({ id, type: resource.type, attributes: comparable(resource.attributes) }).toEqual({ id, type: twin.type, attributes: comparable(twin.attributes) });
      const keys = new Set([...resource.provenance.keys(), ...twin.provenance.keys()]);
      expect({ id, lines: lines(resource, keys) }).toEqual({ id, lines: lines(twin, keys) });
      expect(resource.source).toEqual({ format: 'terraform-plan', path: `${CASE}/plan.json`, nativeType: twin.source.nativeType });
      // the root module's scope, so fingerprints equal the HCL scan's
      expect(resource.scope).toBe(twin.scope);
    }
  });

  it('reads the HCL of the superseded root module once: the plan\'s resources only', async () => {
    const { hcl, plan } = await load();
    const { resources } = normalizeDocuments([...hcl, plan]);
    expect(resources.every((r) => r.source.format === 'terraform-plan')).toBe(true);
    expect(resources.length).toBe(normalizeTerraformPlan(resolveTerraformPlan(plan, new HclIndex(hcl))).resources.length);
  });
});
