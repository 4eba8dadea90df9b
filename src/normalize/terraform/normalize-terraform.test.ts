import { describe, expect, it } from '@jest/globals';
import { isUnknown, pathKey } from '../../model/index.js';
import type { ParsedDocument, Resource } from '../../model/index.js';
import { parseTerraform } from '../../parsers/terraform/index.js';
import { loadCase } from '../../testing/terraform-fixtures.js';
import { normalizeTerraformDocs } from '../../testing/pipeline.js';

async function normalize(files: Record<string, string>): Promise<Resource[]> {
  const docs: ParsedDocument[] = await Promise.all(
    Object.entries(files).map(([path, text]) => parseTerraform({ absolutePath: `/x/${path}`, path, format: 'terraform' }, text)),
  );
  return normalizeTerraformDocs(docs).resources;
}

function byId(resources: Resource[], id: string): Resource {
  const found = resources.find((r) => r.id === id);
  if (found === undefined) throw new Error(`no resource ${id} in ${resources.map((r) => r.id).join(', ')}`);
  return found;
}

const line = (r: Resource, path: (string | number)[]): number | undefined => r.provenance.get(pathKey(path))?.startLine;

describe('normalizeTerraform: S3', () => {
  it('merges the split v4 resources and points provenance at the sub-resource lines', async () => {
    const bucket = byId(normalizeTerraformDocs(await loadCase('s3-good')).resources, 'aws_s3_bucket.data');
    expect(bucket.attributes).toMatchObject({
      name: 'acme-data-prod',
      versioning: { enabled: true, mfa_delete: true },
      encryption: { enabled: true, declared: true, algorithm: 'aws:kms', bucket_key_enabled: true },
      // aws_s3_bucket.access_logs.id is its configured bucket name
      logging: { enabled: true, target_bucket: 'acme-access-logs-prod', target_prefix: 'data/' },
      public_access_block: { declared: true, block_public_acls: true, restrict_public_buckets: true },
    });
    expect(isUnknown((bucket.attributes.encryption as Record<string, unknown>).kms_key_id)).toBe(true);
    expect(line(bucket, ['versioning', 'enabled'])).toBe(18); // status = "Enabled"
    expect(line(bucket, ['encryption', 'algorithm'])).toBe(28);
    expect(line(bucket, [])).toBe(6);
    expect(line(bucket, ['versioning', 'mfa_delete'])).toBe(19);
  });

  it('applies provider semantics: absent public access flags are false, Suspended is off, ACL by bucket name', async () => {
    const resources = normalizeTerraformDocs(await loadCase('s3-bad')).resources;
    expect(resources.map((r) => r.type)).toEqual(['aws.s3.bucket', 'aws.s3.bucket']);
    expect(byId(resources, 'aws_s3_bucket.bare').attributes).toMatchObject({
      versioning: { enabled: false },
      logging: { enabled: false },
      encryption: { enabled: true, declared: false, algorithm: 'AES256' },
      public_access_block: { declared: false, block_public_acls: true },
    });
    const pub = byId(resources, 'aws_s3_bucket.public');
    expect(pub.attributes).toMatchObject({
      acl: 'public-read',
      versioning: { enabled: false },
      public_access_block: { declared: true, block_public_acls: false, block_public_policy: true, ignore_public_acls: false },
    });
    expect(line(pub, ['public_access_block', 'block_public_acls'])).toBe(12);
  });

  it('reads provider v3 inline blocks', async () => {
    const [bucket] = normalizeTerraformDocs(await loadCase('s3-legacy-inline')).resources;
    expect(bucket.attributes).toMatchObject({
      acl: 'log-delivery-write',
      versioning: { enabled: true, mfa_delete: false },
      logging: { enabled: true, target_bucket: 'acme-central-logs' },
      encryption: { declared: true, algorithm: 'AES256' },
    });
    expect(line(bucket, ['versioning', 'enabled'])).toBe(7);
  });

  it('keeps a sub-resource whose bucket cannot be resolved as a raw resource', async () => {
    const resources = await normalize({
      'main.tf': 'resource "aws_s3_bucket_versioning" "v" {\n  bucket = var.name\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\nvariable "name" {}\n',
    });
    expect(resources).toHaveLength(1);
    expect(resources[0]).toMatchObject({ id: 'aws_s3_bucket_versioning.v', type: 'tf.aws_s3_bucket_versioning', raw: { versioning_configuration: [{ status: 'Enabled' }] } });
  });
});

describe('normalizeTerraform: security groups', () => {
  it('merges inline, aws_security_group_rule and vpc rules, normalising protocol and ports', async () => {
    const resources = normalizeTerraformDocs(await loadCase('sg-bad')).resources;
    const group = byId(resources, 'aws_security_group.bastion');
    const ingress = group.attributes.ingress as Record<string, unknown>[];
    expect(ingress).toHaveLength(3);
    expect(ingress[0]).toMatchObject({ protocol: 'tcp', from_port: 22, cidr_ipv4: ['10.0.0.0/8', '0.0.0.0/0'] });
    expect(ingress[1]).toMatchObject({ protocol: 'tcp', from_port: 3389, to_port: 3389, cidr_ipv6: ['::/0'] });
    expect(ingress[2]).toMatchObject({ protocol: '-1', from_port: 0, to_port: 65535, cidr_ipv4: ['0.0.0.0/0'] });
    expect(line(group, ['ingress', 0, 'cidr_ipv4', 1])).toBe(9);
    expect(group.provenance.get(pathKey(['ingress', 0, 'cidr_ipv4', 1]))?.startColumn).toBe(34);
    expect(line(group, ['ingress', 1, 'cidr_ipv6', 0])).toBe(26); // inside aws_security_group_rule.rdp
    expect(line(group, ['ingress', 2])).toBe(29);
  });

  it('turns a rule without a resolvable group into a group of its own', async () => {
    const orphan = byId(normalizeTerraformDocs(await loadCase('sg-bad')).resources, 'aws_security_group_rule.orphan_ssh');
    expect(orphan.type).toBe('aws.ec2.security_group');
    expect(orphan.source.nativeType).toBe('aws_security_group_rule');
    expect(orphan.attributes).toMatchObject({ name: null, ingress: [{ protocol: 'tcp', from_port: 22, cidr_ipv4: ['0.0.0.0/0'] }], egress: [] });
  });
});

