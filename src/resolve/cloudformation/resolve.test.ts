import { describe, expect, it } from '@jest/globals';
import { NO_VALUE, resolveValue, type TemplateContext } from './resolve.js';

const ctx: TemplateContext = {
  parameters: {
    Env: { Type: 'String', Default: 'prod' },
    Port: { Type: 'Number', Default: '22' },
    Subnets: { Type: 'List<AWS::EC2::Subnet::Id>', Default: 'subnet-a, subnet-b' },
    NoDefault: { Type: 'String' },
  },
  mappings: { Region: { 'us-east-1': { Ami: 'ami-1' } } },
  resourceIds: new Set(['Bucket']),
};
const resolve = (value: unknown) => resolveValue(value, ctx);

describe('resolveValue', () => {
  it('resolves Ref to a parameter default, and lists from list parameters', () => {
    expect(resolve({ Ref: 'Env' })).toBe('prod');
    expect(resolve({ Ref: 'Port' })).toBe('22');
    expect(resolve({ Ref: 'Subnets' })).toEqual(['subnet-a', 'subnet-b']);
  });

  it('makes Refs to resources, pseudo parameters and parameters without default unknown', () => {
    expect(resolve({ Ref: 'Bucket' })).toEqual({ $unknown: true, reason: 'Ref to resource Bucket' });
    expect(resolve({ Ref: 'AWS::Region' })).toEqual({ $unknown: true, reason: 'pseudo parameter AWS::Region' });
    expect(resolve({ Ref: 'NoDefault' })).toEqual({ $unknown: true, reason: 'parameter NoDefault has no value and no Default' });
  });

  it('removes properties and list items that are AWS::NoValue', () => {
    expect(resolve({ Ref: 'AWS::NoValue' })).toBe(NO_VALUE);
    expect(resolve({ A: 1, B: { Ref: 'AWS::NoValue' }, C: [1, { Ref: 'AWS::NoValue' }, 3] })).toEqual({ A: 1, C: [1, 3] });
  });

  it('resolves Fn::Sub when every part is known, and keeps ${!Literal}', () => {
    expect(resolve({ 'Fn::Sub': '${Env}-logs-${!Literal}' })).toBe('prod-logs-${Literal}');
    expect(resolve({ 'Fn::Sub': ['${Name}-${Env}', { Name: { Ref: 'Env' } }] })).toBe('prod-prod');
    expect(resolve({ 'Fn::Sub': '${AWS::AccountId}-logs' })).toEqual({ $unknown: true, reason: 'Fn::Sub references AWS::AccountId' });
    expect(resolve({ 'Fn::Sub': '${Bucket.Arn}' })).toMatchObject({ $unknown: true });
  });

  it('resolves Fn::Join, Fn::Select and Fn::FindInMap over known values', () => {
    expect(resolve({ 'Fn::Join': ['-', ['a', { Ref: 'Env' }, 3]] })).toBe('a-prod-3');
    expect(resolve({ 'Fn::Select': ['1', { Ref: 'Subnets' }] })).toBe('subnet-b');
    expect(resolve({ 'Fn::FindInMap': ['Region', 'us-east-1', 'Ami'] })).toBe('ami-1');
    expect(resolve({ 'Fn::Join': ['-', ['a', { Ref: 'Bucket' }]] })).toMatchObject({ $unknown: true });
    expect(resolve({ 'Fn::FindInMap': ['Region', { Ref: 'AWS::Region' }, 'Ami'] })).toMatchObject({ $unknown: true });
  });

  it('makes attributes, imports, zones and unsupported functions unknown', () => {
    for (const fn of ['Fn::GetAtt', 'Fn::ImportValue', 'Fn::GetAZs', 'Fn::Transform']) {
      expect(resolve({ [fn]: ['x', 'y'] })).toMatchObject({ $unknown: true });
    }
    expect(resolve({ 'Fn::Transform': {} })).toEqual({ $unknown: true, reason: 'Fn::Transform is not evaluated' });
  });

  it('leaves plain objects with several keys alone', () => {
    expect(resolve({ Ref: 'Env', Other: 1 })).toEqual({ Ref: 'Env', Other: 1 });
  });
});
