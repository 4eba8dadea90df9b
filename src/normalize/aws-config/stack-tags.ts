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
 * and the logical id. Config writes tags in several places: `tags` (a map) in snapshot and history
 * items, `configuration.tags` (a `{key, value}` list, EC2 and others), `supplementaryConfiguration.Tags`
 * and, for buckets, `BucketTaggingConfiguration.tagSets[].tagSet`. `raw` is the decoded item.
 */
export function stackOriginOf(raw: Record<string, unknown>): StackOrigin | undefined {
  const configuration = record(raw.configuration);
  const supplementary = record(raw.supplementaryConfiguration);
  const tagSets = record(supplementary?.BucketTaggingConfiguration)?.tagSets;
  const sources = [
    raw.tags,
    configuration?.tags,
    configuration?.Tags,
    supplementary?.Tags,
    ...(Array.isArray(tagSets) ? tagSets.map((set) => record(set)?.tagSet) : []),
  ];
  for (const source of sources) {
    const tags = tagMap(decodeJson(source));
    const stackName = tags.get(STACK_NAME);
    const logicalId = tags.get(LOGICAL_ID);
    if (stackName && logicalId) return { stackName, logicalId };
  }
  return undefined;
}

/** A tag map from `{k: v}` or `[{key, value}]` / `[{Key, Value}]`; empty for anything else. */
function tagMap(value: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (Array.isArray(value)) {
    for (const entry of value.map(record)) {
      const key = entry?.key ?? entry?.Key;
      const tagValue = entry?.value ?? entry?.Value;
      if (typeof key === 'string' && typeof tagValue === 'string') out.set(key, tagValue);
    }
  } else if (record(value)) {
    for (const [key, tagValue] of Object.entries(value as Record<string, unknown>)) if (typeof tagValue === 'string') out.set(key, tagValue);
  }
  return out;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
