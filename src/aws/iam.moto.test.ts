import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CreatePolicyCommand, CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { liveDocument, normalizeAwsConfig } from '../normalize/aws-config/index.js';
import { sharedEngine } from '../testing/engine.js';
import { MOTO_CREDENTIALS, motoInstalled, startMoto, type MotoServer } from '../testing/moto.js';
import { fetchConfigurationItems } from './config-items.js';

const REGION = 'us-east-1';
// Needs scripts/install-moto.sh; CI installs it and must not skip, a laptop without it may.
const describeMoto = motoInstalled() || process.env.CI ? describe : describe.skip;

const document = (statement: object) => JSON.stringify({ Version: '2012-10-17', Statement: [statement] });

/**
 * IAM through the real SDKs against moto: policies and roles created with the IAM API, read back
 * through AWS Config (moto records AWS::IAM::Policy and AWS::IAM::Role, with URL-encoded
 * documents), normalised and evaluated by the built-in checks.
 */
describeMoto('IAM policies and roles from a live account (moto)', () => {
  let moto: MotoServer;

  beforeAll(async () => {
    moto = await startMoto();
    const iam = new IAMClient({ region: REGION, endpoint: moto.endpoint, credentials: MOTO_CREDENTIALS });
    await iam.send(new CreatePolicyCommand({ PolicyName: 'break-glass', PolicyDocument: document({ Effect: 'Allow', Action: '*', Resource: '*' }) }));
    await iam.send(new CreatePolicyCommand({
      PolicyName: 'read-reports',
      PolicyDocument: document({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::reports/*' }),
    }));
    await iam.send(new CreateRoleCommand({
      RoleName: 'anyone',
      AssumeRolePolicyDocument: document({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }),
    }));
    await iam.send(new CreateRoleCommand({
      RoleName: 'lambda-exec',
      AssumeRolePolicyDocument: document({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }),
    }));
    iam.destroy();
  });

  afterAll(async () => {
    await moto?.stop();
  });

  it('flags the admin policy and the role anyone may assume, and nothing else', async () => {
    const { items, failures } = await fetchConfigurationItems({
      regions: [REGION],
      resourceTypes: ['AWS::IAM::Policy', 'AWS::IAM::Role'],
      endpoint: moto.endpoint,
      credentials: MOTO_CREDENTIALS,
    });
    expect(failures).toEqual([]);
    const { resources, diagnostics } = normalizeAwsConfig(liveDocument(items));
    expect(diagnostics).toEqual([]);
    const names = (type: string) => resources.filter((r) => r.type === type).map((r) => (r.attributes as { name: string }).name).sort();
    expect(names('aws.iam.policy')).toEqual(expect.arrayContaining(['break-glass', 'read-reports']));
    expect(names('aws.iam.role')).toEqual(expect.arrayContaining(['anyone', 'lambda-exec']));
    const engine = await sharedEngine();
    const nameOf = new Map(resources.map((r) => [r.id, (r.attributes as { name: string }).name]));
    const fired = engine.evaluate(resources).map((v) => `${v.checkId} ${nameOf.get(v.resourceId)}`);
    expect(fired).toContain('AWS-0030 break-glass');
    expect(fired).toContain('AWS-0032 anyone');
    expect(fired.filter((f) => /read-reports|lambda-exec/.test(f))).toEqual([]);
  });
});
