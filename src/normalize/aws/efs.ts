import type { ServiceModule } from './spec.js';

/** EFS file systems: model/aws/efs.ts has the table of sources and defaults. */
export const efs: ServiceModule = {
  specs: [
    {
      canonicalType: 'aws.efs.file_system',
      terraform: {
        nativeTypes: ['aws_efs_file_system'],
        fields: {
          encrypted: { path: ['encrypted'], kind: 'bool', absent: false },
          kms_key_id: { path: ['kms_key_id'], kind: 'key', absent: null },
        },
      },
      cloudformation: {
        nativeTypes: ['AWS::EFS::FileSystem'],
        fields: {
          encrypted: { path: ['Encrypted'], kind: 'bool', absent: false },
          kms_key_id: { path: ['KmsKeyId'], kind: 'key', absent: null },
        },
      },
      awsConfig: {
        nativeTypes: ['AWS::EFS::FileSystem'],
        fields: {
          encrypted: { path: ['configuration', 'Encrypted'], kind: 'bool' },
          kms_key_id: { path: ['configuration', 'KmsKeyId'], kind: 'key', absent: null },
        },
      },
    },
  ],
};
