import { describe, expect, it } from '@jest/globals';
import { isUnknown, type Resource } from '../../model/index.js';
import { parseAwsConfigSnapshot } from '../../parsers/aws-config/index.js';
import { parseCloudFormation } from '../../parsers/cloudformation/index.js';
import { parseTerraform } from '../../parsers/terraform/index.js';
import { normalizeAwsConfig } from '../aws-config/index.js';
import { normalizeTemplate, normalizeTerraformDocs } from '../../testing/pipeline.js';

async function terraform(text: string): Promise<Resource> {
  const doc = await parseTerraform({ absolutePath: '/x/main.tf', path: 'main.tf', format: 'terraform' }, text);
  return normalizeTerraformDocs([doc]).resources[0];
}

function awsConfig(configuration: object): Resource {
  const item = { resourceType: 'AWS::EKS::Cluster', resourceId: 'c', configurationItemStatus: 'OK', configuration };
  return normalizeAwsConfig(parseAwsConfigSnapshot({ absolutePath: '/s.json', path: 's.json', format: 'aws-config' }, JSON.stringify({ configurationItems: [item] }))).resources[0];
}

describe('eks: clusters', () => {
  it('applies the Terraform defaults: public endpoint, no secrets encryption, no logs', async () => {
    const c = await terraform('resource "aws_eks_cluster" "c" {\n  name = "c"\n  vpc_config {\n    subnet_ids = ["s-1"]\n  }\n}\n');
    expect(c.attributes).toEqual({ name: 'c', endpoint_public_access: true, public_access_cidrs: ['0.0.0.0/0'], secrets_encrypted: false, enabled_log_types: [] });
  });

  it('reads encryption_config and log types from Terraform', async () => {
    const c = await terraform(`resource "aws_eks_cluster" "c" {
  name = "c"
  vpc_config {
    endpoint_public_access = false
  }
  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = "arn:aws:kms:eu-west-1:1:key/k"
    }
  }
  enabled_cluster_log_types = ["api", "audit"]
}
`);
    expect(c.attributes).toMatchObject({ endpoint_public_access: false, secrets_encrypted: true, enabled_log_types: ['api', 'audit'] });
  });

  it('keeps secrets encryption unknown when the encrypted resources are unresolved', async () => {
    const c = await terraform('variable "resources" {}\nresource "aws_eks_cluster" "u" {\n  name = "u"\n  encryption_config {\n    resources = var.resources\n  }\n}\n');
    expect(isUnknown(c.attributes.secrets_encrypted)).toBe(true);
  });

  it('reads CloudFormation EncryptionConfig and Logging', () => {
    const doc = parseCloudFormation({ absolutePath: '/t.yaml', path: 't.yaml', format: 'cloudformation' }, `Resources:
  C:
    Type: AWS::EKS::Cluster
    Properties:
      ResourcesVpcConfig: { SubnetIds: [s-1] }
      EncryptionConfig: [{ Resources: [secrets], Provider: { KeyArn: k } }]
      Logging: { ClusterLogging: { EnabledTypes: [{ Type: api }, { Type: audit }] } }
`);
    expect(normalizeTemplate(doc).resources[0].attributes).toMatchObject({ endpoint_public_access: true, secrets_encrypted: true, enabled_log_types: ['api', 'audit'] });
  });

  it('reads Config: a recorded cluster without EncryptionConfig has none; an empty item says nothing', () => {
    expect(awsConfig({ Name: 'c', ResourcesVpcConfig: { EndpointPublicAccess: false } }).attributes).toMatchObject({ endpoint_public_access: false, secrets_encrypted: false });
    const empty = awsConfig({});
    expect(isUnknown(empty.attributes.secrets_encrypted)).toBe(true);
    expect(isUnknown(empty.attributes.endpoint_public_access)).toBe(true);
    expect(isUnknown(empty.attributes.enabled_log_types)).toBe(true);
  });
});
