import { describe, expect, it } from '@jest/globals';
import { isUnknown, type Resource } from '../../model/index.js';
import { parseAwsConfigSnapshot } from '../../parsers/aws-config/index.js';
import { parseTerraform } from '../../parsers/terraform/index.js';
import { normalizeAwsConfig } from '../aws-config/index.js';
import { normalizeTerraformDocs } from '../../testing/pipeline.js';

async function terraform(text: string): Promise<Resource[]> {
  const doc = await parseTerraform({ absolutePath: '/x/main.tf', path: 'main.tf', format: 'terraform' }, text);
  return normalizeTerraformDocs([doc]).resources;
}

function awsConfig(resourceType: string, configuration: unknown): Resource {
  const item = { resourceType, resourceId: 'r-1', awsAccountId: '111122223333', awsRegion: 'eu-west-1', configurationItemStatus: 'OK', configuration };
  const file = { absolutePath: '/x/snap.json', path: 'snap.json', format: 'aws-config' as const };
  return normalizeAwsConfig(parseAwsConfigSnapshot(file, JSON.stringify({ configurationItems: [item] }))).resources[0];
}

describe('aws.opensearch.domain', () => {
  it('applies the provider defaults; without endpoint options HTTPS and TLS are unknown', async () => {
    const [domain] = await terraform('resource "aws_elasticsearch_domain" "d" {\n  domain_name = "d"\n}\n');
    expect(domain.type).toBe('aws.opensearch.domain');
    expect(domain.attributes).toMatchObject({ encryption_at_rest: { enabled: false }, node_to_node_encryption: { enabled: false } });
    const endpoint = domain.attributes.endpoint as Record<string, unknown>;
    expect(isUnknown(endpoint.enforce_https)).toBe(true);
    expect(isUnknown(endpoint.tls_security_policy)).toBe(true);
  });

  it('enforces HTTPS by default inside a written domain_endpoint_options block', async () => {
    const [domain] = await terraform('resource "aws_opensearch_domain" "d" {\n  domain_endpoint_options {\n    tls_security_policy = "Policy-Min-TLS-1-0-2019-07"\n  }\n}\n');
    expect(domain.attributes.endpoint).toEqual({ enforce_https: true, tls_security_policy: 'Policy-Min-TLS-1-0-2019-07' });
  });

  it('reads OpenSearch (PascalCase) and Elasticsearch (camelCase) items alike', () => {
    const open = awsConfig('AWS::OpenSearch::Domain', {
      EncryptionAtRestOptions: { Enabled: true }, NodeToNodeEncryptionOptions: { Enabled: false },
      DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' },
    });
    const legacy = awsConfig('AWS::Elasticsearch::Domain', {
      encryptionAtRestOptions: { enabled: true }, nodeToNodeEncryptionOptions: { enabled: false },
      domainEndpointOptions: { enforceHTTPS: true, tlssecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' },
    });
    expect(legacy.attributes).toEqual(open.attributes);
    expect(open.attributes).toEqual({
      encryption_at_rest: { enabled: true }, node_to_node_encryption: { enabled: false },
      endpoint: { enforce_https: true, tls_security_policy: 'Policy-Min-TLS-1-2-2019-07' },
    });
  });
});
