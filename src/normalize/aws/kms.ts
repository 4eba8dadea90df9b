import { isUnknown } from '../../model/index.js';
import { child, text } from '../aws-config/item.js';
import type { ServiceModule } from './spec.js';

/** KMS keys: model/aws/kms.ts has the table of sources and defaults. */
export const kms: ServiceModule = {
  specs: [
    {
      canonicalType: 'aws.kms.key',
      terraform: {
        nativeTypes: ['aws_kms_key'],
        fields: {
          rotation_enabled: { path: ['enable_key_rotation'], kind: 'bool', absent: false },
          key_spec: { path: ['customer_master_key_spec'], kind: 'string', absent: 'SYMMETRIC_DEFAULT' },
          key_manager: { path: [], kind: 'string', absent: 'CUSTOMER' },
          enabled: { path: ['is_enabled'], kind: 'bool', absent: true },
          key_state: { path: [], kind: 'string' },
          origin: { path: [], kind: 'string', absent: 'AWS_KMS' },
        },
        refine: (out, { fields, set }) => {
          // key_spec is the newer name of customer_master_key_spec
          const spec = fields.get('key_spec');
          if (spec && spec.value !== null) set(['key_spec'], spec.value, spec);
        },
      },
      cloudformation: {
        nativeTypes: ['AWS::KMS::Key'],
        fields: {
          rotation_enabled: { path: ['EnableKeyRotation'], kind: 'bool', absent: false },
          key_spec: { path: ['KeySpec'], kind: 'string', absent: 'SYMMETRIC_DEFAULT' },
          key_manager: { path: [], kind: 'string', absent: 'CUSTOMER' },
          enabled: { path: ['Enabled'], kind: 'bool', absent: true },
          key_state: { path: [], kind: 'string' },
          origin: { path: ['Origin'], kind: 'string', absent: 'AWS_KMS' },
        },
      },
      awsConfig: {
        nativeTypes: ['AWS::KMS::Key'],
        fields: {
          rotation_enabled: { path: ['supplementaryConfiguration', 'KeyRotationStatus'], kind: 'bool' },
          // the published Config schema lists customerMasterKeySpec; newer items also carry keySpec
          key_spec: { path: ['configuration', 'keySpec'], kind: 'string' },
          key_manager: { path: ['configuration', 'keyManager'], kind: 'string' },
          enabled: { path: ['configuration', 'enabled'], kind: 'bool' },
          key_state: { path: ['configuration', 'keyState'], kind: 'string' },
          origin: { path: ['configuration', 'origin'], kind: 'string' },
        },
        refine: (out, { configuration, set }) => {
          const legacy = child(configuration, 'customerMasterKeySpec');
          if (isUnknown(out.key_spec) && typeof text(legacy) === 'string') set(['key_spec'], text(legacy), legacy);
        },
      },
    },
  ],
};
