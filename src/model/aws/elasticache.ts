import type { UnknownValue } from '../unknown.js';

type Maybe<T> = T | UnknownValue;

/**
 * Canonical `aws.elasticache.replication_group`: an ElastiCache (Redis OSS or Valkey) replication
 * group. Terraform (`aws_elasticache_replication_group`) and CloudFormation
 * (`AWS::ElastiCache::ReplicationGroup`) fill it. AWS Config records no ElastiCache items (the
 * resource schema has no such type; Security Hub evaluates these controls with periodic rules).
 *
 * | attribute                  | Terraform                            | CloudFormation                     |
 * |----------------------------|--------------------------------------|------------------------------------|
 * | engine                     | engine, "redis"                      | Engine, "redis"                    |
 * | at_rest_encryption_enabled | at_rest_encryption_enabled; absent: false for redis, true for valkey (the CreateReplicationGroup default) | AtRestEncryptionEnabled; same |
 * | transit_encryption_enabled | transit_encryption_enabled; absent: false for redis, unknown otherwise | TransitEncryptionEnabled; same |
 * | snapshot_retention_limit   | snapshot_retention_limit, 0 (backups off) | SnapshotRetentionLimit, 0     |
 *
 * A member of a global datastore (`global_replication_group_id` / `GlobalReplicationGroupId`)
 * takes its encryption settings from the global group, so they are unknown unless written.
 * Sources: hashicorp/terraform-provider-aws `internal/service/elasticache/replication_group.go`
 * (both settings Optional+Computed, sent only when set) and the ElastiCache API reference.
 */
export interface ElasticacheReplicationGroup {
  engine: Maybe<string>;
  at_rest_encryption_enabled: Maybe<boolean>;
  transit_encryption_enabled: Maybe<boolean>;
  /** Days automatic snapshots are kept; 0 turns automatic backups off. */
  snapshot_retention_limit: Maybe<number>;
}

/**
 * Canonical `aws.elasticache.cluster`: an ElastiCache cache cluster, Terraform
 * `aws_elasticache_cluster` and CloudFormation `AWS::ElastiCache::CacheCluster`.
 *
 * | attribute                | Terraform                                  | CloudFormation                  |
 * |--------------------------|--------------------------------------------|---------------------------------|
 * | engine                   | engine, null                               | Engine, null                    |
 * | snapshot_retention_limit | snapshot_retention_limit, 0 (backups off)  | SnapshotRetentionLimit, 0       |
 *
 * Memcached takes no snapshots: its limit is null (nothing to check). A Terraform cluster that
 * joins a replication group (`replication_group_id`) takes the group's settings: unknown unless
 * written.
 */
export interface ElasticacheCluster {
  engine: Maybe<string> | null;
  snapshot_retention_limit: Maybe<number> | null;
}
