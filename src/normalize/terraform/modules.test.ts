import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isUnknown } from '../../model/index.js';
import type { ParsedDocument, Resource } from '../../model/index.js';
import { parseTerraform } from '../../parsers/terraform/index.js';
import { normalizeTerraformDocs } from '../../testing/pipeline.js';
import type { Discovery } from '../../discover/index.js';
import { followDependencies } from '../../follow.js';
import { resolveTerraform } from '../../resolve/terraform/index.js';
import { normalizeTerraform } from './index.js';
import { silentLogger } from '../../logging.js';
import { type TerraformOptions } from '../../resolve/terraform/index.js';

/**
 * Writes the files under a fresh scan root on disk and reads them as a scan does: the written
 * `.tf`/`.tfvars` files, then what they need beyond them (vendored modules, modules.json) through
 * followDependencies. file(), modules.json and var files read the disk.
 */
async function scan(files: Record<string, string>, options?: TerraformOptions): Promise<ReturnType<typeof normalizeTerraformDocs> & { root: string }> {
  const root = mkdtempSync(join(tmpdir(), 'posture-tf-'));
  const docs: ParsedDocument[] = [];
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    if (/\.(tf|tfvars)(\.json)?$/.test(path) && !path.includes('.terraform/')) {
      docs.push(await parseTerraform({ absolutePath: join(root, path), path, format: 'terraform' }, text));
    }
  }
  const parse = (discovery: Discovery) => Promise.all(discovery.files.map(({ text, ...file }) => parseTerraform(file, text)));
  const followed = await followDependencies(docs, { root, exclude: [], logger: silentLogger, parse });
  const resolution = resolveTerraform([...docs, ...followed.documents], options, followed.manifests);
  const normalized = normalizeTerraform(resolution);
  return { resources: normalized.resources, diagnostics: [...resolution.diagnostics, ...normalized.diagnostics], root };
}

const attr = (resources: Resource[], id: string, name: string): unknown => {
  const found = resources.find((r) => r.id === id);
  if (found === undefined) throw new Error(`no ${id} in ${resources.map((r) => r.id).join(', ')}`);
  return found.raw[name];
};

