import type { UnknownValue } from '../unknown.js';

type Maybe<T> = T | UnknownValue;

/**
 * Canonical `aws.opensearch.domain`: an OpenSearch Service domain, including legacy
 * Elasticsearch domains. Terraform (`aws_opensearch_domain`, `aws_elasticsearch_domain`),
 * CloudFormation (`AWS::OpenSearchService::Domain`, `AWS::Elasticsearch::Domain`) and AWS Config
 * (`AWS::OpenSearch::Domain` items in PascalCase, `AWS::Elasticsearch::Domain` in camelCase) fill it.
 *
 * | attribute                        | Terraform                                   | CloudFormation                          | AWS Config |
 * |----------------------------------|---------------------------------------------|-----------------------------------------|------------|
 * | encryption_at_rest.enabled       | encrypt_at_rest.enabled, false              | EncryptionAtRestOptions.Enabled, false  | EncryptionAtRestOptions.Enabled |
 * | node_to_node_encryption.enabled  | node_to_node_encryption.enabled, false      | NodeToNodeEncryptionOptions.Enabled, false | NodeToNodeEncryptionOptions.Enabled |
 * | endpoint.enforce_https           | domain_endpoint_options.enforce_https: true when the block is written, false without it | DomainEndpointOptions.EnforceHTTPS; absent: false | DomainEndpointOptions.EnforceHTTPS |
 * | endpoint.tls_security_policy     | domain_endpoint_options.tls_security_policy; absent: Policy-Min-TLS-1-0-2019-07 | DomainEndpointOptions.TLSSecurityPolicy; absent: Policy-Min-TLS-1-0-2019-07 | DomainEndpointOptions.TLSSecurityPolicy |
 *
 * The provider documents both encryption blocks as false when left out. Without a
 * `domain_endpoint_options` block (or `DomainEndpointOptions`) nothing is sent and the service
 * applies its defaults: HTTPS is not enforced and the TLS policy is Policy-Min-TLS-1-0-2019-07;
 * the provider's own default for `enforce_https` (true) applies only inside a written block.
 */
export interface OpensearchDomain {
  encryption_at_rest: { enabled: Maybe<boolean> };
  node_to_node_encryption: { enabled: Maybe<boolean> };
  endpoint: {
    enforce_https: Maybe<boolean>;
    /** `Policy-Min-TLS-1-0-2019-07`, `Policy-Min-TLS-1-2-2019-07`, `Policy-Min-TLS-1-2-PFS-2023-10`, … */
    tls_security_policy: Maybe<string>;
  };
}
