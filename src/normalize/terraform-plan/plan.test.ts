import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isUnknown, pathKey } from '../../model/index.js';
import type { Resource } from '../../model/index.js';
import { parseTerraformPlan } from '../../parsers/terraform-plan/index.js';
import { REPO_ROOT } from '../../testing/engine.js';
import { normalizeTerraformPlan } from './index.js';
import { HclIndex, resolveTerraformPlan } from '../../resolve/terraform-plan/index.js';

const SECRET = 'correct-horse-battery-staple-9f3a';

function normalizeFixture(relative: string) {
  const file = { absolutePath: path.join(REPO_ROOT, relative), path: relative, format: 'terraform-plan' as const };
  const text = readFileSync(file.absolutePath, 'utf8');
  return { text, ...normalizeTerraformPlan(resolveTerraformPlan(parseTerraformPlan(file, text), new HclIndex([]))) };
}

function find(resources: Resource[], id: string): Resource {
  const found = resources.find((r) => r.id === id);
  if (found === undefined) throw new Error(`no ${id} in ${resources.map((r) => r.id).join(', ')}`);
  return found;
}

/** The text of the line a provenance entry points at. */
function lineAt(text: string, resource: Resource, attributePath: (string | number)[]): string {
  const range = resource.provenance.get(pathKey(attributePath));
  if (range === undefined) throw new Error(`no provenance for ${pathKey(attributePath)}`);
  return text.split('\n')[range.startLine - 1].trim();
}

describe('normalizeTerraformPlan without the configuration in the scan', () => {
  const plan = normalizeFixture('fixtures/terraform-plan/plan-only/plan.json');

  it('reads every module, with Terraform addresses for count and for_each instances', () => {
    expect(plan.diagnostics).toEqual([]);
    expect(plan.supersedes).toBeUndefined();
    expect(plan.resources.map((r) => `${r.id} ${r.type}`).sort()).toEqual([
      'aws_db_instance.main aws.rds.db_instance',
      'aws_kms_key.data aws.kms.key',
      'aws_s3_bucket.data["logs"] aws.s3.bucket',
      'aws_s3_bucket.data["reports"] aws.s3.bucket',
      'module.network.aws_security_group.bastion aws.ec2.security_group',
      'module.network.aws_subnet.private[0] aws.ec2.subnet',
      'module.network.aws_subnet.private[1] aws.ec2.subnet',
      'module.network.aws_vpc.this aws.ec2.vpc',
    ]);
    expect(plan.resources.every((r) => r.scope === 'fixtures/terraform-plan/plan-only/plan.json' && r.source.format === 'terraform-plan')).toBe(true);
  });

  it('merges sub-resources into their parents through the references of the configuration section', () => {
    const logs = find(plan.resources, 'aws_s3_bucket.data["logs"]').attributes as { encryption: Record<string, unknown> };
    const reports = find(plan.resources, 'aws_s3_bucket.data["reports"]').attributes as { encryption: Record<string, unknown> };
    expect(logs.encryption).toMatchObject({ declared: true, enabled: true, algorithm: 'aws:kms' });
    expect(reports.encryption).toMatchObject({ declared: false });
    const group = find(plan.resources, 'module.network.aws_security_group.bastion').attributes as { ingress: { from_port: number }[] };
    expect(group.ingress.map((r) => r.from_port)).toEqual([22, 443, 3389]);
  });

  it('marks values known only after apply as unknown, with the reference that makes them so', () => {
    const logs = find(plan.resources, 'aws_s3_bucket.data["logs"]').attributes as { encryption: { kms_key_id: unknown } };
    expect(logs.encryption.kms_key_id).toEqual({ $unknown: true, reason: 'aws_kms_key.data.arn is only known after apply' });
    // computed by the provider and not written: the provider default, as for the HCL
    const db = find(plan.resources, 'aws_db_instance.main').attributes;
    expect(db).toMatchObject({ storage_encrypted: false, backup_retention_period: 1, kms_key_id: null, multi_az: false });
  });

  it('never carries a sensitive value into a resource', () => {
    expect(plan.text).toContain(SECRET);
    expect(JSON.stringify(plan.resources)).not.toContain(SECRET);
    expect(find(plan.resources, 'aws_db_instance.main').raw.password).toEqual({ $unknown: true, reason: 'sensitive value (not shown)' });
  });

  it('points at the plan\'s own lines', () => {
    const db = find(plan.resources, 'aws_db_instance.main');
    expect(lineAt(plan.text, db, ['storage_encrypted'])).toBe('"storage_encrypted": false,');
    const group = find(plan.resources, 'module.network.aws_security_group.bastion');
    expect(lineAt(plan.text, group, ['ingress', 0, 'cidr_ipv4', 0])).toBe('"0.0.0.0/0"');
    expect(lineAt(plan.text, group, [])).toBe('{');
  });
});

describe('normalizeTerraformPlan on a state', () => {
  const state = normalizeFixture('fixtures/terraform-plan/state/terraform-state.json');

  it('reads the values resources have now', () => {
    expect(state.diagnostics).toEqual([]);
    const bucket = find(state.resources, 'aws_s3_bucket.assets').attributes;
    expect(bucket).toMatchObject({ name: 'acme-assets', versioning: { enabled: true }, encryption: { declared: true, enabled: true, algorithm: 'AES256' } });
    const group = find(state.resources, 'aws_security_group.ssh').attributes as { ingress: Record<string, unknown>[]; egress: unknown[] };
    expect(group.ingress).toEqual([expect.objectContaining({ protocol: 'tcp', from_port: 22, to_port: 22, cidr_ipv4: ['0.0.0.0/0'] })]);
    expect(group.egress).toHaveLength(1);
    expect(Object.values(bucket).some(isUnknown)).toBe(false);
  });
});
