import { describe, expect, it } from '@jest/globals';
import { isUnknown } from '../../model/index.js';
import { parseTerraform } from '../../parsers/terraform/index.js';
import { normalizeTerraformDocs } from '../../testing/pipeline.js';

async function run(text: string, more: Record<string, string> = {}) {
  const files = Object.entries({ 'main.tf': text, ...more });
  return normalizeTerraformDocs(await Promise.all(files.map(([path, t]) => parseTerraform({ absolutePath: `/x/${path}`, path, format: 'terraform' }, t))));
}

describe('for_each over a set of objects', () => {
  it('is a diagnostic at the for_each line, with one unknown instance (Terraform rejects it)', async () => {
    const { resources, diagnostics } = await run('locals {\n  rules = [{ port = 22 }, { port = 443 }]\n}\nresource "aws_security_group_rule" "r" {\n  for_each = toset(local.rules)\n  from_port = each.value.port\n}\n');
    expect(resources.map((r) => r.id)).toEqual(['aws_security_group_rule.r[*]']);
    expect(isUnknown((resources[0].raw as Record<string, unknown>).from_port)).toBe(true);
    expect(diagnostics).toEqual([
      expect.objectContaining({ level: 'warning', range: expect.objectContaining({ path: 'main.tf', startLine: 5 }), message: expect.stringMatching(/resource\.aws_security_group_rule\.r: Terraform rejects this: for_each supports maps and sets of strings, not a set of objects/) }),
    ]);
  });

  it('expands a map keyed from the same objects, as the fix suggests', async () => {
    const { resources, diagnostics } = await run('locals {\n  rules = toset([{ name = "ssh", port = 22 }, { port = 22, name = "ssh" }, { name = "tls", port = 443 }])\n}\nresource "aws_security_group_rule" "r" {\n  for_each = { for r in local.rules : r.name => r }\n  from_port = each.value.port\n}\n');
    expect(diagnostics).toEqual([]);
    expect(resources.map((r) => [r.id, (r.raw as Record<string, unknown>).from_port])).toEqual([
      ['aws_security_group_rule.r["ssh"]', 22],
      ['aws_security_group_rule.r["tls"]', 443],
    ]);
  });

  it('reports a module call over a set of objects the same way', async () => {
    const { diagnostics } = await run('module "m" {\n  source = "./m"\n  for_each = toset([{ a = 1 }])\n}\n', { 'm/main.tf': 'resource "x" "y" {}\n' });
    expect(diagnostics.map((d) => [d.range.startLine, d.message])).toEqual([[3, expect.stringContaining('module.m: Terraform rejects this')]]);
  });
});
