import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  redactAttributes
} from "./chunk-2DWVAX7G.js";
import {
  runGate
} from "./chunk-DTYB2552.js";
import "./chunk-DQSVCJ2Q.js";
import {
  PolicyEngine,
  defaultPolicyDirectory,
  readPolicyBundle
} from "./chunk-KFKIM273.js";
import {
  budgetStop,
  createConfigClient,
  require_dist_cjs
} from "./chunk-J6DKQGKA.js";
import {
  messageOf
} from "./chunk-OJWSPGPR.js";
import "./chunk-BJAUSDYO.js";
import {
  liveDocument
} from "./chunk-5RUXINFM.js";
import "./chunk-ES4YV2IG.js";
import {
  ConfigError
} from "./chunk-XSHH3W5D.js";
import {
  __toESM
} from "./chunk-VA35IVHB.js";

// src/aws/arn.ts
function parseArn(arn) {
  const match = /^arn:([\w-]+):([\w-]+):([\w-]*):(\d*):(.+)$/.exec(arn.trim());
  if (!match) return void 0;
  const [, partition, service, region, account, resource] = match;
  return { partition, service, region, account, resource };
}
var ARN_RULES = [
  { service: "s3", pattern: /^([^/]+)$/, resourceType: "AWS::S3::Bucket", by: "id" },
  { service: "ec2", pattern: /^security-group\/(sg-[\w]+)$/, resourceType: "AWS::EC2::SecurityGroup", by: "id" },
  { service: "ec2", pattern: /^instance\/(i-[\w]+)$/, resourceType: "AWS::EC2::Instance", by: "id" },
  { service: "ec2", pattern: /^vpc\/(vpc-[\w]+)$/, resourceType: "AWS::EC2::VPC", by: "id" },
  { service: "ec2", pattern: /^subnet\/(subnet-[\w]+)$/, resourceType: "AWS::EC2::Subnet", by: "id" },
  { service: "ec2", pattern: /^volume\/(vol-[\w]+)$/, resourceType: "AWS::EC2::Volume", by: "id" },
  { service: "kms", pattern: /^key\/([\w-]+)$/, resourceType: "AWS::KMS::Key", by: "id" },
  { service: "rds", pattern: /^db:([\w-]+)$/, resourceType: "AWS::RDS::DBInstance", by: "name" },
  { service: "rds", pattern: /^cluster:([\w-]+)$/, resourceType: "AWS::RDS::DBCluster", by: "name" },
  { service: "iam", pattern: /^role\/(?:.*\/)?([^/]+)$/, resourceType: "AWS::IAM::Role", by: "name" },
  { service: "iam", pattern: /^user\/(?:.*\/)?([^/]+)$/, resourceType: "AWS::IAM::User", by: "name" },
  { service: "iam", pattern: /^policy\/(?:.*\/)?([^/]+)$/, resourceType: "AWS::IAM::Policy", by: "name" },
  { service: "lambda", pattern: /^function:([^:]+)$/, resourceType: "AWS::Lambda::Function", by: "name" },
  { service: "dynamodb", pattern: /^table\/([^/]+)$/, resourceType: "AWS::DynamoDB::Table", by: "name" },
  { service: "cloudtrail", pattern: /^trail\/([^/]+)$/, resourceType: "AWS::CloudTrail::Trail", by: "name" },
  { service: "ecr", pattern: /^repository\/(.+)$/, resourceType: "AWS::ECR::Repository", by: "name" },
  { service: "eks", pattern: /^cluster\/([^/]+)$/, resourceType: "AWS::EKS::Cluster", by: "name" }
];
function resourceKeyFromArn(arn) {
  const parsed = parseArn(arn);
  if (!parsed) return void 0;
  for (const rule of ARN_RULES) {
    if (rule.service !== parsed.service) continue;
    const match = rule.pattern.exec(parsed.resource);
    if (!match) continue;
    return rule.by === "id" ? { resourceType: rule.resourceType, resourceId: match[1] } : { resourceType: rule.resourceType, resourceName: match[1] };
  }
  return void 0;
}

