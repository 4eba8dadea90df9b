import { describe, expect, it } from '@jest/globals';
import { scanFiles } from '../../testing/scan-files.js';

// Issue 15: AWS-0065 read replication groups only; cache clusters take automatic backups too.
const aws0065 = (findings: string[]): string[] => findings.filter((f) => f.startsWith('AWS-0065 '));

const terraform = (engine: string, days: number): string => `resource "aws_elasticache_cluster" "cache" {
  cluster_id               = "cache"
  engine                   = "${engine}"
  node_type                = "cache.t4g.small"
  num_cache_nodes          = 1
  snapshot_retention_limit = ${days}
}
`;

const cloudformation = (engine: string, days: number): string => `Resources:
  Cache:
    Type: AWS::ElastiCache::CacheCluster
    Properties:
      Engine: ${engine}
      CacheNodeType: cache.t4g.small
      NumCacheNodes: 1
      SnapshotRetentionLimit: ${days}
`;

describe('AWS-0065 on ElastiCache cache clusters', () => {
  it('Terraform: a Redis cluster without backups is reported at the limit; 7 days and Memcached pass', async () => {
    expect(aws0065((await scanFiles({ 'main.tf': terraform('redis', 0) })).findings)).toEqual(['AWS-0065 aws_elasticache_cluster.cache main.tf:6 snapshot_retention_limit']);
    expect(aws0065((await scanFiles({ 'main.tf': terraform('redis', 7) })).findings)).toEqual([]);
    expect(aws0065((await scanFiles({ 'main.tf': terraform('memcached', 0) })).findings)).toEqual([]);
  });

  it('CloudFormation: a Valkey cluster without backups is reported at SnapshotRetentionLimit; 7 days and Memcached pass', async () => {
    expect(aws0065((await scanFiles({ 'template.yaml': cloudformation('valkey', 0) })).findings)).toEqual([
      'AWS-0065 AWS::ElastiCache::CacheCluster/Cache template.yaml:8 snapshot_retention_limit',
    ]);
    expect(aws0065((await scanFiles({ 'template.yaml': cloudformation('valkey', 7) })).findings)).toEqual([]);
    expect(aws0065((await scanFiles({ 'template.yaml': cloudformation('memcached', 0) })).findings)).toEqual([]);
  });

  it('Terraform: a member of a replication group takes its limit from the group', async () => {
    const member = 'resource "aws_elasticache_cluster" "member" {\n  cluster_id           = "member"\n  replication_group_id = "orders"\n}\n';
    expect(aws0065((await scanFiles({ 'main.tf': member })).findings)).toEqual([]);
  });
});
