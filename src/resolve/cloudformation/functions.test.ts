import { describe, expect, it } from '@jest/globals';
import { cidrSubnets } from './cidr.js';
import { substituteKey } from './foreach.js';
import { resolveValue, type TemplateContext } from './resolve.js';

const ctx: TemplateContext = {
  parameters: { Csv: { Type: 'String', Default: 'a,b,c' }, Vpc: { Type: 'String', Default: '10.0.0.0/16' }, Open: { Type: 'String' } },
  mappings: {},
  resourceIds: new Set(['Vpc1']),
  pseudoParameters: { 'AWS::Region': 'eu-west-1' },
};
const resolve = (value: unknown) => resolveValue(value, ctx);

describe('pure intrinsic functions', () => {
  it('splits a resolved string, and selects from the result', () => {
    expect(resolve({ 'Fn::Split': [',', { Ref: 'Csv' }] })).toEqual(['a', 'b', 'c']);
    expect(resolve({ 'Fn::Select': [2, { 'Fn::Split': [',', { Ref: 'Csv' }] }] })).toBe('c');
    expect(resolve({ 'Fn::Split': [',', { Ref: 'Open' }] })).toMatchObject({ $unknown: true });
  });

  it('encodes Fn::Base64 of a resolved string (UTF-8), unknown otherwise', () => {
    expect(resolve({ 'Fn::Base64': { 'Fn::Sub': '#!/bin/sh\necho ${AWS::Region} é' } })).toBe(
      Buffer.from('#!/bin/sh\necho eu-west-1 é').toString('base64'),
    );
    expect(resolve({ 'Fn::Base64': { Ref: 'Open' } })).toEqual({ $unknown: true, reason: 'parameter Open has no value and no Default' });
  });

  it('computes Fn::Cidr for IPv4 from the network address', () => {
    expect(resolve({ 'Fn::Cidr': [{ Ref: 'Vpc' }, 3, 8] })).toEqual(['10.0.0.0/24', '10.0.1.0/24', '10.0.2.0/24']);
    expect(resolve({ 'Fn::Select': [1, { 'Fn::Cidr': ['192.168.1.77/24', '4', '6'] }] })).toBe('192.168.1.64/26');
    expect(cidrSubnets('10.0.0.0/30', 1, 2)).toEqual(['10.0.0.0/30']);
  });

  it('makes Fn::Cidr unknown when CloudFormation would fail or for IPv6', () => {
    expect(cidrSubnets('10.0.0.0/24', 5, 6)).toBeUndefined();
    expect(cidrSubnets('10.0.0.0/24', 1, 9)).toBeUndefined();
    expect(cidrSubnets('10.0.0.0/24', 0, 4)).toBeUndefined();
    expect(cidrSubnets('300.0.0.0/8', 1, 4)).toBeUndefined();
    expect(resolve({ 'Fn::Cidr': ['2001:db8::/56', 2, 64] })).toMatchObject({ $unknown: true });
    expect(resolve({ 'Fn::Cidr': [{ 'Fn::GetAtt': ['Vpc1', 'CidrBlock'] }, 2, 8] })).toMatchObject({ $unknown: true });
  });

  it('counts Fn::Length items and keeps Fn::GetAZs unknown even with a region', () => {
    expect(resolve({ 'Fn::Length': { 'Fn::Split': [',', { Ref: 'Csv' }] } })).toBe(3);
    expect(resolve({ 'Fn::GetAZs': { Ref: 'AWS::Region' } })).toMatchObject({ $unknown: true });
  });

  it('resolves configured pseudo parameters and keeps the others unknown', () => {
    expect(resolve({ Ref: 'AWS::Region' })).toBe('eu-west-1');
    expect(resolve({ 'Fn::Sub': 'arn:${AWS::Partition}:s3:::x' })).toEqual({ $unknown: true, reason: 'Fn::Sub references AWS::Partition' });
    expect(resolve({ 'Fn::Sub': ['${Name}.${AWS::Region}', { Name: { 'Fn::Join': ['-', ['a', 'b']] } }] })).toBe('a-b.eu-west-1');
  });
});

describe('placeholders in hostile text', () => {
  // Before: `${` repeated with no `}` made the Fn::Sub and Fn::ForEach placeholder regexes rescan
  // to the end of the string from every `${` (quadratic: minutes on 200 KB).
  it('substitutes Fn::Sub placeholders after a long run of unclosed ${', () => {
    const open = '${'.repeat(100_000);
    expect(resolve({ 'Fn::Sub': `${open}\${AWS::Region}` })).toBe(`${open}eu-west-1`);
  });

  it('substitutes Fn::ForEach placeholders in a key after a long run of unclosed ${ and &{', () => {
    const open = '${&{'.repeat(50_000);
    expect(substituteKey(`${open}\${Id}-&{Id}`, new Map([['Id', 'a-b']]))).toBe(`${open}a-b-ab`);
  });
});
