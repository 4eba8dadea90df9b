import { describe, expect, it } from '@jest/globals';
import { scanFiles as scanAll } from '../../testing/scan-files.js';

// These tests are about linking sub-resources to their bucket; AWS-0102 (no bucket policy) fires
// on every bucket here and says nothing about the links, so it is left out of the comparisons.
async function scanFiles(files: Record<string, string>): ReturnType<typeof scanAll> {
  const scan = await scanAll(files);
  return { ...scan, findings: scan.findings.filter((f) => !f.startsWith('AWS-0102 ')) };
}

// Issue 13, shape 3 on plan JSON: `for_each = aws_s3_bucket.logs` with `bucket = each.value.id`,
// the bucket names known only after apply (bucket_prefix). The plan says so through the
// configuration section: the sub-resource's for_each references aws_s3_bucket.logs and its
// bucket each.value.id / each.value.

const KEYS = ['app', 'audit'];

function instance(type: string, name: string, key: string, values: Record<string, unknown>) {
  return { address: `${type}.${name}["${key}"]`, mode: 'managed', type, name, index: key, provider_name: 'registry.terraform.io/hashicorp/aws', schema_version: 0, values };
}

function change(resource: ReturnType<typeof instance>, unknown: Record<string, unknown>) {
  const { values, ...rest } = resource;
  return { ...rest, change: { actions: ['create'], before: null, after: values, after_unknown: unknown, after_sensitive: {} } };
}

function plan(bucketExpression: string[]): string {
  const buckets = KEYS.map((k) => instance('aws_s3_bucket', 'logs', k, { bucket_prefix: `logs-${k}-`, force_destroy: false, tags: null }));
  const blocks = KEYS.map((k) =>
    instance('aws_s3_bucket_public_access_block', 'logs', k, { block_public_acls: true, block_public_policy: k !== 'app', ignore_public_acls: true, restrict_public_buckets: true }),
  );
  const versionings = KEYS.map((k) => instance('aws_s3_bucket_versioning', 'logs', k, { versioning_configuration: [{ status: 'Enabled', mfa_delete: 'Enabled' }] }));
  const sse = KEYS.map((k) =>
    instance('aws_s3_bucket_server_side_encryption_configuration', 'logs', k, {
      rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms', kms_master_key_id: 'arn:aws:kms:eu-west-1:111122223333:key/logs' }], bucket_key_enabled: null }],
    }),
  );
  const logging = KEYS.map((k) => instance('aws_s3_bucket_logging', 'logs', k, { target_bucket: 'central-access-logs', target_prefix: `${k}/` }));
  const subs = [...blocks, ...versionings, ...sse, ...logging];
  const sub = (type: string) => ({
    address: `${type}.logs`,
    mode: 'managed',
    type,
    name: 'logs',
    expressions: { bucket: { references: bucketExpression } },
    for_each_expression: { references: ['aws_s3_bucket.logs'] },
  });
  return JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.9.0',
    planned_values: { root_module: { resources: [...buckets, ...subs] } },
    resource_changes: [...buckets.map((b) => change(b, { bucket: true, id: true, arn: true })), ...subs.map((s) => change(s, { bucket: true, id: true }))],
    configuration: {
      root_module: {
        resources: [
          { address: 'aws_s3_bucket.logs', mode: 'managed', type: 'aws_s3_bucket', name: 'logs', expressions: { bucket_prefix: { references: ['each.key'] } }, for_each_expression: { constant_value: KEYS } },
          ...['aws_s3_bucket_public_access_block', 'aws_s3_bucket_versioning', 'aws_s3_bucket_server_side_encryption_configuration', 'aws_s3_bucket_logging'].map(sub),
        ],
      },
    },
  }, null, 1);
}

describe('plan JSON: for_each over a resource', () => {
  it('attaches each.value.id sub-resources to the bucket instance of the same key', async () => {
    const text = plan(['each.value.id', 'each.value']);
    const scan = await scanFiles({ 'plan.json': text });
    // the planned value's own line (the first of the app block's, in planned_values)
    const line = text.split('\n').findIndex((l) => l.includes('"block_public_policy": false')) + 1;
    expect(scan.findings).toEqual([`AWS-0002 aws_s3_bucket.logs["app"] plan.json:${line} public_access_block.block_public_policy`]);
    expect(scan.diagnostics).toEqual([]);
  });

  it('gives the same findings when written aws_s3_bucket.logs[each.key].id', async () => {
    const each = await scanFiles({ 'plan.json': plan(['each.value.id', 'each.value']) });
    const keyed = await scanFiles({ 'plan.json': plan(['aws_s3_bucket.logs', 'each.key']) });
    expect(keyed.findings).toEqual(each.findings);
  });
});
