import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  createConfigClient,
  require_dist_cjs
} from "./chunk-YCBBK2W4.js";
import {
  batchGetAll,
  messageOf
} from "./chunk-OJWSPGPR.js";
import "./chunk-BJAUSDYO.js";
import {
  itemTags,
  liveDocument,
  mapLimited
} from "./chunk-O5Y3DFVB.js";
import {
  fileStart
} from "./chunk-ES4YV2IG.js";
import {
  ConfigError
} from "./chunk-XSHH3W5D.js";
import {
  __toESM
} from "./chunk-VA35IVHB.js";

// src/aws/config-items.ts
var import_client_config_service2 = __toESM(require_dist_cjs(), 1);

// src/aws/live-tags.ts
var import_client_config_service = __toESM(require_dist_cjs(), 1);
var MAX_EXPRESSION = 4096;
var SELECT = "SELECT resourceId, resourceType, accountId, awsRegion, tags WHERE resourceType IN ";
async function addLiveTags(items, target) {
  const untagged = items.filter((item) => !isTagMap(item.tags));
  const types = [...new Set(untagged.filter((item) => itemTags(item) === void 0).map((item) => item.resourceType))].filter((type) => typeof type === "string" && /^[A-Za-z0-9:]+$/.test(type)).sort();
  const { tags, warnings } = types.length > 0 ? await queryTags(types, target) : { tags: /* @__PURE__ */ new Map(), warnings: [] };
  for (const item of untagged) {
    const found = tags.get(itemKey(item)) ?? itemTags(item);
    if (found) item.tags = found;
  }
  return warnings;
}
function selectExpressions(types) {
  const expressions = [];
  let batch = [];
  const expression = (list) => `${SELECT}(${list.map((t) => `'${t}'`).join(", ")})`;
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
function tagsFromRows(rows) {
  const tags = /* @__PURE__ */ new Map();
  let unreadable = 0;
  for (const row of rows) {
    const parsed = parseRow(row);
    const found = parsed && itemTags({ tags: parsed.tags ?? [] });
    if (parsed && found && typeof parsed.resourceId === "string" && typeof parsed.resourceType === "string") tags.set(itemKey(parsed), found);
    else unreadable++;
  }
  return { tags, unreadable };
}
async function queryTags(types, target) {
  const tags = /* @__PURE__ */ new Map();
  const warnings = [];
  const regions = target.aggregator ? target.regions.slice(0, 1) : target.regions;
  for (const region of regions) {
    const where = target.aggregator ? `through aggregator ${target.aggregator}` : `in ${region}`;
    const rows = [];
    try {
      for (const expression of selectExpressions(types)) rows.push(...await selectRows(target.client(region), expression, target.aggregator));
    } catch (error) {
      warnings.push(`tags ${where}: the advanced query failed (${messageOf(error).split("\n")[0]}); tags are read from the items' configuration where Config writes them there, so some live resources may not be linked to their templates`);
    }
    const parsed = tagsFromRows(rows);
    for (const [key, value] of parsed.tags) tags.set(key, value);
    if (parsed.unreadable > 0) warnings.push(`tags ${where}: ${parsed.unreadable} query rows could not be read; skipped`);
  }
  return { tags, warnings };
}
async function selectRows(client, expression, aggregator) {
  const rows = [];
  const pages = aggregator ? (0, import_client_config_service.paginateSelectAggregateResourceConfig)({ client, pageSize: 100 }, { Expression: expression, ConfigurationAggregatorName: aggregator }) : (0, import_client_config_service.paginateSelectResourceConfig)({ client, pageSize: 100 }, { Expression: expression });
  for await (const page of pages) rows.push(...page.Results ?? []);
  return rows;
}
function itemKey(item) {
  return [item.accountId, item.awsRegion, item.resourceType, item.resourceId].map((part) => typeof part === "string" ? part : "").join("\0");
}
function parseRow(row) {
  try {
    const value = JSON.parse(row);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
  } catch {
    return void 0;
  }
}
function isTagMap(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// src/aws/config-items.ts
async function fetchConfigurationItems(options) {
  const clients = /* @__PURE__ */ new Map();
  const client = (region) => {
    if (!clients.has(region)) clients.set(region, createConfigClient(region, options));
    return clients.get(region);
  };
  const tasks = options.aggregator ? options.resourceTypes.map((resourceType) => ({ region: options.regions[0] ?? "", resourceType })) : options.regions.flatMap((region) => options.resourceTypes.map((resourceType) => ({ region, resourceType })));
  const result = { items: [], failures: [], warnings: [] };
  try {
    await mapLimited(tasks, options.concurrency ?? 4, async (task) => {
      const fetched = options.aggregator ? await fetchAggregate(client(task.region), options.aggregator, task.resourceType) : await fetchRegional(client(task.region), task.resourceType);
      result.items.push(...fetched.items.map(plainItem));
      for (const message of fetched.errors) result.failures.push({ ...task, message });
      options.onProgress?.({ ...task, fetched: fetched.items.length });
    });
    result.warnings.push(...await addLiveTags(result.items, { client, regions: options.regions, aggregator: options.aggregator }));
  } finally {
    for (const c of clients.values()) c.destroy();
  }
  return result;
}
async function fetchRegional(client, resourceType) {
  const keys = [];
  const errors = [];
  try {
    for await (const page of (0, import_client_config_service2.paginateListDiscoveredResources)({ client, pageSize: 100 }, { resourceType })) {
      for (const r of page.resourceIdentifiers ?? []) {
        if (r.resourceType && r.resourceId) keys.push({ resourceType: r.resourceType, resourceId: r.resourceId });
      }
    }
  } catch (error) {
    errors.push(`list ${keys.length > 0 ? `stopped after ${keys.length} resources` : "failed"}: ${messageOf(error)}`);
  }
  const got = await batchGetAll(keys, async (batch) => {
    const out = await client.send(new import_client_config_service2.BatchGetResourceConfigCommand({ resourceKeys: batch }));
    return { items: out.baseConfigurationItems ?? [], unprocessed: out.unprocessedResourceKeys ?? [] };
  });
  return { items: got.items, errors: [...errors, ...got.errors] };
}
async function fetchAggregate(client, aggregator, resourceType) {
  const keys = [];
  const errors = [];
  try {
    const input = { ConfigurationAggregatorName: aggregator, ResourceType: resourceType };
    for await (const page of (0, import_client_config_service2.paginateListAggregateDiscoveredResources)({ client, pageSize: 100 }, input)) {
      keys.push(...page.ResourceIdentifiers ?? []);
    }
  } catch (error) {
    errors.push(`list through aggregator ${aggregator} ${keys.length > 0 ? `stopped after ${keys.length} resources` : "failed"}: ${messageOf(error)}`);
  }
  const got = await batchGetAll(keys, async (batch) => {
    const out = await client.send(new import_client_config_service2.BatchGetAggregateResourceConfigCommand({ ConfigurationAggregatorName: aggregator, ResourceIdentifiers: batch }));
    return { items: out.BaseConfigurationItems ?? [], unprocessed: out.UnprocessedResourceIdentifiers ?? [] };
  });
  return { items: got.items, errors: [...errors, ...got.errors] };
}
function plainItem(item) {
  return JSON.parse(JSON.stringify(item));
}

// src/cli/aws-progress.ts
function terminalProgress(stream, pairs) {
  if (!stream.isTTY) return { update: () => void 0, done: () => void 0 };
  let finished = 0;
  let resources = 0;
  let shown = false;
  const width = Math.max(20, (stream.columns ?? 80) - 1);
  return {
    update({ region, resourceType, fetched }) {
      finished += 1;
      resources += fetched;
      const line = `aws: ${finished}/${pairs} types\xD7regions, ${resources} resources \xB7 ${region} ${resourceType}: ${fetched}`;
      stream.write(`\r\x1B[2K${line.slice(0, width)}`);
      shown = true;
    },
    done() {
      if (shown) stream.write("\r\x1B[2K");
    }
  };
}

// src/cli/aws.ts
async function fetchLiveDocuments(command, logger, stderr = process.stderr, deadline) {
  const pairs = command.resourceTypes.length * (command.aggregator ? 1 : command.regions.length);
  const progress = terminalProgress(stderr, pairs);
  deadline?.at("fetch");
  const stop = deadline === void 0 ? void 0 : budgetStop(deadline);
  const { items, failures, warnings } = await fetchConfigurationItems({
    regions: command.regions,
    resourceTypes: command.resourceTypes,
    aggregator: command.aggregator,
    endpoint: command.endpoint,
    profile: command.profile,
    callTimeoutMs: command.callTimeoutMs,
    ...stop === void 0 ? {} : { stop },
    onProgress: (p) => {
      progress.update(p);
      logger.debug(`aws: ${p.region} ${p.resourceType}: ${p.fetched} items`);
    }
  }).finally(() => progress.done());
  deadline?.expired();
  for (const failure of failures) logger.warning(`aws: ${failure.region} ${failure.resourceType}: ${failure.message}`);
  for (const warning of warnings) logger.warning(`aws: ${warning}`);
  if (items.length === 0 && failures.length > 0 && !stop?.signal.aborted) {
    const hint = command.endpoint ? `check credentials, --region and that ${command.endpoint} answers` : "check credentials and --region";
    throw new ConfigError(`aws: nothing could be read (${failures.length} region/type pairs failed); ${hint}`);
  }
  logger.info(`aws: ${items.length} configuration items`);
  const document = liveDocument(items);
  document.diagnostics.push(...failures.map((failure) => liveFetchFailed(document.file.path, failure)));
  return [document];
}
function liveFetchFailed(path, failure) {
  return {
    code: "LIVE_FETCH_FAILED",
    level: "error",
    message: `${failure.resourceType} in ${failure.region} not read in full: ${failure.message}`,
    range: fileStart(path)
  };
}
function budgetStop(deadline) {
  const signal = AbortSignal.timeout(Math.max(1, deadline.expiresAt - Date.now()));
  return { signal, reason: `stopped: the scan passed --max-scan-seconds ${deadline.seconds}` };
}
export {
  fetchLiveDocuments
};
