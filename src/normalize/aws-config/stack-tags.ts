import { decodeJson } from './item.js';

/** The CloudFormation stack and logical id a live resource was created by, from its tags. */
export interface StackOrigin {
  stackName: string;
  logicalId: string;
}

const STACK_NAME = 'aws:cloudformation:stack-name';
const LOGICAL_ID = 'aws:cloudformation:logical-id';

/**
 * CloudFormation tags every resource it creates (where the type takes tags) with the stack name
 * and the logical id. `raw` is the item, decoded or as the API returns it (JSON strings).
 */
export function stackOriginOf(raw: Record<string, unknown>): StackOrigin | undefined {
  for (const tags of tagSourcesOf(raw)) {
    const stackName = tags.get(STACK_NAME);
    const logicalId = tags.get(LOGICAL_ID);
    if (stackName && logicalId) return { stackName, logicalId };
  }
  return undefined;
}

/**
 * The item's tags as one map, from every place Config writes them; undefined when the item has
 * none of those places at all (its tags are unknown, which is not the same as "no tags").
 */
export function itemTags(raw: Record<string, unknown>): Record<string, string> | undefined {
  const sources = tagSourcesOf(raw);
  if (sources.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const tags of sources) for (const [key, value] of tags) out[key] ??= value;
  return out;
}

/**
 * Config writes tags in several places: `tags` (a map) in snapshot and history items,
 * `configuration.tags` (a `{key, value}` list: EC2, IAM and others), `configuration.Tags`,
 * `supplementaryConfiguration.Tags` and, for buckets, `supplementaryConfiguration.
 * BucketTaggingConfiguration.tagSets[].tags` (a map; `tagSet` in some older writers). Only the
 * places present in the item are returned, the top-level `tags` first.
 */
function tagSourcesOf(raw: Record<string, unknown>): Map<string, string>[] {
  const configuration = record(decodeJson(raw.configuration));
  const supplementary = record(decodeJson(raw.supplementaryConfiguration));
  const bucketTagging = record(decodeJson(supplementary?.BucketTaggingConfiguration));
  const tagSets = decodeJson(bucketTagging?.tagSets);
  const sets = Array.isArray(tagSets) ? tagSets.map((set) => record(decodeJson(set))) : [];
  const candidates = [
    raw.tags,
    configuration?.tags,
    configuration?.Tags,
    supplementary?.Tags,
    ...sets.flatMap((set) => [set?.tags, set?.tagSet]),
  ];
  return candidates.map(decodeJson).filter((value) => value !== undefined && value !== null).flatMap((value) => tagMap(value) ?? []);
}

/** A tag map from `{k: v}` or `[{key, value}]` / `[{Key, Value}]`; undefined for anything else. */
function tagMap(value: unknown): Map<string, string> | undefined {
  const out = new Map<string, string>();
  if (Array.isArray(value)) {
    for (const entry of value.map(record)) {
      const key = entry?.key ?? entry?.Key;
      const tagValue = entry?.value ?? entry?.Value;
      if (typeof key === 'string' && typeof tagValue === 'string') out.set(key, tagValue);
    }
    return out;
  }
  const map = record(value);
  if (!map) return undefined;
  for (const [key, tagValue] of Object.entries(map)) if (typeof tagValue === 'string') out.set(key, tagValue);
  return out;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
