import { describe, expect, it } from '@jest/globals';
import { scanFiles } from '../../testing/scan-files.js';

// Issue 15: CloudFront standard logging v2 (CloudWatch log delivery) did not count as logging.
const only = (id: string, findings: string[]): string[] => findings.filter((f) => f.startsWith(`${id} `));

const distribution = `resource "aws_cloudfront_distribution" "site" {
  enabled = true
  origin {
    domain_name = "acme-site.s3.amazonaws.com"
    origin_id   = "s3"
  }
  default_cache_behavior {
    target_origin_id       = "s3"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    cloudfront_default_certificate = true
  }
}
`;

const delivery = `
resource "aws_cloudwatch_log_delivery_source" "site" {
  name         = "site"
  log_type     = "ACCESS_LOGS"
  resource_arn = aws_cloudfront_distribution.site.arn
}

resource "aws_cloudwatch_log_delivery_destination" "logs" {
  name = "logs"
  delivery_destination_configuration {
    destination_resource_arn = "arn:aws:s3:::acme-cdn-logs"
  }
}

resource "aws_cloudwatch_log_delivery" "site" {
  delivery_source_name     = aws_cloudwatch_log_delivery_source.site.name
  delivery_destination_arn = aws_cloudwatch_log_delivery_destination.logs.arn
}
`;

describe('AWS-0092: CloudFront logging through CloudWatch log delivery (v2)', () => {
  it('Terraform: a distribution without logging is reported at the distribution; one with a v2 delivery is not', async () => {
    expect(only('AWS-0092', (await scanFiles({ 'main.tf': distribution })).findings)).toEqual(['AWS-0092 aws_cloudfront_distribution.site main.tf:1 logging.enabled']);
    expect(only('AWS-0092', (await scanFiles({ 'main.tf': distribution + delivery })).findings)).toEqual([]);
  });
});

const template = (extra: string): string => `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Site:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Origins:
          - Id: s3
            DomainName: acme-site.s3.amazonaws.com
            S3OriginConfig: {}
        DefaultCacheBehavior:
          TargetOriginId: s3
          ViewerProtocolPolicy: redirect-to-https
          CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6
${extra}`;

const cfnDelivery = (arn: string, sourceName = '!Ref SiteLogs'): string => `  SiteLogs:
    Type: AWS::Logs::DeliverySource
    Properties:
      Name: site-logs
      LogType: ACCESS_LOGS
      ResourceArn: ${arn}
  SiteLogsToS3:
    Type: AWS::Logs::DeliveryDestination
    Properties:
      Name: site-logs-s3
      DestinationResourceArn: arn:aws:s3:::acme-cdn-logs
  SiteLogsDelivery:
    Type: AWS::Logs::Delivery
    Properties:
      DeliverySourceName: ${sourceName}
      DeliveryDestinationArn: !GetAtt SiteLogsToS3.Arn
`;

describe('AWS-0092: CloudFront logging v2 in CloudFormation (AWS::Logs::DeliverySource / Delivery)', () => {
  const scan = async (extra: string) => scanFiles({ 'template.yaml': template(extra) });
  const SUB = '!Sub "arn:aws:cloudfront::${AWS::AccountId}:distribution/${Site}"';

  it('reports a distribution without logging at the distribution', async () => {
    expect(only('AWS-0092', (await scan('')).findings)).toEqual(['AWS-0092 AWS::CloudFront::Distribution/Site template.yaml:3 logging.enabled']);
  });

  it('counts a delivery from a source on the distribution\'s ARN (Fn::Sub or Fn::Join), by Ref or by name', async () => {
    expect(only('AWS-0092', (await scan(cfnDelivery(SUB))).findings)).toEqual([]);
    const join = '!Join ["", ["arn:aws:cloudfront::", !Ref AWS::AccountId, ":distribution/", !Ref Site]]';
    expect(only('AWS-0092', (await scan(cfnDelivery(join, 'site-logs'))).findings)).toEqual([]);
  });

  it('still reports a distribution when the source names another resource, or has no delivery', async () => {
    const other = cfnDelivery('arn:aws:cloudfront::123456789012:distribution/E2QWRUHAPOMQZL');
    expect(only('AWS-0092', (await scan(other)).findings)).toEqual(['AWS-0092 AWS::CloudFront::Distribution/Site template.yaml:3 logging.enabled']);
    // a source on another service's resource (a distribution has no Arn attribute) is no CloudFront log
    const otherService = cfnDelivery('!GetAtt Pool.Arn') + '  Pool:\n    Type: AWS::Cognito::UserPool\n';
    expect(only('AWS-0092', (await scan(otherService)).findings)).toEqual(['AWS-0092 AWS::CloudFront::Distribution/Site template.yaml:3 logging.enabled']);
    const sourceOnly = cfnDelivery(SUB).split('  SiteLogsToS3:')[0]!;
    expect(only('AWS-0092', (await scan(sourceOnly)).findings)).toEqual(['AWS-0092 AWS::CloudFront::Distribution/Site template.yaml:3 logging.enabled']);
  });

  it('leaves an unlogged distribution unknown when a delivery\'s source cannot be resolved', async () => {
    const result = await scan(cfnDelivery(SUB, '!ImportValue shared-log-source'));
    expect(only('AWS-0092', result.findings)).toEqual([]);
    expect(result.inconclusiveAt.filter((i) => i.startsWith('AWS-0092 '))).toEqual(['AWS-0092 AWS::CloudFront::Distribution/Site template.yaml:3 logging.enabled']);
  });
});
