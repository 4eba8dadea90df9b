import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildTimeline } from '../aws/timeline.js';
import { silentLogger } from '../logging.js';
import { REPO_ROOT, sharedEngine } from '../testing/engine.js';
import { renderTimelineTable, resolveTarget } from './aws-history.js';
import { runCli } from './main.js';

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), color: false, cwd: REPO_ROOT });
  return { code, stdout, stderr };
}

describe('posture aws history: usage errors exit 2 before any call', () => {
  it.each([
    [['aws', 'history', 'arn:aws:sqs:eu-west-1:123456789012:jobs'], /cannot tell the AWS Config resource type and id .*give --resource-type TYPE --resource-id ID/],
    [['aws', 'history', 'not-an-arn', '--region', 'eu-west-1'], /cannot tell the AWS Config resource type and id of not-an-arn/],
    [['aws', 'history', 'arn:aws:s3:::logs'], /names no region; give --region/],
    [['aws', 'history', 'arn:aws:sqs:eu-west-1:1:jobs', '--resource-type', 'AWS::SQS::Queue'], /--resource-type goes with --resource-id/],
    [['aws', 'history', 'arn:aws:s3:::logs', '--resource-type', 'S3Bucket', '--resource-id', 'x'], /--resource-type takes an AWS Config type/],
    [['aws', 'history', 'arn:aws:s3:::logs', '--region', 'us-east-1', '--limit', '0'], /--limit takes a positive whole number/],
    [['aws', 'history', 'arn:aws:s3:::logs', '--region', 'us-east-1', '--format', 'sarif'], /--format must be table or json/],
    [['aws', 'history'], /aws history takes one ARN/],
    [['aws', 'history', 'arn:aws:s3:::a', 'arn:aws:s3:::b'], /aws history takes one ARN/],
    [['aws', 'history', 'arn:aws:s3:::logs', '--region', 'us-east-1', '--region', 'eu-west-1'], /give --region once/],
  ])('%j', async (argv, message) => {
    const { code, stdout, stderr } = await cli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});

describe('resolveTarget', () => {
  it('takes the region from the ARN, --region over it, and --resource-id over a looked-up name', () => {
    expect(resolveTarget({ arn: 'arn:aws:rds:eu-west-1:1:db:orders' })).toEqual({ region: 'eu-west-1', resourceType: 'AWS::RDS::DBInstance', resourceName: 'orders' });
    expect(resolveTarget({ arn: 'arn:aws:rds:eu-west-1:1:db:orders', resourceId: 'db-ABC', region: 'eu-central-1' }))
      .toEqual({ region: 'eu-central-1', resourceType: 'AWS::RDS::DBInstance', resourceId: 'db-ABC', resourceName: undefined });
    expect(resolveTarget({ arn: 'arn:aws:sqs:eu-west-1:1:jobs', resourceType: 'AWS::SQS::Queue', resourceId: 'https://sqs/jobs' }))
      .toEqual({ region: 'eu-west-1', resourceType: 'AWS::SQS::Queue', resourceId: 'https://sqs/jobs' });
  });
});

describe('renderTimelineTable', () => {
  it('prints each point with its changes and new and fixed findings', async () => {
    const file = path.join(REPO_ROOT, 'fixtures/aws-config/history/snapshot.json');
    const items = (JSON.parse(readFileSync(file, 'utf8')) as { configurationItems: Record<string, unknown>[] }).configurationItems;
    const points = await buildTimeline(items.slice(0, 2), { failOn: 'HIGH', logger: silentLogger, engine: await sharedEngine() });
    const text = renderTimelineTable({ arn: 'arn:aws:s3:::acme-audit-logs', resourceType: 'AWS::S3::Bucket', resourceId: 'acme-audit-logs', region: 'us-east-1', points });
    expect(text).toContain('arn:aws:s3:::acme-audit-logs (AWS::S3::Bucket acme-audit-logs, us-east-1): 2 configuration items');
    expect(text).toContain('2026-01-05T09:00:12.000Z  ResourceDiscovered  open 6\n  + AWS-0002 HIGH public_access_block.block_public_acls: S3 buckets block public access');
    expect(text).toContain('2026-01-12T14:30:02.000Z  OK  open 5\n  ~ versioning.enabled: false → true\n  - AWS-0003 MEDIUM versioning.enabled: S3 buckets keep object versions (fixed)\n');
  });
});
