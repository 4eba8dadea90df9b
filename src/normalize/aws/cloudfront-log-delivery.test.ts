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
