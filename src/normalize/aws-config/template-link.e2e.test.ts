/**
 * `aws.stacks` in `.posture.yaml`, through the CLI: a snapshot of a bucket deployed by stack
 * `prod-app-eu`, and two templates that both hold `AWS::S3::Bucket/Assets`, neither named after
 * the stack. The scan alone cannot decide (no link); the mapping decides.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Finding } from '../../model/index.js';
import { captureCli } from '../../testing/cli.js';

const BUCKET_ARN = 'arn:aws:s3:::acme-app-assets';

const template = (comment: string) => `AWSTemplateFormatVersion: "2010-09-09"
# ${comment}
Resources:
  Assets:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: acme-app-assets
      VersioningConfiguration:
        Status: Suspended
`;

const snapshot = {
  fileVersion: '1.0',
  configurationItems: [{
    configuration: { name: 'acme-app-assets', creationDate: '2024-01-15T10:00:00.000Z' },
    supplementaryConfiguration: { BucketVersioningConfiguration: { status: 'Suspended', isMfaDeleteEnabled: false } },
    tags: { 'aws:cloudformation:stack-name': 'prod-app-eu', 'aws:cloudformation:logical-id': 'Assets' },
    configurationItemStatus: 'OK',
    awsAccountId: '123456789012',
    resourceType: 'AWS::S3::Bucket',
    resourceId: 'acme-app-assets',
    resourceName: 'acme-app-assets',
    ARN: BUCKET_ARN,
    awsRegion: 'eu-west-1',
  }],
};

let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'posture-stack-map-'));
  mkdirSync(path.join(root, 'infra'));
  mkdirSync(path.join(root, 'live'));
  writeFileSync(path.join(root, 'infra', 'app.yaml'), template('the app stacks (prod-app-eu, prod-app-us)'));
  writeFileSync(path.join(root, 'infra', 'legacy.yaml'), `# an older copy\n${template('legacy')}`);
  writeFileSync(path.join(root, 'live', 'snapshot.json'), JSON.stringify(snapshot, null, 2));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function scan(config: string | undefined): Promise<{ code: number; stderr: string; live: Finding[] }> {
  const file = path.join(root, '.posture.yaml');
  rmSync(file, { force: true });
  if (config !== undefined) writeFileSync(file, config);
  const { code, stdout, stderr } = await captureCli(['scan', 'infra', 'live', '--format', 'json', '--no-fail'], root);
  const live = code === 0 ? (JSON.parse(stdout) as { findings: Finding[] }).findings.filter((f) => f.resourceId === BUCKET_ARN) : [];
  return { code, stderr, live };
}

describe('aws.stacks decides the template of a stack', () => {
  it('without it, two templates with the same logical id and no stack-named file: no link', async () => {
    const { code, live } = await scan(undefined);
    expect(code).toBe(0);
    expect(live.length).toBeGreaterThan(0);
    expect(live.every((f) => f.createdBy === undefined)).toBe(true);
  });

  it('with a glob naming infra/app.yaml: linked there, at the line of the attribute', async () => {
    const { code, live } = await scan('aws:\n  stacks:\n    prod-network: infra/network.yaml\n    "prod-app-*": ./infra/app.yaml\n');
    expect(code).toBe(0);
    const versioning = live.find((f) => f.checkId === 'AWS-0003')!;
    expect(versioning.createdBy).toEqual({
      resourceId: 'AWS::S3::Bucket/Assets',
      stackName: 'prod-app-eu',
      location: { path: 'infra/app.yaml', startLine: 9, startColumn: 9, endLine: 9, endColumn: 26 },
    });
    expect(live.every((f) => f.createdBy?.location.path === 'infra/app.yaml')).toBe(true);
  });

  it('a mapped template that is not in the scan: no link, and one warning naming it', async () => {
    const { code, stderr, live } = await scan('aws:\n  stacks:\n    prod-app-eu: infra/gone.yaml\n');
    expect(code).toBe(0);
    expect(live.every((f) => f.createdBy === undefined)).toBe(true);
    const warnings = stderr.split('\n').filter((line) => line.includes('infra/gone.yaml'));
    expect(warnings).toEqual([expect.stringContaining('.posture.yaml:3: aws.stacks prod-app-eu: infra/gone.yaml is not in this scan')]);
  });

  it('a bad mapping is a configuration error (exit 2) naming the file, line and key', async () => {
    const { code, stderr } = await scan('aws:\n  stacks:\n    prod-app-eu: {path: infra/app.yaml}\n');
    expect(code).toBe(2);
    expect(stderr).toContain('.posture.yaml:3:18: aws.stacks.prod-app-eu must be a non-empty string');
  });
});
