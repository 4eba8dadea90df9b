import { describe, expect, it } from '@jest/globals';
import { pathKey } from '../../model/resource.js';
import { parseCloudFormation } from '../../parsers/cloudformation/index.js';
import type { CfnOptions } from './parameters.js';
import { normalizeTemplate } from '../../testing/pipeline.js';

const run = (text: string, options: CfnOptions = {}) => {
  const doc = parseCloudFormation({ absolutePath: '/r/t.yaml', path: 't.yaml', format: 'cloudformation' }, text);
  expect(doc.diagnostics).toEqual([]);
  return normalizeTemplate(doc, options);
};
const byId = (text: string, options?: CfnOptions) => new Map(run(text, options).resources.map((r) => [r.id, r]));

// The shape of the AWS docs' and aws-cloudformation-templates' fn-foreach-s3-outputs example.
const BUCKETS = `Transform: AWS::LanguageExtensions
Resources:
  Fn::ForEach::Buckets:
    - Identifier
    - [A, B]
    - S3Bucket\${Identifier}:
        Type: AWS::S3::Bucket
        Properties:
          BucketName: !Sub logs-\${Identifier}-\${AWS::Region}
          VersioningConfiguration:
            Status: Enabled
          Tags:
            - Key: Name
              Value: !Ref Identifier
`;

