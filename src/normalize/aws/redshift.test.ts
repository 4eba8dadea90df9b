import { describe, expect, it } from '@jest/globals';
import { isUnknown, pathKey, type Resource } from '../../model/index.js';
import { parseCloudFormation } from '../../parsers/cloudformation/index.js';
import { parseTerraform } from '../../parsers/terraform/index.js';
import { normalizeTemplate, normalizeTerraformDocs } from '../../testing/pipeline.js';

async function terraform(text: string): Promise<Resource[]> {
  const doc = await parseTerraform({ absolutePath: '/x/main.tf', path: 'main.tf', format: 'terraform' }, text);
  return normalizeTerraformDocs([doc]).resources;
}

function cloudformation(properties: string): Resource {
  const text = `Resources:\n  C:\n    Type: AWS::Redshift::Cluster\n    Properties:\n${properties}`;
  const doc = parseCloudFormation({ absolutePath: '/x/t.yaml', path: 't.yaml', format: 'cloudformation' }, text);
  return normalizeTemplate(doc).resources[0];
}

const cluster = (name: string, body = ''): string => `resource "aws_redshift_cluster" "${name}" {\n  cluster_identifier = "${name}"\n  node_type = "ra3.xlplus"\n${body}}\n`;
const byId = (resources: Resource[], id: string): Resource => resources.find((r) => r.id === id)!;

describe('aws.redshift.cluster', () => {
  it('leaves version-dependent defaults unknown; logging is off', async () => {
    const [c] = await terraform(cluster('a'));
    expect(c.type).toBe('aws.redshift.cluster');
    expect(isUnknown(c.attributes.encrypted)).toBe(true);
    expect(isUnknown(c.attributes.publicly_accessible)).toBe(true);
    expect(c.attributes).toMatchObject({ identifier: 'a', kms_key_id: null, logging_enabled: false });
  });

  it('merges aws_redshift_logging by reference or by identifier, and reads the inline block', async () => {
    const resources = await terraform(`${cluster('a')}${cluster('b')}${cluster('c', '  logging {\n    enable = true\n    bucket_name = "logs"\n  }\n')}
resource "aws_redshift_logging" "a" {
  cluster_identifier   = aws_redshift_cluster.a.id
  log_destination_type = "cloudwatch"
}
resource "aws_redshift_logging" "b" {
  cluster_identifier = "b"
  bucket_name        = "logs"
}
`);
    expect(resources.map((r) => r.type)).toEqual(['aws.redshift.cluster', 'aws.redshift.cluster', 'aws.redshift.cluster']);
    for (const id of ['a', 'b', 'c']) expect(byId(resources, `aws_redshift_cluster.${id}`).attributes.logging_enabled).toBe(true);
    expect(byId(resources, 'aws_redshift_cluster.a').provenance.get(pathKey(['logging_enabled']))?.startLine).toBe(18);
  });

  it('turns logging unknown when a logging resource names a cluster it cannot resolve', async () => {
    const resources = await terraform(`${cluster('a')}
variable "cluster" { type = string }
resource "aws_redshift_logging" "x" {
  cluster_identifier = var.cluster
  bucket_name        = "logs"
}
`);
    expect(isUnknown(byId(resources, 'aws_redshift_cluster.a').attributes.logging_enabled)).toBe(true);
    expect(byId(resources, 'aws_redshift_logging.x').type).toBe('tf.aws_redshift_logging');
  });

  it('takes the encryption of a restored cluster from its snapshot', async () => {
    const [c] = await terraform(cluster('a', '  snapshot_identifier = "snap"\n  encrypted = false\n'));
    expect(isUnknown(c.attributes.encrypted)).toBe(true);
  });

  it('reads CloudFormation: LoggingProperties turns logging on, absent encryption is unknown', () => {
    const off = cloudformation('      NodeType: ra3.xlplus\n      PubliclyAccessible: "false"\n');
    expect(off.attributes).toMatchObject({ publicly_accessible: false, logging_enabled: false, kms_key_id: null });
    expect(isUnknown(off.attributes.encrypted)).toBe(true);
    const on = cloudformation('      Encrypted: true\n      LoggingProperties:\n        BucketName: logs\n');
    expect(on.attributes).toMatchObject({ encrypted: true, logging_enabled: true });
  });
});
