import { describe, expect, it } from '@jest/globals';
import { scanFiles } from '../../testing/scan-files.js';

// Issue 15: AWS-0004 reported the bucket that receives the access logs; it cannot log to itself.
const aws0004 = (findings: string[]): string[] => findings.filter((f) => f.startsWith('AWS-0004 '));

const TERRAFORM = `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
}

resource "aws_s3_bucket_logging" "data" {
  bucket        = aws_s3_bucket.data.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "data/"
}

resource "aws_s3_bucket" "prefixed_logs" {
  bucket_prefix = "logs-"
}

resource "aws_s3_bucket" "other" {
  bucket = "acme-other"
  logging {
    target_bucket = aws_s3_bucket.prefixed_logs.id
  }
}

resource "aws_s3_bucket" "by_name" {
  bucket = "acme-by-name"
  logging {
    target_bucket = "acme-named-logs"
  }
}

resource "aws_s3_bucket" "named_logs" {
  bucket = "acme-named-logs"
}

resource "aws_s3_bucket" "unlogged" {
  bucket = "acme-unlogged"
}
`;

const CLOUDFORMATION = `Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      LoggingConfiguration:
        DestinationBucketName: !Ref Logs
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: acme-cfn-logs
  Other:
    Type: AWS::S3::Bucket
    Properties:
      LoggingConfiguration:
        DestinationBucketName: acme-named-logs
  NamedLogs:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: acme-named-logs
  Unlogged:
    Type: AWS::S3::Bucket
`;

describe('AWS-0004 exempts the bucket that receives access logs', () => {
  it('Terraform: by reference (also an unknown name) or by name; a bucket nobody logs to is still reported', async () => {
    expect(aws0004((await scanFiles({ 'main.tf': TERRAFORM })).findings)).toEqual(['AWS-0004 aws_s3_bucket.unlogged main.tf:37 logging.enabled']);
  });

  it('CloudFormation: by !Ref or by name; a bucket nobody logs to is still reported', async () => {
    expect(aws0004((await scanFiles({ 'template.yaml': CLOUDFORMATION })).findings)).toEqual(['AWS-0004 AWS::S3::Bucket/Unlogged template.yaml:20 logging.enabled']);
  });
});
