/**
 * Hostile nesting and YAML merge chains (issue 14): a file nested thousands deep, or a 2 KB
 * chain of `<<` merges, must neither hang the scan nor hide the findings beside it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { runGate } from './gate.js';
import { silentLogger } from './logging.js';
import { isUnknown, MAX_NESTING_DEPTH } from './model/index.js';
import { parseCloudFormation } from './parsers/cloudformation/index.js';
import { sharedEngine } from './testing/engine.js';

const root = mkdtempSync(path.join(tmpdir(), 'posture-hostile-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const DEEP = 2000;
const deepJoin = `${'{"Fn::Join": ["", ['.repeat(DEEP)}"x"${']]}'.repeat(DEEP)}`;
const OPEN_SSH = `  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: ssh
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: 0.0.0.0/0
`;

async function scan(dir: string, files: Record<string, string>) {
  const at = path.join(root, dir);
  mkdirSync(at, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(at, name), text);
  const { report } = await runGate({ paths: [at], root: at, failOn: 'none', logger: silentLogger, engine: await sharedEngine() });
  return report;
}

const limits = (diagnostics: { code: string; range: { path: string; startLine: number } }[]) =>
  diagnostics.filter((d) => d.code === 'LIMIT_EXCEEDED').map((d) => [d.range.path, d.range.startLine]);

describe('deep nesting', () => {
  it('keeps the open SSH group beside a 2,000-deep Fn::Join (YAML), the deep value unknown', async () => {
    const template = `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: ${deepJoin}\n${OPEN_SSH}`;
    const report = await scan('deep-yaml', { 'template.yaml': template });
    expect(report.findings.filter((f) => f.checkId === 'AWS-0005').map((f) => [f.location.path, f.location.startLine])).toEqual([['template.yaml', 15]]);
    expect(limits(report.diagnostics)).toEqual([['template.yaml', 6]]);
    expect(report.incomplete?.limits).toBeGreaterThan(0);
  });

  it('keeps the open SSH group beside a 2,000-deep Fn::Join (JSON)', async () => {
    const template = `{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {\n"Bucket": {"Type": "AWS::S3::Bucket",\n"Properties": {"BucketName": ${deepJoin}}},\n"Sg": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "ssh",\n"SecurityGroupIngress": [{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": "0.0.0.0/0"}]}}}}\n`;
    const report = await scan('deep-json', { 'template.json': template });
    expect(report.findings.filter((f) => f.checkId === 'AWS-0005').map((f) => f.location.startLine)).toEqual([5]);
    expect(limits(report.diagnostics)).toEqual([['template.json', 3]]);
    expect(report.incomplete?.limits).toBeGreaterThan(0);
  });

  it('turns the value unknown exactly where it gets too deep (YAML and JSON alike)', () => {
    for (const name of ['t.json', 't.yaml']) {
      const doc = parseCloudFormation({ path: name, absolutePath: `/x/${name}`, format: 'cloudformation' }, `{"Resources": {"B": {"Properties": {"N": ${deepJoin}}}}}`);
      let value: unknown = (doc.value.Resources as Record<string, { Properties: { N: unknown } }>).B.Properties.N;
      let depth = 5; // N's own map: inside the template, Resources, B and Properties
      while (!isUnknown(value)) {
        value = Array.isArray(value) ? value[value.length - 1] : (value as Record<string, unknown>)['Fn::Join'];
        depth++;
      }
      expect(depth).toBe(MAX_NESTING_DEPTH + 1);
    }
  });

  it('counts a short-form intrinsic as the map it becomes', () => {
    const text = `Resources:\n  B:\n    Properties:\n      N: ${'!Not ['.repeat(DEEP)}x${']'.repeat(DEEP)}\n`;
    const doc = parseCloudFormation({ path: 't.yaml', absolutePath: '/x/t.yaml', format: 'cloudformation' }, text);
    let value: unknown = (doc.value.Resources as Record<string, { Properties: { N: unknown } }>).B.Properties.N;
    let depth = 5;
    while (!isUnknown(value)) {
      value = Array.isArray(value) ? value[0] : (value as Record<string, unknown>)['Fn::Not'];
      depth++;
    }
    expect(depth).toBe(MAX_NESTING_DEPTH + 1);
    expect(doc.diagnostics.filter((d) => d.code === 'LIMIT_EXCEEDED').map((d) => d.range.startLine)).toEqual([4]);
  });

  it('cuts deep Metadata to unknown and reads the resources', async () => {
    const metadata = `${'{"a": '.repeat(DEEP)}1${'}'.repeat(DEEP)}`;
    const report = await scan('deep-meta', { 'template.yaml': `AWSTemplateFormatVersion: '2010-09-09'\nMetadata:\n  Deep: ${metadata}\nResources:\n${OPEN_SSH}` });
    expect(report.findings.filter((f) => f.checkId === 'AWS-0005').map((f) => f.location.startLine)).toEqual([13]);
    expect(limits(report.diagnostics)).toEqual([['template.yaml', 3]]);
  });

  it('keeps the privileged pod beside a deeply nested manifest, in YAML and JSON', async () => {
    const deepList = `${'['.repeat(DEEP)}1${']'.repeat(DEEP)}`;
    const privileged = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: priv\nspec:\n  containers:\n    - name: c\n      image: nginx\n      securityContext:\n        privileged: true\n';
    const deepPod = `{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "deep"},\n"spec": {"containers": [{"name": "c", "image": "nginx", "args": ${deepList}}]}}\n`;
    const report = await scan('deep-k8s', { 'pods.yaml': `${privileged}---\n${deepPod}`, 'deep.json': deepPod });
    const privilegedFindings = report.findings.filter((f) => f.resourceId.endsWith('/priv') && f.location.startLine === 10);
    expect(privilegedFindings.length).toBeGreaterThan(0);
    expect(limits(report.diagnostics)).toEqual([['deep.json', 2], ['pods.yaml', 13]]);
    // The deep pod itself is still a resource, read down to the cut.
    expect(report.findings.some((f) => f.resourceId.endsWith('/deep'))).toBe(true);
  });

  it('leaves a template just inside the limit alone', async () => {
    const nested = `${'{"a": '.repeat(MAX_NESTING_DEPTH - 3)}1${'}'.repeat(MAX_NESTING_DEPTH - 3)}`;
    const report = await scan('inside', { 'template.json': `{"Metadata": {"Deep": ${nested}}, "Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}` });
    expect(limits(report.diagnostics)).toEqual([]);
    expect(report.incomplete).toBeUndefined();
  });
});

describe('long chains of references', () => {
  it('a chain of 3,000 Condition references is unknown past the limit; the group it guards is still checked', async () => {
    const conditions = Array.from({ length: 3000 }, (_, i) => `  C${i}: {Condition: C${i + 1}}`).join('\n');
    const guarded = OPEN_SSH.replace('    Type: AWS::EC2::SecurityGroup\n', '    Type: AWS::EC2::SecurityGroup\n    Condition: C0\n');
    const template = `AWSTemplateFormatVersion: '2010-09-09'\nConditions:\n${conditions}\n  C3000: !Equals [a, a]\nResources:\n${guarded}`;
    const report = await scan('condition-chain', { 'template.yaml': template });
    expect(report.findings.some((f) => f.checkId === 'AWS-0005')).toBe(true);
    // C255 is the last condition evaluated before the chain got too deep (line 3 holds C0)
    expect(limits(report.diagnostics)).toEqual([['template.yaml', 3 + MAX_NESTING_DEPTH - 1]]);
  });
});

describe('YAML merge-key chains', () => {
  const chain = (levels: number, indent: string) => {
    const lines = [`${indent}a0: &a0 {k0: 0}`];
    for (let i = 1; i <= levels; i++) lines.push(`${indent}a${i}: &a${i}\n${indent}  <<: [*a${i - 1}, *a${i - 1}]\n${indent}  k${i}: ${i}`);
    return lines.join('\n');
  };

  it('stops a doubling merge chain in a manifest, and the next document keeps its findings', async () => {
    const bomb = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\ndata:\n${chain(40, '  ')}\n`;
    const privileged = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: priv\nspec:\n  containers:\n    - name: c\n      image: nginx\n      securityContext:\n        privileged: true\n';
    const started = Date.now();
    const report = await scan('merge-k8s', { 'bomb.yaml': `${bomb}---\n${privileged}` });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(report.diagnostics.filter((d) => d.code === 'LIMIT_EXCEEDED').map((d) => d.range.path)).toEqual(['bomb.yaml']);
    expect(report.findings.some((f) => f.resourceId.endsWith('/priv'))).toBe(true);
    expect(report.incomplete?.limits).toBe(1);
  });

  it('stops a doubling merge chain in a CloudFormation template and keeps its resources', async () => {
    const template = `AWSTemplateFormatVersion: '2010-09-09'\nMetadata:\n${chain(40, '  ')}\nResources:\n${OPEN_SSH}`;
    const report = await scan('merge-cfn', { 'template.yaml': template });
    expect(report.findings.some((f) => f.checkId === 'AWS-0005')).toBe(true);
    expect(report.diagnostics.map((d) => d.code)).toContain('LIMIT_EXCEEDED');
  });
});
