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
  const text = `Resources:\n  G:\n    Type: AWS::ElastiCache::ReplicationGroup\n    Properties:\n${properties}`;
  const doc = parseCloudFormation({ absolutePath: '/x/t.yaml', path: 't.yaml', format: 'cloudformation' }, text);
  return normalizeTemplate(doc).resources[0];
}

const group = (body: string): Promise<Resource> =>
  terraform(`resource "aws_elasticache_replication_group" "g" {\n  replication_group_id = "g"\n  description = "g"\n${body}}\n`).then((r) => r[0]);

describe('aws.elasticache.replication_group', () => {
  it('applies the Redis OSS defaults: no encryption, no automatic backups', async () => {
    const g = await group('');
    expect(g.type).toBe('aws.elasticache.replication_group');
    expect(g.attributes).toEqual({ engine: 'redis', at_rest_encryption_enabled: false, transit_encryption_enabled: false, snapshot_retention_limit: 0 });
  });

  it('encrypts Valkey at rest by default; its transit default is unknown', async () => {
    const g = await group('  engine = "valkey"\n');
    expect(g.attributes.at_rest_encryption_enabled).toBe(true);
    expect(isUnknown(g.attributes.transit_encryption_enabled)).toBe(true);
  });

  it('keeps written values, with their lines', async () => {
    const g = await group('  at_rest_encryption_enabled = "true"\n  snapshot_retention_limit = 5\n');
    expect(g.attributes).toMatchObject({ at_rest_encryption_enabled: true, snapshot_retention_limit: 5 });
    expect(g.provenance.get(pathKey(['at_rest_encryption_enabled']))?.startLine).toBe(4);
  });

  it('leaves the encryption of a global datastore member unknown unless written', async () => {
    const g = await group('  global_replication_group_id = "ldgnf-global"\n  transit_encryption_enabled = true\n');
    expect(isUnknown(g.attributes.at_rest_encryption_enabled)).toBe(true);
    expect(g.attributes.transit_encryption_enabled).toBe(true);
    expect(g.provenance.get(pathKey(['at_rest_encryption_enabled']))?.startLine).toBe(4);
  });

  it('applies the same defaults to CloudFormation', () => {
    expect(cloudformation('      CacheNodeType: cache.t4g.small\n').attributes).toEqual({
      engine: 'redis', at_rest_encryption_enabled: false, transit_encryption_enabled: false, snapshot_retention_limit: 0,
    });
    const member = cloudformation('      GlobalReplicationGroupId: ldgnf-global\n');
    expect(isUnknown(member.attributes.transit_encryption_enabled)).toBe(true);
  });
});
