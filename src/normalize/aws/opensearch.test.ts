import { describe, expect, it } from '@jest/globals';
import { scanFiles } from '../../testing/scan-files.js';
import type { Resource } from '../../model/index.js';
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
  it('applies the provider defaults; without endpoint options, the service defaults: no HTTPS, TLS 1.0 (issue 15)', async () => {
    const [domain] = await terraform('resource "aws_elasticsearch_domain" "d" {\n  domain_name = "d"\n}\n');
    expect(domain.type).toBe('aws.opensearch.domain');
    expect(domain.attributes).toMatchObject({ encryption_at_rest: { enabled: false }, node_to_node_encryption: { enabled: false } });
    expect(domain.attributes.endpoint).toEqual({ enforce_https: false, tls_security_policy: 'Policy-Min-TLS-1-0-2019-07' });
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

describe('AWS-0071 without endpoint options (issue 15)', () => {
  const aws0071 = (findings: string[]): string[] => findings.filter((f) => f.startsWith('AWS-0071 '));

  it('Terraform: reports the service defaults at the domain; a TLS 1.2 HTTPS-only domain passes', async () => {
    const bare = 'resource "aws_opensearch_domain" "search" {\n  domain_name = "search"\n}\n';
    expect(aws0071((await scanFiles({ 'main.tf': bare })).findings)).toEqual([
      'AWS-0071 aws_opensearch_domain.search main.tf:1 endpoint.enforce_https',
      'AWS-0071 aws_opensearch_domain.search main.tf:1 endpoint.tls_security_policy',
    ]);
    const good = 'resource "aws_opensearch_domain" "search" {\n  domain_name = "search"\n  domain_endpoint_options {\n    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"\n  }\n}\n';
    expect(aws0071((await scanFiles({ 'main.tf': good })).findings)).toEqual([]);
  });

  it('CloudFormation: reports the service defaults at the domain; a TLS 1.2 HTTPS-only domain passes', async () => {
    const bare = 'Resources:\n  Search:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      DomainName: search\n';
    expect(aws0071((await scanFiles({ 'template.yaml': bare })).findings)).toEqual([
      'AWS-0071 AWS::OpenSearchService::Domain/Search template.yaml:2 endpoint.enforce_https',
      'AWS-0071 AWS::OpenSearchService::Domain/Search template.yaml:2 endpoint.tls_security_policy',
    ]);
    const good = `${bare}      DomainEndpointOptions:\n        EnforceHTTPS: true\n        TLSSecurityPolicy: Policy-Min-TLS-1-2-PFS-2023-10\n`;
    expect(aws0071((await scanFiles({ 'template.yaml': good })).findings)).toEqual([]);
  });
});
