import { describe, expect, it } from '@jest/globals';
import { isUnknown, pathKey, type Resource } from '../../model/index.js';
import { parseAwsConfigSnapshot } from '../../parsers/aws-config/index.js';
import { parseCloudFormation } from '../../parsers/cloudformation/index.js';
import { parseTerraform } from '../../parsers/terraform/index.js';
import { normalizeAwsConfig } from '../aws-config/index.js';
import { normalizeTemplate, normalizeTerraformDocs } from '../../testing/pipeline.js';

async function terraform(text: string): Promise<Resource> {
  const doc = await parseTerraform({ absolutePath: '/x/main.tf', path: 'main.tf', format: 'terraform' }, text);
  return normalizeTerraformDocs([doc]).resources.find((r) => r.type === 'aws.cloudfront.distribution')!;
}

function cloudformation(config: string): Resource {
  const text = `Resources:\n  Cdn:\n    Type: AWS::CloudFront::Distribution\n    Properties:\n      DistributionConfig:\n${config}`;
  const doc = parseCloudFormation({ absolutePath: '/r/t.yaml', path: 't.yaml', format: 'cloudformation' }, text);
  return normalizeTemplate(doc).resources[0];
}

function awsConfig(distributionConfig: unknown): Resource {
  const item = { resourceType: 'AWS::CloudFront::Distribution', resourceId: 'E1', configurationItemStatus: 'OK', configuration: { id: 'E1', distributionConfig } };
  const file = { absolutePath: '/s/snap.json', path: 'snap.json', format: 'aws-config' as const };
  return normalizeAwsConfig(parseAwsConfigSnapshot(file, JSON.stringify({ configurationItems: [item] }, null, 2))).resources[0];
}

describe('aws.cloudfront.distribution', () => {
  it('Terraform: reads behaviours and origins as lists, with the provider defaults', async () => {
    const d = await terraform(`resource "aws_cloudfront_distribution" "cdn" {
  enabled = true
  origin {
    origin_id   = "api"
    domain_name = "api.example.com"
    custom_origin_config {
      origin_protocol_policy = "http-only"
    }
  }
  origin {
    origin_id   = "s3"
    domain_name = "b.s3.amazonaws.com"
  }
  default_cache_behavior {
    viewer_protocol_policy = "redirect-to-https"
  }
  ordered_cache_behavior {
    path_pattern           = "/api/*"
    viewer_protocol_policy = "allow-all"
  }
  viewer_certificate {
    acm_certificate_arn = "arn:aws:acm:us-east-1:111122223333:certificate/x"
  }
}
`);
    expect(d.attributes).toEqual({
      default_cache_behavior: { viewer_protocol_policy: 'redirect-to-https' },
      ordered_cache_behaviors: [{ path_pattern: '/api/*', viewer_protocol_policy: 'allow-all' }],
      viewer_certificate: { cloudfront_default_certificate: false, minimum_protocol_version: 'TLSv1' },
      logging: { enabled: false, bucket: null },
      web_acl_id: null,
      origins: [
        { id: 'api', domain_name: 'api.example.com', custom_origin: true, origin_protocol_policy: 'http-only' },
        { id: 's3', domain_name: 'b.s3.amazonaws.com', custom_origin: false, origin_protocol_policy: null },
      ],
      default_root_object: null,
    });
    expect(d.provenance.get(pathKey(['ordered_cache_behaviors', 0, 'viewer_protocol_policy']))?.startLine).toBe(19);
    expect(d.provenance.get(pathKey(['origins', 0, 'origin_protocol_policy']))?.startLine).toBe(7);
  });

  it('CloudFormation: no ViewerCertificate is the default certificate; a custom one without a minimum is unknown', () => {
    const base = '        DefaultCacheBehavior:\n          ViewerProtocolPolicy: https-only\n';
    const d = cloudformation(base);
    expect(d.attributes).toMatchObject({
      viewer_certificate: { cloudfront_default_certificate: true, minimum_protocol_version: null },
      ordered_cache_behaviors: [], origins: [], logging: { enabled: false }, web_acl_id: null, default_root_object: null,
    });
    const custom = cloudformation(`${base}        ViewerCertificate:\n          AcmCertificateArn: arn:aws:acm:us-east-1:111122223333:certificate/x\n`);
    expect(custom.attributes).toMatchObject({ viewer_certificate: { cloudfront_default_certificate: false } });
    expect(isUnknown((custom.attributes as { viewer_certificate: { minimum_protocol_version: unknown } }).viewer_certificate.minimum_protocol_version)).toBe(true);
  });

  it('CloudFormation: reads CacheBehaviors and Origins, an unresolved list stays unknown', () => {
    const d = cloudformation(`        CacheBehaviors:
          - PathPattern: /api/*
            ViewerProtocolPolicy: allow-all
        Origins:
          - Id: api
            DomainName: api.example.com
            CustomOriginConfig:
              OriginProtocolPolicy: https-only
        DefaultRootObject: ""
`);
    expect(d.attributes).toMatchObject({
      ordered_cache_behaviors: [{ path_pattern: '/api/*', viewer_protocol_policy: 'allow-all' }],
      origins: [{ id: 'api', domain_name: 'api.example.com', custom_origin: true, origin_protocol_policy: 'https-only' }],
      default_root_object: null,
    });
    expect(d.provenance.get(pathKey(['ordered_cache_behaviors', 0, 'viewer_protocol_policy']))?.startLine).toBe(8);
    const unresolved = cloudformation('        CacheBehaviors: !Ref Behaviors\n');
    expect(isUnknown(unresolved.attributes.ordered_cache_behaviors)).toBe(true);
  });

  it('AWS Config: reads the {quantity, items} lists; "" is none; an unrecorded list is unknown', () => {
    const d = awsConfig({
      defaultCacheBehavior: { viewerProtocolPolicy: 'allow-all' },
      cacheBehaviors: { quantity: 1, items: [{ pathPattern: '/img/*', viewerProtocolPolicy: 'https-only' }] },
      origins: { quantity: 1, items: [{ id: 'o', domainName: 'o.example.com', customOriginConfig: { originProtocolPolicy: 'match-viewer' } }] },
      viewerCertificate: { cloudFrontDefaultCertificate: true, minimumProtocolVersion: 'TLSv1' },
      logging: { enabled: false, bucket: '' },
      webACLId: '',
      defaultRootObject: 'index.html',
    });
    expect(d.attributes).toEqual({
      default_cache_behavior: { viewer_protocol_policy: 'allow-all' },
      ordered_cache_behaviors: [{ path_pattern: '/img/*', viewer_protocol_policy: 'https-only' }],
      viewer_certificate: { cloudfront_default_certificate: true, minimum_protocol_version: 'TLSv1' },
      logging: { enabled: false, bucket: null },
      web_acl_id: null,
      origins: [{ id: 'o', domain_name: 'o.example.com', custom_origin: true, origin_protocol_policy: 'match-viewer' }],
      default_root_object: 'index.html',
    });
    const sparse = awsConfig({ defaultCacheBehavior: { viewerProtocolPolicy: 'https-only' } });
    expect(isUnknown(sparse.attributes.ordered_cache_behaviors)).toBe(true);
    expect(isUnknown(sparse.attributes.web_acl_id)).toBe(true);
  });
});
