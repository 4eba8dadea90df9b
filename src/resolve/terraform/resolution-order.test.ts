import { describe, expect, it } from '@jest/globals';
import { isUnknown } from '../../model/index.js';
import type { ParsedDocument } from '../../model/index.js';
import { parseTerraform } from '../../parsers/terraform/index.js';
import { Fields, resolveTerraform } from './index.js';

async function resolve(files: Record<string, string>) {
  const docs: ParsedDocument[] = [];
  for (const [path, text] of Object.entries(files)) docs.push(await parseTerraform({ absolutePath: `/scan/${path}`, path, format: 'terraform' }, text));
  const resolution = resolveTerraform(docs);
  const instances = resolution.roots.flatMap((r) => r.instances);
  const raw = (id: string): Record<string, unknown> => {
    const instance = instances.find((i) => i.id === id);
    if (instance === undefined) throw new Error(`no ${id} in ${instances.map((i) => i.id).join(', ')}`);
    return Fields.fromBody(instance.block.body, instance.scope).raw();
  };
  return { resolution, ids: instances.map((i) => i.id), raw };
}

describe('resolution follows references, not file order', () => {
  it('gives the same values whichever file or block comes first', async () => {
    const a = 'resource "x" "use" {\n  name  = aws_s3_bucket.b.bucket\n  count = local.n\n  tag   = module.m.out\n}\n';
    const b = 'locals {\n  n = length(local.names)\n  names = ["p", "q"]\n}\nresource "aws_s3_bucket" "b" {\n  bucket = "${local.names[0]}-bucket"\n}\nmodule "m" {\n  source = "./m"\n  v = local.names[1]\n}\n';
    const m = 'variable "v" {}\noutput "out" {\n  value = upper(var.v)\n}\n';
    const first = await resolve({ 'a.tf': a, 'b.tf': b, 'm/main.tf': m });
    const second = await resolve({ 'a.tf': b, 'b.tf': a, 'm/main.tf': m });
    for (const scan of [first, second]) {
      expect(scan.ids.filter((id) => id.startsWith('x.'))).toEqual(['x.use[0]', 'x.use[1]']);
      expect(scan.raw('x.use[1]')).toMatchObject({ name: 'p-bucket', tag: 'Q' });
      expect(scan.resolution.diagnostics).toEqual([]);
    }
  });
});

describe('cycles are diagnostics naming the cycle', () => {
  it('reports local.a → local.b → local.a once and leaves both unknown', async () => {
    const { resolution, raw } = await resolve({ 'main.tf': 'locals {\n  a = local.b\n  b = "${local.a}-x"\n}\nresource "x" "r" {\n  a = local.a\n  b = local.b\n}\n' });
    expect(isUnknown(raw('x.r').a)).toBe(true);
    expect(isUnknown(raw('x.r').b)).toBe(true);
    expect(resolution.diagnostics).toEqual([
      {
        code: 'NORMALIZE_FAILED',
        level: 'warning',
        message: 'Terraform rejects this cycle: local.a → local.b → local.a; its values are unknown',
        range: expect.objectContaining({ path: 'main.tf', startLine: 2 }),
      },
    ]);
  });

  it('reports a resource whose count reads itself instead of recursing without end', async () => {
    const { resolution, ids } = await resolve({ 'main.tf': 'resource "aws_s3_bucket" "b" {\n  count  = length(aws_s3_bucket.b)\n  bucket = "b"\n}\n' });
    expect(ids).toEqual(['aws_s3_bucket.b[*]']);
    expect(resolution.diagnostics.map((d) => [d.message, d.range.startLine])).toEqual([
      ['Terraform rejects this cycle: aws_s3_bucket.b (count / for_each) → aws_s3_bucket.b (count / for_each); its values are unknown', 2],
    ]);
  });

  it('keeps the resource (as one unknown instance) when its count reads one of its own instances', async () => {
    // before, the expansion recursed into itself and the resource was lost
    const { resolution, ids } = await resolve({ 'main.tf': 'resource "aws_s3_bucket" "b" {\n  count  = aws_s3_bucket.b[0].bucket == "b" ? 1 : 0\n  bucket = "b"\n}\n' });
    expect(ids).toEqual(['aws_s3_bucket.b[*]']);
    expect(resolution.diagnostics.map((d) => d.range.startLine)).toEqual([2]);
  });

  it('reports two resources whose attributes read each other', async () => {
    const { resolution, raw } = await resolve({
      'main.tf': 'resource "aws_iam_role" "a" {\n  name = "${aws_iam_role.b.name}-a"\n}\nresource "aws_iam_role" "b" {\n  name = "${aws_iam_role.a.name}-b"\n}\n',
    });
    expect(isUnknown(raw('aws_iam_role.a').name)).toBe(true);
    expect(resolution.diagnostics.map((d) => d.message)).toEqual(['Terraform rejects this cycle: aws_iam_role.a.name → aws_iam_role.b.name → aws_iam_role.a.name; its values are unknown']);
  });
});

