import { isUnknown, unknownValue } from '../../model/index.js';
import { child, dig, present, text } from '../aws-config/item.js';
import { referencedId } from '../../resolve/terraform/links.js';
import type { ConfigRefine, ServiceModule } from './spec.js';

/**
 * Whether a table's KMS key is customer managed: false for the AWS owned key (SSE off) and for
 * the AWS managed `aws/dynamodb` key (SSE on, no key named or that alias named).
 */
export function customerManagedKey(kmsEnabled: unknown, keyId: unknown): unknown {
  if (isUnknown(kmsEnabled)) return kmsEnabled;
  if (kmsEnabled !== true || keyId === null || keyId === undefined) return false;
  if (typeof keyId !== 'string') return unknownValue('the KMS key of the table is not known');
  return !/(^|:)alias\/aws\//.test(keyId);
}

const CONTINUOUS_BACKUPS = ['supplementaryConfiguration', 'ContinuousBackupsDescription', 'pointInTimeRecoveryDescription', 'pointInTimeRecoveryStatus'];
const KMS_STATUSES = new Set(['ENABLED', 'ENABLING', 'UPDATING']);

/** Config records PITR as a status string and SSE as a description that is null for the AWS owned key. */
function refineConfig(_out: Record<string, unknown>, { item, configuration, set }: ConfigRefine): void {
  const pitr = dig(item, ...CONTINUOUS_BACKUPS);
  const status = text(pitr);
  if (status === 'ENABLED' || status === 'DISABLED') set(['point_in_time_recovery_enabled'], status === 'ENABLED', pitr);
  const sse = child(configuration, 'ssedescription');
  if (sse.value === undefined) return;
  const kms = present(sse) && KMS_STATUSES.has(text(child(sse, 'status')) ?? '') && text(child(sse, 'ssetype')) === 'KMS';
  const disabled = !present(sse) || text(child(sse, 'status')) === 'DISABLED';
  if (!kms && !disabled) return;
  set(['encryption', 'kms_enabled'], kms, sse);
  if (disabled) {
    set(['encryption', 'kms_key_id'], null, sse);
    set(['encryption', 'customer_managed_key'], false, sse);
  }
}

/** DynamoDB tables: model/aws/dynamodb.ts has the table of sources and defaults. */
export const dynamodb: ServiceModule = {
  specs: [
    {
      canonicalType: 'aws.dynamodb.table',
      terraform: {
        nativeTypes: ['aws_dynamodb_table'],
        fields: {
          point_in_time_recovery_enabled: { path: ['point_in_time_recovery', 'enabled'], kind: 'bool', absent: false },
          deletion_protection_enabled: { path: ['deletion_protection_enabled'], kind: 'bool', absent: false },
          'encryption.kms_enabled': { path: ['server_side_encryption', 'enabled'], kind: 'bool', absent: false },
          'encryption.kms_key_id': { path: ['server_side_encryption', 'kms_key_arn'], kind: 'key', absent: null },
          'encryption.customer_managed_key': { path: [], kind: 'bool', absent: false },
        },
        refine: (out, { instance, fields, set }) => {
          const encryption = out.encryption as Record<string, unknown>;
          const sse = fields.blocks('server_side_encryption')[0];
          const keyExpr = instance.block.body.blocks.find((b) => b.type === 'server_side_encryption')?.body.attributes.kms_key_arn?.expr;
          // an aws_kms_key (or its alias) is always customer managed, though its ARN is only known after apply
          const ownKey = ['aws_kms_key', 'aws_kms_alias'].some((type) => referencedId(keyExpr, instance.scope, type, ['arn', 'id', 'key_id']) !== undefined);
          const value = ownKey && encryption.kms_enabled === true ? true : customerManagedKey(encryption.kms_enabled, encryption.kms_key_id);
          set(['encryption', 'customer_managed_key'], value, sse?.get('kms_key_arn') ?? sse?.get('enabled') ?? sse);
        },
      },
      cloudformation: {
        nativeTypes: ['AWS::DynamoDB::Table'],
        fields: {
          point_in_time_recovery_enabled: { path: ['PointInTimeRecoverySpecification', 'PointInTimeRecoveryEnabled'], kind: 'bool', absent: false },
          deletion_protection_enabled: { path: ['DeletionProtectionEnabled'], kind: 'bool', absent: false },
          'encryption.kms_enabled': { path: ['SSESpecification', 'SSEEnabled'], kind: 'bool', absent: false },
          'encryption.kms_key_id': { path: ['SSESpecification', 'KMSMasterKeyId'], kind: 'key', absent: null },
          'encryption.customer_managed_key': { path: [], kind: 'bool', absent: false },
        },
        refine: (out, { properties, set }) => {
          const encryption = out.encryption as Record<string, unknown>;
          const sse = properties.SSESpecification as Record<string, unknown> | undefined;
          // the key when one is written (an empty one is the AWS managed key), else the block
          const where = sse === undefined ? undefined : 'KMSMasterKeyId' in Object(sse) ? ['SSESpecification', 'KMSMasterKeyId'] : ['SSESpecification'];
          set(['encryption', 'customer_managed_key'], customerManagedKey(encryption.kms_enabled, encryption.kms_key_id), where);
        },
      },
      awsConfig: {
        nativeTypes: ['AWS::DynamoDB::Table'],
        fields: {
          point_in_time_recovery_enabled: { path: [], kind: 'bool', absent: unknownValue('AWS Config recorded no point-in-time recovery status') },
          deletion_protection_enabled: { path: ['configuration', 'deletionProtectionEnabled'], kind: 'bool' },
          'encryption.kms_enabled': { path: [], kind: 'bool', absent: unknownValue('AWS Config recorded no ssedescription') },
          'encryption.kms_key_id': { path: ['configuration', 'ssedescription', 'kmsmasterKeyArn'], kind: 'key' },
          // the item has the key ARN, not whether the key is AWS or customer managed
          'encryption.customer_managed_key': { path: [], kind: 'bool', absent: unknownValue('AWS Config does not record who manages the KMS key') },
        },
        refine: refineConfig,
      },
    },
  ],
};
