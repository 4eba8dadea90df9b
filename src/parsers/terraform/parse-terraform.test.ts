import { describe, expect, it } from '@jest/globals';
import type { InputFile } from '../../model/index.js';
import { parseTerraform } from './index.js';
import type { HclExpr } from './hcl-types.js';

function input(path: string): InputFile {
  return { absolutePath: `/scan/${path}`, path, format: 'terraform' };
}

const MAIN = `resource "aws_s3_bucket" "b" {
  bucket = "x-\${var.env} logs"
  acl    = "private"
  tags = {
    Name  = "b"
    "k-2" = true
  }
  ingress {
    cidr_blocks = ["10.0.0.0/8", var.cidr, -1]
  }
  ingress {
    self = true
  }
  policy = <<-EOT
    {
      "a": "\${local.x}"
    }
  EOT
  n = var.x == 1 ? 1 : 2
}
`;

describe('parseTerraform (.tf)', () => {
  it('keeps the range of blocks, attributes, object keys and list elements', async () => {
    const doc = await parseTerraform(input('m/main.tf'), MAIN);
    expect(doc.diagnostics).toEqual([]);
    const at = (...p: (string | number)[]) => {
      const r = doc.locate(p);
      return r && [r.startLine, r.startColumn];
    };
    expect(at('resource', 'aws_s3_bucket', 'b')).toEqual([1, 1]);
    expect(at('resource', 'aws_s3_bucket', 'b', 'acl')).toEqual([3, 3]);
    expect(at('resource', 'aws_s3_bucket', 'b', 'tags', 'k-2')).toEqual([6, 13]);
    expect(at('resource', 'aws_s3_bucket', 'b', 'ingress', 0, 'cidr_blocks', 1)).toEqual([9, 34]);
    expect(at('resource', 'aws_s3_bucket', 'b', 'ingress', 1, 'self')).toEqual([12, 5]);
    // no node for this path: the nearest enclosing one (the block) answers
    expect(at('resource', 'aws_s3_bucket', 'b', 'versioning', 'enabled')).toEqual([1, 1]);
    expect(doc.locate(['resource', 'aws_s3_bucket', 'b', 'acl'])?.path).toBe('m/main.tf');
  });

  it('keeps expressions apart from literals', async () => {
    const doc = await parseTerraform(input('main.tf'), MAIN);
    const attrs = doc.value.body.blocks[0].body.attributes;
    const bucket = attrs.bucket.expr;
    expect(bucket.kind).toBe('template');
    const parts = (bucket as Extract<HclExpr, { kind: 'template' }>).parts;
    expect(parts.map((p) => (p.kind === 'literal' ? p.value : p.text))).toEqual(['x-', 'var.env', ' logs']);
    expect(attrs.acl.expr).toMatchObject({ kind: 'literal', value: 'private' });
    const cidrs = doc.value.body.blocks[0].body.blocks[0].body.attributes.cidr_blocks.expr;
    expect(cidrs).toMatchObject({
      kind: 'tuple',
      items: [{ kind: 'literal', value: '10.0.0.0/8' }, { kind: 'traversal', root: 'var', steps: [{ attr: 'cidr' }] }, { kind: 'literal', value: -1 }],
    });
    expect(attrs.n.expr).toMatchObject({
      kind: 'conditional',
      text: 'var.x == 1 ? 1 : 2',
      condition: { kind: 'binary', operator: '==', left: { kind: 'traversal', root: 'var' }, right: { kind: 'literal', value: 1 } },
      then: { kind: 'literal', value: 1 },
      else: { kind: 'literal', value: 2 },
    });
    const policy = attrs.policy.expr as Extract<HclExpr, { kind: 'template' }>;
    expect(policy.parts.map((p) => (p.kind === 'literal' ? p.value : `<${p.text}>`)).join('')).toBe('{\n  "a": "<local.x>"\n}\n');
  });

  it('reports a syntax error with its line and still returns the valid blocks', async () => {
    const text = 'resource "a" "ok" {\n  x = 1\n}\n\nresource "b" "bad" {\n  y = = 2\n}\n';
    const doc = await parseTerraform(input('broken.tf'), text);
    const syntax = doc.diagnostics.filter((d) => d.code === 'PARSE_SYNTAX');
    expect(syntax.length).toBeGreaterThan(0);
    expect(syntax[0].range).toMatchObject({ path: 'broken.tf', startLine: 6 });
    expect(syntax[0].message).toMatch(/syntax error/);
    expect(doc.value.body.blocks[0]).toMatchObject({ type: 'resource', labels: ['a', 'ok'] });
  });

  it('reports a duplicate attribute and keeps the first value', async () => {
    const doc = await parseTerraform(input('dup.tf'), 'resource "a" "b" {\n  x = 1\n  x = 2\n}\n');
    expect(doc.diagnostics).toEqual([
      expect.objectContaining({ code: 'PARSE_DUPLICATE_KEY', range: expect.objectContaining({ startLine: 3, startColumn: 3 }) }),
    ]);
    expect(doc.diagnostics[0].message).toContain('"x" in block resource.a.b is already defined at line 2');
    expect(doc.value.body.blocks[0].body.attributes.x.expr).toMatchObject({ value: 1 });
  });

  it('reads .tfvars attributes and unescapes strings', async () => {
    const doc = await parseTerraform(input('terraform.tfvars'), 'env = "prod\\n$${x}"\nports = [22, 443]\n');
    expect(doc.value.body.attributes.env.expr).toMatchObject({ kind: 'literal', value: 'prod\n${x}' });
    expect(doc.locate(['ports', 1])).toMatchObject({ startLine: 2, startColumn: 14 });
  });
});

