import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isUnknown } from '../../model/index.js';
import type { ParsedDocument } from '../../model/index.js';
import { parseTerraform } from '../../parsers/terraform/index.js';
import { normalizeTerraformDocs } from '../../testing/pipeline.js';

// Reads through symlinks must stay inside the repository boundary (issue 14, critical): each
// case plants a real link in a temporary repository to a secret outside it.
const SECRET = 'TOKEN=ghs_fake_secret_value_1234';
const work = mkdtempSync(join(tmpdir(), 'posture-tf-links-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const outside = join(work, 'outside');
mkdirSync(outside);
writeFileSync(join(outside, 'environ'), `${SECRET}\nOTHER=second_secret_value\n`);
mkdirSync(join(outside, 'module'));
writeFileSync(join(outside, 'module', 'main.tf'), `resource "aws_s3_bucket" "stolen" { bucket = "${SECRET}" }\n`);

let count = 0;
async function scan(files: Record<string, string>, links: Record<string, string>) {
  const root = join(work, `repo-${count++}`);
  mkdirSync(join(root, '.git'), { recursive: true });
  writeFileSync(join(root, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  const docs: ParsedDocument[] = [];
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    if (/\.tf$/.test(path) && !path.includes('.terraform/')) docs.push(await parseTerraform({ absolutePath: join(root, path), path, format: 'terraform' }, text));
  }
  for (const [path, target] of Object.entries(links)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    symlinkSync(target, join(root, path));
  }
  const result = normalizeTerraformDocs(docs);
  return { ...result, text: JSON.stringify({ ids: result.resources.map((r) => r.id), raw: result.resources.map((r) => r.raw), diagnostics: result.diagnostics }) };
}

describe('Terraform file reads stay inside the repository boundary', () => {
  it('file() of a link out of the repository is unknown and a PATH_REFUSED diagnostic naming the link, never its content', async () => {
    const { resources, diagnostics, text } = await scan(
      { 'main.tf': 'resource "aws_s3_bucket" "b" {\n  for_each = toset(split("\\n", file("env")))\n  bucket = each.key\n}\nresource "x" "t" { t = templatefile("env", {}) }\n' },
      { env: join(outside, 'environ') },
    );
    expect(text).not.toContain('ghs_fake');
    expect(text).not.toContain('second_secret');
    expect(resources.map((r) => r.id)).toEqual(['aws_s3_bucket.b[*]', 'x.t']);
    expect(isUnknown(resources[1].raw.t)).toBe(true);
    const refused = diagnostics.filter((d) => d.code === 'PATH_REFUSED');
    expect(refused.map((d) => d.range.path)).toEqual(['env']);
    expect(refused[0].message).toContain('outside the repository boundary');
  });

  it('file() of /proc/self/environ through a link is refused', async () => {
    const { text, diagnostics } = await scan(
      { 'main.tf': 'resource "aws_s3_bucket" "b" {\n  for_each = toset(split("\\u0000", file("${path.module}/proc")))\n  bucket = each.key\n}\n' },
      { proc: '/proc/self/environ' },
    );
    expect(text).not.toContain('PATH=');
    expect(diagnostics.map((d) => [d.code, d.range.path])).toContainEqual(['PATH_REFUSED', 'proc']);
  });

  it('file() through a link inside the repository still reads it', async () => {
    const { resources } = await scan({ 'main.tf': 'resource "x" "a" { p = file("alias.json") }\n', 'real.json': '{"a":1}' }, { 'alias.json': 'real.json' });
    expect(resources[0].raw.p).toBe('{"a":1}');
  });

  it('fileset() lists files inside the repository and neither lists nor follows links out', async () => {
    const { resources, text, diagnostics } = await scan(
      { 'main.tf': 'resource "x" "a" { files = fileset("${path.module}/policies", "**") }\n', 'policies/a.json': '{}', 'policies/b.json': '{}' },
      { 'policies/env': join(outside, 'environ'), 'policies/out': outside, 'policies/c.json': 'a.json' },
    );
    expect(resources[0].raw.files).toEqual(['a.json', 'b.json', 'c.json']);
    expect(text).not.toContain('ghs_fake');
    expect(diagnostics.filter((d) => d.code === 'PATH_REFUSED').map((d) => d.range.path)).toEqual(['policies/env', 'policies/out']);
  });
});
