/**
 * Tags for configuration items read from the Config API. `BatchGetResourceConfig` and its
 * aggregate twin return BaseConfigurationItems, which have no `tags` (snapshot and history items
 * do), so a live resource created by CloudFormation could not be linked to its template. Config's
 * advanced query returns the tags of every recorded resource of the listed types in pages of 100:
 * one paginated `SelectResourceConfig` per region, or one `SelectAggregateResourceConfig` through
 * the aggregator (every account and region at once). Where the query fails or does not cover a
 * type, the tags Config writes inside the item (`configuration.tags`, a bucket's
 * `BucketTaggingConfiguration`, …) are used. A failed query is a warning: the items are kept.
 */
import {
  paginateSelectAggregateResourceConfig,
  paginateSelectResourceConfig,
  type ConfigServiceClient,
} from '@aws-sdk/client-config-service';
import { itemTags } from '../normalize/aws-config/stack-tags.js';
import { messageOf } from './batches.js';

export interface LiveTagsTarget {
  /** The client of a region (created once, shared with the item fetch). */
  client: (region: string) => ConfigServiceClient;
  /** Regions to query; with an aggregator, only the first (the aggregator's own region) is used. */
  regions: string[];
  aggregator?: string;
}

type Tags = Record<string, string>;

/** Config's limit on an advanced query expression. */
const MAX_EXPRESSION = 4096;
const SELECT = 'SELECT resourceId, resourceType, accountId, awsRegion, tags WHERE resourceType IN ';

/**
 * Sets `tags` (a map, as in snapshot items) on every item that has none: from the advanced query
 * where it answered for the item, else from the item's own configuration. An item whose tags
 * cannot be known gets none. Returns the warnings (a query that failed, unreadable rows).
 */
export async function addLiveTags(items: Record<string, unknown>[], target: LiveTagsTarget): Promise<string[]> {
  const untagged = items.filter((item) => !isTagMap(item.tags));
  // Only the types whose items carry no tags of their own need the query.
  const types = [...new Set(untagged.filter((item) => itemTags(item) === undefined).map((item) => item.resourceType))]
    .filter((type): type is string => typeof type === 'string' && /^[A-Za-z0-9:]+$/.test(type))
    .sort();
  const { tags, warnings } = types.length > 0 ? await queryTags(types, target) : { tags: new Map<string, Tags>(), warnings: [] };
  for (const item of untagged) {
    const found = tags.get(itemKey(item)) ?? itemTags(item);
    if (found) item.tags = found;
  }
  return warnings;
}

/** The query expressions for `types`, split so that none passes Config's length limit. */
export function selectExpressions(types: string[]): string[] {
  const expressions: string[] = [];
  let batch: string[] = [];
  const expression = (list: string[]) => `${SELECT}(${list.map((t) => `'${t}'`).join(', ')})`;
  for (const type of types) {
    if (batch.length > 0 && expression([...batch, type]).length > MAX_EXPRESSION) {
      expressions.push(expression(batch));
      batch = [];
    }
    batch.push(type);
  }
  if (batch.length > 0) expressions.push(expression(batch));
  return expressions;
}

/**
 * Query result rows (JSON strings such as `{"resourceId": "sg-1", "resourceType":
 * "AWS::EC2::SecurityGroup", "accountId": "1", "awsRegion": "eu-west-1", "tags": [{"key": "k",
 * "value": "v", "tag": "k=v"}]}`) → tags by item key. Unreadable rows are counted, not guessed at.
 */
export function tagsFromRows(rows: string[]): { tags: Map<string, Tags>; unreadable: number } {
  const tags = new Map<string, Tags>();
  let unreadable = 0;
  for (const row of rows) {
    const parsed = parseRow(row);
    const found = parsed && itemTags({ tags: parsed.tags ?? [] });
    if (parsed && found && typeof parsed.resourceId === 'string' && typeof parsed.resourceType === 'string') tags.set(itemKey(parsed), found);
    else unreadable++;
  }
  return { tags, unreadable };
}

async function queryTags(types: string[], target: LiveTagsTarget): Promise<{ tags: Map<string, Tags>; warnings: string[] }> {
  const tags = new Map<string, Tags>();
  const warnings: string[] = [];
  const regions = target.aggregator ? target.regions.slice(0, 1) : target.regions;
  for (const region of regions) {
    const where = target.aggregator ? `through aggregator ${target.aggregator}` : `in ${region}`;
    const rows: string[] = [];
    try {
      for (const expression of selectExpressions(types)) rows.push(...(await selectRows(target.client(region), expression, target.aggregator)));
    } catch (error) {
      warnings.push(`tags ${where}: the advanced query failed (${messageOf(error).split('\n')[0]}); tags are read from the items' configuration where Config writes them there, so some live resources may not be linked to their templates`);
    }
    const parsed = tagsFromRows(rows);
    for (const [key, value] of parsed.tags) tags.set(key, value);
    if (parsed.unreadable > 0) warnings.push(`tags ${where}: ${parsed.unreadable} query rows could not be read; skipped`);
  }
  return { tags, warnings };
}

async function selectRows(client: ConfigServiceClient, expression: string, aggregator: string | undefined): Promise<string[]> {
  const rows: string[] = [];
  const pages = aggregator
    ? paginateSelectAggregateResourceConfig({ client, pageSize: 100 }, { Expression: expression, ConfigurationAggregatorName: aggregator })
    : paginateSelectResourceConfig({ client, pageSize: 100 }, { Expression: expression });
  for await (const page of pages) rows.push(...(page.Results ?? []));
  return rows;
}

/** Account, region, type and id: how a query row and a fetched item are matched. */
function itemKey(item: Record<string, unknown>): string {
  return [item.accountId, item.awsRegion, item.resourceType, item.resourceId].map((part) => (typeof part === 'string' ? part : '')).join('\u0000');
}

function parseRow(row: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(row) as unknown;
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function isTagMap(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
