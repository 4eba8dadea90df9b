/**
 * The expansion budget end to end (issue 14, "Crashes from tiny files"): a few hundred bytes of
 * Terraform that would expand to billions of instances, elements or characters. Each is cut where
 * it goes over the budget: that value (or resource) becomes unknown, one LIMIT_EXCEEDED diagnostic
 * names the line, the scan is incomplete, and the open security group in the same file keeps its
 * finding.
 */
import { describe, expect, it } from '@jest/globals';
import { OPEN_SG, OPEN_SG_LINE, scanFiles } from '../../testing/hostile-terraform.js';

const SSH = `AWS-0005@main.tf:${OPEN_SG_LINE}`;
/** The first line after OPEN_SG. */
const AT = OPEN_SG.split('\n').length;

/** [name, Terraform after OPEN_SG, line of the expression over budget, relative to its first line]. */
const BOMBS: [string, string, number][] = [
  ['count = 1000000000', 'resource "aws_s3_bucket" "b" {\n  count  = 1000000000\n  bucket = "b${count.index}"\n}\n', 1],
  ['nested for expressions', 'locals {\n  r = [for i in range(1000) : i]\n  p = [for a in local.r : [for b in local.r : [for c in local.r : "${a}${b}${c}"]]]\n}\nresource "aws_s3_bucket" "n" {\n  bucket = "n${length(local.p)}"\n}\n', 2],
  [
    'for_each over a huge set',
    'locals {\n  r = [for i in range(400) : i]\n  s = toset(flatten([for a in local.r : [for b in local.r : "${a}-${b}"]]))\n}\nresource "aws_s3_bucket" "b" {\n  for_each = local.s\n  bucket   = each.key\n}\n',
    5,
  ],
  ['a module called a million times', 'module "m" {\n  source = "./m"\n  count  = 1000000\n}\n', 2],
  [
    'a dynamic block over a huge set',
    'locals {\n  r = [for i in range(400) : i]\n  s = flatten([for a in local.r : [for b in local.r : b]])\n}\nresource "aws_security_group" "d" {\n  dynamic "ingress" {\n    for_each = local.s\n    content {\n      from_port = ingress.value\n    }\n  }\n}\n',
    6,
  ],
  ['splats in a loop', 'locals {\n  o = [for i in range(1000) : { x = i }]\n  s = [for i in range(1000) : local.o[*].x]\n}\nresource "aws_s3_bucket" "n" {\n  bucket = "n${length(local.s)}"\n}\n', 2],
  ['format with a huge width', 'resource "aws_s3_bucket" "n" {\n  bucket = format("%999999999d", 1)\n}\n', 1],
  ['join of a repeated string', 'locals {\n  a = join("", [for i in range(1000) : "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"])\n  b = join("", [for i in range(1000) : local.a])\n}\nresource "aws_s3_bucket" "n" {\n  bucket = "n${length(local.b)}"\n}\n', 2],
  ['formatlist over a repeated string', 'locals {\n  a = join("", [for i in range(1000) : "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"])\n  b = formatlist("%s%s", [for i in range(1000) : local.a], local.a)\n}\nresource "aws_s3_bucket" "n" {\n  bucket = "n${length(local.b)}"\n}\n', 2],
  ['split of a long string into characters', 'locals {\n  a = join("", [for i in range(1000) : format("%2000d", i)])\n  b = split("", local.a)\n}\nresource "aws_s3_bucket" "n" {\n  bucket = "n${length(local.b)}"\n}\n', 2],
];

function doubling(levels: number, wrap: (prev: string) => string): string {
  const lines = ['locals {', '  a0 = "xxxxxxxxxxxxxxxx"'];
  for (let i = 1; i <= levels; i++) lines.push(`  a${i} = ${wrap(`local.a${i - 1}`)}`);
  return `${lines.join('\n')}\n}\nresource "aws_s3_bucket" "b" {\n  bucket = local.a${levels}\n}\n`;
}

