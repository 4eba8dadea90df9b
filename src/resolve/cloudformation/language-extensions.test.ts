import { describe, expect, it } from '@jest/globals';
import { parseCloudFormation } from '../../parsers/cloudformation/index.js';
import { resolveValue, type TemplateContext } from './resolve.js';
import { normalizeTemplate } from '../../testing/pipeline.js';

const ctx: TemplateContext = {
  parameters: { Env: { Type: 'String', Default: 'prod' }, Open: { Type: 'String' }, Zones: { Type: 'CommaDelimitedList', Default: 'a, b' } },
  mappings: { Sizes: { prod: { Instance: 'm5.large' } } },
  resourceIds: new Set(['Queue']),
};
const resolve = (value: unknown) => resolveValue(value, ctx);

describe('AWS::LanguageExtensions functions', () => {
  it('writes Fn::ToJsonString as compact JSON, unknown when a part is', () => {
    expect(resolve({ 'Fn::ToJsonString': { Env: { Ref: 'Env' }, Zones: { Ref: 'Zones' } } })).toBe('{"Env":"prod","Zones":["a","b"]}');
    expect(resolve({ 'Fn::ToJsonString': [{ Ref: 'AWS::NoValue' }, 1] })).toBe('[1]');
    expect(resolve({ 'Fn::ToJsonString': { Url: { 'Fn::GetAtt': ['Queue', 'QueueUrl'] } } })).toMatchObject({ $unknown: true });
    expect(resolve({ 'Fn::ToJsonString': 'text' })).toMatchObject({ $unknown: true });
  });

  it('falls back to Fn::FindInMap DefaultValue only when the keys are known and the entry is missing', () => {
    expect(resolve({ 'Fn::FindInMap': ['Sizes', { Ref: 'Env' }, 'Instance', { DefaultValue: 't3.micro' }] })).toBe('m5.large');
    expect(resolve({ 'Fn::FindInMap': ['Sizes', 'dev', 'Instance', { DefaultValue: { Ref: 'Env' } }] })).toBe('prod');
    expect(resolve({ 'Fn::FindInMap': ['Sizes', { Ref: 'Open' }, 'Instance', { DefaultValue: 't3.micro' }] }))
      .toEqual({ $unknown: true, reason: 'parameter Open has no value and no Default' });
    expect(resolve({ 'Fn::FindInMap': ['Sizes', 'dev', 'Instance'] })).toMatchObject({ $unknown: true, reason: 'no mapping Sizes.dev.Instance' });
    expect(resolve({ 'Fn::FindInMap': ['Sizes', 'constructor', 'name'] })).toMatchObject({ $unknown: true });
  });

  it('counts Fn::Length items even when an item is unknown', () => {
    expect(resolve({ 'Fn::Length': [{ Ref: 'Open' }, 'x', { Ref: 'AWS::NoValue' }] })).toBe(2);
    expect(resolve({ 'Fn::Length': { Ref: 'Open' } })).toEqual({ $unknown: true, reason: 'parameter Open has no value and no Default' });
  });
});

describe('Fn::Select and Fn::Split with unknowns', () => {
  it('selects a known item of a list whose other items are unknown', () => {
    expect(resolve({ 'Fn::Select': [1, [{ Ref: 'Open' }, 'b']] })).toBe('b');
    expect(resolve({ 'Fn::Select': ['0', [{ Ref: 'Open' }, 'b']] })).toMatchObject({ $unknown: true, reason: 'parameter Open has no value and no Default' });
  });

  it('keeps the reason of an unknown index or list, and rejects indexes CloudFormation rejects', () => {
    expect(resolve({ 'Fn::Select': [{ Ref: 'Open' }, ['a']] })).toEqual({ $unknown: true, reason: 'parameter Open has no value and no Default' });
    expect(resolve({ 'Fn::Select': [0, { 'Fn::GetAZs': '' }] })).toMatchObject({ reason: 'Fn::GetAZs depends on the account and region' });
    expect(resolve({ 'Fn::Select': ['', ['a']] })).toMatchObject({ $unknown: true, reason: 'Fn::Select index  is out of range' });
    expect(resolve({ 'Fn::Select': [true, ['a', 'b']] })).toMatchObject({ $unknown: true });
    expect(resolve({ 'Fn::Select': [2, ['a', 'b']] })).toMatchObject({ $unknown: true });
  });

  it('splits a known string, keeps an unknown one unknown with its reason', () => {
    expect(resolve({ 'Fn::Split': ['|', 'a||b'] })).toEqual(['a', '', 'b']);
    expect(resolve({ 'Fn::Split': [',', { 'Fn::ImportValue': 'x' }] })).toEqual({ $unknown: true, reason: 'Fn::ImportValue reads another stack' });
    expect(resolve({ 'Fn::Select': [0, { 'Fn::Split': [',', { Ref: 'Open' }] }] })).toMatchObject({ reason: 'parameter Open has no value and no Default' });
  });
});

describe('macros the scan does not run', () => {
  const run = (text: string) => {
    const doc = parseCloudFormation({ absolutePath: '/t.yaml', path: 't.yaml', format: 'cloudformation' }, text);
    return normalizeTemplate(doc);
  };

  it('names every macro once per template and scans the resources as written', () => {
    const result = run(`Transform: [AWS::Serverless-2016-10-31, Count]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Count: 3
    Properties:
      Tags:
        Fn::Transform:
          - Name: AWS::Include
            Parameters: {Location: s3://bucket/tags.yaml}
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: {'Fn::Transform': {Name: Count}}
`);
    expect(result.resources.map((r) => r.id)).toEqual(['AWS::S3::Bucket/Bucket', 'AWS::SQS::Queue/Queue']);
    expect(result.diagnostics).toEqual([expect.objectContaining({
      level: 'warning',
      message: expect.stringMatching(/^the template uses Count, AWS::Include, which CloudFormation runs at deployment and the scan does not/),
      range: expect.objectContaining({ startLine: 1 }),
    })]);
  });

  it('says nothing for the transforms it applies', () => {
    expect(run('Transform: AWS::LanguageExtensions\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n').diagnostics).toEqual([]);
  });
});
