import {
  BatchGetAggregateResourceConfigCommand,
  BatchGetResourceConfigCommand,
  ConfigServiceClient,
  paginateListAggregateDiscoveredResources,
  paginateListDiscoveredResources,
  type AggregateResourceIdentifier,
  type BaseConfigurationItem,
  type ResourceKey,
  type ResourceType,
} from '@aws-sdk/client-config-service';
import { mapLimited } from '../concurrency.js';
import { batchGetAll, messageOf } from './batches.js';
import { createConfigClient, type ConfigClientOptions } from './config-client.js';
import { addLiveTags } from './live-tags.js';

export interface FetchOptions extends ConfigClientOptions {
  /** Regions to read; with an aggregator, the first is the aggregator's own region. */
  regions: string[];
  /** Config resource types (`AWS::S3::Bucket`). */
  resourceTypes: string[];
  /** Read across accounts and regions through this configuration aggregator. */
  aggregator?: string;
  /** (region, type) pairs fetched at once; default 4, which stays under Config's low TPS limits. */
  concurrency?: number;
  /** Called after each (region, type) finishes, for a progress line. */
  onProgress?: (progress: { region: string; resourceType: string; fetched: number }) => void;
}

/** A region or type that could not be read (in full): named, never silent. */
export interface FetchFailure {
  region: string;
  resourceType: string;
  message: string;
}

export interface FetchResult {
  /** BaseConfigurationItems as plain JSON (dates as ISO strings), ready for `liveDocument`. */
  items: Record<string, unknown>[];
  failures: FetchFailure[];
  /** What could not be read beside the items (their tags); the items are complete regardless. */
  warnings: string[];
}

interface Task {
  region: string;
  resourceType: string;
}

/**
 * Reads the current configuration items of the given types: ListDiscoveredResources (paginated)
 * then BatchGetResourceConfig, per region and type; or, with an aggregator, the aggregate twins.
 * A failing region or type is reported in `failures`, and everything fetched is kept.
 */
export async function fetchConfigurationItems(options: FetchOptions): Promise<FetchResult> {
  const clients = new Map<string, ConfigServiceClient>();
  const client = (region: string): ConfigServiceClient => {
    if (!clients.has(region)) clients.set(region, createConfigClient(region, options));
    return clients.get(region)!;
  };
  const tasks: Task[] = options.aggregator
    ? options.resourceTypes.map((resourceType) => ({ region: options.regions[0] ?? '', resourceType }))
    : options.regions.flatMap((region) => options.resourceTypes.map((resourceType) => ({ region, resourceType })));
  const result: FetchResult = { items: [], failures: [], warnings: [] };
  try {
    await mapLimited(tasks, options.concurrency ?? 4, async (task) => {
      const fetched = options.aggregator
        ? await fetchAggregate(client(task.region), options.aggregator, task.resourceType)
        : await fetchRegional(client(task.region), task.resourceType);
      result.items.push(...fetched.items.map(plainItem));
      for (const message of fetched.errors) result.failures.push({ ...task, message });
      options.onProgress?.({ ...task, fetched: fetched.items.length });
    });
    // The items carry no tags; CloudFormation's tags link a resource to its template.
    result.warnings.push(...(await addLiveTags(result.items, { client, regions: options.regions, aggregator: options.aggregator })));
  } finally {
    for (const c of clients.values()) c.destroy();
  }
  return result;
}

type Fetched = { items: BaseConfigurationItem[]; errors: string[] };

async function fetchRegional(client: ConfigServiceClient, resourceType: string): Promise<Fetched> {
  const keys: ResourceKey[] = [];
  const errors: string[] = [];
  try {
    for await (const page of paginateListDiscoveredResources({ client, pageSize: 100 }, { resourceType: resourceType as ResourceType })) {
      for (const r of page.resourceIdentifiers ?? []) {
        if (r.resourceType && r.resourceId) keys.push({ resourceType: r.resourceType, resourceId: r.resourceId });
      }
    }
  } catch (error) {
    // Keep the keys listed before the failure: their items are still worth fetching.
    errors.push(`list ${keys.length > 0 ? `stopped after ${keys.length} resources` : 'failed'}: ${messageOf(error)}`);
  }
  const got = await batchGetAll(keys, async (batch) => {
    const out = await client.send(new BatchGetResourceConfigCommand({ resourceKeys: batch }));
    return { items: (out.baseConfigurationItems ?? []) as Record<string, unknown>[], unprocessed: out.unprocessedResourceKeys ?? [] };
  });
  return { items: got.items as BaseConfigurationItem[], errors: [...errors, ...got.errors] };
}

async function fetchAggregate(client: ConfigServiceClient, aggregator: string, resourceType: string): Promise<Fetched> {
  const keys: AggregateResourceIdentifier[] = [];
  const errors: string[] = [];
  try {
    const input = { ConfigurationAggregatorName: aggregator, ResourceType: resourceType as ResourceType };
    for await (const page of paginateListAggregateDiscoveredResources({ client, pageSize: 100 }, input)) {
      keys.push(...(page.ResourceIdentifiers ?? []));
    }
  } catch (error) {
    errors.push(`list through aggregator ${aggregator} ${keys.length > 0 ? `stopped after ${keys.length} resources` : 'failed'}: ${messageOf(error)}`);
  }
  const got = await batchGetAll(keys, async (batch) => {
    const out = await client.send(new BatchGetAggregateResourceConfigCommand({ ConfigurationAggregatorName: aggregator, ResourceIdentifiers: batch }));
    return { items: (out.BaseConfigurationItems ?? []) as Record<string, unknown>[], unprocessed: out.UnprocessedResourceIdentifiers ?? [] };
  });
  return { items: got.items as BaseConfigurationItem[], errors: [...errors, ...got.errors] };
}

/** The SDK's item as plain JSON: Dates become ISO strings, JSON strings stay for the normaliser. */
function plainItem(item: BaseConfigurationItem): Record<string, unknown> {
  return JSON.parse(JSON.stringify(item)) as Record<string, unknown>;
}
