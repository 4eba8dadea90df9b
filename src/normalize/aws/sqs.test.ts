import { describe, expect, it } from '@jest/globals';
import { isUnknown, type Resource } from '../../model/index.js';
import { parseAwsConfigSnapshot } from '../../parsers/aws-config/index.js';
import { parseCloudFormation } from '../../parsers/cloudformation/index.js';
import { parseTerraform } from '../../parsers/terraform/index.js';
import { normalizeAwsConfig } from '../aws-config/index.js';
import { normalizeTemplate, normalizeTerraformDocs } from '../../testing/pipeline.js';

async function terraform(text: string): Promise<Resource[]> {
  const doc = await parseTerraform({ absolutePath: '/x/main.tf', path: 'main.tf', format: 'terraform' }, text);
  return normalizeTerraformDocs([doc]).resources;
}

function cloudformation(text: string): Resource[] {
  return normalizeTemplate(parseCloudFormation({ absolutePath: '/x/t.yaml', path: 't.yaml', format: 'cloudformation' }, text)).resources;
}

function awsConfig(configuration: object): Resource {
  const item = { resourceType: 'AWS::SQS::Queue', resourceId: 'q', configurationItemStatus: 'OK', configuration };
  return normalizeAwsConfig(parseAwsConfigSnapshot({ absolutePath: '/s.json', path: 's.json', format: 'aws-config' }, JSON.stringify({ configurationItems: [item] }))).resources[0];
}

const STAR = { Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: '*' };

describe('sqs: encryption', () => {
  it('is unknown when neither SSE setting is written, true with a key or SSE-SQS, false with SSE-SQS off', async () => {
    const resources = await terraform(`resource "aws_sqs_queue" "absent" {}
resource "aws_sqs_queue" "key" {
  kms_master_key_id = "alias/aws/sqs"
}
resource "aws_sqs_queue" "off" {
  sqs_managed_sse_enabled = false
}
`);
    const byId = new Map(resources.map((r) => [r.id, r.attributes]));
    expect(isUnknown(byId.get('aws_sqs_queue.absent')!.encrypted)).toBe(true);
    expect(byId.get('aws_sqs_queue.key')!.encrypted).toBe(true);
    expect(byId.get('aws_sqs_queue.off')!.encrypted).toBe(false);
  });

  it('reads Config: SqsManagedSseEnabled "false" and no key recorded is unencrypted', () => {
    const q = awsConfig({ QueueArn: 'arn:aws:sqs:eu-west-1:1:q', SqsManagedSseEnabled: 'false' });
    expect(q.attributes).toMatchObject({ kms_master_key_id: null, sqs_managed_sse_enabled: false, encrypted: false });
    expect(isUnknown(q.attributes.policy)).toBe(true);
    expect(isUnknown(awsConfig({ QueueName: 'q' }).attributes.encrypted)).toBe(true);
  });
});

describe('sqs: policies', () => {
  it('merges aws_sqs_queue_policy into the queue its queue_url references', async () => {
    const resources = await terraform(`resource "aws_sqs_queue" "q" {
  name = "jobs"
}
resource "aws_sqs_queue_policy" "p" {
  queue_url = aws_sqs_queue.q.url
  policy    = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = "*", Action = "sqs:SendMessage", Resource = "*" }] })
}
`);
    expect(resources).toHaveLength(1);
    expect(resources[0].attributes.policy).toEqual({ Version: '2012-10-17', Statement: [STAR] });
  });

  it('combines the policy argument with a policy resource', async () => {
    const [q] = await terraform(`resource "aws_sqs_queue" "q" {
  policy = jsonencode({ Statement = { Effect = "Deny", Principal = "*", Action = "sqs:*", Resource = "*" } })
}
resource "aws_sqs_queue_policy" "p" {
  queue_url = aws_sqs_queue.q.id
  policy    = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "sqs:SendMessage", Resource = "*" }] })
}
`);
    expect((q.attributes.policy as { Statement: unknown[] }).Statement).toHaveLength(2);
  });

  it('attaches an AWS::SQS::QueuePolicy to every queue it lists by Ref', () => {
    const resources = cloudformation(`Resources:
  A:
    Type: AWS::SQS::Queue
  B:
    Type: AWS::SQS::Queue
  P:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref A, !Ref B]
      PolicyDocument:
        Statement:
          - { Effect: Allow, Principal: "*", Action: sqs:SendMessage, Resource: "*" }
`);
    expect(resources.map((r) => r.id)).toEqual(['AWS::SQS::Queue/A', 'AWS::SQS::Queue/B']);
    for (const r of resources) expect(r.attributes.policy).toEqual({ Statement: [STAR] });
  });

  it('decodes the JSON policy Config records', () => {
    const q = awsConfig({ QueueArn: 'arn', Policy: JSON.stringify({ Statement: [STAR] }) });
    expect(q.attributes.policy).toEqual({ Statement: [STAR] });
  });
});