describe('parseTerraform (.tf.json)', () => {
  const JSON_TF = `{
  "resource": {
    "aws_s3_bucket": {
      "b": {
        "bucket": "logs-\${var.env}",
        "tags": { "a": "1" }
      }
    }
  }
}`;

  it('builds blocks by label depth with 1-based positions and parses templates', async () => {
    const doc = await parseTerraform(input('main.tf.json'), JSON_TF);
    expect(doc.diagnostics).toEqual([]);
    const block = doc.value.body.blocks[0];
    expect(block).toMatchObject({ type: 'resource', labels: ['aws_s3_bucket', 'b'] });
    expect(block.body.attributes.bucket.expr).toMatchObject({ kind: 'template', range: { startLine: 5, startColumn: 19 } });
    expect(doc.locate(['resource', 'aws_s3_bucket', 'b', 'tags', 'a'])).toMatchObject({ startLine: 6, startColumn: 24 });
  });

  it('turns invalid JSON into a diagnostic', async () => {
    const doc = await parseTerraform(input('bad.tf.json'), '{\n  "resource": ,\n}');
    expect(doc.diagnostics[0]).toMatchObject({ code: 'PARSE_SYNTAX', range: { startLine: 2 } });
  });

  it('keeps a key named __proto__ as data, with its position', async () => {
    const text = '{"locals": {\n  "__proto__": {"polluted": "yes"},\n  "x": "1"\n}}';
    const doc = await parseTerraform(input('p.tf.json'), text);
    expect(doc.diagnostics).toEqual([]);
    const attributes = doc.value.body.blocks[0].body.attributes;
    expect(Object.keys(attributes)).toEqual(['__proto__', 'x']);
    expect(Object.getOwnPropertyDescriptor(attributes, '__proto__')?.value).toMatchObject({ name: '__proto__', range: { startLine: 2, startColumn: 3 } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseTerraform: expression structure', () => {
  const exprOf = async (text: string): Promise<HclExpr> => (await parseTerraform(input('e.tf'), `x = ${text}\n`)).value.body.attributes.x.expr;

  it('keeps for-expressions, splats and operators as structure', async () => {
    expect(await exprOf('{for k, v in var.m : k => v.id... if v != null}')).toMatchObject({
      kind: 'for',
      keyVar: 'k',
      valueVar: 'v',
      collection: { kind: 'traversal', root: 'var' },
      key: { kind: 'traversal', root: 'k' },
      value: { kind: 'traversal', root: 'v', steps: [{ attr: 'id' }] },
      condition: { kind: 'binary', operator: '!=' },
      grouping: true,
    });
    expect(await exprOf('var.l[*].a[0]')).toMatchObject({ kind: 'traversal', steps: [{ attr: 'l' }, { splat: 'full', steps: [{ attr: 'a' }, { index: { value: 0 } }] }] });
    expect(await exprOf('var.l.*.a[0]')).toMatchObject({ kind: 'traversal', steps: [{ attr: 'l' }, { splat: 'attr', steps: [{ attr: 'a' }] }, { index: { value: 0 } }] });
    expect(await exprOf('f(x...)')).toMatchObject({ kind: 'call', name: 'f', expandLast: true });
    expect(await exprOf('!a.b && -c')).toMatchObject({ kind: 'binary', operator: '&&', left: { kind: 'unary', operator: '!' }, right: { kind: 'unary', operator: '-' } });
  });

  it('re-associates chained conditionals to the right, as HCL does', async () => {
    expect(await exprOf('a ? 1 : b ? 2 : 3')).toMatchObject({
      kind: 'conditional',
      condition: { root: 'a' },
      then: { value: 1 },
      else: { kind: 'conditional', condition: { root: 'b' }, then: { value: 2 }, else: { value: 3 } },
    });
  });

  it('nests %{if}/%{for} directives in template parts', async () => {
    expect(await exprOf('"a%{ if c }b%{ else }d%{ endif }%{ for i in l }${i}%{ endfor }"')).toMatchObject({
      kind: 'template',
      parts: [
        { kind: 'literal', value: 'a' },
        { kind: 'template-if', condition: { root: 'c' }, then: [{ value: 'b' }], else: [{ value: 'd' }] },
        { kind: 'template-for', valueVar: 'i', collection: { root: 'l' }, body: [{ kind: 'traversal', root: 'i' }] },
      ],
    });
  });

  it('reads .tf.json templates with the same expressions', async () => {
    const doc = await parseTerraform(input('c.tf.json'), '{"locals": {"x": "${var.a ? upper(var.b) : \\"n\\"}"}}');
    const expr = doc.value.body.blocks[0].body.attributes.x.expr;
    expect(expr).toMatchObject({ kind: 'template', parts: [{ kind: 'conditional', then: { kind: 'call', name: 'upper' }, else: { value: 'n' } }] });
    expect(expr.range).toMatchObject({ path: 'c.tf.json', startLine: 1, startColumn: 18 });
  });
  // Differences found by the differential test against HashiCorp's HCL (resolve/terraform/hcl-oracle.test.ts).
  it('reads numbers with an exponent and no fraction, keeping the ranges of what follows', async () => {
    const doc = await parseTerraform(input('n.tf'), 'a = 1e3\nb = [2E-2, 1.5e3, "1e3"]\nc = -(-1)\n');
    expect(doc.diagnostics).toEqual([]);
    expect(doc.value.body.attributes.a.expr).toMatchObject({ kind: 'literal', value: 1000, text: '1e3' });
    expect(doc.value.body.attributes.b.expr).toMatchObject({ items: [{ value: 0.02 }, { value: 1500 }, { value: '1e3' }] });
    expect(doc.value.body.attributes.b.expr.range).toMatchObject({ startLine: 2, startColumn: 5, endColumn: 25 });
    expect(doc.value.body.attributes.c.expr).toMatchObject({ kind: 'unary', operator: '-', operand: { value: -1 } });
  });

  it('keeps whitespace-only lines of an indented heredoc as they are, as HCL does', async () => {
    expect(await exprOf('<<-EOT\n    a\n      \n\n    b\n  EOT')).toMatchObject({ kind: 'literal', value: 'a\n      \n\nb\n' });
  });
});
