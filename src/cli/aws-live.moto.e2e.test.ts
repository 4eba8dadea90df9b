import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ConfigServiceClient,
  PutConfigurationRecorderCommand,
  PutDeliveryChannelCommand,
  StartConfigurationRecorderCommand,
} from '@aws-sdk/client-config-service';
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import {
  CreateBucketCommand,
  PutBucketAclCommand,
  PutBucketEncryptionCommand,
  PutBucketLoggingCommand,
  PutBucketPolicyCommand,
  PutBucketVersioningCommand,
  PutPublicAccessBlockCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Log, Result } from 'sarif';
import { validateSarif } from '../report/sarif-schema.js';
import { captureCli } from '../testing/cli.js';
import { SARIF_SCHEMA } from '../testing/engine.js';
import { freePort, MOTO_CREDENTIALS, motoInstalled, startMoto, type MotoServer } from '../testing/moto.js';

const REGION = 'us-east-1';
const GOOD = 'audited-bucket';
const BAD = 'public-bucket';

// Needs scripts/install-moto.sh; CI installs it and must not skip, a laptop without it may.
const describeMoto = motoInstalled() || process.env.CI ? describe : describe.skip;

const policy = (statement: object) => JSON.stringify({ Version: '2012-10-17', Statement: [statement] });
const allOn = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
const allOff = { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false };

