/**
 * Deep nesting end to end (issue 14, "Deep nesting drops findings"): nesting 1,000–5,000 deep in
 * one Terraform file used to overflow the stack and drop every resource of the file. The value
 * becomes unknown where it gets too deep, with a LIMIT_EXCEEDED diagnostic at that line; every
 * other resource of the file is still read.
 */
import { describe, expect, it } from '@jest/globals';
import { OPEN_SG, OPEN_SG_LINE, scanFiles } from '../../testing/hostile-terraform.js';

const SSH = `AWS-0005@main.tf:${OPEN_SG_LINE}`;
const AT = OPEN_SG.split('\n').length;
const use = (expr: string): string => `resource "aws_s3_bucket" "n" {\n  bucket = "n\${${expr}}"\n}\n`;

const DEEP: [string, string][] = [
  ['a tuple 2,000 deep', `locals {\n  deep = ${'['.repeat(2000)}1${']'.repeat(2000)}\n}\n${use('length(local.deep)')}`],
  ['an object 2,000 deep', `locals {\n  deep = ${'{a = '.repeat(2000)}1${'}'.repeat(2000)}\n}\n${use('length(local.deep)')}`],
  ['parentheses 2,000 deep', `locals {\n  deep = ${'('.repeat(2000)}1${')'.repeat(2000)}\n}\n${use('local.deep')}`],
  ['conditionals 2,000 deep', `locals {\n  deep = ${'true ? '.repeat(2000)}1${' : 2'.repeat(2000)}\n}\n${use('local.deep')}`],
  ['function calls 2,000 deep', `locals {\n  deep = ${'abs('.repeat(2000)}1${')'.repeat(2000)}\n}\n${use('local.deep')}`],
];

describe('deep nesting in one file', () => {
  it.each(DEEP)('%s: unknown where too deep, LIMIT_EXCEEDED at its line, the open SG still found', async (_name, deep) => {
    const scan = await scanFiles({ 'main.tf': OPEN_SG + deep });
    expect(scan.findings).toContain(SSH);
    expect(scan.diagnostics).toEqual([`LIMIT_EXCEEDED@main.tf:${AT + 1}`]);
    expect(scan.messages[0]).toMatch(/nested more than \d+ deep/);
    expect(scan.incomplete).toMatchObject({ limits: 1, unreadable: 0 });
  });

  it('jsondecode of a document 5,000 deep: the decoded value is cut where measured', async () => {
    const scan = await scanFiles({ 'main.tf': `${OPEN_SG}locals {\n  deep = jsondecode("${'['.repeat(5000)}${']'.repeat(5000)}")\n}\n${use('length(local.deep)')}` });
    expect(scan.findings).toContain(SSH);
    expect(scan.diagnostics).toEqual([`LIMIT_EXCEEDED@main.tf:${AT + 1}`]);
    expect(scan.messages[0]).toMatch(/nested more than \d+ levels deep/);
  });

  it('templates 1,000 deep: unknown where too deep, not a syntax error', async () => {
    const scan = await scanFiles({ 'main.tf': `${OPEN_SG}locals {\n  deep = ${'"${'.repeat(1000)}1${'}"'.repeat(1000)}\n}\n${use('local.deep')}` });
    expect(scan.findings).toContain(SSH);
    expect(scan.diagnostics).toEqual([`LIMIT_EXCEEDED@main.tf:${AT + 1}`]);
    expect(scan.incomplete).toMatchObject({ limits: 1, unreadable: 0 });
  });

  it('nested blocks 2,000 deep', async () => {
    const blocks = `resource "aws_s3_bucket" "n" {\n  bucket = "n"\n  ${'a {\n'.repeat(2000)}${'}\n'.repeat(2000)}}\n`;
    const scan = await scanFiles({ 'main.tf': OPEN_SG + blocks });
    expect(scan.findings).toContain(SSH);
    expect(scan.diagnostics.filter((d) => d.startsWith('LIMIT_EXCEEDED@main.tf:'))).toHaveLength(1);
    expect(scan.incomplete).toMatchObject({ limits: 1, unreadable: 0 });
  });

  it('a chain of 5,000 locals', async () => {
    const chain = Array.from({ length: 5000 }, (_, i) => `  a${i} = local.a${i + 1}\n`).join('');
    const scan = await scanFiles({ 'main.tf': `${OPEN_SG}locals {\n${chain}  a5000 = "end"\n}\n${use('local.a0')}` });
    expect(scan.findings).toContain(SSH);
    // cut by the depth limit, not by a stack overflow caught on the way
    expect(scan.messages).toEqual([expect.stringMatching(/^expressions or references nested more than 256 deep/)]);
    expect(scan.diagnostics.filter((d) => d.startsWith('LIMIT_EXCEEDED@main.tf:'))).toHaveLength(1);
    expect(scan.diagnostics.filter((d) => !d.startsWith('LIMIT_EXCEEDED'))).toEqual([]);
    expect(scan.incomplete).toMatchObject({ limits: 1, unreadable: 0 });
  });

  it('a .tf.json file with a list 2,000 deep', async () => {
    const sg = '"aws_security_group": {"open": {"name": "open", "ingress": [{"from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}]}}';
    const json = `{\n"locals": {\n"deep": ${'['.repeat(2000)}1${']'.repeat(2000)}\n},\n"resource": {\n${sg},\n"aws_s3_bucket": {"n": {"bucket": "n\${length(local.deep)}"}}\n}\n}\n`;
    const scan = await scanFiles({ 'main.tf.json': json });
    expect(scan.findings).toContain('AWS-0005@main.tf.json:6');
    expect(scan.diagnostics).toEqual(['LIMIT_EXCEEDED@main.tf.json:3']);
    expect(scan.incomplete).toMatchObject({ limits: 1, unreadable: 0 });
  });
});
