import { describe, expect, it } from '@jest/globals';
import type { ParsedDocument } from '../../model/index.js';
import { unknownValue } from '../../model/unknown.js';
import { nestedTemplateRequests, stackLocation } from './requests.js';
import { passedParameters } from './stacks.js';

const template = (path: string, value: unknown): ParsedDocument => ({
  file: { path, absolutePath: `/repo/${path}`, format: 'cloudformation' },
  value,
  diagnostics: [],
  locate: () => undefined,
});

describe('stackLocation', () => {
  it('reads a local path relative to the parent template\'s directory, as aws cloudformation package does', () => {
    expect(stackLocation('network/vpc.yaml', 'infra/main.yaml')).toEqual({ kind: 'local', path: 'infra/network/vpc.yaml' });
    expect(stackLocation('./vpc.yaml', 'main.yaml')).toEqual({ kind: 'local', path: 'vpc.yaml' });
    expect(stackLocation('../shared/vpc.yaml', 'infra/app/main.yaml')).toEqual({ kind: 'local', path: 'infra/shared/vpc.yaml' });
    expect(stackLocation('stacks\\vpc.yaml', 'main.yaml')).toEqual({ kind: 'local', path: 'stacks/vpc.yaml' });
  });

  it('refuses what leaves the scan root or is absolute', () => {
    expect(stackLocation('../../vpc.yaml', 'infra/main.yaml')).toEqual({ kind: 'outside', written: '../../vpc.yaml' });
    expect(stackLocation('..', 'main.yaml')).toEqual({ kind: 'outside', written: '..' });
    expect(stackLocation('/etc/passwd', 'main.yaml')).toEqual({ kind: 'outside', written: '/etc/passwd' });
  });

  it('names what is remote, and keeps an unknown value unknown', () => {
    expect(stackLocation('s3://acme/vpc.yaml', 'main.yaml')).toEqual({ kind: 'remote', written: 's3://acme/vpc.yaml' });
    expect(stackLocation('https://acme.s3.amazonaws.com/vpc.yaml', 'main.yaml')).toMatchObject({ kind: 'remote' });
    expect(stackLocation({ ApplicationId: 'arn:aws:serverlessrepo:us-east-1:1:applications/x', SemanticVersion: '1.0.0' }, 'main.yaml'))
      .toEqual({ kind: 'remote', written: 'application arn:aws:serverlessrepo:us-east-1:1:applications/x' });
    expect(stackLocation(unknownValue('Ref to resource Bucket'), 'main.yaml')).toEqual({ kind: 'unknown', reason: 'Ref to resource Bucket' });
  });
});

describe('nestedTemplateRequests', () => {
  it('lists the local child templates not read yet, of stacks and SAM applications written as literals', () => {
    const parent = template('infra/main.yaml', {
      Resources: {
        Network: { Type: 'AWS::CloudFormation::Stack', Properties: { TemplateURL: 'network.yaml' } },
        Db: { Type: 'AWS::Serverless::Application', Properties: { Location: './apps/db.yaml' } },
        Remote: { Type: 'AWS::CloudFormation::Stack', Properties: { TemplateURL: 's3://acme/x.yaml' } },
        Computed: { Type: 'AWS::CloudFormation::Stack', Properties: { TemplateURL: { 'Fn::Sub': '${Dir}/x.yaml' } } },
        Escapes: { Type: 'AWS::CloudFormation::Stack', Properties: { TemplateURL: '../../x.yaml' } },
        Loaded: { Type: 'AWS::CloudFormation::Stack', Properties: { TemplateURL: 'loaded.yaml' } },
        Bucket: { Type: 'AWS::S3::Bucket', Properties: { TemplateURL: 'not-a-stack.yaml' } },
      },
    });
    expect(nestedTemplateRequests([parent], new Set(['infra/loaded.yaml']))).toEqual(['infra/apps/db.yaml', 'infra/network.yaml']);
  });
});

describe('passedParameters', () => {
  const child = template('child.yaml', { Parameters: { Cidr: { Type: 'String', Default: '10.0.0.0/8' }, Ports: { Type: 'CommaDelimitedList' } } });

  it('passes strings, numbers as text and lists joined; an unknown value stays unknown, never the child\'s Default', () => {
    const passed = passedParameters({ Cidr: unknownValue('Ref to resource Vpc'), Ports: [22, 443], Name: 'x', Count: 3 }, child);
    expect(passed).toEqual({
      Cidr: unknownValue('parameter Cidr passed by the parent stack is Ref to resource Vpc'),
      Ports: '22,443',
      Name: 'x',
      Count: '3',
    });
  });

  it('makes every parameter of the child unknown when the Parameters map itself is', () => {
    expect(Object.keys(passedParameters(unknownValue('Fn::If on condition X, which is unknown'), child))).toEqual(['Cidr', 'Ports']);
  });
});
