import { describe, expect, it } from '@jest/globals';
import type { S3Bucket } from '../../model/aws/s3.js';
import type { KmsKey } from '../../model/aws/kms.js';
import { always, defineResource } from './resource-spec.js';

describe('defineResource', () => {
  it('turns attribute-major rules into one table per source, leaving out sources without native types', () => {
    const spec = defineResource<KmsKey>()({
      canonicalType: 'aws.kms.key',
      doc: 'test',
      nativeTypes: { terraform: ['aws_kms_key'], awsConfig: ['AWS::KMS::Key'] },
      attributes: {
        rotation_enabled: {
          terraform: { path: ['enable_key_rotation'], kind: 'bool', absent: false },
          cloudformation: { path: ['EnableKeyRotation'], kind: 'bool' },
          awsConfig: { path: ['supplementaryConfiguration', 'KeyRotationStatus'], kind: 'bool' },
        },
        key_manager: { terraform: always('CUSTOMER') },
      },
    });
    expect(spec.terraform?.fields).toEqual({
      rotation_enabled: { path: ['enable_key_rotation'], kind: 'bool', absent: false },
      key_manager: { path: [], kind: 'string', absent: 'CUSTOMER' },
    });
    expect(spec.awsConfig?.fields).toEqual({ rotation_enabled: { path: ['supplementaryConfiguration', 'KeyRotationStatus'], kind: 'bool' } });
    expect(spec.cloudformation).toBeUndefined();
    expect(spec.definition.canonicalType).toBe('aws.kms.key');
  });

  it('types attribute names against the model: nested paths pass, a name the model lacks fails tsc', () => {
    const spec = defineResource<S3Bucket>()({
      canonicalType: 'aws.s3.bucket',
      doc: 'test',
      nativeTypes: { terraform: ['aws_s3_bucket'] },
      attributes: {
        'versioning.enabled': { terraform: { path: ['versioning', 'enabled'], kind: 'bool', absent: false } },
        // @ts-expect-error -- not an attribute of S3Bucket: the model must declare it first
        'versioning.enabeld': { terraform: { path: ['versioning', 'enabled'], kind: 'bool' } },
      },
    });
    expect(Object.keys(spec.terraform!.fields)).toContain('versioning.enabled');
  });
});
