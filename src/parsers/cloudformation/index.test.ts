import { describe, expect, it } from '@jest/globals';
import type { InputFile } from '../../model/source.js';
import { parseCloudFormation } from './index.js';

const file = (path = 'cfn/template.yaml'): InputFile => ({ absolutePath: `/repo/${path}`, path, format: 'cloudformation' });
const parse = (text: string, path?: string) => parseCloudFormation(file(path), text);

const TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Env:
    Type: String
    Default: prod
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub "\${Env}-logs"
      VersioningConfiguration:
        Status: Enabled
  Group:
    Type: AWS::EC2::SecurityGroup
    Properties:
      VpcId: !ImportValue {"Fn::Sub": "\${Env}-vpc"}
      GroupDescription: !Join ["-", [!Ref Env, web]]
      SecurityGroupIngress:
        - CidrIp: !Select [0, !Cidr [!GetAtt Vpc.CidrBlock, 6, 8]]
          IpProtocol: tcp
      Tags:
        - Key: az
          Value: !Select [0, !GetAZs ""]
        - Key: stack
          Value: !GetAtt Stack.Outputs.VpcId
        - Key: cond
          Value: !If [IsProd, !GetAtt [Role, Arn], !Ref AWS::NoValue]
        - Key: empty
          Value: !GetAZs
Conditions:
  IsProd: !And [!Equals [!Ref Env, prod], !Not [!Condition Other]]