describe('module calls that read each other', () => {
  const variableAndOutput = 'variable "v" {}\noutput "out" {\n  value = "${var.v}-x"\n}\nresource "aws_s3_bucket" "b" {\n  bucket = var.v\n}\n';

  it('reports module.a ↔ module.b when an output needs itself, naming both calls and where they are written, and leaves the values unknown', async () => {
    const main = 'module "a" {\n  source = "./a"\n  v      = module.b.out\n}\n\nmodule "b" {\n  source = "./b"\n  v      = module.a.out\n}\n\nresource "x" "r" {\n  a = module.a.out\n}\n';
    const { resolution, raw } = await resolve({ 'main.tf': main, 'a/main.tf': variableAndOutput, 'b/main.tf': variableAndOutput });
    expect(isUnknown(raw('x.r').a)).toBe(true);
    expect(resolution.diagnostics).toEqual([
      {
        code: 'MODULE_UNRESOLVED',
        level: 'warning',
        message:
          "module.a (main.tf:1) and module.b (main.tf:6) read each other's outputs in a cycle Terraform rejects: " +
          'module.a.output.out → module.a.var.v → module.b.output.out → module.b.var.v → module.a.output.out; its values are unknown',
        range: expect.objectContaining({ path: 'main.tf', startLine: 1 }),
      },
    ]);
  });

  it('reports the same cycle when only the resources of the modules are read', async () => {
    const main = 'module "b" {\n  source = "./b"\n  v      = module.a.out\n}\n\nmodule "a" {\n  source = "./a"\n  v      = module.b.out\n}\n';
    const { resolution, raw } = await resolve({ 'main.tf': main, 'a/main.tf': variableAndOutput, 'b/main.tf': variableAndOutput });
    expect(isUnknown(raw('module.a.aws_s3_bucket.b').bucket)).toBe(true);
    expect(resolution.diagnostics.map((d) => [d.code, d.range.startLine])).toEqual([['MODULE_UNRESOLVED', 6]]);
    expect(resolution.diagnostics[0].message).toMatch(/^module\.a \(main\.tf:6\) and module\.b \(main\.tf:1\) read each other's outputs/);
  });

  it('resolves two calls that read each other\'s outputs when no value needs itself, as Terraform does', async () => {
    const main = 'module "a" {\n  source = "./a"\n  v      = module.b.name\n}\n\nmodule "b" {\n  source = "./b"\n  v      = module.a.fixed\n}\n';
    const child = 'variable "v" {}\noutput "fixed" {\n  value = "fixed"\n}\noutput "name" {\n  value = "${var.v}-name"\n}\nresource "aws_s3_bucket" "b" {\n  bucket = var.v\n}\n';
    const { resolution, raw } = await resolve({ 'main.tf': main, 'a/main.tf': child, 'b/main.tf': child });
    expect(raw('module.a.aws_s3_bucket.b').bucket).toBe('fixed-name');
    expect(raw('module.b.aws_s3_bucket.b').bucket).toBe('fixed');
    expect(resolution.diagnostics).toEqual([]);
  });
});
