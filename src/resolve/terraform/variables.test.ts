import { describe, expect, it } from '@jest/globals';
import { isUnknown } from '../../model/index.js';
import type { ParsedDocument } from '../../model/index.js';
import { parseTerraform } from '../../parsers/terraform/index.js';
import { normalizeTerraformDocs } from '../../testing/pipeline.js';
import { type TerraformOptions } from './index.js';

const DECLS = ['a', 'b', 'c', 'd', 'e', 'f'].map((n) => `variable "${n}" { default = "default" }`).join('\n');
const RESOURCE = 'resource "x" "y" {\n' + ['a', 'b', 'c', 'd', 'e', 'f'].map((n) => `  ${n} = var.${n}`).join('\n') + '\n}\n';

async function raw(files: Record<string, string>, options?: TerraformOptions): Promise<Record<string, unknown>> {
  const docs: ParsedDocument[] = await Promise.all(
    Object.entries(files).map(([path, text]) => parseTerraform({ absolutePath: `/x/${path}`, path, format: 'terraform' }, text)),
  );
  const { resources, diagnostics } = normalizeTerraformDocs(docs, options);
  expect(diagnostics).toEqual([]);
  return resources[0].raw;
}

describe('normalizeTerraform: variable values', () => {
  it("applies Terraform's precedence: default < TF_VAR_ < terraform.tfvars < *.auto.tfvars < var files < -var", async () => {
    // read at the read stage (parsers/terraform/var-files.ts); the resolver gets the document
    const varFile = await parseTerraform({ absolutePath: '/elsewhere/extra.tfvars', path: '/elsewhere/extra.tfvars', format: 'terraform' }, 'd = "var-file"\ne = "var-file"\n');
    const values = await raw(
      {
        'main.tf': DECLS + '\n' + RESOURCE,
        'terraform.tfvars': 'b = "tfvars"\nc = "tfvars"\nd = "tfvars"\n',
        'b.auto.tfvars': 'c = "auto-b"\n',
        'a.auto.tfvars': 'c = "auto-a"\nd = "auto"\n',
      },
      { varFileDocuments: [varFile], vars: { e: 'cli' }, env: { TF_VAR_a: 'env', TF_VAR_b: 'env' } },
    );
    expect(values).toEqual({ a: 'env', b: 'tfvars', c: 'auto-b', d: 'var-file', e: 'cli', f: 'default' });
  });

  it('converts to the declared type, fills optional() defaults, and reads collection -vars as HCL', async () => {
    const values = await raw(
      {
        'main.tf':
          'variable "n" { type = number }\nvariable "l" { type = list(string) }\nvariable "s" { type = set(string) }\n' +
          'variable "o" {\n  type = object({ name = string, port = optional(number, 443), tags = optional(map(string)) })\n  default = { name = "web" }\n}\n' +
          'resource "x" "y" {\n  n = var.n + 1\n  l = var.l\n  s = var.s\n  o = var.o\n}\n',
      },
      { vars: { n: '41', l: '["a", 1]', s: '["b", "a", "b"]' } },
    );
    expect(values).toEqual({ n: 42, l: ['a', '1'], s: ['a', 'b'], o: { name: 'web', port: 443, tags: null } });
  });

  it('is unknown without a value, an error for a value of the wrong type, and masks sensitive values', async () => {
    const values = await raw({
      'main.tf': 'variable "none" {}\nvariable "bad" {\n  type = number\n  default = "x"\n}\nvariable "secret" {\n  sensitive = true\n  default = "hunter2"\n}\nresource "x" "y" {\n  none = var.none\n  bad = var.bad\n  secret = var.secret\n  derived = "pw:${var.secret}"\n}\n',
    });
    expect(values.none).toEqual({ $unknown: true, reason: 'var.none has no value' });
    expect(isUnknown(values.bad)).toBe(true);
    expect(values.secret).toEqual({ $unknown: true, reason: 'sensitive value (not shown)' });
    expect(JSON.stringify(values)).not.toContain('hunter2');
  });

  it('expands dynamic blocks over a set with the iterator key equal to the value', async () => {
    const values = await raw({
      'main.tf': 'resource "x" "y" {\n  dynamic "rule" {\n    for_each = toset(["b", "a"])\n    iterator = r\n    content {\n      k = r.key\n      v = upper(r.value)\n    }\n  }\n}\n',
    });
    expect(values.rule).toEqual([
      { k: 'a', v: 'A' },
      { k: 'b', v: 'B' },
    ]);
  });
});
