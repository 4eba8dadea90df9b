import { describe, expect, it } from '@jest/globals';
import { isUnknown } from '../../model/unknown.js';
import type { Resource } from '../../model/resource.js';
import { parseAwsConfigSnapshot } from '../../parsers/aws-config/index.js';
import { parseCloudFormation } from '../../parsers/cloudformation/index.js';
import { parseTerraform } from '../../parsers/terraform/index.js';
import { normalizeAwsConfig } from '../aws-config/index.js';
import { normalizeTemplate, normalizeTerraformDocs } from '../../testing/pipeline.js';

async function terraform(text: string): Promise<Resource> {
  const doc = await parseTerraform({ absolutePath: '/x/main.tf', path: 'main.tf', format: 'terraform' }, text);
  return normalizeTerraformDocs([doc]).resources[0];
}

function cloudformation(type: string, properties: string, extra = ''): Resource {
  const text = `${extra}Resources:\n  R:\n    Type: ${type}\n    Properties:\n${properties}`;
  const doc = parseCloudFormation({ absolutePath: '/r/t.yaml', path: 't.yaml', format: 'cloudformation' }, text);
  return normalizeTemplate(doc).resources[0];
}

function awsConfig(resourceType: string, configuration: unknown, supplementaryConfiguration: unknown = {}): Resource {
  const item = { resourceType, resourceId: 'r-1', ARN: 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:x', awsRegion: 'eu-west-1', configurationItemStatus: 'OK', configuration, supplementaryConfiguration };
  const file = { absolutePath: '/scan/snap.json', path: 'snap.json', format: 'aws-config' as const };
  return normalizeAwsConfig(parseAwsConfigSnapshot(file, JSON.stringify({ configurationItems: [item] }, null, 2))).resources[0];
}

describe('aws.elb.load_balancer', () => {
  it('applies the provider defaults to an aws_lb without settings', async () => {
    const lb = await terraform('resource "aws_lb" "web" {\n  name = "web"\n}\n');
    expect(lb.type).toBe('aws.elb.load_balancer');
    expect(lb.attributes).toEqual({ name: 'web', type: 'application', drop_invalid_header_fields: false, access_logs: { enabled: false }, deletion_protection: false });
  });

  it('reads CloudFormation LoadBalancerAttributes by key, strings as booleans', () => {
    const lb = cloudformation('AWS::ElasticLoadBalancingV2::LoadBalancer', `      Type: network
      LoadBalancerAttributes:
        - Key: deletion_protection.enabled
          Value: "true"
        - Key: access_logs.s3.enabled
          Value: "false"
`);
    expect(lb.attributes).toMatchObject({ type: 'network', deletion_protection: true, access_logs: { enabled: false }, drop_invalid_header_fields: false });
  });

  it('makes every attribute unknown when an entry key is unknown', () => {
    const lb = cloudformation('AWS::ElasticLoadBalancingV2::LoadBalancer', `      LoadBalancerAttributes:
        - Key: !Ref AttributeName
          Value: "true"
`, 'Parameters:\n  AttributeName:\n    Type: String\n');
    expect(isUnknown(lb.attributes.deletion_protection)).toBe(true);
    expect(isUnknown(lb.attributes.drop_invalid_header_fields)).toBe(true);
  });

  it('reads recorded Config attributes and leaves them unknown when none were recorded', () => {
    const recorded = awsConfig('AWS::ElasticLoadBalancingV2::LoadBalancer', { loadBalancerName: 'web', type: 'application' }, {
      LoadBalancerAttributes: JSON.stringify([{ key: 'routing.http.drop_invalid_header_fields.enabled', value: 'false' }, { key: 'deletion_protection.enabled', value: 'true' }]),
    });
    expect(recorded.attributes).toMatchObject({ name: 'web', type: 'application', drop_invalid_header_fields: false, deletion_protection: true });
    expect(isUnknown((recorded.attributes.access_logs as Record<string, unknown>).enabled)).toBe(true);
    const bare = awsConfig('AWS::ElasticLoadBalancingV2::LoadBalancer', { loadBalancerName: 'web', type: 'application' });
    expect(isUnknown(bare.attributes.deletion_protection)).toBe(true);
  });
});

describe('aws.elb.listener', () => {
  it('gives an HTTPS listener without a policy the ELB default, and finds HTTPS redirects', async () => {
    const https = await terraform('resource "aws_lb_listener" "l" {\n  protocol = "https"\n  port = 443\n  default_action {\n    type = "forward"\n  }\n}\n');
    expect(https.attributes).toEqual({ protocol: 'HTTPS', port: 443, ssl_policy: 'ELBSecurityPolicy-2016-08', redirects_to_https: false });
    const redirect = await terraform('resource "aws_lb_listener" "l" {\n  protocol = "HTTP"\n  default_action {\n    type = "redirect"\n    redirect {\n      protocol = "HTTPS"\n    }\n  }\n}\n');
    expect(redirect.attributes).toMatchObject({ protocol: 'HTTP', ssl_policy: null, redirects_to_https: true });
  });

  it('keeps an unwritten protocol unknown, and with it the policy', async () => {
    const listener = await terraform('resource "aws_lb_listener" "l" {\n  default_action {\n    type = "forward"\n  }\n}\n');
    expect(isUnknown(listener.attributes.protocol)).toBe(true);
    expect(isUnknown(listener.attributes.ssl_policy)).toBe(true);
  });

  it('reads CloudFormation and Config default actions', () => {
    const cfn = cloudformation('AWS::ElasticLoadBalancingV2::Listener', '      Protocol: HTTP\n      DefaultActions:\n        - Type: redirect\n          RedirectConfig:\n            Protocol: HTTP\n');
    expect(cfn.attributes).toMatchObject({ protocol: 'HTTP', redirects_to_https: false });
    const config = awsConfig('AWS::ElasticLoadBalancingV2::Listener', { Protocol: 'HTTP', Port: 80, DefaultActions: [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS' } }] });
    expect(config.attributes).toMatchObject({ protocol: 'HTTP', port: 80, redirects_to_https: true });
  });
});

describe('aws.elb.classic_load_balancer', () => {
  it('upper-cases listener protocols; access logs default to on inside the block', async () => {
    const clb = await terraform(`resource "aws_elb" "web" {
  listener {
    lb_port     = 80
    lb_protocol = "http"
  }
  access_logs {
    bucket = "logs"
  }
}
`);
    expect(clb.attributes).toMatchObject({ listeners: [{ protocol: 'HTTP', port: 80 }], access_logs: { enabled: true } });
  });

  it('reads CloudFormation Listeners and the AccessLoggingPolicy, and Config listener descriptions', () => {
    const cfn = cloudformation('AWS::ElasticLoadBalancing::LoadBalancer', '      Listeners:\n        - LoadBalancerPort: "443"\n          InstancePort: "80"\n          Protocol: https\n');
    expect(cfn.attributes).toMatchObject({ listeners: [{ protocol: 'HTTPS', port: 443 }], access_logs: { enabled: false } });
    const config = awsConfig('AWS::ElasticLoadBalancing::LoadBalancer', { listenerDescriptions: [{ listener: { protocol: 'TCP', loadBalancerPort: 5432 } }] });
    expect(config.attributes.listeners).toEqual([{ protocol: 'TCP', port: 5432 }]);
    expect(isUnknown((config.attributes.access_logs as Record<string, unknown>).enabled)).toBe(true);
  });
});
