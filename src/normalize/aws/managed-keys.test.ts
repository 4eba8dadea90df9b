import { describe, expect, it } from '@jest/globals';
import { scanFiles } from '../../testing/scan-files.js';

// Issue 15: AWS-0100 matched the AWS managed key by suffix; AWS-0014 on AWS Config read only keySpec.
const only = (id: string, findings: string[]): string[] => findings.filter((f) => f.startsWith(`${id} `));

const secret = (key: string): string => `resource "aws_secretsmanager_secret" "db" {
  name       = "db"
  kms_key_id = "${key}"
}
`;

const keyItem = (spec: Record<string, string>, rotation: string): string =>
  JSON.stringify({
    fileVersion: '1.0',
    configurationItems: [
      {
        configuration: { keyId: '0b7e4a52', enabled: true, keyState: 'Enabled', origin: 'AWS_KMS', keyManager: 'CUSTOMER', ...spec },
        supplementaryConfiguration: { KeyRotationStatus: rotation },
        configurationItemStatus: 'OK',
        resourceType: 'AWS::KMS::Key',
        resourceId: '0b7e4a52',
        awsRegion: 'eu-west-1',
      },
    ],
  }, null, 2);

describe('AWS-0100 parses the AWS managed key', () => {
  it('reports its alias ARN at kms_key_id; a customer alias that merely ends the same way passes', async () => {
    expect(only('AWS-0100', (await scanFiles({ 'main.tf': secret('arn:aws:kms:eu-west-1:111122223333:alias/aws/secretsmanager') })).findings)).toEqual([
      'AWS-0100 aws_secretsmanager_secret.db main.tf:3 kms_key_id',
    ]);
    expect(only('AWS-0100', (await scanFiles({ 'main.tf': secret('alias/team/aws/secretsmanager') })).findings)).toEqual([]);
  });
});

describe('AWS-0014 on AWS Config reads customerMasterKeySpec when keySpec is not recorded', () => {
  it('reports a symmetric key without rotation at KeyRotationStatus; a rotating one passes', async () => {
    expect(only('AWS-0014', (await scanFiles({ 'snapshot.json': keyItem({ customerMasterKeySpec: 'SYMMETRIC_DEFAULT' }, 'false') })).findings)).toEqual([
      'AWS-0014 0b7e4a52 snapshot.json:14 rotation_enabled',
    ]);
    expect(only('AWS-0014', (await scanFiles({ 'snapshot.json': keyItem({ customerMasterKeySpec: 'SYMMETRIC_DEFAULT' }, 'true') })).findings)).toEqual([]);
    expect(only('AWS-0014', (await scanFiles({ 'snapshot.json': keyItem({ customerMasterKeySpec: 'RSA_2048' }, 'false') })).findings)).toEqual([]);
  });
});