describe('normalizeTerraform: other syntaxes', () => {
  it('expands dynamic blocks over a known list and reads .tf.json', async () => {
    const resources = await normalize({
      'sg.tf': 'variable "cidrs" {\n  default = ["10.0.0.0/8", "0.0.0.0/0"]\n}\nresource "aws_security_group" "d" {\n  dynamic "ingress" {\n    for_each = var.cidrs\n    content {\n      protocol    = "tcp"\n      from_port   = 22\n      to_port     = 22\n      cidr_blocks = [ingress.value]\n    }\n  }\n}\n',
      'b.tf.json': '{"resource": {"aws_s3_bucket": {"j": {"bucket": "json-${var.cidrs[0]}"}}}}',
    });
    const group = byId(resources, 'aws_security_group.d');
    expect((group.attributes.ingress as { cidr_ipv4: unknown }[]).map((r) => r.cidr_ipv4)).toEqual([['10.0.0.0/8'], ['0.0.0.0/0']]);
    expect(byId(resources, 'aws_s3_bucket.j').attributes.name).toBe('json-10.0.0.0/8');
  });
});

describe('normalizeTerraform: values', () => {
  it('resolves tfvars over defaults, auto.tfvars last, locals to a fixed point and templates', async () => {
    const resources = normalizeTerraformDocs(await loadCase('variables')).resources;
    expect(byId(resources, 'aws_s3_bucket.data[1]').attributes.name).toBe('acme-prod-data-1');
    expect(byId(resources, 'aws_security_group.ssh').attributes.name).toBe('prod-ssh');
    expect(line(byId(resources, 'aws_s3_bucket.data[0]'), ['versioning', 'enabled'])).toBe(16);
  });

  it('marks a variable without value unknown, never null or false', async () => {
    const group = byId(normalizeTerraformDocs(await loadCase('variables')).resources, 'aws_security_group.ssh');
    const cidrs = (group.attributes.ingress as { cidr_ipv4: unknown[] }[])[0].cidr_ipv4;
    expect(cidrs).toEqual([{ $unknown: true, reason: 'var.ssh_cidr has no value' }]);
  });

  it('evaluates functions, conditionals and for-expressions, and keeps resource attributes unknown', async () => {
    const [r] = await normalize({
      'main.tf': 'resource "x" "y" {\n  a = upper("x")\n  b = var.on ? true : false\n  c = aws_vpc.main.id\n  d = [for s in ["a"] : s]\n  e = "${var.on}"\n}\nvariable "on" {\n  default = false\n}\n',
    });
    expect([r.attributes.a, r.attributes.b, r.attributes.d]).toEqual(['X', false, ['a']]);
    expect(isUnknown(r.attributes.c)).toBe(true);
    expect(r.attributes.e).toBe(false); // a lone interpolation keeps the value's type
    expect(line(r, ['c'])).toBe(4);
  });

  it('expands count and for_each, drops count 0, and uses [*] for an unknown count', async () => {
    const ids = normalizeTerraformDocs(await loadCase('variables')).resources.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['aws_s3_bucket.data[0]', 'aws_s3_bucket.data[1]', 'aws_s3_bucket.named["images"]', 'aws_s3_bucket.named["logs"]', 'aws_instance.many[0]', 'aws_instance.many[1]']));
    expect(ids.some((id) => id.startsWith('aws_s3_bucket.disabled'))).toBe(false);
    const resources = await normalize({ 'a.tf': 'resource "x" "y" {\n  for_each = toset(var.l)\n  name = each.key\n}\nvariable "l" {}\n' });
    expect(resources.map((r) => r.id)).toEqual(['x.y[*]']);
    expect(isUnknown(resources[0].attributes.name)).toBe(true);
  });

  it('evaluates a called directory as a module of its caller, not as a root of its own', async () => {
    const resources = await normalize({
      'main.tf': 'variable "v" { default = "root" }\nresource "x" "a" { v = var.v }\ndata "x" "d" {}\noutput "o" { value = 1 }\nmodule "m" {\n  source = "./mod"\n  v = "${var.v}-in"\n}\n',
      'mod/main.tf': 'variable "v" {}\nresource "x" "a" { v = var.v }\n',
      'other/main.tf': 'variable "v" {}\nresource "x" "a" { v = var.v }\n',
    });
    expect(resources.map((r) => [r.scope, r.id, r.source.path, r.attributes.v])).toEqual([
      ['.', 'x.a', 'main.tf', 'root'],
      ['.', 'module.m.x.a', 'mod/main.tf', 'root-in'],
      ['other', 'x.a', 'other/main.tf', { $unknown: true, reason: 'var.v has no value' }],
    ]);
  });

  it('still returns the valid file of a directory with a syntax error', async () => {
    const docs = await loadCase('broken');
    const bad = docs.find((d) => d.file.path === 'bad.tf');
    expect(bad?.diagnostics[0]).toMatchObject({ code: 'PARSE_SYNTAX', range: { path: 'bad.tf', startLine: 3 } });
    expect(normalizeTerraformDocs(docs).resources.map((r) => r.id)).toContain('aws_s3_bucket.ok');
  });
});
