import { describe, expect, it } from '@jest/globals';
import { scanFiles } from '../testing/scan-files.js';

// Issue 15: YAML templates with an indented top level, or with no AWSTemplateFormatVersion, were not scanned.
const logging = (findings: string[]): string[] => findings.filter((f) => f.startsWith('AWS-0004 '));

const indented = (properties: string): string => `  AWSTemplateFormatVersion: "2010-09-09"
  Resources:
    Data:
      Type: AWS::S3::Bucket
      Properties:
${properties}
`;

const versionless = (properties: string): string => `# no version, no description
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
${properties.replace(/^ {2}/gm, '')}
`;

const BAD = '        BucketName: acme-data';
const GOOD = '        LoggingConfiguration:\n          DestinationBucketName: acme-logs';

describe('CloudFormation YAML found by its top-level keys', () => {
  it('an indented template: reported at its bucket; a good one is not', async () => {
    expect(logging((await scanFiles({ 'stack.yaml': indented(BAD) })).findings)).toEqual(['AWS-0004 AWS::S3::Bucket/Data stack.yaml:3 logging.enabled']);
    expect(logging((await scanFiles({ 'stack.yaml': indented(GOOD) })).findings)).toEqual([]);
  });

  it('a template without AWSTemplateFormatVersion: reported at its bucket; a good one is not', async () => {
    expect(logging((await scanFiles({ 'stack.yaml': versionless(BAD) })).findings)).toEqual(['AWS-0004 AWS::S3::Bucket/Data stack.yaml:3 logging.enabled']);
    expect(logging((await scanFiles({ 'stack.yaml': versionless(GOOD) })).findings)).toEqual([]);
  });
});
