import { isUnknown, unknownValue, type AttributePath } from '../../model/index.js';
import type { ServiceModule } from './spec.js';

/** Canonical names of the two encryption settings, with their Terraform and CloudFormation names. */
const ENCRYPTION = [
  { canonical: 'at_rest_encryption_enabled', terraform: 'at_rest_encryption_enabled', cloudformation: 'AtRestEncryptionEnabled' },
  { canonical: 'transit_encryption_enabled', terraform: 'transit_encryption_enabled', cloudformation: 'TransitEncryptionEnabled' },
] as const;

type Setting = (typeof ENCRYPTION)[number];

/**
 * CreateReplicationGroup's default for an encryption setting left out: at rest is on for Valkey
 * and off for Redis OSS; in transit is off for Redis OSS (not documented for Valkey: unknown).
 */
function engineDefault(canonical: string, engine: unknown): unknown {
  if (isUnknown(engine)) return engine;
  const name = typeof engine === 'string' ? engine.toLowerCase() : '';
  if (name === 'redis') return false;
  if (name === 'valkey' && canonical === 'at_rest_encryption_enabled') return true;
  return unknownValue(`the ${String(engine)} default for ${canonical} is not known`);
}

/**
 * Fills each encryption setting that was not written: from the global datastore for a member of
 * one (unknown), else the engine's default. `global` is where the membership is written, if it is.
 */
function applyDefaults<From>(
  out: Record<string, unknown>,
  written: (setting: Setting) => boolean,
  global: From | undefined,
  set: (path: AttributePath, value: unknown, from?: From) => void,
): void {
  for (const setting of ENCRYPTION) {
    if (written(setting)) continue;
    if (global !== undefined) set([setting.canonical], unknownValue('set by the global datastore'), global);
    else set([setting.canonical], engineDefault(setting.canonical, out.engine));
  }
}

/** A cache cluster's retention limit: none for Memcached, the group's for a member of one. */
function clusterRetention<From>(out: Record<string, unknown>, group: From | undefined, set: (path: AttributePath, value: unknown, from?: From) => void): void {
  const engine = out.engine;
  if (typeof engine === 'string' && engine.toLowerCase() === 'memcached') set(['snapshot_retention_limit'], null);
  else if (group !== undefined && out.snapshot_retention_limit === 0) set(['snapshot_retention_limit'], unknownValue('set by the replication group'), group);
  else if (isUnknown(engine) && out.snapshot_retention_limit === 0) set(['snapshot_retention_limit'], engine);
}

/** ElastiCache replication groups and cache clusters: model/aws/elasticache.ts has the table of sources and defaults. */
export const elasticache: ServiceModule = {
  specs: [
    {
      canonicalType: 'aws.elasticache.replication_group',
      terraform: {
        nativeTypes: ['aws_elasticache_replication_group'],
        fields: {
          engine: { path: ['engine'], kind: 'string', absent: 'redis' },
          at_rest_encryption_enabled: { path: ['at_rest_encryption_enabled'], kind: 'bool' },
          transit_encryption_enabled: { path: ['transit_encryption_enabled'], kind: 'bool' },
          snapshot_retention_limit: { path: ['snapshot_retention_limit'], kind: 'number', absent: 0 },
        },
        refine: (out, { fields, set }) => {
          const global = fields.get('global_replication_group_id');
          const written = (e: Setting): boolean => (fields.get(e.terraform)?.value ?? null) !== null;
          applyDefaults(out, written, global?.value === null ? undefined : global, set);
        },
      },
      cloudformation: {
        nativeTypes: ['AWS::ElastiCache::ReplicationGroup'],
        fields: {
          engine: { path: ['Engine'], kind: 'string', absent: 'redis' },
          at_rest_encryption_enabled: { path: ['AtRestEncryptionEnabled'], kind: 'bool' },
          transit_encryption_enabled: { path: ['TransitEncryptionEnabled'], kind: 'bool' },
          snapshot_retention_limit: { path: ['SnapshotRetentionLimit'], kind: 'number', absent: 0 },
        },
        refine: (out, { properties, set }) => {
          const global = properties.GlobalReplicationGroupId === undefined || properties.GlobalReplicationGroupId === null ? undefined : ['GlobalReplicationGroupId'];
          const written = (e: Setting): boolean => (properties[e.cloudformation] ?? null) !== null;
          applyDefaults(out, written, global, set);
        },
      },
    },
    {
      canonicalType: 'aws.elasticache.cluster',
      terraform: {
        nativeTypes: ['aws_elasticache_cluster'],
        fields: {
          engine: { path: ['engine'], kind: 'string', absent: null },
          snapshot_retention_limit: { path: ['snapshot_retention_limit'], kind: 'number', absent: 0 },
        },
        refine: (out, { fields, set }) => {
          const group = fields.get('replication_group_id');
          clusterRetention(out, group?.value === null ? undefined : group, set);
        },
      },
      cloudformation: {
        nativeTypes: ['AWS::ElastiCache::CacheCluster'],
        fields: {
          engine: { path: ['Engine'], kind: 'string', absent: null },
          snapshot_retention_limit: { path: ['SnapshotRetentionLimit'], kind: 'number', absent: 0 },
        },
        refine: (out, { set }) => clusterRetention(out, undefined, set),
      },
    },
  ],
};
