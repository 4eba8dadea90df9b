import { isUnknown } from '../../model/index.js';
import type { KmsKey } from '../../model/aws/kms.js';
import { child, text } from '../aws-config/item.js';
import { always, defineResource } from './resource-spec.js';
import type { ServiceModule } from './spec.js';

const key = defineResource<KmsKey>()({
  canonicalType: 'aws.kms.key',
  doc: 'A KMS key. A key declared in Terraform or CloudFormation is always customer managed.',
  nativeTypes: { terraform: ['aws_kms_key'], cloudformation: ['AWS::KMS::Key'], awsConfig: ['AWS::KMS::Key'] },
  attributes: {
    rotation_enabled: {
      doc: 'Automatic yearly rotation of the key material.',
      terraform: { path: ['enable_key_rotation'], kind: 'bool', absent: false },
      cloudformation: { path: ['EnableKeyRotation'], kind: 'bool', absent: false },
      awsConfig: { path: ['supplementaryConfiguration', 'KeyRotationStatus'], kind: 'bool' },
    },
    key_spec: {
      doc: '`SYMMETRIC_DEFAULT`, `RSA_2048`, `HMAC_256`, …: automatic rotation exists only for symmetric keys.',
      terraform: { path: ['customer_master_key_spec'], kind: 'string', absent: 'SYMMETRIC_DEFAULT' },
      cloudformation: { path: ['KeySpec'], kind: 'string', absent: 'SYMMETRIC_DEFAULT' },
      // the published Config schema lists customerMasterKeySpec; newer items also carry keySpec
      awsConfig: { path: ['configuration', 'keySpec'], kind: 'string' },
    },
    key_manager: {
      doc: '`CUSTOMER` or `AWS`: AWS managed keys rotate every year by themselves.',
      terraform: always('CUSTOMER'),
      cloudformation: always('CUSTOMER'),
      awsConfig: { path: ['configuration', 'keyManager'], kind: 'string' },
    },
    enabled: {
      terraform: { path: ['is_enabled'], kind: 'bool', absent: true },
      cloudformation: { path: ['Enabled'], kind: 'bool', absent: true },
      awsConfig: { path: ['configuration', 'enabled'], kind: 'bool' },
    },
    key_state: {
      doc: '`Enabled`, `PendingDeletion`, …: recorded by AWS Config only.',
      terraform: always(),
      cloudformation: always(),
      awsConfig: { path: ['configuration', 'keyState'], kind: 'string' },
    },
    origin: {
      doc: '`AWS_KMS`, `EXTERNAL` (imported material cannot rotate automatically), `AWS_CLOUDHSM`, `EXTERNAL_KEY_STORE`.',
      terraform: always('AWS_KMS'),
      cloudformation: { path: ['Origin'], kind: 'string', absent: 'AWS_KMS' },
      awsConfig: { path: ['configuration', 'origin'], kind: 'string' },
    },
  },
  refine: {
    terraform: (out, { fields, set }) => {
      // key_spec is the newer name of customer_master_key_spec
      const spec = fields.get('key_spec');
      if (spec && spec.value !== null) set(['key_spec'], spec.value, spec);
    },
    awsConfig: (out, { configuration, set }) => {
      const legacy = child(configuration, 'customerMasterKeySpec');
      if (isUnknown(out.key_spec) && typeof text(legacy) === 'string') set(['key_spec'], text(legacy), legacy);
    },
  },
});

/** KMS keys. */
export const kms: ServiceModule = { specs: [key] };