/** One bucket set up as an auditor wants it, one readable by anyone (through its policy), both with the real S3 SDK. */
async function createBuckets(s3: S3Client): Promise<void> {
  await s3.send(new CreateBucketCommand({ Bucket: GOOD }));
  await s3.send(new PutBucketVersioningCommand({ Bucket: GOOD, VersioningConfiguration: { Status: 'Enabled' } }));
  await s3.send(new PutBucketEncryptionCommand({
    Bucket: GOOD,
    ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'alias/data' } }] },
  }));
  await s3.send(new PutPublicAccessBlockCommand({ Bucket: GOOD, PublicAccessBlockConfiguration: allOn }));
  // S3 (and moto) refuse a logging target the log delivery group cannot write to.
  const logDelivery = 'uri="http://acs.amazonaws.com/groups/s3/LogDelivery"';
  await s3.send(new PutBucketAclCommand({ Bucket: GOOD, GrantWrite: logDelivery, GrantReadACP: logDelivery }));
  await s3.send(new PutBucketLoggingCommand({ Bucket: GOOD, BucketLoggingStatus: { LoggingEnabled: { TargetBucket: GOOD, TargetPrefix: 'logs/' } } }));
  await s3.send(new PutBucketPolicyCommand({
    Bucket: GOOD,
    Policy: policy({
      Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [`arn:aws:s3:::${GOOD}`, `arn:aws:s3:::${GOOD}/*`],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    }),
  }));
  // Public through its policy, not a public-read ACL: moto 5.2.5's Config crashes (HTTP 500) on a
  // bucket whose ACL grants AllUsers (S3 FakeAcl.to_config_dict only knows the s3 log-delivery group).
  await s3.send(new CreateBucketCommand({ Bucket: BAD }));
  await s3.send(new PutPublicAccessBlockCommand({ Bucket: BAD, PublicAccessBlockConfiguration: allOff }));
  await s3.send(new PutBucketPolicyCommand({ Bucket: BAD, Policy: policy({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${BAD}/*` }) }));
}

/** Anyone may assume it (AWS-0032); tagged as CloudFormation tags what it creates (moto's IAM accepts `aws:` keys, S3 does not). */
async function createStackRole(iam: IAMClient): Promise<void> {
  await iam.send(new CreateRoleCommand({
    RoleName: 'web-role',
    AssumeRolePolicyDocument: policy({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }),
    Tags: [{ Key: 'aws:cloudformation:stack-name', Value: 'web' }, { Key: 'aws:cloudformation:logical-id', Value: 'WebRole' }],
  }));
}

/** The template that "created" the role: its trust policy at line 7. */
const WEB_TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  WebRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: web-role
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              AWS: '*'
            Action: sts:AssumeRole
`;

/** A recorder that records everything and delivers to the audited bucket, as an account has it. */
async function recordConfig(config: ConfigServiceClient): Promise<void> {
  await config.send(new PutConfigurationRecorderCommand({
    ConfigurationRecorder: { name: 'default', roleARN: 'arn:aws:iam::123456789012:role/config-recorder', recordingGroup: { allSupported: true, includeGlobalResourceTypes: true } },
  }));
  await config.send(new PutDeliveryChannelCommand({ DeliveryChannel: { name: 'default', s3BucketName: GOOD } }));
  await config.send(new StartConfigurationRecorderCommand({ ConfigurationRecorderName: 'default' }));
}

const resultsOn = (log: Log, bucket: string): Result[] =>
  log.runs[0]!.results!.filter((r) => r.locations?.[0]?.logicalLocations?.[0]?.fullyQualifiedName === `arn:aws:s3:::${bucket}`);
const idsOf = (results: Result[]): string[] => [...new Set(results.map((r) => r.ruleId!))].sort();

/**
 * `posture aws` as a user runs it against an emulator: the real CLI, credentials from the
 * environment through the SDK's default chain, a real moto server that writes Config dates as
 * Python date strings (read by the product itself, no test shim in between).
 */
describeMoto('posture aws --endpoint against moto, from the command line', () => {
  let moto: MotoServer;
  const savedEnv = { ...process.env };
  const aws = (...flags: string[]) => captureCli(['aws', '--endpoint', moto.endpoint, '--resource-types', 'AWS::S3::Bucket', ...flags]);

  beforeAll(async () => {
    moto = await startMoto();
    for (const name of ['AWS_PROFILE', 'AWS_SESSION_TOKEN', 'AWS_REGION', 'AWS_DEFAULT_REGION']) delete process.env[name];
    process.env.AWS_ACCESS_KEY_ID = MOTO_CREDENTIALS.accessKeyId;
    process.env.AWS_SECRET_ACCESS_KEY = MOTO_CREDENTIALS.secretAccessKey;
    const s3 = new S3Client({ region: REGION, endpoint: moto.endpoint, forcePathStyle: true, credentials: MOTO_CREDENTIALS });
    const config = new ConfigServiceClient({ region: REGION, endpoint: moto.endpoint, credentials: MOTO_CREDENTIALS });
    const iam = new IAMClient({ region: REGION, endpoint: moto.endpoint, credentials: MOTO_CREDENTIALS });
    try {
      await createBuckets(s3);
      await createStackRole(iam);
      await recordConfig(config);
    } finally {
      s3.destroy();
      config.destroy();
      iam.destroy();
    }
  });

  afterAll(async () => {
    process.env = savedEnv;
    await moto?.stop();
  });

  it('fails (exit 1) on the public bucket only, in valid SARIF that names each bucket by ARN', async () => {
    const { code, stdout, stderr } = await aws('--region', REGION, '--format', 'sarif');
    expect(stderr).toContain('aws: 2 configuration items');
    expect(stderr).not.toMatch(/warning: aws:/);
    expect(code).toBe(1);
    const log = JSON.parse(stdout) as Log;
    expect(validateSarif(log, SARIF_SCHEMA)).toEqual([]);
    expect(idsOf(resultsOn(log, BAD))).toEqual(['AWS-0002', 'AWS-0004', 'AWS-0102']);
    expect(resultsOn(log, BAD).filter((r) => r.ruleId === 'AWS-0002').map((r) => r.level)).toEqual(['error', 'error', 'error', 'error']);
    // moto 5.2.5 leaves ServerSideEncryptionConfiguration out of the Config item, so the audited
    // bucket's declared KMS encryption cannot be seen: unknown, so AWS-0104 stays silent; AWS-0001
    // (encryption not declared), which reported it, is deprecated.
    expect(resultsOn(log, GOOD).map((r) => [r.ruleId, r.level])).toEqual([]);
    expect(log.runs[0]!.results!.length).toBe(resultsOn(log, BAD).length + resultsOn(log, GOOD).length);
    const names = log.runs[0]!.logicalLocations!.map((l) => [l.fullyQualifiedName, l.kind]);
    // a logical location per resource with a result: the audited bucket has none
    expect(names).toEqual(expect.arrayContaining([
      [`arn:aws:s3:::${BAD}`, 'resource'], ['aws:123456789012:us-east-1', 'namespace'], ['aws:123456789012', 'namespace'],
    ]));
    expect(names).not.toContainEqual([`arn:aws:s3:::${GOOD}`, 'resource']);
  });

  it('names a region the endpoint fails on, and still reports the one it read', async () => {
    const { code, stdout, stderr } = await aws('--region', REGION, '--region', 'xx-nowhere-9', '--format', 'sarif');
    expect(stderr).toContain('warning: aws: xx-nowhere-9 AWS::S3::Bucket: list failed: EndpointResponseError: the endpoint answered HTTP 500 with text/html, not AWS JSON');
    expect(stderr).not.toMatch(/us-east-1 AWS::S3::Bucket: /);
    expect(code).toBe(1);
    const log = JSON.parse(stdout) as Log;
    expect(idsOf(resultsOn(log, BAD))).toEqual(['AWS-0002', 'AWS-0004', 'AWS-0102']);
  });

  it('reads a bucket\'s timeline with `aws history` through the same endpoint', async () => {
    const { code, stdout, stderr } = await captureCli(['aws', 'history', `arn:aws:s3:::${BAD}`, '--region', REGION, '--endpoint', moto.endpoint]);
    expect(stderr).not.toMatch(/posture:/);
    expect(stdout).toContain(`arn:aws:s3:::${BAD} (AWS::S3::Bucket ${BAD}, us-east-1): 1 configuration items`);
    // The capture time moto wrote as "YYYY-MM-DD hh:mm:ss+00:00", read as the instant it names.
    expect(stdout).toMatch(/\n\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z {2}ResourceDiscovered {2}open \d+\n/);
    expect(code).toBe(1);
  });

  it('reads credentials from a named profile (--profile), and names a profile that does not exist', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'posture-profile-'));
    const credentials = path.join(dir, 'credentials');
    await writeFile(credentials, `[auditor]\naws_access_key_id = ${MOTO_CREDENTIALS.accessKeyId}\naws_secret_access_key = ${MOTO_CREDENTIALS.secretAccessKey}\n`);
    const env = { ...process.env };
    try {
      delete process.env.AWS_ACCESS_KEY_ID;
      delete process.env.AWS_SECRET_ACCESS_KEY;
      process.env.AWS_SHARED_CREDENTIALS_FILE = credentials;
      process.env.AWS_CONFIG_FILE = path.join(dir, 'config');
      const withProfile = await aws('--region', REGION, '--profile', 'auditor', '--format', 'json');
      expect(withProfile.stderr).toContain('aws: 2 configuration items');
      expect(withProfile.code).toBe(1);
      const missing = await aws('--region', REGION, '--profile', 'nobody-here', '--format', 'json');
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/warning: aws: us-east-1 AWS::S3::Bucket: list failed: .*nobody-here/);
      expect(missing.stderr).toContain('posture: aws: nothing could be read');
    } finally {
      process.env = env;
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('with --templates, shows a live finding at the line of the template that created the resource', async () => {
    const project = await mkdtemp(path.join(os.tmpdir(), 'posture-templates-'));
    try {
      await writeFile(path.join(project, 'web.yaml'), WEB_TEMPLATE);
      const run = (...flags: string[]) => captureCli(['aws', '--endpoint', moto.endpoint, '--region', REGION, '--resource-types', 'AWS::IAM::Role', '--format', 'sarif', ...flags], project);
      const linked = await run('--templates', 'web.yaml');
      expect(linked.stderr).not.toMatch(/warning|posture:/);
      const log = JSON.parse(linked.stdout) as Log;
      expect(validateSarif(log, SARIF_SCHEMA)).toEqual([]);
      expect(log.runs[0]!.automationDetails).toEqual({ id: 'posture-gate/aws/' });
      const trust = log.runs[0]!.results!.find((r) => r.ruleId === 'AWS-0032')!;
      expect(trust.locations![0].logicalLocations![0].fullyQualifiedName).toMatch(/^arn:aws:iam::123456789012:role\/web-role$/);
      const shown = trust.locations![0].physicalLocation!;
      expect(shown.artifactLocation!.uri).toBe('web.yaml');
      expect(shown.region!.startLine).toBeGreaterThanOrEqual(7);
      expect(trust.relatedLocations![0].message!.text).toBe('created by AWS::IAM::Role/WebRole of CloudFormation stack web');
      // the template's own misconfiguration is not reported: it is there to point at, not to scan
      expect(log.runs[0]!.results!.every((r) => r.properties!.format === 'aws-config')).toBe(true);
      // a broken template beside it is a diagnostic (file, line, reason) and the rest goes on
      await writeFile(path.join(project, 'broken.yaml'), 'AWSTemplateFormatVersion: "2010-09-09"\nResources: [unclosed\n');
      const withBroken = JSON.parse((await run('--templates', '.')).stdout) as Log;
      const notes = withBroken.runs[0]!.invocations![0]!.toolExecutionNotifications!;
      expect(notes.some((n) => n.level === 'error' && n.locations?.[0]?.physicalLocation?.artifactLocation?.uri === 'broken.yaml')).toBe(true);
      expect(withBroken.runs[0]!.results!.find((r) => r.ruleId === 'AWS-0032')!.locations![0].physicalLocation!.artifactLocation!.uri).toBe('web.yaml');
      const unlinked = JSON.parse((await run()).stdout) as Log;
      const placeholder = unlinked.runs[0]!.results!.find((r) => r.ruleId === 'AWS-0032')!.locations![0].physicalLocation!.artifactLocation!.uri;
      expect(placeholder).toMatch(/^aws-config\/123456789012\//);
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  }, 60_000);

  it('exits 2 with one clear line when nothing answers at the endpoint', async () => {
    const nobody = `http://127.0.0.1:${await freePort()}`;
    const { code, stdout, stderr } = await captureCli(['aws', '--endpoint', nobody, '--region', REGION, '--resource-types', 'AWS::S3::Bucket']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/warning: aws: us-east-1 AWS::S3::Bucket: list failed: .*ECONNREFUSED/);
    expect(stderr).toContain(`posture: aws: nothing could be read (1 region/type pairs failed); check credentials, --region and that ${nobody} answers`);
    expect(stderr).not.toMatch(/^\s+at /m);
  }, 60_000);
});