// src/aws/history.ts
var import_client_config_service = __toESM(require_dist_cjs(), 1);
var PAGE_SIZE = 100;
async function fetchResourceHistory(options) {
  const client = createConfigClient(options.region, options);
  try {
    const resourceId = options.resourceId ?? await lookUpResourceId(client, options.resourceType, options.resourceName ?? "");
    const items = [];
    let nextToken;
    do {
      const remaining = options.limit === void 0 ? PAGE_SIZE : Math.min(PAGE_SIZE, options.limit - items.length);
      const page = await described(`GetResourceConfigHistory ${options.resourceType} ${resourceId}`, () => client.send(new import_client_config_service.GetResourceConfigHistoryCommand({
        resourceType: options.resourceType,
        resourceId,
        chronologicalOrder: "Forward",
        limit: remaining,
        nextToken
      })));
      items.push(...page.configurationItems ?? []);
      nextToken = page.nextToken;
    } while (nextToken && (options.limit === void 0 || items.length < options.limit));
    return { resourceType: options.resourceType, resourceId, items: items.map(plainItem) };
  } finally {
    client.destroy();
  }
}
async function lookUpResourceId(client, resourceType, resourceName) {
  const found = await described(`ListDiscoveredResources ${resourceType} ${resourceName}`, () => client.send(new import_client_config_service.ListDiscoveredResourcesCommand({
    resourceType,
    resourceName,
    includeDeletedResources: true
  })));
  const ids = [...new Set((found.resourceIdentifiers ?? []).filter((r) => r.resourceName === resourceName && r.resourceId).map((r) => r.resourceId))];
  if (ids.length === 1) return ids[0];
  if (ids.length === 0) throw new ConfigError(`aws history: AWS Config has recorded no ${resourceType} named ${resourceName}; give --resource-id`);
  throw new ConfigError(`aws history: several ${resourceType} named ${resourceName} (${ids.join(", ")}); give --resource-id`);
}
async function described(what, call) {
  try {
    return await call();
  } catch (error) {
    const name = error.name ?? "";
    throw new ConfigError(`aws history: ${what}: ${messageOf(error)}`, { cause: error, code: name === "ResourceNotDiscoveredException" ? "INPUT_MISSING" : void 0 });
  }
}
function plainItem(item) {
  return JSON.parse(JSON.stringify(item));
}

// src/aws/timeline.ts
import { randomBytes } from "node:crypto";
var UNKNOWN = Object.freeze({ $unknown: true });
async function buildTimeline(items, options) {
  const engine = options.engine ?? await PolicyEngine.load({ bundle: await readPolicyBundle(options.policyDirectory ?? defaultPolicyDirectory()), mode: options.mode });
  const quiet = quieter(options.logger);
  const salt = randomBytes(16).toString("hex");
  const points = [];
  let previous = { findings: /* @__PURE__ */ new Map(), open: 0, blocking: 0 };
  for (const item of items) {
    const state = await evaluatePoint(item, { ...options, engine, logger: quiet }, salt);
    points.push({
      captureTime: stringOf(item.configurationItemCaptureTime),
      status: stringOf(item.configurationItemStatus),
      configurationStateId: stringOf(item.configurationStateId),
      changes: previous.attributes && state.attributes ? diffAttributes(previous.attributes, state.attributes) : [],
      new: [...state.findings].filter(([key]) => !previous.findings.has(key)).map(([, f]) => f),
      fixed: [...previous.findings].filter(([key]) => !state.findings.has(key)).map(([, f]) => f),
      open: state.open,
      blocking: state.blocking
    });
    previous = { ...state, attributes: state.attributes ?? previous.attributes };
  }
  return points;
}
async function evaluatePoint(item, options, salt) {
  const { report, blocking, resources } = await runGate({ ...options, paths: [], sources: { documents: [liveDocument([item])] } });
  const findings = new Map(report.findings.map((f) => [f.fingerprint, timelineFinding(f)]));
  const open = report.findings.filter((f) => !f.suppression).length;
  const resource = resources?.[0];
  return { attributes: resource && redactAttributes(resource.type, resource.attributes, salt), findings, open, blocking: blocking.length };
}
function timelineFinding(f) {
  return {
    checkId: f.checkId,
    severity: f.severity,
    title: f.title,
    attributePath: f.attributePath.join("."),
    message: f.message,
    suppressed: Boolean(f.suppression)
  };
}
function diffAttributes(before, after) {
  const a = flatten(before);
  const b = flatten(after);
  const paths = [.../* @__PURE__ */ new Set([...a.keys(), ...b.keys()])].sort();
  const changes = [];
  for (const path of paths) {
    const from = a.get(path);
    const to = b.get(path);
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    changes.push({ path, ...a.has(path) ? { from } : {}, ...b.has(path) ? { to } : {} });
  }
  return changes;
}
function flatten(value, prefix = "", out = /* @__PURE__ */ new Map()) {
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isUnknown(child)) out.set(path, UNKNOWN);
    else if (child !== null && typeof child === "object" && !Array.isArray(child) && Object.keys(child).length > 0) flatten(child, path, out);
    else out.set(path, child);
  }
  return out;
}
function isUnknown(value) {
  return value !== null && typeof value === "object" && value.$unknown === true;
}
function stringOf(value) {
  return typeof value === "string" ? value : void 0;
}
function quieter(logger) {
  return { ...logger, info: (message) => logger.debug(message) };
}