describe('one shared expansion budget per root module', () => {
  it.each(BOMBS)('%s: unknown past the budget, one LIMIT_EXCEEDED at its line, the open SG still found', async (_name, bomb, line) => {
    const scan = await scanFiles({ 'main.tf': OPEN_SG + bomb, 'm/main.tf': 'resource "aws_s3_bucket" "x" {\n  bucket = "x"\n}\n' });
    expect(scan.findings).toContain(SSH);
    expect(scan.diagnostics.filter((d) => d.startsWith('LIMIT_EXCEEDED'))).toEqual([`LIMIT_EXCEEDED@main.tf:${AT + line}`]);
    expect(scan.incomplete).toMatchObject({ limits: 1 });
  });

  it('range(1e9) is sized before it is built: Terraform refuses more than 1024 values, so the value is unknown (an error, not a budget hit)', async () => {
    const scan = await scanFiles({ 'main.tf': `${OPEN_SG}locals {\n  r = range(1e9)\n}\nresource "aws_s3_bucket" "n" {\n  bucket = "n\${length(local.r)}"\n}\n` });
    expect(scan.findings).toContain(SSH);
    expect(scan.diagnostics).toEqual([]);
  });

  it('a string doubled through locals stops at the budget; the doubling local is named', async () => {
    const scan = await scanFiles({ 'main.tf': OPEN_SG + doubling(40, (p) => `"\${${p}}\${${p}}"`) });
    expect(scan.findings).toContain(SSH);
    const limits = scan.diagnostics.filter((d) => d.startsWith('LIMIT_EXCEEDED'));
    expect(limits).toHaveLength(1);
    // 16 characters doubled: 2^21 · 16 = 32 Mi characters is the first over 32 Mi minus what the smaller ones took
    expect(Number(limits[0].split(':')[1])).toBeGreaterThan(AT + 15);
    expect(scan.incomplete).toMatchObject({ limits: 1 });
  });

  it('a list doubled through locals (a value shared 2^40 times) stops at the budget too', async () => {
    const scan = await scanFiles({ 'main.tf': OPEN_SG + doubling(40, (p) => `[${p}, ${p}]`) });
    expect(scan.findings).toContain(SSH);
    // a list of two unknowns doubles again: each time it goes over, one diagnostic at that local
    const limits = scan.diagnostics.filter((d) => d.startsWith('LIMIT_EXCEEDED'));
    expect(limits.length).toBeGreaterThanOrEqual(1);
    expect(limits.every((d) => d.startsWith('LIMIT_EXCEEDED@main.tf:'))).toBe(true);
    expect(scan.diagnostics).toEqual(limits);
    expect(scan.incomplete).toMatchObject({ limits: limits.length });
  });

  it('many bombs: each cut-off evaluation is refunded, but what they spend in all is bounded too', async () => {
    const bombs = Array.from({ length: 8 }, (_, i) => `  p${i} = [for a in local.r : [for b in local.r : "\${a}-\${b}-${i}"]]\n`).join('');
    const uses = Array.from({ length: 8 }, (_, i) => `resource "aws_s3_bucket" "b${i}" {\n  bucket = "n\${length(local.p${i})}"\n}\n`).join('');
    const scan = await scanFiles({ 'main.tf': `${OPEN_SG}locals {\n  r = [for i in range(1000) : i]\n${bombs}}\n${uses}` });
    const limits = scan.diagnostics.filter((d) => d.startsWith('LIMIT_EXCEEDED'));
    // the first cut-offs are refunded; once three budgets' worth is spent, the rest is cut at once
    expect(limits.length).toBeGreaterThanOrEqual(8);
    expect(scan.messages.some((m) => /budget of this root module is spent/.test(m))).toBe(true);
    expect(scan.incomplete).toMatchObject({ limits: limits.length });
  });

  it('a variable default and a .tfvars value draw from the root module budget too, and say so', async () => {
    const scan = await scanFiles({
      'main.tf': `${OPEN_SG}variable "a" {\n  default = format("%999999999d", 1)\n}\nvariable "b" {}\nresource "aws_s3_bucket" "n" {\n  bucket = "\${var.a}\${var.b}"\n}\n`,
      'terraform.tfvars': 'b = join("", [for i in range(1000) : format("%99999d", i)])\n',
    });
    expect(scan.findings).toContain(SSH);
    expect(scan.diagnostics.sort()).toEqual([`LIMIT_EXCEEDED@main.tf:${AT + 1}`, 'LIMIT_EXCEEDED@terraform.tfvars:1']);
    expect(scan.incomplete).toMatchObject({ limits: 2 });
  });

  it('real-sized expansions are not limited', async () => {
    const fine = 'locals {\n  r = [for i in range(100) : i]\n  p = [for a in local.r : [for b in local.r : "${a}-${b}"]]\n}\nresource "aws_s3_bucket" "b" {\n  count  = 1000\n  bucket = "b${count.index}"\n}\n';
    const scan = await scanFiles({ 'main.tf': OPEN_SG + fine });
    expect(scan.findings).toContain(SSH);
    expect(scan.diagnostics).toEqual([]);
    expect(scan.incomplete).toBeUndefined();
  });
});
