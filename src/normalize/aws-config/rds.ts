import type { RdsDbInstance } from '../../model/aws/rds.js';
import { unknownValue } from '../../model/unknown.js';
import { bool, child, dig, num, present, text, type Located } from './item.js';
import type { ItemProvenance } from './provenance.js';

type Flag = 'storage_encrypted' | 'publicly_accessible' | 'deletion_protection' | 'multi_az' | 'iam_database_authentication_enabled' | 'auto_minor_version_upgrade';

/** Canonical boolean → the key DescribeDBInstances (and so the item's `configuration`) uses. */
const FLAGS: [Flag, string][] = [
  ['storage_encrypted', 'storageEncrypted'],
  ['publicly_accessible', 'publiclyAccessible'],
  ['deletion_protection', 'deletionProtection'],
  ['multi_az', 'multiAZ'],
  ['iam_database_authentication_enabled', 'iAMDatabaseAuthenticationEnabled'],
  ['auto_minor_version_upgrade', 'autoMinorVersionUpgrade'],
];

/**
 * Settings an Aurora DB cluster holds for its members. The instance item reports the member's own
 * (unused) deletion protection and multi-AZ flags and may report the cluster's retention: none of
 * them is a fact about the cluster, so they are unknown. Storage encryption is reported from the
 * cluster's storage and is kept.
 */
const FROM_CLUSTER = ['backup_retention_period', 'deletion_protection', 'multi_az'] as const;

/**
 * AWS::RDS::DBInstance configuration item → aws.rds.db_instance. Config records the live state:
 * a recorded value is a fact, and a value it did not record is unknown (no default is guessed).
 */
export function normalizeDbInstance(item: Located, provenance: ItemProvenance): RdsDbInstance {
  const config = child(item, 'configuration');
  const at = (key: string): Located => child(config, key);
  const missing = (key: string): ReturnType<typeof unknownValue> => unknownValue(`AWS Config recorded no ${key}`);
  const identifier = at('dBInstanceIdentifier');
  const out: RdsDbInstance = {
    identifier: text(identifier) ?? text(child(item, 'resourceName')) ?? missing('dBInstanceIdentifier'),
    engine: text(at('engine')) ?? null,
    storage_encrypted: missing('storageEncrypted'),
    // Config writes null (or leaves it out) when the storage has no key: unencrypted.
    kms_key_id: text(at('kmsKeyId')) ?? null,
    publicly_accessible: missing('publiclyAccessible'),
    backup_retention_period: num(at('backupRetentionPeriod')) ?? missing('backupRetentionPeriod'),
    deletion_protection: missing('deletionProtection'),
    multi_az: missing('multiAZ'),
    iam_database_authentication_enabled: missing('iAMDatabaseAuthenticationEnabled'),
    auto_minor_version_upgrade: missing('autoMinorVersionUpgrade'),
  };
  for (const [canonical, key] of FLAGS) {
    out[canonical] = bool(at(key)) ?? missing(key);
    provenance.set([canonical], at(key));
  }
  provenance.set(['identifier'], identifier);
  provenance.set(['engine'], at('engine'));
  provenance.set(['kms_key_id'], at('kmsKeyId'));
  provenance.set(['backup_retention_period'], at('backupRetentionPeriod'));
  const cluster = dig(config, 'dBClusterIdentifier');
  if (present(cluster)) {
    for (const canonical of FROM_CLUSTER) {
      out[canonical] = unknownValue('set by the Aurora DB cluster');
      provenance.set([canonical], cluster);
    }
  }
  return out;
}