// src/cli/aws-history.ts
function resolveTarget(command) {
  const region = command.region ?? (parseArn(command.arn)?.region || void 0);
  if (!region) throw new ConfigError(`aws history: ${command.arn} names no region; give --region (the region whose AWS Config recorded it)`, { code: "USAGE" });
  if (command.resourceType) {
    if (!command.resourceId) throw new ConfigError("aws history: --resource-type goes with --resource-id", { code: "USAGE" });
    return { region, resourceType: command.resourceType, resourceId: command.resourceId };
  }
  const key = resourceKeyFromArn(command.arn);
  if (!key) {
    throw new ConfigError(`aws history: cannot tell the AWS Config resource type and id of ${command.arn}; give --resource-type TYPE --resource-id ID`, { code: "USAGE" });
  }
  return { region, ...key, ...command.resourceId ? { resourceId: command.resourceId, resourceName: void 0 } : {} };
}
async function runAwsHistory(command, options, deadline) {
  const target = resolveTarget(command);
  deadline?.at("fetch");
  const stop = deadline === void 0 ? void 0 : budgetStop(deadline);
  const history = await fetchResourceHistory({
    ...target,
    endpoint: command.endpoint,
    profile: command.profile,
    limit: command.limit,
    callTimeoutMs: command.callTimeoutMs,
    ...stop ? { stop } : {}
  });
  options.logger.info(`aws history: ${history.items.length} configuration items of ${history.resourceType} ${history.resourceId}`);
  const points = await buildTimeline(history.items, options);
  const view = { arn: command.arn, resourceType: history.resourceType, resourceId: history.resourceId, region: target.region, points };
  const text = command.format === "json" ? JSON.stringify(view, null, 2) + "\n" : renderTimelineTable(view);
  return { text, blocking: points.at(-1)?.blocking ?? 0 };
}
function renderTimelineTable(view) {
  const lines = [`${view.arn} (${view.resourceType} ${view.resourceId}, ${view.region}): ${view.points.length} configuration items`];
  if (view.points.length === 0) lines.push("", "AWS Config has recorded no configuration item for this resource.");
  for (const point of view.points) {
    lines.push("", `${point.captureTime ?? "unknown time"}  ${point.status ?? "unknown status"}  open ${point.open}`);
    for (const change of point.changes) lines.push(`  ~ ${renderChange(change)}`);
    for (const f of point.new) lines.push(`  + ${renderFinding(f)}`);
    for (const f of point.fixed) lines.push(`  - ${renderFinding(f)} (fixed)`);
  }
  return lines.join("\n") + "\n";
}
function renderChange(change) {
  const side = (has, value) => has ? renderValue(value) : "(absent)";
  return `${change.path}: ${side("from" in change, change.from)} \u2192 ${side("to" in change, change.to)}`;
}
function renderValue(value) {
  if (value === UNKNOWN || value !== null && typeof value === "object" && value.$unknown === true) return "unknown";
  return JSON.stringify(value);
}
function renderFinding(f) {
  const path = f.attributePath ? ` ${f.attributePath}` : "";
  return `${f.checkId} ${f.severity}${path}: ${f.title}${f.suppressed ? " [suppressed]" : ""}`;
}
export {
  renderTimelineTable,
  resolveTarget,
  runAwsHistory
};
