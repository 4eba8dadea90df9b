import type { ServiceModule } from './spec.js';

/**
 * What the service applies when no endpoint options are sent (the API's documented defaults):
 * HTTPS not enforced, and the TLS 1.0 policy.
 */
const SERVICE_DEFAULT_TLS = 'Policy-Min-TLS-1-0-2019-07';

/** OpenSearch and Elasticsearch domains: model/aws/opensearch.ts has the table of sources and defaults. */
export const opensearch: ServiceModule = {
  specs: [
    {
      canonicalType: 'aws.opensearch.domain',
      terraform: {
        nativeTypes: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
        fields: {
          'encryption_at_rest.enabled': { path: ['encrypt_at_rest', 'enabled'], kind: 'bool', absent: false },
          'node_to_node_encryption.enabled': { path: ['node_to_node_encryption', 'enabled'], kind: 'bool', absent: false },
          'endpoint.enforce_https': { path: ['domain_endpoint_options', 'enforce_https'], kind: 'bool', absent: false },
          'endpoint.tls_security_policy': { path: ['domain_endpoint_options', 'tls_security_policy'], kind: 'string', absent: SERVICE_DEFAULT_TLS },
        },
        refine: (_out, { fields, set }) => {
          // the provider's Default: true applies inside a written block only
          const options = fields.blocks('domain_endpoint_options')[0];
          if (options && (options.get('enforce_https')?.value ?? null) === null) set(['endpoint', 'enforce_https'], true, options);
        },
      },
      cloudformation: {
        nativeTypes: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
        fields: {
          'encryption_at_rest.enabled': { path: ['EncryptionAtRestOptions', 'Enabled'], kind: 'bool', absent: false },
          'node_to_node_encryption.enabled': { path: ['NodeToNodeEncryptionOptions', 'Enabled'], kind: 'bool', absent: false },
          'endpoint.enforce_https': { path: ['DomainEndpointOptions', 'EnforceHTTPS'], kind: 'bool', absent: false },
          'endpoint.tls_security_policy': { path: ['DomainEndpointOptions', 'TLSSecurityPolicy'], kind: 'string', absent: SERVICE_DEFAULT_TLS },
        },
      },
      awsConfig: {
        // keys match ignoring case: OpenSearch items are PascalCase, Elasticsearch items camelCase
        nativeTypes: ['AWS::OpenSearch::Domain', 'AWS::Elasticsearch::Domain'],
        fields: {
          'encryption_at_rest.enabled': { path: ['configuration', 'EncryptionAtRestOptions', 'Enabled'], kind: 'bool' },
          'node_to_node_encryption.enabled': { path: ['configuration', 'NodeToNodeEncryptionOptions', 'Enabled'], kind: 'bool' },
          'endpoint.enforce_https': { path: ['configuration', 'DomainEndpointOptions', 'EnforceHTTPS'], kind: 'bool' },
          'endpoint.tls_security_policy': { path: ['configuration', 'DomainEndpointOptions', 'TLSSecurityPolicy'], kind: 'string' },
        },
      },
    },
  ],
};