`;

describe('parseCloudFormation (YAML)', () => {
  const doc = parse(TEMPLATE);
  const resources = doc.value.Resources as Record<string, { Properties: Record<string, unknown> }>;

  it('parses a template without diagnostics', () => {
    expect(doc.diagnostics).toEqual([]);
  });

  it('turns short-form tags into long form', () => {
    const group = resources.Group.Properties;
    expect(resources.Bucket.Properties.BucketName).toEqual({ 'Fn::Sub': '${Env}-logs' });
    expect(group.VpcId).toEqual({ 'Fn::ImportValue': { 'Fn::Sub': '${Env}-vpc' } });
    expect(group.GroupDescription).toEqual({ 'Fn::Join': ['-', [{ Ref: 'Env' }, 'web']] });
    expect(group.SecurityGroupIngress).toEqual([
      { CidrIp: { 'Fn::Select': [0, { 'Fn::Cidr': [{ 'Fn::GetAtt': ['Vpc', 'CidrBlock'] }, 6, 8] }] }, IpProtocol: 'tcp' },
    ]);
    expect((group.Tags as { Value: unknown }[]).map((t) => t.Value)).toEqual([
      { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] },
      { 'Fn::GetAtt': ['Stack', 'Outputs.VpcId'] },
      { 'Fn::If': ['IsProd', { 'Fn::GetAtt': ['Role', 'Arn'] }, { Ref: 'AWS::NoValue' }] },
      { 'Fn::GetAZs': '' },
    ]);
    expect(doc.value.Conditions).toEqual({
      IsProd: { 'Fn::And': [{ 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] }, { 'Fn::Not': [{ Condition: 'Other' }] }] },
    });
  });

  it('locates attributes on their key line', () => {
    expect(doc.locate(['Resources', 'Bucket'])?.startLine).toBe(7);
    expect(doc.locate(['Resources', 'Bucket', 'Properties', 'VersioningConfiguration', 'Status'])).toMatchObject({
      path: 'cfn/template.yaml',
      startLine: 12,
      startColumn: 9,
      endLine: 12,
    });
    expect(doc.locate(['Resources', 'Group', 'Properties', 'SecurityGroupIngress', 0, 'IpProtocol'])?.startLine).toBe(20);
  });

  it('keeps positions inside expanded intrinsics', () => {
    const cidr = ['Resources', 'Group', 'Properties', 'SecurityGroupIngress', 0, 'CidrIp', 'Fn::Select', 1, 'Fn::Cidr', 0];
    expect(doc.locate(cidr)).toMatchObject({ startLine: 19, startColumn: 46 });
    expect(doc.locate([...cidr, 'Fn::GetAtt', 1])).toMatchObject({ startLine: 19, startColumn: 46 });
  });

  it('falls back to the nearest enclosing node for paths without a node', () => {
    expect(doc.locate(['Resources', 'Bucket', 'Properties', 'NoSuchProperty'])?.startLine).toBe(9);
    expect(doc.locate([])?.startLine).toBe(1);
  });
});

describe('parseCloudFormation scalar schema', () => {
  const scalars = (text: string) => parse(`Resources: {}\nValues:\n${text}`).value.Values;

  it('reads YAML 1.1 booleans as booleans', () => {
    expect(scalars('  a: yes\n  b: No\n  c: on\n  d: OFF\n  e: y\n  f: n\n  g: "yes"\n  h: True')).toEqual({
      a: true, b: false, c: true, d: false, e: true, f: false, g: 'yes', h: true,
    });
  });

  it('keeps dates, exponent-like codes and sexagesimal-looking values as strings', () => {
    expect(scalars('  version: 2012-10-17\n  check: E3012\n  time: 1:20')).toEqual({
      version: '2012-10-17', check: 'E3012', time: '1:20',
    });
  });

  it('reads numbers with the 1.2 core schema', () => {
    expect(scalars('  a: 22\n  b: 0777\n  c: 0x10\n  d: 1.5')).toEqual({ a: 22, b: 777, c: 16, d: 1.5 });
  });

  it('keeps `y` and `on` as written when they are keys', () => {
    expect(scalars('  y: 1\n  on: 2\n  0x10: 3')).toEqual({ y: 1, on: 2, '0x10': 3 });
  });
});

describe('parseCloudFormation diagnostics', () => {
  it('reports a syntax error with its line and returns an empty template', () => {
    const doc = parse('Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties: {\n  Other: x\n');
    expect(doc.value).toEqual({});
    const errors = doc.diagnostics.filter((d) => d.code === 'PARSE_SYNTAX' && d.level === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0].range.startLine).toBeGreaterThanOrEqual(4);
    expect(errors[0].message).not.toContain('\n');
  });

  it('reports a duplicate key at the second key and keeps the last value', () => {
    const doc = parse('Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Type: AWS::SQS::Queue\n');
    expect((doc.value.Resources as Record<string, Record<string, unknown>>).B.Type).toBe('AWS::SQS::Queue');
    expect(doc.diagnostics).toEqual([
      expect.objectContaining({ code: 'PARSE_DUPLICATE_KEY', range: expect.objectContaining({ startLine: 4, startColumn: 5 }) }),
    ]);
    expect(doc.locate(['Resources', 'B', 'Type'])?.startLine).toBe(4);
  });

  it('reads JSON templates as it reads YAML: duplicate keys reported, __proto__ kept as data', () => {
    const text = '\uFEFF{\n  "Resources": {\n    "B": {"Type": "AWS::S3::Bucket", "Type": "AWS::SQS::Queue"},\n    "__proto__": {"Type": "AWS::SNS::Topic"}\n  }\n}\n';
    for (const path of ['cfn/template.json', 'cfn/template.template']) {
      const doc = parse(text, path);
      const resources = doc.value.Resources as Record<string, Record<string, unknown>>;
      expect(Object.keys(resources)).toEqual(['B', '__proto__']);
      expect(resources.B.Type).toBe('AWS::SQS::Queue');
      expect(Object.getOwnPropertyDescriptor(resources, '__proto__')?.value).toEqual({ Type: 'AWS::SNS::Topic' });
      expect(doc.diagnostics).toEqual([
        expect.objectContaining({ code: 'PARSE_DUPLICATE_KEY', level: 'warning', range: expect.objectContaining({ startLine: 3, startColumn: 38 }) }),
      ]);
      expect(doc.locate(['Resources', '__proto__', 'Type'])?.startLine).toBe(4);
    }
  });

  it('reports anchors, aliases and merge keys as PARSE_ALIAS but still resolves them', () => {
    const text = 'Base: &base\n  Type: AWS::S3::Bucket\nResources:\n  A: *base\n  B:\n    <<: *base\n    Condition: X\n';
    const doc = parse(text);
    const resources = doc.value.Resources as Record<string, unknown>;
    expect(resources.A).toEqual({ Type: 'AWS::S3::Bucket' });
    expect(resources.B).toEqual({ Type: 'AWS::S3::Bucket', Condition: 'X' });
    // One diagnostic per file, at the first anchor.
    expect(doc.diagnostics.map((d) => [d.code, d.range.startLine])).toEqual([['PARSE_ALIAS', 2]]);
    expect(parse('Resources:\n  A: {Type: X}\n  B:\n    <<: {Type: Y}\n').diagnostics).toEqual([
      expect.objectContaining({ code: 'PARSE_ALIAS', range: expect.objectContaining({ startLine: 4 }) }),
    ]);
  });

  it('stops an alias bomb instead of expanding it', () => {
    const lines = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
    for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    const doc = parse(lines.join('\n'));
    expect(doc.diagnostics.some((d) => d.code === 'LIMIT_EXCEEDED')).toBe(true);
  });

  it('rejects a template that is not a mapping', () => {
    const doc = parse('- a\n- b\n');
    expect(doc.value).toEqual({});
    expect(doc.diagnostics[0]).toMatchObject({ code: 'PARSE_UNSUPPORTED', level: 'error' });
  });

  it('reports unknown tags as unsupported warnings', () => {
    const doc = parse('Resources:\n  A:\n    Type: !Rain::Embed file.txt\n');
    expect(doc.diagnostics).toEqual([expect.objectContaining({ code: 'PARSE_UNSUPPORTED', level: 'warning' })]);
    expect(doc.diagnostics[0].range.startLine).toBe(3);
  });

  it('never throws on arbitrary input', () => {
    for (const text of ['', '\t\t:', '{{{', '!Ref', '---\n---\n', '[', '"unterminated', ':\n: :']) {
      expect(() => parse(text)).not.toThrow();
    }
  });
});

describe('parseCloudFormation (JSON)', () => {
  const text = '{\n  "Resources": {\n    "Bucket": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": { "BucketName": { "Ref": "Name" } }\n    }\n  }\n}\n';

  it('parses JSON with key positions', () => {
    const doc = parse(text, 'cfn/template.json');
    expect(doc.diagnostics).toEqual([]);
    expect(doc.value).toEqual({ Resources: { Bucket: { Type: 'AWS::S3::Bucket', Properties: { BucketName: { Ref: 'Name' } } } } });
    expect(doc.locate(['Resources', 'Bucket', 'Type'])).toMatchObject({ startLine: 4, startColumn: 7, endLine: 4 });
    expect(doc.locate(['Resources', 'Bucket', 'Properties', 'BucketName', 'Ref'])).toMatchObject({ startLine: 5 });
  });

  it('reports a JSON syntax error at its line', () => {
    const doc = parse('{\n  "Resources": {\n    "A": 1,\n  }\n}\n', 'cfn/template.json');
    expect(doc.value).toEqual({});
    expect(doc.diagnostics).toEqual([
      expect.objectContaining({ code: 'PARSE_SYNTAX', level: 'error', range: expect.objectContaining({ startLine: 4, startColumn: 3 }) }),
    ]);
  });

  it('falls back to YAML for a flow-style file that is not strict JSON', () => {
    const doc = parse("{Resources: {A: {Type: 'AWS::S3::Bucket'}}}\n", 'cfn/template.yaml');
    expect(doc.diagnostics).toEqual([]);
    expect(doc.value).toEqual({ Resources: { A: { Type: 'AWS::S3::Bucket' } } });
  });
});
