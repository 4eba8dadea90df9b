import type { Resource } from '../../model/resource.js';
import { bool, child, itemRoot } from './item.js';

export const ACCOUNT_BLOCK_TYPE = 'AWS::S3::AccountPublicAccessBlock';

const SETTINGS = [
  ['block_public_acls', 'blockPublicAcls'],
  ['block_public_policy', 'blockPublicPolicy'],
  ['ignore_public_acls', 'ignorePublicAcls'],
  ['restrict_public_buckets', 'restrictPublicBuckets'],
] as const;

type AccountBlock = Partial<Record<(typeof SETTINGS)[number][0], boolean>>;

/**
 * S3 applies the account's public access block on top of each bucket's own: a setting is in
 * force when either turns it on. So a bucket whose own setting is off or unknown takes the
 * account's `true` from an AWS::S3::AccountPublicAccessBlock item of the same account (of its
 * region first, else any region: the block is account-wide) found in the same items. Only a
 * recorded `true` changes anything: an account setting that is off leaves the bucket's value as
 * it is (off stays off, unknown stays unknown), and without an account item nothing changes.
 */
export function applyAccountPublicAccessBlocks(resources: Resource[]): void {
  const blocks = new Map<string, AccountBlock>();
  for (const resource of resources) {
    if (resource.source.nativeType !== ACCOUNT_BLOCK_TYPE) continue;
    const [, account, region] = resource.scope.split(':');
    const block = accountBlock(resource.raw);
    blocks.set(`${account}:${region}`, block);
    if (!blocks.has(`${account}:*`)) blocks.set(`${account}:*`, block);
  }
  if (blocks.size === 0) return;
  for (const bucket of resources) {
    if (bucket.type !== 'aws.s3.bucket') continue;
    const [, account, region] = bucket.scope.split(':');
    const block = blocks.get(`${account}:${region}`) ?? blocks.get(`${account}:*`);
    if (block) applyTo(bucket.attributes.public_access_block as Record<string, unknown>, block);
  }
}

function accountBlock(raw: Record<string, unknown>): AccountBlock {
  const configuration = child(itemRoot(raw), 'configuration');
  const out: AccountBlock = {};
  for (const [canonical, recorded] of SETTINGS) {
    const value = bool(child(configuration, recorded));
    if (value !== undefined) out[canonical] = value;
  }
  return out;
}

function applyTo(bucketBlock: Record<string, unknown>, account: AccountBlock): void {
  for (const [canonical] of SETTINGS) {
    if (account[canonical] === true) bucketBlock[canonical] = true;
  }
}