describe('Fn::ForEach', () => {
  it('generates one resource per item, with the identifier substituted in ids, Sub strings and Refs', () => {
    const resources = byId(BUCKETS, { pseudoParameters: { 'AWS::Region': 'eu-west-1' } });
    expect([...resources.keys()]).toEqual(['AWS::S3::Bucket/S3BucketA', 'AWS::S3::Bucket/S3BucketB']);
    const b = resources.get('AWS::S3::Bucket/S3BucketB')!;
    expect(b.type).toBe('aws.s3.bucket');
    expect(b.attributes).toMatchObject({ name: 'logs-B-eu-west-1', versioning: { enabled: true } });
    expect(b.raw.Properties).toMatchObject({ Tags: [{ Key: 'Name', Value: 'B' }] });
  });

  it('points every generated resource into the loop body', () => {
    const b = byId(BUCKETS).get('AWS::S3::Bucket/S3BucketB')!;
    expect(b.provenance.get(pathKey([]))?.startLine).toBe(6);
    expect(b.provenance.get(pathKey(['versioning', 'enabled']))?.startLine).toBe(11);
  });

  it('iterates over a CommaDelimitedList parameter, its Default or the given value', () => {
    const template = `Parameters:
  Topics:
    Type: CommaDelimitedList
    Default: orders,payments
Resources:
  Fn::ForEach::Topics:
    - Name
    - !Ref Topics
    - Topic\${Name}:
        Type: AWS::SNS::Topic
        Properties:
          TopicName: !Ref Name
`;
    expect([...byId(template).keys()]).toEqual(['AWS::SNS::Topic/Topicorders', 'AWS::SNS::Topic/Topicpayments']);
    const given = byId(template, { parameters: { Topics: 'audit' } });
    expect([...given.keys()]).toEqual(['AWS::SNS::Topic/Topicaudit']);
  });

  it('drops non-alphanumeric characters from &{Identifier} in keys (the docs CIDR example)', () => {
    const resources = byId(`Resources:
  Fn::ForEach::Subnets:
    - CIDR
    - ["10.0.2.0/24", "10.0.3.0/24"]
    - Subnet&{CIDR}:
        Type: AWS::EC2::Subnet
        Properties:
          VpcId: vpc-1
          CidrBlock: !Ref CIDR
`);
    expect([...resources.keys()]).toEqual(['AWS::EC2::Subnet/Subnet1002024', 'AWS::EC2::Subnet/Subnet1003024']);
    expect(resources.get('AWS::EC2::Subnet/Subnet1003024')!.raw.Properties).toMatchObject({ CidrBlock: '10.0.3.0/24' });
  });

  it('expands nested loops and loops inside Properties', () => {
    const resources = byId(`Resources:
  Fn::ForEach::Envs:
    - Env
    - [dev, prod]
    - Fn::ForEach::Apps:
        - App
        - [web, api]
        - \${App}\${Env}Queue:
            Type: AWS::SQS::Queue
            Properties:
              QueueName: !Sub \${App}-\${Env}
  Bucket:
    Type: AWS::SSM::Parameter
    Properties:
      Fn::ForEach::Props:
        - P
        - [Name, Description]
        - \${P}: !Sub the-\${P}
`);
    expect([...resources.keys()]).toEqual([
      'AWS::SQS::Queue/webdevQueue', 'AWS::SQS::Queue/apidevQueue', 'AWS::SQS::Queue/webprodQueue', 'AWS::SQS::Queue/apiprodQueue',
      'AWS::SSM::Parameter/Bucket',
    ]);
    expect(resources.get('AWS::SQS::Queue/apiprodQueue')!.raw.Properties).toEqual({ QueueName: { 'Fn::Sub': 'api-prod' } });
    const parameter = resources.get('AWS::SSM::Parameter/Bucket')!;
    expect(parameter.attributes).toEqual({ Name: 'the-Name', Description: 'the-Description' });
    expect(parameter.provenance.get(pathKey(['Description']))?.startLine).toBe(18);
  });

  it('scans one copy of an unknown collection with the values that depend on it unknown, and says so', () => {
    const result = run(`Parameters:
  Names:
    Type: CommaDelimitedList
Resources:
  Fn::ForEach::Queues:
    - Name
    - !Ref Names
    - Queue\${Name}:
        Type: AWS::SNS::Topic
        Properties:
          TopicName: !Ref Name
          DisplayName: !Sub queue-\${Name}
          KmsMasterKeyId: alias/aws/sns
`);
    expect(result.resources.map((r) => r.id)).toEqual(['AWS::SNS::Topic/Queue${Name}']);
    const [topic] = result.resources;
    expect(topic.raw.Properties).toMatchObject({
      TopicName: { $unknown: true },
      DisplayName: { 'Fn::Sub': { $unknown: true } },
      KmsMasterKeyId: 'alias/aws/sns',
    });
    expect(topic.provenance.get(pathKey([]))?.startLine).toBe(8);
    expect(result.diagnostics).toEqual([expect.objectContaining({
      level: 'warning',
      message: expect.stringMatching(/Fn::ForEach::Queues: the collection is not known \(parameter Names has no value/),
      range: expect.objectContaining({ startLine: 5 }),
    })]);
  });

  it('expands Conditions, so a generated condition decides a resource', () => {
    const result = run(`Parameters:
  Stage: {Type: String, Default: prod}
Conditions:
  Fn::ForEach::Stages:
    - S
    - [dev, prod]
    - Is\${S}: !Equals [!Ref Stage, "\${S}"]
Resources:
  Dev:
    Type: AWS::SQS::Queue
    Condition: Isdev
  Prod:
    Type: AWS::SQS::Queue
    Condition: Isprod
`);
    expect(result.resources.map((r) => r.id)).toEqual(['AWS::SQS::Queue/Prod']);
    expect(result.excluded).toEqual(['Dev']);
  });

  it('reports a malformed loop and a key generated twice', () => {
    const result = run(`Resources:
  Fn::ForEach::Broken: [OnlyTwo, [a]]
  Fn::ForEach::Twice:
    - X
    - [a, a]
    - Q\${X}:
        Type: AWS::SQS::Queue
`);
    expect(result.resources.map((r) => r.id)).toEqual(['AWS::SQS::Queue/Qa']);
    expect(result.diagnostics.map((d) => [d.range.startLine, d.message])).toEqual([
      [2, expect.stringContaining('Fn::ForEach::Broken is malformed')],
      [3, expect.stringContaining('Resources.Qa is generated twice')],
    ]);
  });
});

describe('Fn::ForEach at scale', () => {
  it('places every attribute of 10,000 generated buckets (100 × 100) on its fragment line', () => {
    const items = (prefix: string) => Array.from({ length: 100 }, (_, i) => `${prefix}${i}`).join(', ');
    const resources = run(`Transform: AWS::LanguageExtensions
Resources:
  Fn::ForEach::Outer:
    - Ax
    - [${items('A')}]
    - Fn::ForEach::Inner:
        - By
        - [${items('B')}]
        - Bucket\${Ax}\${By}:
            Type: AWS::S3::Bucket
            Properties:
              VersioningConfiguration:
                Status: Enabled
`).resources;
    expect(resources).toHaveLength(10_000);
    const last = resources.find((r) => r.id === 'AWS::S3::Bucket/BucketA99B99')!;
    expect(last.provenance.get(pathKey([]))?.startLine).toBe(9);
    expect(last.provenance.get(pathKey(['versioning', 'enabled']))?.startLine).toBe(13);
  });
});
