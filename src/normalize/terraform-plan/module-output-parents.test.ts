import { describe, expect, it } from '@jest/globals';
import { scanFiles as scanAll } from '../../testing/scan-files.js';

// These tests are about linking sub-resources to their bucket; AWS-0102 (no bucket policy) fires
// on every bucket here and says nothing about the links, so it is left out of the comparisons.
async function scanFiles(files: Record<string, string>): ReturnType<typeof scanAll> {
  const scan = await scanAll(files);
  return { ...scan, findings: scan.findings.filter((f) => !f.startsWith('AWS-0102 ')) };
}

// Issue 13, shapes 4 and 5 on plan JSON: the bucket's name is only known after apply, and the
// sub-resource names it through a conditional (terraform-aws-modules/s3-bucket) or through a child
// module's output. The plan's configuration section lists the references; the plan's own instances
// say which branch exists.

interface Planned {
  module: string;
  type: string;
  name: string;
  index?: number;
  values: Record<string, unknown>;
  unknown: Record<string, unknown>;
}

const address = (p: Planned): string => `${p.module === '' ? '' : `${p.module}.`}${p.type}.${p.name}${p.index === undefined ? '' : `[${p.index}]`}`;

function resource(p: Planned) {
  return { address: address(p), mode: 'managed', type: p.type, name: p.name, ...(p.index === undefined ? {} : { index: p.index }), provider_name: 'registry.terraform.io/hashicorp/aws', schema_version: 0, values: p.values };
}

const BUCKET = (module: string, index?: number): Planned => ({ module, type: 'aws_s3_bucket', name: 'this', index, values: { force_destroy: false }, unknown: { bucket: true, id: true, arn: true } });

/** Public access block (public ACLs let through), KMS encryption, versioning with MFA delete, logging. */
function subs(module: string, name: string, index?: number): Planned[] {
  const unknown = { bucket: true, id: true };
  return [
    { module, type: 'aws_s3_bucket_public_access_block', name, index, values: { block_public_acls: false, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true }, unknown },
    {
      module,
      type: 'aws_s3_bucket_server_side_encryption_configuration',
      name,
      index,
      values: { rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms', kms_master_key_id: 'arn:aws:kms:eu-west-1:111122223333:key/k' }], bucket_key_enabled: null }] },
      unknown,
    },
    { module, type: 'aws_s3_bucket_versioning', name, index, values: { versioning_configuration: [{ status: 'Enabled', mfa_delete: 'Enabled' }] }, unknown },
    { module, type: 'aws_s3_bucket_logging', name, index, values: { target_bucket: 'central-access-logs', target_prefix: 'x/' }, unknown },
  ];
}

const config = (p: Planned, bucket: string[]) => ({ address: `${p.type}.${p.name}`, mode: 'managed', type: p.type, name: p.name, expressions: p.type === 'aws_s3_bucket' ? {} : { bucket: { references: bucket } } });

function planText(planned: Planned[], rootModule: Record<string, unknown>): string {
  const byModule = (m: string) => planned.filter((p) => p.module === m).map(resource);
  const modules = [...new Set(planned.map((p) => p.module).filter((m) => m !== ''))];
  const changes = planned.map((p) => {
    const { values, ...rest } = resource(p);
    return { ...rest, change: { actions: ['create'], before: null, after: values, after_unknown: p.unknown, after_sensitive: {} } };
  });
  return JSON.stringify(
    {
      format_version: '1.2',
      terraform_version: '1.9.0',
      planned_values: { root_module: { resources: byModule(''), child_modules: modules.map((m) => ({ address: m, resources: byModule(m) })) } },
      resource_changes: changes,
      configuration: { root_module: rootModule },
    },
    null,
    1,
  );
}

const lineOf = (text: string, needle: string, after = 0): number => text.split('\n').findIndex((l, i) => i >= after && l.includes(needle)) + 1;

describe('plan JSON: a parent named through a conditional', () => {
  it('attaches to the branch whose bucket the plan has (the directory bucket has count 0)', async () => {
    const conditional = ['var.is_directory_bucket', 'aws_s3_directory_bucket.this[0].bucket', 'aws_s3_directory_bucket.this[0]', 'aws_s3_directory_bucket.this', 'aws_s3_bucket.this[0].id', 'aws_s3_bucket.this[0]', 'aws_s3_bucket.this'];
    const planned = [BUCKET('module.s3', 0), ...subs('module.s3', 'this', 0)];
    const inner = { resources: [...planned.map((p) => config(p, conditional)), { address: 'aws_s3_directory_bucket.this', mode: 'managed', type: 'aws_s3_directory_bucket', name: 'this' }] };
    const text = planText(planned, { module_calls: { s3: { source: './s3', module: inner } } });
    const scan = await scanFiles({ 'plan.json': text });
    expect(scan.findings).toEqual([`AWS-0002 module.s3.aws_s3_bucket.this[0] plan.json:${lineOf(text, '"block_public_acls": false')} public_access_block.block_public_acls`]);
    expect(scan.diagnostics).toEqual([]);
  });
});

describe('plan JSON: a parent named through a child module\'s output', () => {
  const outputs = { id: { expression: { references: ['aws_s3_bucket.this.id', 'aws_s3_bucket.this'] } } };

  it('attaches a root sub-resource to the bucket inside the module (bucket = module.raw.id)', async () => {
    const planned = [BUCKET('module.raw'), ...subs('', 'raw')];
    const raw = { resources: [config(BUCKET('module.raw'), [])], outputs };
    const text = planText(planned, { resources: planned.slice(1).map((p) => config(p, ['module.raw.id', 'module.raw'])), module_calls: { raw: { source: './raw', module: raw } } });
    const scan = await scanFiles({ 'plan.json': text });
    expect(scan.findings).toEqual([`AWS-0002 module.raw.aws_s3_bucket.this plan.json:${lineOf(text, '"block_public_acls": false')} public_access_block.block_public_acls`]);
    expect(scan.diagnostics).toEqual([]);
  });

  it('follows outputs two module levels down', async () => {
    const planned = [BUCKET('module.outer.module.inner'), ...subs('', 'raw')];
    const inner = { resources: [config(BUCKET('module.outer.module.inner'), [])], outputs };
    const outer = { module_calls: { inner: { source: '../raw', module: inner } }, outputs: { bucket_id: { expression: { references: ['module.inner.id', 'module.inner'] } } } };
    const text = planText(planned, { resources: planned.slice(1).map((p) => config(p, ['module.outer.bucket_id', 'module.outer'])), module_calls: { outer: { source: './outer', module: outer } } });
    const scan = await scanFiles({ 'plan.json': text });
    expect(scan.findings).toEqual([`AWS-0002 module.outer.module.inner.aws_s3_bucket.this plan.json:${lineOf(text, '"block_public_acls": false')} public_access_block.block_public_acls`]);
  });
});
