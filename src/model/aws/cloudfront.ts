import type { UnknownValue } from '../unknown.js';

type Maybe<T> = T | UnknownValue;

/**
 * Canonical `aws.cloudfront.distribution`. Terraform (`aws_cloudfront_distribution`),
 * CloudFormation (`AWS::CloudFront::Distribution`, everything under `DistributionConfig`) and
 * AWS Config (`AWS::CloudFront::Distribution` items, `configuration.distributionConfig`, lists as
 * `{quantity, items}`) fill it. Defaults, applied once by the normaliser:
 *
 * | attribute                                   | Terraform                                  | CloudFormation                           | AWS Config                                  |
 * |---------------------------------------------|--------------------------------------------|------------------------------------------|---------------------------------------------|
 * | default_cache_behavior.viewer_protocol_policy | default_cache_behavior (required)        | DefaultCacheBehavior.ViewerProtocolPolicy (required) | defaultCacheBehavior.viewerProtocolPolicy |
 * | ordered_cache_behaviors[]                   | ordered_cache_behavior blocks, []          | CacheBehaviors, []                       | cacheBehaviors.items (unknown if not recorded) |
 * | viewer_certificate.cloudfront_default_certificate | false (a custom certificate is then required) | true when ViewerCertificate is absent | cloudFrontDefaultCertificate          |
 * | viewer_certificate.minimum_protocol_version | TLSv1 (provider default)                   | unknown when absent (required with a custom certificate) | minimumProtocolVersion        |
 * | logging.enabled                             | logging_config block written, false        | Logging written, false                   | logging.enabled                             |
 * | web_acl_id                                  | null                                       | null                                     | webACLId ("" is null)                       |
 * | origins[]                                   | origin blocks                              | Origins                                  | origins.items                               |
 * | default_root_object                         | null ("" is null)                          | null ("" is null)                        | defaultRootObject ("" is null)              |
 *
 * Sources: the provider's `website/docs/r/cloudfront_distribution.html.markdown`, the
 * CloudFormation `AWS::CloudFront::Distribution` reference and the CloudFront `DistributionConfig`
 * API reference (which omits nothing it has: Config records the whole configuration).
 */
export interface CloudFrontDistribution {
  default_cache_behavior: { viewer_protocol_policy: Maybe<string> | null };
  /** The ordered (path pattern) cache behaviours, in order; unknown when the list cannot be read. */
  ordered_cache_behaviors: Maybe<CloudFrontCacheBehavior[]>;
  viewer_certificate: {
    /** true: the `*.cloudfront.net` certificate, whose TLS policy CloudFront fixes itself. */
    cloudfront_default_certificate: Maybe<boolean>;
    /** The security policy for viewers (`TLSv1`, `TLSv1.2_2021`, …); only meaningful with a custom certificate. */
    minimum_protocol_version: Maybe<string> | null;
  };
  /** Standard (legacy) access logging to S3, configured in the distribution. */
  logging: { enabled: Maybe<boolean>; bucket: Maybe<string> | null };
  /** The WAF web ACL (a WAFv2 ARN or a WAF Classic id); null when none is associated. */
  web_acl_id: Maybe<string> | null;
  origins: Maybe<CloudFrontOrigin[]>;
  default_root_object: Maybe<string> | null;
}

export interface CloudFrontCacheBehavior {
  path_pattern: Maybe<string> | null;
  /** `allow-all`, `redirect-to-https` or `https-only`. */
  viewer_protocol_policy: Maybe<string> | null;
}

export interface CloudFrontOrigin {
  id: Maybe<string> | null;
  domain_name: Maybe<string> | null;
  /** true when the origin has a custom origin configuration (not an S3 REST origin). */
  custom_origin: Maybe<boolean>;
  /** `http-only`, `match-viewer` or `https-only`; null for an S3 origin. */
  origin_protocol_policy: Maybe<string> | null;
}
