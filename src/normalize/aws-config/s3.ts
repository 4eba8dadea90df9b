import type { S3Bucket } from '../../model/aws/s3.js';
import { unknownValue } from '../../model/unknown.js';
import { s3Acl } from './s3-acl.js';
import { bool, child, decodeJson, dig, present, text, type Located } from './item.js';
import type { ItemProvenance } from './provenance.js';

const PAB_KEYS = [
  ['block_public_acls', 'blockPublicAcls'],
  ['block_public_policy', 'blockPublicPolicy'],
  ['ignore_public_acls', 'ignorePublicAcls'],
  ['restrict_public_buckets', 'restrictPublicBuckets'],
] as const;

/** Why a value is unknown: Config did not record the block it lives in. */
function notRecorded(block: string, extra = ''): ReturnType<typeof unknownValue> {
  return unknownValue(`AWS Config recorded no ${block}${extra}`);
}

/**
 * AWS::S3::Bucket configuration item → aws.s3.bucket. Config records the live state, so the
 * defaults of model/aws/s3.ts for an undeclared definition do not apply: a block Config did not
 * record is unknown, with one exception that is a fact of S3, not a guess (see `encryption`).
 */
export function normalizeBucket(item: Located, provenance: ItemProvenance): S3Bucket {
  const supplementary = child(item, 'supplementaryConfiguration');
  const nameNode = dig(item, 'configuration', 'name');
  const name = text(nameNode) ?? text(child(item, 'resourceName')) ?? text(child(item, 'resourceId'));
  provenance.set(['name'], nameNode);
  const aclNode = child(supplementary, 'AccessControlList');
  provenance.set(['acl'], aclNode);
  return {
    name: name ?? unknownValue('the item names no bucket'),
    acl: s3Acl(aclNode),
    encryption: encryption(child(supplementary, 'ServerSideEncryptionConfiguration'), provenance),
    versioning: versioning(child(supplementary, 'BucketVersioningConfiguration'), provenance),
    public_access_block: publicAccessBlock(child(supplementary, 'PublicAccessBlockConfiguration'), provenance),
    logging: logging(child(supplementary, 'BucketLoggingConfiguration'), provenance),
    policy: policy(child(supplementary, 'BucketPolicy'), provenance),
  };
}

/** The policy document; Config records "no policy" as `{policyText: null}` and the text as a JSON string. */
function policy(block: Located, provenance: ItemProvenance): S3Bucket['policy'] {
  if (!present(block)) return notRecorded('BucketPolicy');
  const textNode = child(block, 'policyText');
  provenance.set(['policy'], present(textNode) ? textNode : block);
  if (!present(textNode)) return null;
  const document = decodeJson(textNode.value);
  const isObject = document !== null && typeof document === 'object' && !Array.isArray(document);
  return isObject ? (document as Record<string, unknown>) : unknownValue('BucketPolicy.policyText is not a JSON object');
}

/**
 * Since 2023-01-05 S3 encrypts every bucket, old ones included, and default encryption cannot be
 * turned off: `enabled` is true even when Config recorded nothing. What it recorded nothing of
 * (the algorithm, the key) is unknown, and `declared` is false: the recorded state sets nothing.
 */
function encryption(block: Located, provenance: ItemProvenance): S3Bucket['encryption'] {
  if (!present(block)) {
    const why = notRecorded('ServerSideEncryptionConfiguration');
    return { enabled: true, declared: false, algorithm: why, kms_key_id: why, bucket_key_enabled: why };
  }
  const rule = dig(block, 'rules', 0);
  const byDefault = child(rule, 'applyServerSideEncryptionByDefault');
  const algorithm = child(byDefault, 'sseAlgorithm');
  const kmsKey = child(byDefault, 'kmsMasterKeyID');
  const bucketKey = child(rule, 'bucketKeyEnabled');
  for (const path of [['encryption'], ['encryption', 'enabled'], ['encryption', 'declared']]) provenance.set(path, block);
  provenance.set(['encryption', 'algorithm'], algorithm);
  provenance.set(['encryption', 'kms_key_id'], kmsKey);
  provenance.set(['encryption', 'bucket_key_enabled'], bucketKey);
  return {
    enabled: true,
    declared: true,
    algorithm: text(algorithm) ?? unknownValue('ServerSideEncryptionConfiguration has no sseAlgorithm'),
    // Config writes null for "no key": SSE-S3, or SSE-KMS with the AWS managed key.
    kms_key_id: text(kmsKey) ?? null,
    // S3 leaves bucketKeyEnabled out when it was never turned on.
    bucket_key_enabled: bool(bucketKey) ?? false,
  };
}

function versioning(block: Located, provenance: ItemProvenance): S3Bucket['versioning'] {
  if (!present(block)) {
    const why = notRecorded('BucketVersioningConfiguration');
    return { enabled: why, mfa_delete: why };
  }
  const status = child(block, 'status');
  const mfa = child(block, 'isMfaDeleteEnabled');
  provenance.set(['versioning'], block);
  provenance.set(['versioning', 'enabled'], status);
  provenance.set(['versioning', 'mfa_delete'], mfa);
  const written = text(status);
  return {
    // "Off" (never enabled) and "Suspended" both mean new objects are not versioned.
    enabled: written === undefined ? unknownValue('BucketVersioningConfiguration has no status') : written === 'Enabled',
    // null: MFA delete was never configured, which S3 reports by leaving it out.
    mfa_delete: bool(mfa) ?? false,
  };
}

function publicAccessBlock(block: Located, provenance: ItemProvenance): S3Bucket['public_access_block'] {
  if (!present(block)) {
    // No bucket-level block recorded. The account-level block may still apply, and the item does
    // not say which: every setting is unknown rather than the "new bucket" default.
    const why = notRecorded('bucket-level PublicAccessBlockConfiguration', '; the account-level block may apply');
    return { declared: false, block_public_acls: why, block_public_policy: why, ignore_public_acls: why, restrict_public_buckets: why };
  }
  provenance.set(['public_access_block'], block);
  provenance.set(['public_access_block', 'declared'], block);
  const out: S3Bucket['public_access_block'] = {
    declared: true, block_public_acls: false, block_public_policy: false, ignore_public_acls: false, restrict_public_buckets: false,
  };
  for (const [canonical, recorded] of PAB_KEYS) {
    const node = child(block, recorded);
    out[canonical] = bool(node) ?? unknownValue(`PublicAccessBlockConfiguration has no ${recorded}`);
    provenance.set(['public_access_block', canonical], node);
  }
  return out;
}

function logging(block: Located, provenance: ItemProvenance): S3Bucket['logging'] {
  if (!present(block)) {
    const why = notRecorded('BucketLoggingConfiguration');
    return { enabled: why, target_bucket: why, target_prefix: why };
  }
  const target = child(block, 'destinationBucketName');
  const prefix = child(block, 'logFilePrefix');
  provenance.set(['logging'], block);
  provenance.set(['logging', 'enabled'], present(target) ? target : block);
  provenance.set(['logging', 'target_bucket'], target);
  provenance.set(['logging', 'target_prefix'], prefix);
  // Config records logging that is off as {destinationBucketName: null, logFilePrefix: null}.
  const targetBucket = text(target) ?? null;
  return { enabled: targetBucket !== null && targetBucket !== '', target_bucket: targetBucket, target_prefix: text(prefix) ?? null };
}
