import {
  ConfigServiceClient,
  GetResourceConfigHistoryCommand,
  ListDiscoveredResourcesCommand,
  type ConfigurationItem,
  type ResourceType,
} from '@aws-sdk/client-config-service';
import { ConfigError } from '../errors.js';
import { messageOf } from './batches.js';
import { createConfigClient, type ConfigClientOptions } from './config-client.js';

export interface HistoryFetchOptions extends ConfigClientOptions {
  region: string;
  resourceType: string;
  /** Config's resourceId; when absent, looked up by `resourceName`. */
  resourceId?: string;
  resourceName?: string;
  /** At most this many items, oldest first. */
  limit?: number;
}

export interface ResourceHistory {
  resourceType: string;
  resourceId: string;
  /** Configuration items, oldest first, as plain JSON (dates as ISO strings) for `liveDocument`. */
  items: Record<string, unknown>[];
}

/** The API's page size ceiling for GetResourceConfigHistory. */
const PAGE_SIZE = 100;

/**
 * The configuration timeline of one resource: GetResourceConfigHistory, oldest first, every page
 * (or the first `limit` items). With adaptive retries, as `fetchConfigurationItems` does, since
 * Config's history calls have a low TPS limit.
 */
export async function fetchResourceHistory(options: HistoryFetchOptions): Promise<ResourceHistory> {
  const client = createConfigClient(options.region, options);
  try {
    const resourceId = options.resourceId ?? (await lookUpResourceId(client, options.resourceType, options.resourceName ?? ''));
    const items: ConfigurationItem[] = [];
    let nextToken: string | undefined;
    do {
      const remaining = options.limit === undefined ? PAGE_SIZE : Math.min(PAGE_SIZE, options.limit - items.length);
      const page = await described(`GetResourceConfigHistory ${options.resourceType} ${resourceId}`, () => client.send(new GetResourceConfigHistoryCommand({
        resourceType: options.resourceType as ResourceType,
        resourceId,
        chronologicalOrder: 'Forward',
        limit: remaining,
        nextToken,
      })));
      items.push(...(page.configurationItems ?? []));
      nextToken = page.nextToken;
    } while (nextToken && (options.limit === undefined || items.length < options.limit));
    return { resourceType: options.resourceType, resourceId, items: items.map(plainItem) };
  } finally {
    client.destroy();
  }
}

/** Config's resourceId of the one resource of this type and name, deleted ones included. */
async function lookUpResourceId(client: ConfigServiceClient, resourceType: string, resourceName: string): Promise<string> {
  const found = await described(`ListDiscoveredResources ${resourceType} ${resourceName}`, () => client.send(new ListDiscoveredResourcesCommand({
    resourceType: resourceType as ResourceType,
    resourceName,
    includeDeletedResources: true,
  })));
  const ids = [...new Set((found.resourceIdentifiers ?? []).filter((r) => r.resourceName === resourceName && r.resourceId).map((r) => r.resourceId!))];
  if (ids.length === 1) return ids[0]!;
  if (ids.length === 0) throw new ConfigError(`aws history: AWS Config has recorded no ${resourceType} named ${resourceName}; give --resource-id`);
  throw new ConfigError(`aws history: several ${resourceType} named ${resourceName} (${ids.join(', ')}); give --resource-id`);
}

/** A call whose failure says which call failed: a resource that is not recorded is a usage error (exit 2). */
async function described<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const name = (error as { name?: string }).name ?? '';
    throw new ConfigError(`aws history: ${what}: ${messageOf(error)}`, { cause: error, code: name === 'ResourceNotDiscoveredException' ? 'INPUT_MISSING' : undefined });
  }
}

function plainItem(item: ConfigurationItem): Record<string, unknown> {
  return JSON.parse(JSON.stringify(item)) as Record<string, unknown>;
}
