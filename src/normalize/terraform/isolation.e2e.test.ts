/**
 * One bad value costs one resource (issue 14): an evaluation that fails while one bucket is
 * normalised used to throw out of the S3 normaliser and drop the buckets of every file of the module.
 */
import { describe, expect, it } from '@jest/globals';
import type { Diagnostic, ParsedDocument } from '../../model/index.js';
import { parseTerraform } from '../../parsers/terraform/index.js';
import { resolveTerraform } from '../../resolve/terraform/index.js';
import type { Lookup } from '../../resolve/terraform/eval/scope.js';
import { OPEN_SG, OPEN_SG_LINE, scanFiles } from '../../testing/hostile-terraform.js';
import { normalizeInstances } from './index.js';

const GOOD_BUCKET = 'resource "aws_s3_bucket" "good" {\n  bucket = "good"\n  acl    = "public-read"\n}\n';

function doubling(levels: number): string {
  const lines = ['locals {', '  a0 = "xxxxxxxxxxxxxxxx"'];
  for (let i = 1; i <= levels; i++) lines.push(`  a${i} = "\${local.a${i - 1}}\${local.a${i - 1}}"`);
  return `${lines.join('\n')}\n}\nresource "aws_s3_bucket" "bad" {\n  bucket = local.a${levels}\n}\n`;
}

describe('a resource that fails costs only itself', () => {
  it('a bucket whose name is a doubled string beside a public bucket in another file of the module', async () => {
    const scan = await scanFiles({ 'good.tf': GOOD_BUCKET, 'bad.tf': OPEN_SG + doubling(40) });
    expect(scan.findings).toContain(`AWS-0005@bad.tf:${OPEN_SG_LINE}`);
    // the public-read ACL of the good bucket (AWS-0101) at its line
    expect(scan.findings.filter((f) => f.startsWith('AWS-0101@'))).toEqual(['AWS-0101@good.tf:3']);
    expect(scan.diagnostics.filter((d) => d.startsWith('NORMALIZE_FAILED'))).toEqual([]);
    expect(scan.incomplete).toBeDefined();
  });
});

describe('isolateMembers: a member whose normalisation throws', () => {
  const FILES: Record<string, string> = {
    'a.tf': 'resource "aws_s3_bucket" "good" {\n  bucket = "good"\n}\nresource "aws_s3_bucket_versioning" "v" {\n  bucket = aws_s3_bucket.good.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n',
    'b.tf': 'resource "aws_s3_bucket" "bad" {\n  bucket = local.name\n}\nresource "aws_security_group" "bad" {\n  name = local.name\n}\nresource "aws_security_group" "good" {\n  name = "good"\n}\nresource "aws_sqs_queue" "bad" {\n  name = local.name\n}\nresource "aws_sqs_queue" "good" {\n  name = "good"\n}\n',
  };

  it('costs that member only, in every group normaliser (S3, security groups, the service groups)', async () => {
    const docs: ParsedDocument[] = await Promise.all(Object.entries(FILES).map(([path, text]) => parseTerraform({ absolutePath: `/x/${path}`, path, format: 'terraform' }, text)));
    const { roots } = resolveTerraform(docs);
    const instances = roots.flatMap((r) => r.instances);
    // an evaluator bug, standing in for any exception a normaliser could meet on one resource
    const broken: Lookup = { has: () => true, get: () => { throw new Error('boom'); } };
    for (const i of instances) if (i.name === 'bad') i.scope = { ...i.scope, locals: broken };
    const diagnostics: Diagnostic[] = [];
    const resources = normalizeInstances(instances, '.', diagnostics);
    expect(resources.map((r) => r.id).sort()).toEqual(['aws_s3_bucket.good', 'aws_security_group.good', 'aws_sqs_queue.good']);
    expect(resources.find((r) => r.id === 'aws_s3_bucket.good')?.attributes).toMatchObject({ versioning: { enabled: true } });
    expect(diagnostics.map((d) => `${d.code}@${d.range.path}:${d.range.startLine}`).sort()).toEqual(['NORMALIZE_FAILED@b.tf:1', 'NORMALIZE_FAILED@b.tf:10', 'NORMALIZE_FAILED@b.tf:4']);
    expect(diagnostics[0].message).toMatch(/boom/);
  });
});
