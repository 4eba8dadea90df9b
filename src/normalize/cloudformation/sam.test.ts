import { describe, expect, it } from '@jest/globals';
import { pathKey } from '../../model/resource.js';
import { parseCloudFormation } from '../../parsers/cloudformation/index.js';
import { normalizeCloudFormation } from './index.js';

const TEMPLATE = `Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Runtime: python3.12
    Timeout: 10
    Environment:
      Variables:
        STAGE: prod
        LEVEL: info
    Layers:
      - arn:layer:global
  Api:
    TracingEnabled: true
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Timeout: 30
      Environment:
        Variables:
          LEVEL: debug
      Layers:
        - arn:layer:own
  Other:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs20.x
      Environment: !If [Never, {Variables: {A: b}}, {}]
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
  Table:
    Type: AWS::Serverless::SimpleTable
`;

describe('SAM Globals', () => {
  const doc = parseCloudFormation({ absolutePath: '/r/sam.yaml', path: 'sam.yaml', format: 'cloudformation' }, TEMPLATE);
  const byId = new Map(normalizeCloudFormation(doc).resources.map((r) => [r.id, r]));
  const fn = byId.get('AWS::Serverless::Function/Fn')!;

  it('merges maps key by key, appends lists to the globals, and lets the resource win on scalars', () => {
    expect(fn.type).toBe('cfn.AWS::Serverless::Function');
    expect(fn.attributes).toEqual({
      Runtime: 'python3.12',
      Timeout: 30,
      Handler: 'app.handler',
      Environment: { Variables: { STAGE: 'prod', LEVEL: 'debug' } },
      Layers: ['arn:layer:global', 'arn:layer:own'],
    });
    expect((fn.raw.Properties as Record<string, unknown>).Runtime).toBe('python3.12');
  });

  it('points merged values at the line that wrote them', () => {
    const line = (path: (string | number)[]) => fn.provenance.get(pathKey(path))?.startLine;
    expect(line(['Runtime'])).toBe(4);
    expect(line(['Timeout'])).toBe(19);
    expect(line(['Environment', 'Variables', 'STAGE'])).toBe(8);
    expect(line(['Environment', 'Variables', 'LEVEL'])).toBe(22);
    expect(line(['Layers', 0])).toBe(11);
    expect(line(['Layers', 1])).toBe(24);
  });

  it('treats an intrinsic on the resource as a value that replaces the global map', () => {
    const other = byId.get('AWS::Serverless::Function/Other')!;
    expect(other.attributes).toMatchObject({ Runtime: 'nodejs20.x', Timeout: 10, Environment: { $unknown: true } });
  });

  it('merges each section into its own type only', () => {
    expect(byId.get('AWS::Serverless::Api/Api')!.attributes).toEqual({ StageName: 'prod', TracingEnabled: true });
    expect(byId.get('AWS::Serverless::SimpleTable/Table')!.attributes).toEqual({});
  });

  it('does not merge Globals without the SAM transform', () => {
    const plain = parseCloudFormation({ absolutePath: '/r/t.yaml', path: 't.yaml', format: 'cloudformation' }, TEMPLATE.replace(/^Transform.*\n/, ''));
    const [first] = normalizeCloudFormation(plain).resources;
    expect(first.attributes).not.toHaveProperty('Runtime');
  });
});
