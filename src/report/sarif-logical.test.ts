import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../model/index.js';
import { SARIF_SCHEMA } from '../testing/engine.js';
import { buildReport, range } from './__fixtures__/report.js';
import { buildSarifLog } from './sarif.js';
import { validateSarif } from './sarif-schema.js';

function live(resourceId: string, scope: string, fingerprint: string): Finding {
  const [, account, region] = scope.split(':');
  return {
    checkId: 'AWS-0001',
    title: 'S3 buckets encrypt data at rest',
    severity: 'HIGH',
    message: 'not encrypted',
    resourceId,
    resourceType: 'aws.s3.bucket',
    scope,
    format: 'aws-config',
    attributePath: ['encryption', 'enabled'],
    location: range(`aws-config://${account}/${region}`, 1, 1, 1, 1),
    fingerprint,
    controls: [],
  };
}

describe('SARIF logical locations of live resources', () => {
  const report = buildReport();
  report.findings = [
    ...report.findings,
    live('arn:aws:s3:::logs', 'aws:111122223333:eu-west-1', 'l1'),
    live('arn:aws:ec2:eu-west-1:111122223333:security-group/sg-1', 'aws:111122223333:eu-west-1', 'l2'),
    live('sg-1', 'aws:111122223333:us-east-1', 'l3'),
  ];
  const run = buildSarifLog(report).runs[0];
  const resultOf = (fingerprint: string) => run.results!.find((r) => r.partialFingerprints!['postureFingerprint/v1'] === fingerprint)!;

  it('names the ARN as a resource under its region under its account', () => {
    const reference = resultOf('l2').locations![0].logicalLocations![0];
    expect(reference).toMatchObject({
      fullyQualifiedName: 'arn:aws:ec2:eu-west-1:111122223333:security-group/sg-1',
      kind: 'resource',
      properties: { account: '111122223333', region: 'eu-west-1' },
    });
    const resource = run.logicalLocations![reference.index!];
    expect(resource).toMatchObject({ name: 'sg-1', kind: 'resource', fullyQualifiedName: reference.fullyQualifiedName });
    const region = run.logicalLocations![resource.parentIndex!];
    expect(region).toMatchObject({ name: 'eu-west-1', fullyQualifiedName: 'aws:111122223333:eu-west-1', kind: 'namespace' });
    expect(run.logicalLocations![region.parentIndex!]).toEqual({
      name: '111122223333', fullyQualifiedName: 'aws:111122223333', kind: 'namespace', properties: { awsKind: 'account' },
    });
    // Nothing on disk to point at, but code scanning rejects a result without a physical location:
    // a placeholder path per account and region, line 1, never a real file's name.
    expect(resultOf('l2').locations![0].physicalLocation!.artifactLocation!.uri).toBe('aws-config/111122223333/eu-west-1');
  });

  it('holds each account and region once, and keeps resource ids without an ARN apart per region', () => {
    const names = run.logicalLocations!.map((l) => l.fullyQualifiedName);
    expect(names.filter((n) => n === 'aws:111122223333')).toHaveLength(1);
    expect(names.filter((n) => n === 'aws:111122223333:eu-west-1')).toHaveLength(1);
    const sg = resultOf('l3').locations![0].logicalLocations![0];
    expect(run.logicalLocations![run.logicalLocations![sg.index!].parentIndex!].name).toBe('us-east-1');
  });

  it('leaves findings in files as they were: the resource id, no index', () => {
    const terraform = run.results!.find((r) => r.properties?.format === 'terraform')!;
    expect(terraform.locations![0].logicalLocations).toEqual([{ fullyQualifiedName: 'aws_s3_bucket.logs', kind: 'resource' }]);
    expect(buildSarifLog(buildReport()).runs[0].logicalLocations).toBeUndefined();
  });

  it('validates against the SARIF 2.1.0 schema', () => {
    expect(validateSarif(buildSarifLog(report), SARIF_SCHEMA)).toEqual([]);
  });

  it('shows a live finding at the template line that created it (code scanning needs a file), the ARN kept as its logical location', () => {
    const linked = live('arn:aws:s3:::assets', 'aws:111122223333:eu-west-1', 'l4');
    linked.createdBy = { resourceId: 'AWS::S3::Bucket/Assets', stackName: 'web', location: range('infra/web.yaml', 11, 9, 11, 26) };
    const withLink = buildReport();
    withLink.findings = [linked, live('arn:aws:s3:::other', 'aws:111122223333:eu-west-1', 'l5')];
    const results = buildSarifLog(withLink).runs[0].results!;
    const [shown, unlinked] = ['l4', 'l5'].map((id) => results.find((r) => r.partialFingerprints!['postureFingerprint/v1'] === id)!);
    expect(shown.locations![0].physicalLocation).toEqual({
      artifactLocation: { uri: 'infra/web.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 11, startColumn: 9, endLine: 11, endColumn: 26 },
    });
    expect(shown.locations![0].logicalLocations![0].fullyQualifiedName).toBe('arn:aws:s3:::assets');
    expect(shown.relatedLocations![0].message!.text).toBe('created by AWS::S3::Bucket/Assets of CloudFormation stack web');
    // nothing in the repository to point at: a placeholder path per account and region (code
    // scanning needs one), the ARN as the logical location
    expect(unlinked.locations![0].physicalLocation!.artifactLocation).toEqual({ uri: 'aws-config/111122223333/eu-west-1', uriBaseId: '%SRCROOT%' });
    expect(unlinked.locations![0].logicalLocations![0].fullyQualifiedName).toBe('arn:aws:s3:::other');
    expect(validateSarif(buildSarifLog(withLink), SARIF_SCHEMA)).toEqual([]);
  });
});
