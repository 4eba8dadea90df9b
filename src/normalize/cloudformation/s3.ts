import type { S3Bucket } from '../../model/aws/s3.js';
import { isUnknown, unknownValue } from '../../model/unknown.js';
import type { AttachedPolicy } from './bucket-policy.js';
import { asBool, asRecord, asString } from '../../resolve/cloudformation/convert.js';
import type { CfnResource } from '../../resolve/cloudformation/template.js';
import type { ProvenanceBuilder } from './provenance.js';

/** CloudFormation's AccessControl enum → the canned ACL names Terraform and AWS Config use. */
const CANNED_ACLS: Record<string, string> = {
  Private: 'private',
  PublicRead: 'public-read',
  PublicReadWrite: 'public-read-write',
  AuthenticatedRead: 'authenticated-read',
  LogDeliveryWrite: 'log-delivery-write',
  BucketOwnerRead: 'bucket-owner-read',
  BucketOwnerFullControl: 'bucket-owner-full-control',
  AwsExecRead: 'aws-exec-read',
};

const PAB_KEYS = [
  ['block_public_acls', 'BlockPublicAcls'],
  ['block_public_policy', 'BlockPublicPolicy'],
  ['ignore_public_acls', 'IgnorePublicAcls'],
  ['restrict_public_buckets', 'RestrictPublicBuckets'],
] as const;

const SSE_DEFAULT = ['BucketEncryption', 'ServerSideEncryptionConfiguration', 0, 'ServerSideEncryptionByDefault'];

/**
 * AWS::S3::Bucket → aws.s3.bucket, with the AWS defaults documented in model/aws/s3.ts. `policy`
 * is the AWS::S3::BucketPolicy of the template that names this bucket, if any.
 */
export function normalizeBucket(resource: CfnResource, provenance: ProvenanceBuilder, policy?: AttachedPolicy, receivesLogs = false): S3Bucket {
  const p = resource.properties;
  const name = p.BucketName === undefined ? unknownValue('BucketName not set; CloudFormation generates one') : asString(p.BucketName)!;
  provenance.set(['name'], ['BucketName']);
  const written = asString(p.AccessControl);
  const acl = typeof written === 'string' ? (CANNED_ACLS[written] ?? written) : (written ?? 'private');
  provenance.set(['acl'], ['AccessControl']);
  return {
    name,
    acl,
    encryption: encryption(p.BucketEncryption, provenance),
    versioning: versioning(p.VersioningConfiguration, provenance),
    public_access_block: publicAccessBlock(p.PublicAccessBlockConfiguration, provenance),
    logging: { ...logging(p.LoggingConfiguration, name, provenance), ...(receivesLogs ? { receives_access_logs: true } : {}) },
    policy: bucketPolicy(policy, provenance),
  };
}

/** No policy in the template is null: the stack attaches none (another stack or a person may). */
function bucketPolicy(policy: AttachedPolicy | undefined, provenance: ProvenanceBuilder): S3Bucket['policy'] {
  if (!policy) return null;
  provenance.set(['policy'], ['PolicyDocument'], policy.from);
  if (!isUnknown(policy.document)) provenance.setTree(['policy'], policy.document, ['PolicyDocument'], policy.from);
  return policy.document as S3Bucket['policy'];
}

function encryption(block: unknown, provenance: ProvenanceBuilder): S3Bucket['encryption'] {
  // Since 2023-01-05 every bucket is encrypted (SSE-S3 at least), declared or not.
  if (block === undefined) return { enabled: true, declared: false, algorithm: 'AES256', kms_key_id: null, bucket_key_enabled: false };
  provenance.set(['encryption'], ['BucketEncryption']);
  provenance.set(['encryption', 'enabled'], ['BucketEncryption']);
  provenance.set(['encryption', 'declared'], ['BucketEncryption']);
  provenance.set(['encryption', 'algorithm'], [...SSE_DEFAULT, 'SSEAlgorithm']);
  provenance.set(['encryption', 'kms_key_id'], [...SSE_DEFAULT, 'KMSMasterKeyID']);
  provenance.set(['encryption', 'bucket_key_enabled'], ['BucketEncryption', 'ServerSideEncryptionConfiguration', 0, 'BucketKeyEnabled']);
  const rules = asRecord(block)?.ServerSideEncryptionConfiguration;
  if (isUnknown(block) || isUnknown(rules)) {
    const why = unknownValue('BucketEncryption is not resolved');
    return { enabled: true, declared: true, algorithm: why, kms_key_id: why, bucket_key_enabled: why };
  }
  const rule = asRecord(Array.isArray(rules) ? rules[0] : undefined);
  const byDefault = asRecord(rule?.ServerSideEncryptionByDefault);
  return {
    enabled: true,
    declared: true,
    algorithm: asString(byDefault?.SSEAlgorithm) ?? 'AES256',
    kms_key_id: asString(byDefault?.KMSMasterKeyID) ?? null,
    bucket_key_enabled: asBool(rule?.BucketKeyEnabled, false),
  };
}

function versioning(block: unknown, provenance: ProvenanceBuilder): S3Bucket['versioning'] {
  provenance.set(['versioning'], ['VersioningConfiguration']);
  provenance.set(['versioning', 'enabled'], ['VersioningConfiguration', 'Status']);
  // CloudFormation cannot configure MFA delete, so it is off for every bucket it creates.
  if (block === undefined) return { enabled: false, mfa_delete: false };
  const status = isUnknown(block) ? block : asString(asRecord(block)?.Status);
  if (isUnknown(status)) return { enabled: status, mfa_delete: false };
  return { enabled: status === 'Enabled', mfa_delete: false };
}

function publicAccessBlock(block: unknown, provenance: ProvenanceBuilder): S3Bucket['public_access_block'] {
  // Since April 2023 new buckets block public access with all four settings unless told otherwise.
  if (block === undefined) {
    return { declared: false, block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true };
  }
  provenance.set(['public_access_block'], ['PublicAccessBlockConfiguration']);
  provenance.set(['public_access_block', 'declared'], ['PublicAccessBlockConfiguration']);
  const record = asRecord(block);
  const out: S3Bucket['public_access_block'] = {
    declared: true, block_public_acls: false, block_public_policy: false, ignore_public_acls: false, restrict_public_buckets: false,
  };
  for (const [canonical, property] of PAB_KEYS) {
    // A key left out of a declared block is false: the API call sets all four.
    out[canonical] = record ? asBool(record[property], false) : unknownValue('PublicAccessBlockConfiguration is not resolved');
    provenance.set(['public_access_block', canonical], ['PublicAccessBlockConfiguration', property]);
  }
  return out;
}

function logging(block: unknown, bucketName: S3Bucket['name'], provenance: ProvenanceBuilder): S3Bucket['logging'] {
  if (block === undefined) return { enabled: false, target_bucket: null, target_prefix: null };
  provenance.set(['logging'], ['LoggingConfiguration']);
  provenance.set(['logging', 'enabled'], ['LoggingConfiguration']);
  provenance.set(['logging', 'target_bucket'], ['LoggingConfiguration', 'DestinationBucketName']);
  provenance.set(['logging', 'target_prefix'], ['LoggingConfiguration', 'LogFilePrefix']);
  const record = asRecord(block);
  if (!record) {
    const why = unknownValue('LoggingConfiguration is not resolved');
    return { enabled: why, target_bucket: why, target_prefix: why };
  }
  return {
    enabled: true,
    // Without a destination, S3 writes the logs into the bucket itself.
    target_bucket: asString(record.DestinationBucketName) ?? bucketName,
    target_prefix: asString(record.LogFilePrefix) ?? null,
  };
}