describe('normalizeTerraform: local modules', () => {
  it('passes inputs, exposes outputs, nests ids and sets path.module', async () => {
    const { resources } = await scan({
      'main.tf': 'module "net" {\n  source = "./modules/net"\n  cidr = "10.0.0.0/16"\n}\nresource "x" "uses" { subnet = module.net.subnet }\n',
      'modules/net/main.tf':
        'variable "cidr" { type = string }\nmodule "inner" {\n  source = "../inner"\n  name = "in-${var.cidr}"\n}\nresource "x" "here" { where = path.module }\noutput "subnet" { value = cidrsubnet(var.cidr, 8, 1) }\n',
      'modules/inner/main.tf': 'variable "name" {}\nresource "x" "deep" { name = var.name }\n',
    });
    expect(resources.map((r) => r.id).sort()).toEqual(['module.net.module.inner.x.deep', 'module.net.x.here', 'x.uses']);
    expect(attr(resources, 'x.uses', 'subnet')).toBe('10.0.1.0/24');
    expect(attr(resources, 'module.net.x.here', 'where')).toBe('modules/net');
    expect(attr(resources, 'module.net.module.inner.x.deep', 'name')).toBe('in-10.0.0.0/16');
    expect(resources.every((r) => r.scope === '.')).toBe(true);
  });

  it('expands count and for_each on module blocks, and marks an unknown count', async () => {
    const { resources } = await scan({
      'main.tf':
        'variable "n" { default = 2 }\nvariable "u" {}\nmodule "c" {\n  source = "./m"\n  count = var.n\n  name = "c${count.index}"\n}\nmodule "e" {\n  source = "./m"\n  for_each = toset(["a", "b"])\n  name = each.key\n}\nmodule "u" {\n  source = "./m"\n  count = var.u\n  name = "u"\n}\nresource "x" "out" { names = module.c[*].name }\n',
      'm/main.tf': 'variable "name" {}\nresource "x" "r" { name = var.name }\noutput "name" { value = var.name }\n',
    });
    const ids = resources.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['module.c[0].x.r', 'module.c[1].x.r', 'module.e["a"].x.r', 'module.e["b"].x.r', 'module.u[*].x.r']));
    expect(attr(resources, 'module.e["b"].x.r', 'name')).toBe('b');
    expect(attr(resources, 'x.out', 'names')).toEqual(['c0', 'c1']);
  });

  it('merges S3 sub-resources with their bucket inside each module instance', async () => {
    const { resources } = await scan({
      'main.tf': 'module "b" {\n  source = "./bucket"\n  for_each = toset(["logs", "data"])\n  name = each.key\n}\n',
      'bucket/main.tf':
        'variable "name" {}\nresource "aws_s3_bucket" "this" { bucket = "acme-${var.name}" }\nresource "aws_s3_bucket_versioning" "this" {\n  bucket = aws_s3_bucket.this.id\n  versioning_configuration { status = var.name == "logs" ? "Enabled" : "Suspended" }\n}\n',
    });
    const buckets = resources.filter((r) => r.type === 'aws.s3.bucket');
    expect(buckets.map((b) => [b.id, b.attributes.name, (b.attributes.versioning as { enabled: unknown }).enabled])).toEqual([
      ['module.b["data"].aws_s3_bucket.this', 'acme-data', false],
      ['module.b["logs"].aws_s3_bucket.this', 'acme-logs', true],
    ]);
    expect(buckets[0].source.path).toBe('bucket/main.tf');
  });

  it('reports an unresolved remote module once and keeps its outputs unknown', async () => {
    const { resources, diagnostics } = await scan({
      'main.tf': 'module "vpc" {\n  source = "terraform-aws-modules/vpc/aws"\n  count = 2\n}\nresource "x" "y" { id = module.vpc[0].vpc_id }\n',
    });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ level: 'warning', message: 'module vpc (terraform-aws-modules/vpc/aws) not resolved: run terraform init or vendor it' });
    expect(isUnknown(attr(resources, 'x.y', 'id'))).toBe(true);
  });

  it('reads a remote module that terraform init installed (modules.json)', async () => {
    const manifest = { Modules: [{ Key: '', Source: '', Dir: '.' }, { Key: 'vpc', Source: 'registry.terraform.io/terraform-aws-modules/vpc/aws', Dir: '.terraform/modules/vpc' }] };
    const { resources, diagnostics } = await scan({
      'main.tf': 'module "vpc" {\n  source = "terraform-aws-modules/vpc/aws"\n  name = "main"\n}\n',
      '.terraform/modules/modules.json': JSON.stringify(manifest),
      '.terraform/modules/vpc/main.tf': 'variable "name" {}\nresource "aws_vpc" "this" { tags = { Name = var.name } }\n',
    });
    expect(diagnostics).toEqual([]);
    expect(resources.map((r) => [r.id, r.source.path, r.raw.tags])).toEqual([['module.vpc.aws_vpc.this', '.terraform/modules/vpc/main.tf', { Name: 'main' }]]);
  });

  it('survives a call cycle and reads file()/templatefile() only inside the scan root', async () => {
    const { resources, root, diagnostics } = await scan({
      'a/main.tf': 'module "b" { source = "../b" }\nresource "x" "a" {\n  policy = file("${path.module}/policy.json")\n  outside = file("/etc/hostname")\n  rendered = templatefile("${path.module}/t.tpl", { names = ["p", "q"] })\n}\n',
      'a/policy.json': '{"Version":"2012-10-17"}',
      'a/t.tpl': '%{ for n in names ~}\n${upper(n)};\n%{ endfor ~}\n',
      'b/main.tf': 'module "a" { source = "../a" }\n',
    });
    expect(readFileSync(join(root, 'a/policy.json'), 'utf8')).toContain('2012');
    const a = resources.find((r) => r.source.path === 'a/main.tf' && r.id.endsWith('x.a'));
    expect(a?.raw.policy).toBe('{"Version":"2012-10-17"}');
    expect(isUnknown(a?.raw.outside)).toBe(true);
    expect(a?.raw.rendered).toBe('P;\nQ;\n');
    expect(resources.map((r) => r.id)).toEqual(['x.a']);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'module a (../a) not evaluated: it calls back into a (a cycle Terraform rejects)',
      `file("/etc/hostname"): /etc/hostname is outside the repository boundary (${realpathSync(root)}); not read`,
    ]);
    expect(diagnostics[1].code).toBe('PATH_REFUSED');
  });

  it('resolves configured attributes of other resources and keeps computed ones unknown', async () => {
    const { resources } = await scan({
      'main.tf':
        'resource "aws_s3_bucket" "b" {\n  count = 2\n  bucket = "acme-${count.index}"\n  acl = null\n}\n' +
        'resource "x" "use" {\n  name = aws_s3_bucket.b[1].bucket\n  id = aws_s3_bucket.b[0].id\n  arn = aws_s3_bucket.b[0].arn\n  acl = aws_s3_bucket.b[0].acl\n  all = aws_s3_bucket.b[*].bucket\n  loop = x.use.loop\n}\n',
    });
    expect(attr(resources, 'x.use', 'name')).toBe('acme-1');
    // a bucket's id is its configured name (the provider sets it so); its ARN is computed
    expect(attr(resources, 'x.use', 'id')).toBe('acme-0');
    for (const name of ['arn', 'acl', 'loop']) expect(isUnknown(attr(resources, 'x.use', name))).toBe(true);
    // a splat over a known count is the list of configured values
    expect(attr(resources, 'x.use', 'all')).toEqual(['acme-0', 'acme-1']);
  });

  it('does not loop when a module call reads its own outputs', async () => {
    const { resources } = await scan({
      'main.tf': 'module "m" {\n  source = "./m"\n  count = length(module.m)\n}\nmodule "n" {\n  source = "./m"\n  name = module.n.name\n}\n',
      'm/main.tf': 'variable "name" { default = "d" }\nresource "x" "r" { name = var.name }\noutput "name" { value = var.name }\n',
    });
    expect(resources.map((r) => r.id)).toEqual(['module.m[*].x.r', 'module.n.x.r']);
    expect(isUnknown(resources[1].raw.name)).toBe(true);
  });
});
