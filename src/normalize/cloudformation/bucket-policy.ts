import { unknownValue } from '../../model/unknown.js';
import { asRecord } from '../../resolve/cloudformation/convert.js';
import type { CfnResource } from '../../resolve/cloudformation/template.js';

export const BUCKET_TYPE = 'AWS::S3::Bucket';
export const BUCKET_POLICY_TYPE = 'AWS::S3::BucketPolicy';

/** The policy a bucket of the template gets, and the BucketPolicy resource that supplies it. */
export interface AttachedPolicy {
  /** The resolved PolicyDocument, or unknown (unresolved, or several policies name the bucket). */
  document: unknown;
  /** Logical id of the AWS::S3::BucketPolicy, for provenance. */
  from: string;
}

/**
 * AWS::S3::BucketPolicy → the bucket of this template it applies to: `Bucket: !Ref X` names
 * bucket X; a resolved name matches a bucket whose resolved BucketName is the same. A policy
 * whose bucket cannot be told (unknown name, a bucket of another stack) is attached to none.
 * A bucket has one policy: when two name the same bucket, the document is unknown.
 */
export function attachBucketPolicies(resources: CfnResource[]): Map<string, AttachedPolicy> {
  const buckets = bucketIndex(resources.filter((r) => r.type === BUCKET_TYPE));
  const attached = new Map<string, AttachedPolicy>();
  for (const policy of resources.filter((r) => r.type === BUCKET_POLICY_TYPE)) {
    const bucket = targetBucket(policy, buckets);
    if (bucket === undefined) continue;
    const document = policy.properties.PolicyDocument ?? unknownValue('the bucket policy has no PolicyDocument');
    const earlier = attached.get(bucket);
    attached.set(bucket, {
      document: earlier ? unknownValue(`bucket policies ${earlier.from} and ${policy.logicalId} both name this bucket`) : document,
      from: policy.logicalId,
    });
  }
  return attached;
}

interface BucketIndex {
  ids: Set<string>;
  /** Known bucket name → logical ids of the buckets with that name. */
  byName: Map<string, string[]>;
}

/** Looked up once per policy, so thousands of buckets and policies are not matched pairwise. */
function bucketIndex(buckets: CfnResource[]): BucketIndex {
  const byName = new Map<string, string[]>();
  for (const bucket of buckets) {
    const name = bucket.properties.BucketName;
    if (typeof name !== 'string') continue;
    const named = byName.get(name) ?? byName.set(name, []).get(name)!;
    named.push(bucket.logicalId);
  }
  return { ids: new Set(buckets.map((b) => b.logicalId)), byName };
}

function targetBucket(policy: CfnResource, buckets: BucketIndex): string | undefined {
  return namedBucket(asRecord(policy.raw.Properties)?.Bucket, policy.properties.Bucket, buckets);
}

/**
 * The logical ids of the buckets of this template that other buckets deliver their server access
 * logs to (`LoggingConfiguration.DestinationBucketName`, by `!Ref` or by resolved name).
 */
export function accessLogTargets(resources: CfnResource[]): Set<string> {
  const buckets = resources.filter((r) => r.type === BUCKET_TYPE);
  const index = bucketIndex(buckets);
  const targets = new Set<string>();
  for (const bucket of buckets) {
    const written = asRecord(asRecord(bucket.raw.Properties)?.LoggingConfiguration)?.DestinationBucketName;
    const target = namedBucket(written, asRecord(bucket.properties.LoggingConfiguration)?.DestinationBucketName, index);
    if (target !== undefined && target !== bucket.logicalId) targets.add(target);
  }
  return targets;
}

/** `!Ref X` names bucket X; a resolved name names the one bucket with that BucketName. */
function namedBucket(written: unknown, name: unknown, buckets: BucketIndex): string | undefined {
  const ref = asRecord(written)?.Ref;
  if (typeof ref === 'string' && buckets.ids.has(ref)) return ref;
  if (typeof name !== 'string') return undefined;
  const matches = buckets.byName.get(name) ?? [];
  return matches.length === 1 ? matches[0] : undefined;
}
