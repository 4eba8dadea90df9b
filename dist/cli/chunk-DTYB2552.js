import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  InflateBudget,
  InflateLimitError
} from "./chunk-DQSVCJ2Q.js";
import {
  Boundary,
  CatalogIndex,
  PolicyEngine,
  applySeverityOverrides,
  bundledWorkerEntry,
  defaultPolicyDirectory,
  evalWorkerEntry,
  isCalendarDate,
  isWithin,
  loadCatalog,
  pathRefused,
  peerCoverage,
  readBytesInside,
  readPolicyBundle,
  repositoryTop,
  useEvalWorker
} from "./chunk-KFKIM273.js";
import {
  Budget,
  CLOUDFORMATION_GROUPS,
  CLOUDFORMATION_SPECS,
  CanonicalBuilder,
  EMPTY_SCOPE,
  Fields,
  SG_RULE_TYPES,
  SettlingMap,
  SpanTableBuilder,
  TERRAFORM_GROUPS,
  TERRAFORM_SPECS,
  asBool,
  asBool2,
  asNumber,
  asNumber2,
  asRecord,
  asString,
  asString2,
  buildJsonIndex,
  compareStrings as compareStrings2,
  containsUnknown,
  equal,
  evaluate,
  evaluateIsolated,
  failure,
  findParent,
  hasPath,
  isFailure,
  isRecord,
  isSensitive,
  isSet,
  keyOrNull,
  locateIn,
  mapLimited,
  markResource,
  markResources,
  markSet,
  normalizeAwsConfig,
  normalizeSecurityGroups,
  parentReference,
  parseExpressionText,
  parseJsonWithPositions,
  parseTerraform,
  policyDocumentBlocks,
  positionsLocator,
  possibleParents,
  rangeAt,
  readTerraform,
  rehydrateDocument,
  sensitive,
  setDotted,
  spanAt,
  splitDotted,
  stackOriginOf,
  stepOrigin,
  terraformDocument,
  toBool,
  toNum,
  toResource,
  toStr,
  toStrList,
  typeName,
  unknown,
  unmark,
  withOrigin,
  withoutBom,
  withoutLastIndex
} from "./chunk-5RUXINFM.js";
import {
  DEFAULT_MAX_SCAN_SECONDS,
  Deadline,
  MAX_DEPTH_DIAGNOSTICS,
  MAX_NESTING_DEPTH,
  SEVERITIES,
  compareDiagnostics,
  compareFindings,
  compareStrings,
  excerptKey,
  fileStart,
  incompleteKind,
  incompleteness,
  isUnknown,
  minimatch,
  pathKey,
  require_dist,
  tooDeepDiagnostic,
  tooDeepValue,
  unknownValue
} from "./chunk-ES4YV2IG.js";
import {
  ConfigError,
  PolicyError,
  getErrorMessage
} from "./chunk-XSHH3W5D.js";
import {
  __toESM
} from "./chunk-VA35IVHB.js";

// src/version.ts
var TOOL_NAME = "posture-gate";
var TOOL_VERSION = "0.1.0";

// src/baseline/index.ts
import { readFile } from "node:fs/promises";
var BASELINE_VERSION = 1;
function createBaseline(findings, tool = { name: TOOL_NAME, version: TOOL_VERSION }) {
  const entries = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (finding.suppression && finding.suppression.kind !== "baseline") continue;
    const { fingerprint, checkId, scope, resourceId: resourceId2 } = finding;
    entries.set(fingerprint, { fingerprint, checkId, scope, resourceId: resourceId2 });
  }
  const baseline = { version: BASELINE_VERSION, tool, findings: [...entries.values()].sort(compareEntries) };
  return `${JSON.stringify(baseline, null, 2)}
`;
}
function applyBaseline(findings, baseline, file) {
  const accepted = new Set(baseline.findings.map((entry) => entry.fingerprint));
  const seen = /* @__PURE__ */ new Set();
  let matched = 0;
  const out = findings.map((finding) => {
    seen.add(finding.fingerprint);
    if (finding.suppression || !accepted.has(finding.fingerprint)) return finding;
    matched++;
    return { ...finding, suppression: { kind: "baseline", justification: `accepted in baseline ${file}` } };
  });
  const stale = baseline.findings.filter((entry) => !seen.has(entry.fingerprint));
  return { findings: out, matched, stale };
}
async function readBaseline(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (cause) {
    throw new ConfigError(`baseline ${file} cannot be read; create it with \`posture baseline create --output ${file}\``, {
      cause,
      code: "INPUT_MISSING"
    });
  }
  return parseBaseline(text, file);
}
function parseBaseline(text, file) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new ConfigError(`baseline ${file} is not JSON (${getErrorMessage(cause)}); recreate it with \`posture baseline create\``, { cause });
  }
  const object = value;
  if (typeof object !== "object" || object === null || Array.isArray(object)) throw invalid(file, "the top level must be an object");
  if (object.version !== BASELINE_VERSION) {
    throw invalid(file, `version ${JSON.stringify(object.version)} is not supported (expected ${BASELINE_VERSION})`);
  }
  if (!Array.isArray(object.findings)) throw invalid(file, '"findings" must be a list');
  object.findings.forEach((entry, i) => {
    if (typeof entry?.fingerprint !== "string" || !/^[0-9a-f]{64}$/.test(entry.fingerprint)) {
      throw invalid(file, `findings[${i}].fingerprint must be a sha256 in hex`);
    }
  });
  const tool = object.tool ?? { name: TOOL_NAME, version: "unknown" };
  return { version: BASELINE_VERSION, tool, findings: object.findings };
}
function invalid(file, detail) {
  return new ConfigError(`baseline ${file} is invalid: ${detail}; recreate it with \`posture baseline create\``);
}
function compareEntries(a, b) {
  for (const key of ["checkId", "scope", "resourceId", "fingerprint"]) {
    if (a[key] !== b[key]) return a[key] < b[key] ? -1 : 1;
  }
  return 0;
}

// src/discover/root.ts
import { statSync } from "node:fs";
import path from "node:path";
function defaultScanRoot(paths, cwd) {
  const dirs = (paths.length === 0 ? [cwd] : paths.map((p) => path.resolve(cwd, p))).map((p) => isDirectory(p) ? p : path.dirname(p));
  const common = dirs.reduce(commonDirectory);
  return repositoryTop(common) ?? common;
}
function commonDirectory(a, b) {
  let dir = a;
  while (!isWithin(dir, b)) dir = path.dirname(dir);
  return dir;
}
function isDirectory(file) {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

// src/resolve/cloudformation/parameters.ts
var EXPECTED = 'expected the AWS CLI form [{"ParameterKey": "...", "ParameterValue": "..."}] or the CodePipeline form {"Parameters": {"Name": "value"}}';
function loadCfnParameters(text, path21) {
  let data;
  try {
    data = JSON.parse(text.charCodeAt(0) === 65279 ? text.slice(1) : text);
  } catch (error) {
    throw new ConfigError(`${path21}: CloudFormation parameter file is not valid JSON (${getErrorMessage(error)}); ${EXPECTED}`, { cause: error });
  }
  if (Array.isArray(data)) return fromCliForm(data, path21);
  const parameters = isRecord2(data) ? data.Parameters : void 0;
  if (isRecord2(parameters)) return fromPipelineForm(parameters, path21);
  throw new ConfigError(`${path21}: not a CloudFormation parameter file; ${EXPECTED}`);
}
function fromCliForm(entries, path21) {
  const out = {};
  entries.forEach((entry, i) => {
    const key = isRecord2(entry) ? entry.ParameterKey : void 0;
    if (typeof key !== "string" || key === "") {
      throw new ConfigError(`${path21}: entry ${i + 1} has no ParameterKey; ${EXPECTED}`);
    }
    const record3 = entry;
    if (record3.UsePreviousValue === true) {
      out[key] = unknownValue(`parameter ${key} keeps the deployed stack's value`);
    } else if ("ParameterValue" in record3) {
      out[key] = scalarText(record3.ParameterValue, key, path21);
    } else {
      throw new ConfigError(`${path21}: parameter ${key} has neither ParameterValue nor UsePreviousValue`);
    }
  });
  return out;
}
function fromPipelineForm(parameters, path21) {
  const out = {};
  for (const [key, value] of Object.entries(parameters)) out[key] = scalarText(value, key, path21);
  return out;
}
function scalarText(value, key, path21) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw new ConfigError(`${path21}: the value of parameter ${key} must be a string`);
}
function isRecord2(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// src/resolve/cloudformation/failed.ts
function resourceFailed(doc, logicalId, error) {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    code: "NORMALIZE_FAILED",
    level: "error",
    message: `resource ${logicalId} could not be read (${reason}); its checks were not evaluated`,
    range: doc.locate(["Resources", logicalId]) ?? fileStart(doc.file.path)
  };
}

// src/resolve/cloudformation/conditions.ts
import { isDeepStrictEqual as isDeepStrictEqual2 } from "node:util";

// src/resolve/cloudformation/cidr.ts
function cidrSubnets(block, count, bits) {
  const parsed = parseIpv4Block(block);
  if (!parsed || !Number.isInteger(count) || !Number.isInteger(bits)) return void 0;
  const { network, prefix } = parsed;
  const hostBits = 32 - prefix;
  if (count < 1 || count > 256 || bits < 0 || bits > hostBits) return void 0;
  if (count > 2 ** (hostBits - bits)) return void 0;
  const size = 2 ** bits;
  return Array.from({ length: count }, (_, i) => `${formatIpv4(network + i * size)}/${32 - bits}`);
}
function parseIpv4Block(block) {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(block.trim());
  if (!match) return void 0;
  const octets = match.slice(1, 5).map(Number);
  const prefix = Number(match[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return void 0;
  const address = octets.reduce((acc, o) => acc * 256 + o, 0);
  const size = 2 ** (32 - prefix);
  return { network: Math.floor(address / size) * size, prefix };
}
function formatIpv4(address) {
  return [24, 16, 8, 0].map((shift) => Math.floor(address / 2 ** shift) % 256).join(".");
}

// src/resolve/cloudformation/functions.ts
var FUNCTIONS = {
  "Fn::Join": join,
  "Fn::Select": select,
  "Fn::Split": split,
  "Fn::Base64": base64,
  "Fn::Cidr": cidr,
  "Fn::Length": length,
  "Fn::ToJsonString": toJsonString,
  // The zones of a region depend on the account (and on the region, itself a pseudo parameter).
  "Fn::GetAZs": () => unknownValue("Fn::GetAZs depends on the account and region"),
  "Fn::ImportValue": () => unknownValue("Fn::ImportValue reads another stack"),
  "Fn::GetAtt": (arg) => unknownValue(`Fn::GetAtt ${Array.isArray(arg) ? arg.join(".") : String(arg)} is only known after deployment`)
};
function isPrimitive(value) {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}
function pair(arg, resolve2) {
  return Array.isArray(arg) && arg.length === 2 ? [resolve2(arg[0]), resolve2(arg[1])] : void 0;
}
function join(arg, resolve2) {
  const args = pair(arg, resolve2);
  if (!args) return unknownValue("malformed Fn::Join");
  const [delimiter, list2] = args;
  if (typeof delimiter !== "string" || !Array.isArray(list2)) return unknownValue("Fn::Join over an unresolved list");
  if (!list2.every(isPrimitive)) return unknownValue("Fn::Join with an unresolved item");
  return list2.map(String).join(delimiter);
}
function unknownArgument(...args) {
  return args.find(isUnknown);
}
function select(arg, resolve2) {
  const args = pair(arg, resolve2);
  if (!args) return unknownValue("malformed Fn::Select");
  const unknown2 = unknownArgument(...args);
  if (unknown2) return unknown2;
  const [written, list2] = args;
  const index = typeof written === "number" ? written : typeof written === "string" && /^\d+$/.test(written.trim()) ? Number(written) : NaN;
  if (!Array.isArray(list2)) return unknownValue("Fn::Select over a value that is not a list");
  if (!Number.isInteger(index) || index < 0 || index >= list2.length) return unknownValue(`Fn::Select index ${String(written)} is out of range`);
  return list2[index];
}
function split(arg, resolve2) {
  const args = pair(arg, resolve2);
  if (!args) return unknownValue("malformed Fn::Split");
  const unknown2 = unknownArgument(...args);
  if (unknown2) return unknown2;
  const [delimiter, source] = args;
  if (typeof delimiter !== "string" || delimiter === "" || !isPrimitive(source)) return unknownValue("malformed Fn::Split");
  return String(source).split(delimiter);
}
function base64(arg, resolve2) {
  const value = resolve2(arg);
  if (typeof value !== "string") return isUnknown(value) ? value : unknownValue("Fn::Base64 of a non-string");
  return Buffer.from(value, "utf8").toString("base64");
}
function cidr(arg, resolve2) {
  if (!Array.isArray(arg) || arg.length !== 3) return unknownValue("malformed Fn::Cidr");
  const [block, count, bits] = arg.map(resolve2);
  if (typeof block !== "string" || !isPrimitive(count) || !isPrimitive(bits)) return unknownValue("Fn::Cidr of an unresolved block");
  return cidrSubnets(block, Number(count), Number(bits)) ?? unknownValue(`Fn::Cidr cannot split ${block}`);
}
function length(arg, resolve2) {
  const list2 = resolve2(arg);
  if (isUnknown(list2)) return list2;
  return Array.isArray(list2) ? list2.length : unknownValue("Fn::Length of a value that is not a list");
}
function toJsonString(arg, resolve2) {
  const value = resolve2(arg);
  if (value === null || typeof value !== "object") return unknownValue("Fn::ToJsonString of a value that is not an object or a list");
  if (containsUnknown2(value)) return unknownValue("Fn::ToJsonString of a value with unknown parts");
  return JSON.stringify(value);
}
function containsUnknown2(value) {
  if (isUnknown(value)) return true;
  return value !== null && typeof value === "object" && Object.values(value).some(containsUnknown2);
}

// src/resolve/cloudformation/resolve.ts
import { isDeepStrictEqual } from "node:util";
var NO_VALUE = /* @__PURE__ */ Symbol("AWS::NoValue");
var HANDLERS = {
  Ref: resolveRef,
  "Fn::Sub": resolveSub,
  "Fn::If": resolveIf,
  "Fn::FindInMap": resolveFindInMap
};
function resolveValue(value, ctx) {
  if (Array.isArray(value)) return value.map((item) => resolveValue(item, ctx)).filter((item) => item !== NO_VALUE);
  if (value === null || typeof value !== "object" || isUnknown(value)) return value;
  const keys = Object.keys(value);
  const fn = keys.length === 1 ? keys[0] : void 0;
  if (fn && (fn === "Ref" || fn.startsWith("Fn::"))) {
    const arg = value[fn];
    if (HANDLERS[fn]) return HANDLERS[fn](arg, ctx);
    if (FUNCTIONS[fn]) return FUNCTIONS[fn](arg, (inner) => resolveValue(inner, ctx));
    return unknownValue(`${fn} is not evaluated`);
  }
  const out = {};
  for (const [key, item] of Object.entries(value)) {
    const resolved = resolveValue(item, ctx);
    if (resolved !== NO_VALUE) out[key] = resolved;
  }
  return out;
}
function resolveRef(arg, ctx) {
  if (arg === "AWS::NoValue") return NO_VALUE;
  if (typeof arg !== "string") return unknownValue("Ref with a non-string argument");
  const parameter = ctx.parameters[arg];
  if (parameter) return parameterValue(arg, parameter, ctx);
  if (ctx.resourceIds.has(arg)) return unknownValue(`Ref to resource ${arg}`);
  if (arg.startsWith("AWS::")) return ctx.pseudoParameters?.[arg] ?? unknownValue(`pseudo parameter ${arg}`);
  return unknownValue(`Ref to undeclared ${arg}`);
}
function parameterValue(name, parameter, ctx) {
  const given = ctx.parameterValues?.[name];
  if (given === void 0 && !("Default" in parameter)) return unknownValue(`parameter ${name} has no value and no Default`);
  if (isUnknown(given)) return given;
  const value = given ?? parameter.Default;
  const type = typeof parameter.Type === "string" ? parameter.Type : "";
  if ((type.startsWith("List<") || type === "CommaDelimitedList") && typeof value === "string") {
    return value.split(",").map((item) => item.trim());
  }
  return value;
}
function resolveSub(arg, ctx) {
  const [template, vars] = Array.isArray(arg) ? arg : [arg, {}];
  if (typeof template !== "string") return unknownValue("Fn::Sub with a non-string template");
  const variables = vars !== null && typeof vars === "object" ? vars : {};
  let missing;
  const text = template.replace(/\$\{([^{}]*)\}/g, (whole, name) => {
    if (name.startsWith("!")) return `\${${name.slice(1)}}`;
    const value = name in variables ? resolveValue(variables[name], ctx) : resolveRef(name.trim(), ctx);
    if (isPrimitive(value)) return String(value);
    missing ??= name;
    return whole;
  });
  return missing === void 0 ? text : unknownValue(`Fn::Sub references ${missing}`);
}
function resolveIf(arg, ctx) {
  if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== "string") return unknownValue("malformed Fn::If");
  const condition = ctx.conditions?.get(arg[0]) ?? unknownValue(`condition ${arg[0]} is not declared`);
  if (condition === true) return resolveValue(arg[1], ctx);
  if (condition === false) return resolveValue(arg[2], ctx);
  const [whenTrue, whenFalse] = [resolveValue(arg[1], ctx), resolveValue(arg[2], ctx)];
  if (isDeepStrictEqual(whenTrue, whenFalse) && !containsUnknown2(whenTrue)) return whenTrue;
  return unknownValue(`Fn::If on condition ${arg[0]}, which is unknown (${condition.reason ?? "not evaluated"})`);
}
function resolveFindInMap(arg, ctx) {
  if (!Array.isArray(arg) || arg.length < 3 || arg.length > 4) return unknownValue("malformed Fn::FindInMap");
  const keys = arg.slice(0, 3).map((key) => resolveValue(key, ctx));
  if (!keys.every((key) => typeof key === "string" || typeof key === "number")) {
    return keys.find(isUnknown) ?? unknownValue("Fn::FindInMap with an unresolved key");
  }
  let current = ctx.mappings;
  for (const key of keys) {
    current = current !== null && typeof current === "object" && Object.hasOwn(current, String(key)) ? current[String(key)] : void 0;
  }
  if (current !== void 0) return resolveValue(current, ctx);
  const options = arg[3] !== null && typeof arg[3] === "object" ? arg[3] : void 0;
  if (options && "DefaultValue" in options) return resolveValue(options.DefaultValue, ctx);
  return unknownValue(`no mapping ${keys.join(".")}`);
}

// src/resolve/cloudformation/conditions.ts
function evaluateConditions(template, ctx) {
  const definitions = asRecord(template.Conditions) ?? {};
  const values = /* @__PURE__ */ new Map();
  const evaluating = /* @__PURE__ */ new Set();
  const byName = (name) => {
    const known2 = values.get(name);
    if (known2 !== void 0) return known2;
    if (!(name in definitions)) return unknownValue(`condition ${name} is not declared`);
    if (evaluating.has(name)) return unknownValue(`condition ${name} refers to itself`);
    if (evaluating.size >= MAX_NESTING_DEPTH) return unknownValue(CHAIN_TOO_DEEP);
    evaluating.add(name);
    const value = evaluate2(definitions[name], ctx, byName);
    evaluating.delete(name);
    values.set(name, value);
    return value;
  };
  for (const name of Object.keys(definitions)) byName(name);
  return values;
}
var CHAIN_TOO_DEEP = `conditions refer to conditions more than ${MAX_NESTING_DEPTH} deep`;
function evaluate2(expression, ctx, byName) {
  const record3 = asRecord(expression);
  const keys = record3 ? Object.keys(record3) : [];
  if (!record3 || keys.length !== 1) return literal(expression);
  const [fn] = keys;
  const arg = record3[fn];
  switch (fn) {
    case "Condition":
      return typeof arg === "string" ? byName(arg) : unknownValue("malformed Condition");
    case "Fn::Not":
      return not(Array.isArray(arg) && arg.length === 1 ? evaluate2(arg[0], ctx, byName) : unknownValue("malformed Fn::Not"));
    case "Fn::And":
    case "Fn::Or":
      return combine(fn, arg, ctx, byName);
    case "Fn::Equals":
      return equals(arg, ctx);
    default:
      return literal(resolveValue(expression, ctx));
  }
}
function literal(value) {
  if (typeof value === "boolean") return value;
  if (typeof value === "string" && /^(true|false)$/i.test(value)) return value.toLowerCase() === "true";
  return isUnknown(value) ? value : unknownValue("a condition that is not a boolean");
}
function not(value) {
  return typeof value === "boolean" ? !value : value;
}
function combine(fn, arg, ctx, byName) {
  if (!Array.isArray(arg) || arg.length < 2 || arg.length > 10) return unknownValue(`malformed ${fn}`);
  const decisive = fn === "Fn::Or";
  let unknown2;
  for (const operand of arg) {
    const value = evaluate2(operand, ctx, byName);
    if (value === decisive) return decisive;
    if (isUnknown(value)) unknown2 ??= value;
  }
  return unknown2 ?? !decisive;
}
function equals(arg, ctx) {
  if (!Array.isArray(arg) || arg.length !== 2) return unknownValue("malformed Fn::Equals");
  const [a, b] = arg.map((value) => resolveValue(value, ctx));
  for (const value of [a, b]) if (containsUnknown3(value)) return unknownFrom(value);
  if (isPrimitive(a) && isPrimitive(b)) return String(a) === String(b);
  return isDeepStrictEqual2(a, b);
}
function containsUnknown3(value) {
  if (isUnknown(value)) return true;
  return value !== null && typeof value === "object" && Object.values(value).some(containsUnknown3);
}
function unknownFrom(value) {
  return isUnknown(value) ? value : unknownValue("Fn::Equals over a list with unknown items");
}

// src/resolve/cloudformation/foreach.ts
var LOOP_PREFIX = "Fn::ForEach::";
var LOOP_SECTIONS = ["Conditions", "Resources", "Outputs"];
var MAX_GENERATED = 1e4;
function expandForEach(template, ctx) {
  const expander = new Expander(ctx);
  const value = { ...template };
  for (const section of LOOP_SECTIONS) {
    if (section in template && containsLoop(template[section])) {
      value[section] = expander.node(template[section], [section], [section], /* @__PURE__ */ new Map());
    }
  }
  return { value, origins: expander.origins, problems: expander.problems };
}
function containsLoop(value) {
  if (Array.isArray(value)) return value.some(containsLoop);
  const record3 = asRecord(value);
  if (!record3) return false;
  return Object.entries(record3).some(([key, item]) => key.startsWith(LOOP_PREFIX) || containsLoop(item));
}
var Expander = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  origins = [];
  problems = [];
  generated = 0;
  /** `value` at `templatePath` in the template, written at `path` in the expansion. */
  node(value, path21, templatePath, bindings) {
    if (typeof value === "string") return substituteString(value, bindings);
    if (Array.isArray(value)) return value.map((item, i) => this.node(item, [...path21, i], [...templatePath, i], bindings));
    const record3 = asRecord(value);
    if (!record3) return value;
    const ref = identifierRef(record3, bindings);
    if (ref !== void 0) return ref;
    const out = {};
    for (const [key, item] of Object.entries(record3)) {
      if (key.startsWith(LOOP_PREFIX)) this.loop(key, item, out, path21, [...templatePath, key], bindings);
      else this.put(out, substituteKey(key, bindings), this.node(item, [...path21, substituteKey(key, bindings)], [...templatePath, key], bindings), path21, templatePath);
    }
    return out;
  }
  loop(name, args, out, path21, loopPath, bindings) {
    const fragment = Array.isArray(args) ? asRecord(args[2]) : void 0;
    if (!Array.isArray(args) || args.length !== 3 || typeof args[0] !== "string" || !fragment) {
      this.problems.push({ at: loopPath, message: `${name} is malformed (expected [Identifier, Collection, {OutputKey: OutputValue}]); not expanded` });
      return;
    }
    const identifier = args[0];
    for (const item of this.collection(name, args[1], loopPath, bindings)) {
      const inner = new Map(bindings).set(identifier, item);
      for (const [outputKey, outputValue] of Object.entries(fragment)) {
        const fragmentPath = [...loopPath, 2, outputKey];
        if (outputKey.startsWith(LOOP_PREFIX)) {
          this.loop(outputKey, outputValue, out, path21, fragmentPath, inner);
          continue;
        }
        const key = isUnknown(item) ? outputKey : substituteKey(outputKey, inner);
        if (++this.generated > MAX_GENERATED) {
          this.problems.push({ at: loopPath, message: `${name} generates more than ${MAX_GENERATED} entries; the rest are not scanned` });
          return;
        }
        const at2 = [...path21, key];
        this.origins.push({ at: at2, from: fragmentPath, bindings: inner });
        this.put(out, key, this.node(outputValue, at2, fragmentPath, inner), path21, loopPath);
      }
    }
  }
  /** The loop's items; one unknown item when the collection cannot be known. */
  collection(name, written, loopPath, bindings) {
    const resolved = resolveValue(this.node(written, [], [], bindings), this.ctx);
    if (Array.isArray(resolved) && resolved.every(isPrimitive)) return resolved.map(String);
    const reason = isUnknown(resolved) && resolved.reason ? resolved.reason : "not a list of strings";
    this.problems.push({
      at: loopPath,
      message: `${name}: the collection is not known (${reason}); one copy of its fragment is scanned with the values that depend on it unknown`
    });
    return [unknownValue(`the collection of ${name} is not known`)];
  }
  put(out, key, value, path21, at2) {
    if (key in out) {
      this.problems.push({ at: at2, message: `${[...path21, key].join(".")} is generated twice; CloudFormation rejects the template; the first is scanned` });
      return;
    }
    out[key] = value;
  }
};
function identifierRef(record3, bindings) {
  const keys = Object.keys(record3);
  if (keys.length !== 1 || keys[0] !== "Ref" || typeof record3.Ref !== "string") return void 0;
  return bindings.get(record3.Ref);
}
var PLACEHOLDER = /([$&])\{([^{}]*)\}/g;
function substituteKey(key, bindings) {
  if (bindings.size === 0) return key;
  return key.replace(PLACEHOLDER, (whole, sigil, name) => {
    const item = bindings.get(name);
    if (typeof item !== "string") return whole;
    return sigil === "&" ? item.replace(/[^A-Za-z0-9]/g, "") : item;
  });
}
function substituteString(text, bindings) {
  if (bindings.size === 0) return text;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const item = bindings.get(match[2]);
    if (isUnknown(item)) return item;
  }
  return substituteKey(text, bindings);
}
function writtenPath(path21, origins, template) {
  const best = origins.longestPrefix(path21);
  if (!best) return path21;
  const out = [...best.from];
  let current = valueAt(template, best.from);
  for (const [i, segment] of path21.slice(best.at.length).entries()) {
    const record3 = asRecord(current);
    const key = Array.isArray(current) ? segment : record3 && (segment in record3 ? segment : Object.keys(record3).find((k) => substituteKey(k, best.bindings) === segment));
    if (key === void 0 || !record3 && !Array.isArray(current)) return [...out, ...path21.slice(best.at.length + i)];
    out.push(key);
    current = current[key];
  }
  return out;
}
var OriginIndex = class {
  byPath = /* @__PURE__ */ new Map();
  lengths;
  constructor(origins) {
    for (const origin of origins) if (!this.byPath.has(pathKey(origin.at))) this.byPath.set(pathKey(origin.at), origin);
    this.lengths = [...new Set(origins.map((o) => o.at.length))].sort((a, b) => b - a);
  }
  /** The origin with the longest `at` that is a prefix of `path`. */
  longestPrefix(path21) {
    for (const length2 of this.lengths) {
      if (length2 > path21.length) continue;
      const found = this.byPath.get(pathKey(length2 === path21.length ? path21 : path21.slice(0, length2)));
      if (found) return found;
    }
    return void 0;
  }
};
function valueAt(root, path21) {
  let current = root;
  for (const segment of path21) current = current !== null && typeof current === "object" ? current[segment] : void 0;
  return current;
}

// src/resolve/cloudformation/sam-implicit.ts
var IMPLICIT = {
  Api: { logicalId: "ServerlessRestApi", type: "AWS::Serverless::Api", properties: { StageName: "Prod" }, explicit: "RestApiId" },
  HttpApi: { logicalId: "ServerlessHttpApi", type: "AWS::Serverless::HttpApi", properties: {}, explicit: "ApiId" }
};
function implicitApis(resources) {
  const found = /* @__PURE__ */ new Map();
  for (const [logicalId, definition] of Object.entries(resources)) {
    const raw = asRecord(definition);
    if (raw?.Type !== "AWS::Serverless::Function") continue;
    for (const [name, event] of Object.entries(asRecord(asRecord(raw.Properties)?.Events) ?? {})) {
      const type = asRecord(event)?.Type;
      const implicit = typeof type === "string" ? IMPLICIT[type] : void 0;
      if (!implicit || found.has(implicit.logicalId)) continue;
      if (asRecord(asRecord(event)?.Properties)?.[implicit.explicit] !== void 0) continue;
      found.set(implicit.logicalId, {
        logicalId: implicit.logicalId,
        type: implicit.type,
        properties: { ...implicit.properties },
        event: ["Resources", logicalId, "Properties", "Events", name]
      });
    }
  }
  return [...found.values()];
}

// src/resolve/cloudformation/sam-resources.ts
var Builder = class {
  constructor(sam) {
    this.sam = sam;
  }
  sam;
  properties = {};
  renames = [];
  /** Copies SAM property `from` (when written) to `to`. */
  copy(from, to = [from]) {
    if (from in this.sam) this.set(to, this.sam[from], [from]);
    return this;
  }
  set(to, value, from) {
    let target = this.properties;
    for (const key of to.slice(0, -1)) target = target[key] ??= {};
    target[to[to.length - 1]] = value;
    if (from) this.renames.push({ cfn: to, sam: from });
    return this;
  }
  /** SAM writes Tags as a map; CloudFormation as a list of `{Key, Value}`. */
  tags(to = "Tags") {
    const tags = asRecord(this.sam.Tags);
    if (!tags) return this.copy("Tags", [to]);
    const list2 = Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
    this.set([to], list2);
    Object.keys(tags).forEach((key, i) => this.renames.push({ cfn: [to, i], sam: ["Tags", key] }, { cfn: [to, i, "Value"], sam: ["Tags", key] }));
    return this;
  }
  build(logicalId, type) {
    return { logicalId, type, properties: this.properties, renames: this.renames };
  }
};
var FUNCTION_PROPERTIES = [
  "FunctionName",
  "Description",
  "Runtime",
  "Handler",
  "PackageType",
  "MemorySize",
  "Timeout",
  "Role",
  "Environment",
  "VpcConfig",
  "KmsKeyArn",
  "Layers",
  "ReservedConcurrentExecutions",
  "Architectures",
  "EphemeralStorage",
  "ImageConfig",
  "SnapStart",
  "LoggingConfig",
  "RuntimeManagementConfig",
  "FileSystemConfigs",
  "CodeSigningConfigArn",
  "RecursiveLoop"
];
function translateFunction({ logicalId, properties: sam }) {
  const fn = new Builder(sam);
  for (const name of FUNCTION_PROPERTIES) fn.copy(name);
  if ("Tracing" in sam && sam.Tracing !== "Disabled") fn.set(["TracingConfig", "Mode"], sam.Tracing, ["Tracing"]);
  if (asRecord(sam.DeadLetterQueue)) fn.set(["DeadLetterConfig", "TargetArn"], asRecord(sam.DeadLetterQueue).TargetArn, ["DeadLetterQueue", "TargetArn"]);
  if ("InlineCode" in sam) fn.set(["Code", "ZipFile"], sam.InlineCode, ["InlineCode"]);
  else if ("ImageUri" in sam) fn.set(["Code", "ImageUri"], sam.ImageUri, ["ImageUri"]);
  else fn.copy("CodeUri", ["Code"]);
  fn.tags();
  const out = [fn.build(logicalId, "AWS::Lambda::Function")];
  const urlConfig = asRecord(sam.FunctionUrlConfig);
  if (urlConfig) {
    const url = new Builder(urlConfig).copy("AuthType").copy("Cors").copy("InvokeMode").set(["TargetFunctionArn"], { Ref: logicalId });
    url.renames.forEach((rename) => rename.sam.unshift("FunctionUrlConfig"));
    out.push({ ...url.build(`${logicalId}Url`, "AWS::Lambda::Url"), anchor: ["FunctionUrlConfig"] });
  }
  return out;
}
function stageId(api, stageName, fallback) {
  return typeof stageName === "string" ? `${api}${stageName.replace(/[^A-Za-z0-9]/g, "")}Stage` : `${api}${fallback}`;
}
function translateApi({ logicalId, properties: sam, resolve: resolve2 }) {
  const api = new Builder(sam).copy("Name").copy("Description").copy("BinaryMediaTypes").copy("MinimumCompressionSize").copy("DisableExecuteApiEndpoint").copy("Mode").copy("ApiKeySourceType").copy("FailOnWarnings").copy("DefinitionBody", ["Body"]).copy("DefinitionUri", ["BodyS3Location"]);
  const endpoint = asRecord(sam.EndpointConfiguration);
  if (endpoint) api.set(["EndpointConfiguration", "Types"], [endpoint.Type], ["EndpointConfiguration", "Type"]);
  else if ("EndpointConfiguration" in sam) api.set(["EndpointConfiguration", "Types"], [sam.EndpointConfiguration], ["EndpointConfiguration"]);
  const stage = new Builder(sam).copy("StageName").set(["RestApiId"], { Ref: logicalId }).copy("AccessLogSetting").copy("TracingEnabled").copy("MethodSettings").copy("CacheClusterEnabled").copy("CacheClusterSize").copy("Variables").copy("CanarySetting").tags();
  return [api.build(logicalId, "AWS::ApiGateway::RestApi"), stage.build(stageId(logicalId, resolve2(sam.StageName), "Stage"), "AWS::ApiGateway::Stage")];
}
function translateHttpApi({ logicalId, properties: sam, resolve: resolve2 }) {
  const api = new Builder(sam).copy("Name").copy("Description").copy("DisableExecuteApiEndpoint").copy("FailOnWarnings").copy("DefinitionBody", ["Body"]).copy("DefinitionUri", ["BodyS3Location"]).set(["ProtocolType"], "HTTP");
  if (asRecord(sam.CorsConfiguration)) api.copy("CorsConfiguration");
  const name = resolve2(sam.StageName);
  const stage = new Builder(sam).set(["ApiId"], { Ref: logicalId }).set(["AutoDeploy"], true).copy("AccessLogSettings").copy("DefaultRouteSettings").copy("RouteSettings").copy("StageVariables").copy("Tags");
  if ("StageName" in sam) stage.copy("StageName");
  else stage.set(["StageName"], "$default");
  const id = name === void 0 || name === "$default" ? `${logicalId}ApiGatewayDefaultStage` : stageId(logicalId, name, "Stage");
  return [api.build(logicalId, "AWS::ApiGatewayV2::Api"), stage.build(id, "AWS::ApiGatewayV2::Stage")];
}
var ATTRIBUTE_TYPES = { String: "S", Number: "N", Binary: "B" };
function translateSimpleTable({ logicalId, properties: sam }) {
  const table = new Builder(sam).copy("TableName").copy("SSESpecification").tags();
  const key = asRecord(sam.PrimaryKey);
  const name = key && "Name" in key ? key.Name : "id";
  const type = key && typeof key.Type === "string" ? ATTRIBUTE_TYPES[key.Type] ?? key.Type : "S";
  const from = key ? ["PrimaryKey"] : void 0;
  table.set(["KeySchema"], [{ AttributeName: name, KeyType: "HASH" }], from).set(["AttributeDefinitions"], [{ AttributeName: name, AttributeType: type }], from);
  if ("ProvisionedThroughput" in sam) table.copy("ProvisionedThroughput");
  else table.set(["BillingMode"], "PAY_PER_REQUEST");
  return [table.build(logicalId, "AWS::DynamoDB::Table")];
}
function translateStateMachine({ logicalId, properties: sam }) {
  const machine = new Builder(sam).copy("Name", ["StateMachineName"]).copy("Definition").copy("DefinitionUri", ["DefinitionS3Location"]).copy("DefinitionSubstitutions").copy("Logging", ["LoggingConfiguration"]).copy("Tracing", ["TracingConfiguration"]).copy("Role", ["RoleArn"]).copy("Type", ["StateMachineType"]).copy("PermissionsBoundary").tags();
  return [machine.build(logicalId, "AWS::StepFunctions::StateMachine")];
}
var SAM_TRANSLATORS = {
  "AWS::Serverless::Function": translateFunction,
  "AWS::Serverless::Api": translateApi,
  "AWS::Serverless::HttpApi": translateHttpApi,
  "AWS::Serverless::SimpleTable": translateSimpleTable,
  "AWS::Serverless::StateMachine": translateStateMachine
};

// src/resolve/cloudformation/sam.ts
var SAM_TRANSFORM = "AWS::Serverless-2016-10-31";
var GLOBAL_SECTIONS = {
  Function: "AWS::Serverless::Function",
  Api: "AWS::Serverless::Api",
  HttpApi: "AWS::Serverless::HttpApi",
  SimpleTable: "AWS::Serverless::SimpleTable",
  StateMachine: "AWS::Serverless::StateMachine",
  LayerVersion: "AWS::Serverless::LayerVersion"
};
function isSamTemplate(template) {
  const transform = template.Transform;
  return transform === SAM_TRANSFORM || Array.isArray(transform) && transform.includes(SAM_TRANSFORM);
}
function mergeGlobals(template, logicalId, raw) {
  if (!isSamTemplate(template)) return void 0;
  const section = Object.keys(GLOBAL_SECTIONS).find((name) => GLOBAL_SECTIONS[name] === raw.Type);
  const globals = section ? asRecord(asRecord(template.Globals)?.[section]) : void 0;
  if (!section || !globals) return void 0;
  const origins = /* @__PURE__ */ new Map();
  const local = asRecord(raw.Properties) ?? {};
  const properties = merge(
    { value: globals, at: ["Globals", section] },
    { value: local, at: ["Resources", logicalId, "Properties"] },
    [],
    origins
  );
  return { properties, origins };
}
function merge(global, local, path21, origins) {
  if (!local || !global) return copy(local ?? global, path21, origins);
  const [g, l] = [asMap(global.value), asMap(local.value)];
  if (g && l) {
    origins.set(pathKey(path21), local.at);
    const out = {};
    for (const key of /* @__PURE__ */ new Set([...Object.keys(g), ...Object.keys(l)])) {
      const child = (side, map) => key in map ? { value: map[key], at: [...side.at, key] } : void 0;
      out[key] = merge(child(global, g), child(local, l), [...path21, key], origins);
    }
    return out;
  }
  if (Array.isArray(global.value) && Array.isArray(local.value)) {
    origins.set(pathKey(path21), local.at);
    const items = [
      ...global.value.map((value, i) => ({ value, at: [...global.at, i] })),
      ...local.value.map((value, i) => ({ value, at: [...local.at, i] }))
    ];
    return items.map((item, i) => copy(item, [...path21, i], origins));
  }
  return copy(local, path21, origins);
}
function copy(item, path21, origins) {
  origins.set(pathKey(path21), item.at);
  const { value } = item;
  if (Array.isArray(value)) value.forEach((child, i) => copy({ value: child, at: [...item.at, i] }, [...path21, i], origins));
  else if (asRecord(value)) {
    for (const [key, child] of Object.entries(value)) {
      copy({ value: child, at: [...item.at, key] }, [...path21, key], origins);
    }
  }
  return value;
}
function asMap(value) {
  const record3 = asRecord(value);
  if (!record3) return void 0;
  const keys = Object.keys(record3);
  const intrinsic = keys.length === 1 && (keys[0] === "Ref" || keys[0] === "Condition" || keys[0].startsWith("Fn::"));
  return intrinsic ? void 0 : record3;
}

// src/resolve/cloudformation/sam-translate.ts
function translateSam(template, ctx) {
  const resources = asRecord(template.Resources);
  if (!isSamTemplate(template) || !resources) return void 0;
  const translation = { template, ctx, declared: resources, out: {}, sources: /* @__PURE__ */ new Map() };
  for (const [logicalId, definition] of Object.entries(resources)) {
    const raw = asRecord(definition);
    if (raw && typeof raw.Type === "string" && raw.Type in SAM_TRANSLATORS) translateOne(translation, logicalId, raw);
    else if (!(logicalId in translation.out)) translation.out[logicalId] = definition;
  }
  for (const implicit of implicitApis(resources)) {
    if (implicit.logicalId in resources) continue;
    translateOne(translation, implicit.logicalId, { Type: implicit.type, Properties: implicit.properties }, implicit.event);
  }
  const { out, sources } = translation;
  return { value: { ...template, Resources: out }, writtenPath: (path21) => writtenPath2(path21, sources) };
}
function translateOne(t, logicalId, raw, root) {
  const merged = mergeGlobals(t.template, logicalId, raw);
  const properties = merged?.properties ?? asRecord(raw.Properties) ?? {};
  const attributes = Object.fromEntries(Object.entries(raw).filter(([key]) => key !== "Type" && key !== "Properties"));
  for (const generated of SAM_TRANSLATORS[raw.Type]({ logicalId, properties, resolve: (value) => resolveValue(value, t.ctx) })) {
    if (generated.logicalId !== logicalId && generated.logicalId in t.declared) continue;
    t.out[generated.logicalId] = { Type: generated.type, ...attributes, Properties: generated.properties };
    t.sources.set(generated.logicalId, { logicalId, renames: generated.renames, anchor: generated.anchor, origins: merged?.origins, root });
  }
}
function writtenPath2(path21, sources) {
  const source = path21[0] === "Resources" && typeof path21[1] === "string" ? sources.get(path21[1]) : void 0;
  if (!source) return path21;
  const resource = source.root ?? ["Resources", source.logicalId];
  if (source.root && path21.length > 2 && path21[2] !== "Properties") return resource;
  if (path21.length === 2 && source.anchor) return samPath(source, source.anchor);
  if (path21[2] !== "Properties") return [...resource, ...path21.slice(2)];
  const property = path21.slice(3);
  const rename = longestRename(source.renames, property);
  if (!rename) return property.length === 0 && !source.root ? [...resource, "Properties"] : resource;
  return samPath(source, [...rename.sam, ...property.slice(rename.cfn.length)]);
}
function samPath(source, sam) {
  for (let n = sam.length; n > 0 && source.origins; n--) {
    const origin = source.origins.get(pathKey(sam.slice(0, n)));
    if (origin && source.root && origin[0] === "Resources") return source.root;
    if (origin) return [...origin, ...sam.slice(n)];
  }
  return source.root ?? ["Resources", source.logicalId, "Properties", ...sam];
}
function longestRename(renames, property) {
  let best;
  for (const rename of renames) {
    const matches = rename.cfn.length <= property.length && rename.cfn.every((segment, i) => segment === property[i]);
    if (matches && (!best || rename.cfn.length > best.cfn.length)) best = rename;
  }
  return best;
}

// src/resolve/cloudformation/template.ts
function templateContext(template, options = {}) {
  const parameters = {};
  for (const [name, definition] of Object.entries(asRecord(template.Parameters) ?? {})) {
    parameters[name] = asRecord(definition) ?? {};
  }
  const ctx = {
    parameters,
    mappings: asRecord(template.Mappings) ?? {},
    resourceIds: new Set(Object.keys(asRecord(template.Resources) ?? {})),
    parameterValues: options.parameters ?? {},
    pseudoParameters: options.pseudoParameters ?? {}
  };
  return { ...ctx, conditions: evaluateConditions(template, ctx) };
}
function resolveResource(logicalId, raw, ctx, template = {}) {
  const merged = mergeGlobals(template, logicalId, raw);
  const written = merged ? { ...raw, Properties: merged.properties } : raw;
  const properties = asRecord(resolveValue(written.Properties ?? {}, ctx)) ?? {};
  return { logicalId, type: String(raw.Type), raw: written, properties, origins: merged?.origins };
}

// src/resolve/cloudformation/language-extensions.ts
function expandLanguageExtensions(doc, options) {
  const expanded = expandLoops(doc, options);
  return { doc: applySam(expanded.doc, options), diagnostics: expanded.diagnostics };
}
function applySam(doc, options) {
  const template = doc.value;
  const translation = translateSam(template, templateContext(template, options));
  if (!translation) return doc;
  return { ...doc, value: translation.value, locate: (path21) => doc.locate(translation.writtenPath(path21)) };
}
function expandLoops(doc, options) {
  const template = doc.value;
  if (!containsLoop(template)) return { doc, diagnostics: [] };
  const expansion = expandForEach(template, templateContext(template, options));
  const diagnostics = expansion.problems.map((problem) => ({
    code: "PARSE_UNSUPPORTED",
    level: "warning",
    message: problem.message,
    range: doc.locate(problem.at) ?? fileStart(doc.file.path)
  }));
  const origins = new OriginIndex(expansion.origins);
  const expanded = {
    ...doc,
    value: expansion.value,
    locate: (path21) => doc.locate(writtenPath(path21, origins, template))
  };
  return { doc: expanded, diagnostics };
}

// src/resolve/cloudformation/macros.ts
var APPLIED = /* @__PURE__ */ new Set(["AWS::Serverless-2016-10-31", "AWS::LanguageExtensions"]);
function macroDiagnostic(doc) {
  const template = asRecord(doc.value) ?? {};
  const found = /* @__PURE__ */ new Map();
  const transforms = Array.isArray(template.Transform) ? template.Transform : [template.Transform];
  transforms.forEach((entry, i) => {
    const name = typeof entry === "string" ? entry : asRecord(entry)?.Name;
    const at2 = Array.isArray(template.Transform) ? ["Transform", i] : ["Transform"];
    if (typeof name === "string" && !APPLIED.has(name) && !found.has(name)) found.set(name, at2);
  });
  collectInline(template, [], found);
  if (found.size === 0) return void 0;
  const [first] = found.values();
  return {
    code: "PARSE_UNSUPPORTED",
    level: "warning",
    message: `the template uses ${[...found.keys()].join(", ")}, which CloudFormation runs at deployment and the scan does not; what ${found.size === 1 ? "it adds or changes" : "they add or change"} is not checked, the resources are scanned as written`,
    range: doc.locate(first) ?? fileStart(doc.file.path)
  };
}
function collectInline(value, path21, found) {
  if (Array.isArray(value)) {
    value.forEach((item, i) => collectInline(item, [...path21, i], found));
    return;
  }
  const record3 = asRecord(value);
  if (!record3) return;
  for (const [key, item] of Object.entries(record3)) {
    if (key === "Fn::Transform") {
      for (const call of Array.isArray(item) ? item : [item]) {
        const name = asRecord(call)?.Name;
        const label = typeof name === "string" ? name : "Fn::Transform";
        if (!found.has(label)) found.set(label, [...path21, key]);
      }
    }
    collectInline(item, [...path21, key], found);
  }
}

// src/resolve/cloudformation/requests.ts
import { posix } from "node:path";
var NESTED_STACK_TYPES = {
  "AWS::CloudFormation::Stack": "TemplateURL",
  "AWS::Serverless::Application": "Location"
};
var SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
function stackLocation(value, parentPath) {
  if (isUnknown(value)) return { kind: "unknown", reason: value.reason ?? "not known before deployment" };
  const application = asRecord(value);
  if (application) {
    const id = application.ApplicationId;
    return { kind: "remote", written: typeof id === "string" ? `application ${id}` : "a Serverless Application Repository application" };
  }
  if (typeof value !== "string" || value.trim() === "") return { kind: "unknown", reason: "not a string" };
  const written = value.trim();
  if (SCHEME.test(written)) return { kind: "remote", written };
  const relative2 = written.replaceAll("\\", "/");
  if (relative2.startsWith("/")) return { kind: "outside", written };
  const path21 = posix.normalize(posix.join(posix.dirname(parentPath), relative2));
  if (path21 === ".." || path21.startsWith("../")) return { kind: "outside", written };
  return { kind: "local", path: path21 };
}
function nestedTemplateRequests(docs, loaded) {
  const wanted = /* @__PURE__ */ new Set();
  for (const doc of docs) {
    if (doc.file.format !== "cloudformation") continue;
    for (const definition of Object.values(asRecord(asRecord(doc.value)?.Resources) ?? {})) {
      const resource = asRecord(definition);
      const property = typeof resource?.Type === "string" ? NESTED_STACK_TYPES[resource.Type] : void 0;
      if (property === void 0) continue;
      const location = stackLocation(asRecord(resource.Properties)?.[property], doc.file.path);
      if (location.kind === "local" && !loaded.has(location.path)) wanted.add(location.path);
    }
  }
  return [...wanted].sort();
}

// src/resolve/cloudformation/stacks.ts
var MAX_STACK_DEPTH = 8;
var MAX_NESTED_STACKS = 500;
function resolveStackTree(root, options, templates, resolve2) {
  const top = resolve2(root, options, [], root.file.path);
  if (top === void 0) return [];
  const walk2 = { templates, resolve: resolve2, out: [top], count: 0, full: false };
  nest(walk2, top, [root.file.path]);
  return walk2.out;
}
function nest(walk2, parent, chain) {
  for (const resource of parent.resources) {
    const property = NESTED_STACK_TYPES[resource.type];
    if (property === void 0) continue;
    const report = ({ code, level = "warning", message }) => {
      const range = parent.doc.locate(["Resources", resource.logicalId, "Properties", property]) ?? parent.doc.locate(["Resources", resource.logicalId]);
      parent.diagnostics.push({ code, level, message: `nested stack ${resource.logicalId}: ${message}`, range: range ?? fileStart(parent.doc.file.path) });
    };
    const found = childTemplate(walk2, resource.properties[property], property, parent, chain);
    if ("skip" in found) continue;
    if ("problem" in found) {
      report(found.problem);
      continue;
    }
    walk2.count++;
    let child;
    try {
      child = walk2.resolve(found.doc, { parameters: passedParameters(resource.properties.Parameters, found.doc) }, [...parent.stack, resource.logicalId], parent.rootPath);
    } catch (error) {
      report({ code: "STACK_UNRESOLVED", message: `template ${found.doc.file.path} could not be resolved: ${getErrorMessage(error)}` });
      continue;
    }
    if (child === void 0) continue;
    walk2.out.push(child);
    nest(walk2, child, [...chain, found.doc.file.path]);
  }
}
function childTemplate(walk2, value, property, parent, chain) {
  const unresolved = (message) => ({ problem: { code: "STACK_UNRESOLVED", message } });
  const location = stackLocation(value, parent.doc.file.path);
  switch (location.kind) {
    case "remote":
      return unresolved(`${property} ${location.written} is not a local template; its resources are not scanned (scan the template before it is packaged)`);
    case "outside":
      return unresolved(`${property} ${location.written} is outside the scan root; its resources are not scanned`);
    case "unknown":
      return unresolved(`${property} is not known before deployment (${location.reason}); its resources are not scanned`);
  }
  if (chain.includes(location.path)) return unresolved(`template ${location.path} nests itself (${[...chain, location.path].join(" \u2192 ")}); not followed`);
  if (chain.length > MAX_STACK_DEPTH) {
    return { problem: { code: "LIMIT_EXCEEDED", level: "error", message: `nested more than ${MAX_STACK_DEPTH} levels deep; template ${location.path} is not scanned` } };
  }
  if (walk2.count >= MAX_NESTED_STACKS) {
    const said = walk2.full;
    walk2.full = true;
    return said ? { skip: true } : { problem: { code: "LIMIT_EXCEEDED", level: "error", message: `more than ${MAX_NESTED_STACKS} nested stacks under ${parent.rootPath}; this one and later ones are not scanned` } };
  }
  const doc = walk2.templates.get(location.path);
  if (doc === void 0) return unresolved(`template ${location.path} was not read (missing, excluded, not a regular file inside the scan root, or not a CloudFormation template); its resources are not scanned`);
  if (doc.value === void 0) return unresolved(`template ${location.path} could not be parsed; its resources are not scanned`);
  return { doc };
}
function passedParameters(passed, child) {
  const out = {};
  if (isUnknown(passed)) {
    for (const name of Object.keys(asRecord(asRecord(child.value)?.Parameters) ?? {})) {
      out[name] = unknownValue(`the parent stack's Parameters are unknown (${passed.reason ?? "not evaluated"})`);
    }
    return out;
  }
  for (const [name, value] of Object.entries(asRecord(passed) ?? {})) {
    const text = parameterText(value);
    out[name] = text ?? unknownValue(`parameter ${name} passed by the parent stack is ${isUnknown(value) ? value.reason ?? "unknown" : "not a string"}`);
  }
  return out;
}
function parameterText(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === "string" || typeof item === "number")) return value.join(",");
  return void 0;
}

// src/resolve/cloudformation/index.ts
function resolveCloudFormationStacks(root, options, templates) {
  return resolveStackTree(root, options, templates, resolveCloudFormation);
}
function resolveCloudFormation(written, options = {}, stack = [], rootPath = written.file.path) {
  if (!asRecord(written.value) || Object.keys(written.value).length === 0) return void 0;
  const diagnostics = [];
  const macros = macroDiagnostic(written);
  if (macros) diagnostics.push(macros);
  const expanded = expandLanguageExtensions(written, options);
  diagnostics.push(...expanded.diagnostics);
  const { doc } = expanded;
  const template = doc.value;
  const ctx = templateContext(template, options);
  const chain = [...ctx.conditions ?? []].find(([, value]) => isUnknown(value) && value.reason === CHAIN_TOO_DEEP);
  if (chain) diagnostics.push(tooDeepChain(doc, chain[0]));
  if (!asRecord(template.Resources)) diagnostics.push(warning(doc, void 0, "template has no Resources map"));
  const resolved = { doc, ctx, resources: [], excluded: [], diagnostics, stack, rootPath };
  for (const [logicalId, definition] of Object.entries(asRecord(template.Resources) ?? {})) {
    const raw = asRecord(definition);
    if (!raw || typeof raw.Type !== "string") {
      if (!logicalId.startsWith("Fn::ForEach::")) diagnostics.push(warning(doc, logicalId, `resource ${logicalId} has no Type; skipped`));
      continue;
    }
    if (typeof raw.Condition === "string" && ctx.conditions?.get(raw.Condition) === false) {
      resolved.excluded.push(logicalId);
      continue;
    }
    try {
      resolved.resources.push(resolveResource(logicalId, raw, ctx, template));
    } catch (error) {
      diagnostics.push(resourceFailed(doc, logicalId, error));
    }
  }
  return resolved;
}
function tooDeepChain(doc, name) {
  const message = `${CHAIN_TOO_DEEP}; condition ${name} and those that depend on it are unknown`;
  return { code: "LIMIT_EXCEEDED", level: "error", message, range: doc.locate(["Conditions", name]) ?? fileStart(doc.file.path) };
}
function warning(doc, logicalId, message) {
  const range = doc.locate(logicalId === void 0 ? [] : ["Resources", logicalId]);
  return { code: "PARSE_UNSUPPORTED", level: "warning", message, range: range ?? fileStart(doc.file.path) };
}

// src/policies/user.ts
import { execFileSync } from "node:child_process";

// src/fs/tools.ts
import { accessSync, constants, realpathSync, statSync as statSync2 } from "node:fs";
import path2 from "node:path";
function lookupTool(name, boundary) {
  const refused = [];
  for (const dir of (process.env.PATH ?? "").split(path2.delimiter).filter(Boolean)) {
    const candidate = path2.resolve(dir, name);
    if (!isExecutableFile(candidate)) continue;
    if (boundary !== void 0 && boundary.contains(realOrSelf(candidate))) {
      refused.push(candidate);
      continue;
    }
    return { file: candidate, refused };
  }
  return { refused };
}
function missingToolReason(name, lookup) {
  if (lookup.refused.length === 0) return `${name} is not installed`;
  return `${name} on PATH (${lookup.refused.join(", ")}) is inside the scanned repository, and a scan never runs a program from the scanned tree`;
}
function realOrSelf(file) {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}
function isExecutableFile(candidate) {
  try {
    accessSync(candidate, constants.X_OK);
    return statSync2(candidate).isFile();
  } catch {
    return false;
  }
}

// src/policies/user.ts
import { existsSync as existsSync3, mkdtempSync as mkdtempSync2, readdirSync as readdirSync2, rmSync as rmSync3, statSync as statSync5, writeFileSync, mkdirSync as mkdirSync3 } from "node:fs";
import os3 from "node:os";
import path6 from "node:path";

// src/policies/compile-cache.ts
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync as statSync3 } from "node:fs";
import os from "node:os";
import path3 from "node:path";
function defaultCacheDirectory(env = process.env) {
  const base = env.XDG_CACHE_HOME || (process.platform === "win32" ? env.LOCALAPPDATA : void 0) || path3.join(os.homedir(), ".cache");
  return path3.join(base, "posture-gate");
}
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true }).map((entry) => path3.join(entry.parentPath, entry.name)).filter((file) => statSync3(file, { throwIfNoEntry: false })?.isFile() === true).sort();
}
function compileKey(tool, roots, options) {
  const hash = createHash("sha256");
  hash.update(`${tool}\0${JSON.stringify(options)}\0`);
  for (const root of roots) {
    for (const file of filesUnder(root)) {
      hash.update(`${path3.relative(root, file)}\0`);
      hash.update(readFileSync(file));
      hash.update("\0");
    }
  }
  return hash.digest("hex");
}
function cachedEntry(cacheDir, key) {
  const dir = path3.join(cacheDir, "policies", key);
  return ["policy.wasm", "policy.meta.json", "catalog.json"].every((f) => existsSync(path3.join(dir, f))) ? dir : void 0;
}
function storeEntry(cacheDir, key, write) {
  const parent = path3.join(cacheDir, "policies");
  const final = path3.join(parent, key);
  const scratch = path3.join(parent, `.${key}.${process.pid}.${Date.now()}`);
  mkdirSync(parent, { recursive: true });
  try {
    write(scratch);
    rmSync(final, { recursive: true, force: true });
    renameSync(scratch, final);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return final;
}

// src/policies/compile-thread.ts
import { mkdtemp, rm } from "node:fs/promises";
import os2 from "node:os";
import path4 from "node:path";
import { fileURLToPath } from "node:url";
import { fork } from "node:child_process";
function workerEntry() {
  return bundledWorkerEntry("compile-worker.js") ?? path4.join(path4.dirname(fileURLToPath(import.meta.url)), "compile-worker.mjs");
}
async function compileInChildProcess(dir, job, signal) {
  const scratch = await mkdtemp(path4.join(os2.tmpdir(), "posture-policy-"));
  try {
    return await runChild(dir, { ...job, options: { ...job.options, workDir: path4.join(scratch, "work") } }, signal);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
var STDERR_KEPT = 2e3;
function runChild(dir, job, signal) {
  return new Promise((resolve2, reject) => {
    const child = fork(workerEntry(), [], { serialization: "advanced", execArgv: [], stdio: ["ignore", "ignore", "pipe", "ipc"] });
    let stderr = "";
    child.stderr?.setEncoding("utf8").on("data", (text) => stderr = (stderr + text).slice(-STDERR_KEPT));
    let settled = false;
    const settle = (reply) => {
      settled = true;
      if (child.exitCode === null) child.kill();
      if ("compiled" in reply) resolve2({ ...reply.compiled, wasm: Buffer.from(reply.compiled.wasm) });
      else if (reply.error.build) reject(new ConfigError(`policy ${dir}: ${reply.error.message}`));
      else reject(new PolicyError(`policy ${dir}: compile worker: ${reply.error.message}`));
    };
    child.once("message", (reply) => settle(reply));
    child.once("error", (error) => settled || settle({ error: { message: error.message, build: false } }));
    child.once("exit", (code, signalName) => settled || settle({ error: { message: `exited (${signalName ?? `code ${code}`})${stderr.trim() ? `: ${stderr.trim()}` : ""}`, build: false } }));
    const stop = () => settled || settle({ error: { message: "stopped: the scan failed", build: false } });
    signal?.addEventListener("abort", stop, { once: true });
    if (signal?.aborted) stop();
    else child.send(job);
  });
}

// src/policies/embedded-opa.mjs
import { closeSync, existsSync as existsSync2, mkdirSync as mkdirSync2, mkdtempSync, openSync, readFileSync as readFileSync2, rmSync as rmSync2, statSync as statSync4 } from "node:fs";
import path5 from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// src/policies/compiler.mjs
var import_yaml = __toESM(require_dist(), 1);

// src/policies/embedded-opa.mjs
function embeddedOpaFile() {
  const here = path5.dirname(fileURLToPath2(import.meta.url));
  return path5.resolve(here, "..", "..", "dist", "regoc", "regoc.wasm.br");
}
function embeddedOpaStamp(file = embeddedOpaFile()) {
  const stamp = path5.join(path5.dirname(file), "regoc.stamp");
  return existsSync2(stamp) ? readFileSync2(stamp, "utf8").trim() : `size ${statSync4(file).size}`;
}

// src/policies/user.ts
var USER_ID = /^(?!(AWS|K8S)-\d{4}$)[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/;
async function loadUserPolicies(paths, builtIn, settings = {}) {
  const loaded = [];
  const sets = await Promise.all(paths.map((source) => isBundle(source) ? readBundle(source) : compileDirectory(source, builtIn, settings)));
  for (const set of sets) {
    const source = set.source;
    const taken = new Set([...builtIn.checks, ...loaded.flatMap((l) => l.catalog.checks)].map((c) => c.id));
    const clash = set.catalog.checks.find((c) => taken.has(c.id));
    if (clash) throw new ConfigError(`policy ${source}: check id ${clash.id} is already used by another check; ids must be unique`);
    loaded.push(set);
  }
  return loaded;
}
function isBundle(dir) {
  return ["policy.wasm", "policy.meta.json", "catalog.json"].every((name) => existsSync3(path6.join(dir, name)));
}
async function readBundle(dir) {
  return { bundle: await readPolicyBundle(dir), catalog: await loadCatalog(dir), source: dir };
}
async function compileDirectory(dir, builtIn, settings) {
  const plan = planCompile(dir, builtIn);
  const cacheDir = settings.cacheDir ?? defaultCacheDirectory();
  const key = compileKey(plan.tool, [dir, ...plan.job.options.sources.map((s) => s.dir), path6.dirname(plan.job.options.capabilities)], plan.job.options);
  let entry = cachedEntry(cacheDir, key);
  const cached = entry !== void 0;
  if (!entry) {
    const compiled = await compileInChildProcess(dir, plan.job, settings.signal);
    try {
      entry = storeEntry(cacheDir, key, (out) => writeBundle(compiled, out));
    } catch {
      return fromScratch(dir, compiled);
    }
  }
  const set = await readBundle(entry);
  return { ...set, bundle: { ...set.bundle, directory: dir }, source: dir, cached };
}
async function fromScratch(dir, compiled) {
  const out = mkdtempSync2(path6.join(os3.tmpdir(), "posture-policy-"));
  try {
    writeBundle(compiled, out);
    const set = await readBundle(out);
    return { ...set, bundle: { ...set.bundle, directory: dir }, source: dir };
  } finally {
    rmSync3(out, { recursive: true, force: true });
  }
}
async function compileUserPolicies(dir, builtIn) {
  const plan = planCompile(dir, builtIn);
  return compileInChildProcess(dir, plan.job);
}
function planCompile(dir, builtIn) {
  if (!existsSync3(dir) || !statSync5(dir).isDirectory()) throw new ConfigError(`policy ${dir}: not a directory`, { code: "INPUT_MISSING" });
  const opa = findOpa(dir);
  const embedded = embeddedOpaFile();
  if (!opa && !existsSync3(embedded)) {
    throw new PolicyError(
      `policy ${dir} holds Rego, and the embedded Rego compiler ${embedded} is missing (an incomplete build of posture-gate: \`npm run build\` builds it with Go); put opa (v1) on PATH or in POSTURE_OPA, or pass a bundle from \`posture policies build\``,
      { code: "POLICY_LOAD" }
    );
  }
  const runtime = defaultPolicyDirectory();
  const options = {
    sources: [
      { dir, as: "user" },
      { dir: path6.join(runtime, "lib"), as: "lib" }
    ],
    frameworkDirs: [path6.join(dir, "frameworks")],
    knownFrameworks: builtIn.frameworks,
    capabilities: path6.join(runtime, "capabilities.json"),
    idPattern: USER_ID.source,
    reservedIds: builtIn.checks.map((c) => c.id),
    builtIn: false,
    runTests: hasTests(dir)
  };
  const tool = opa ? `opa ${opaVersion(opa)}` : `embedded ${embeddedOpaStamp(embedded)}`;
  return { job: { options, ...opa ? { opa } : { embedded } }, tool };
}
function opaVersion(opa) {
  return execFileSync(opa, ["version"], { encoding: "utf8", env: { PATH: process.env.PATH ?? "" } });
}
function writeBundle(compiled, out) {
  mkdirSync3(out, { recursive: true });
  const json = (value) => `${JSON.stringify(value, null, 2)}
`;
  writeFileSync(path6.join(out, "policy.wasm"), compiled.wasm);
  writeFileSync(path6.join(out, "policy.meta.json"), json(compiled.meta));
  writeFileSync(path6.join(out, "catalog.json"), json(compiled.catalog));
}
function findOpa(dir) {
  const lookup = lookupTool("opa", Boundary.of(process.cwd(), [dir]));
  const candidates = [process.env.POSTURE_OPA, lookup.file];
  for (const candidate of candidates) {
    if (!candidate || !existsSync3(candidate)) continue;
    try {
      execFileSync(candidate, ["version"], { stdio: "ignore", env: { PATH: process.env.PATH ?? "" } });
      return candidate;
    } catch {
    }
  }
  return void 0;
}
function hasTests(dir) {
  const walk2 = (d) => readdirSync2(d, { withFileTypes: true }).some((e) => e.isDirectory() ? walk2(path6.join(d, e.name)) : e.name.endsWith("_test.rego"));
  return walk2(dir);
}

// src/sources.ts
import path15 from "node:path";

// src/parsers/aws-config/index.ts
import { readFile as readFile2 } from "node:fs/promises";
var ITEM_ARRAYS = ["configurationItems", "baseConfigurationItems"];
function parseAwsConfigSnapshot(file, text) {
  return rehydrateDocument(readAwsConfigSnapshot(file, text));
}
function readAwsConfigSnapshot(file, text) {
  const parsed = parseJsonWithPositions(text, file.path);
  const key = itemArrayKey(parsed.value);
  const diagnostics = [...parsed.diagnostics];
  if (parsed.value !== void 0 && key === void 0) {
    diagnostics.push({
      code: "PARSE_UNSUPPORTED",
      level: "error",
      message: 'not an AWS Config snapshot: expected an object with a "configurationItems" array',
      range: fileStart(file.path)
    });
  }
  const items = key === void 0 ? void 0 : parsed.value[key];
  const locator = key === void 0 ? { kind: "none" } : positionsLocator(parsed.positions, [key]);
  return { file, value: items, diagnostics, locator };
}
async function readSnapshotFile(filePath, inflate = new InflateBudget()) {
  try {
    return (await inflate.inflate(await readFile2(filePath))).toString("utf8");
  } catch (error) {
    if (error instanceof InflateLimitError) throw error;
    throw new ConfigError(`read AWS Config snapshot ${filePath}: ${getErrorMessage(error)}`, { cause: error });
  }
}
function itemArrayKey(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return void 0;
  const record3 = value;
  return ITEM_ARRAYS.find((key) => Array.isArray(record3[key]));
}

// src/render/helm.ts
import { existsSync as existsSync5, mkdtempSync as mkdtempSync3, rmSync as rmSync4, statSync as statSync8 } from "node:fs";
import os4 from "node:os";
import path11 from "node:path";

// src/render/chart-copy.ts
import { copyFileSync, mkdirSync as mkdirSync4, statSync as statSync7 } from "node:fs";
import path8 from "node:path";

// src/fs/tree.ts
import { readdirSync as readdirSync3, statSync as statSync6 } from "node:fs";
import path7 from "node:path";
function listTree(boundary, dir, limits = {}) {
  const maxEntries = limits.maxEntries ?? 2e4;
  const maxDepth = limits.maxDepth ?? 32;
  const listing = { files: [], refused: [], truncated: false };
  const start = boundary.resolve(dir);
  if ("refused" in start) {
    listing.refused.push({ relative: ".", reason: start.refused });
    return listing;
  }
  if ("missing" in start) return listing;
  const visited = /* @__PURE__ */ new Set();
  let seen = 0;
  const walk2 = (real, prefix, depth) => {
    if (visited.has(real)) return;
    visited.add(real);
    let names;
    try {
      names = readdirSync3(real).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (++seen > maxEntries) {
        listing.truncated = true;
        return;
      }
      const relative2 = prefix === "" ? name : `${prefix}/${name}`;
      const target = boundary.resolve(path7.join(real, name));
      if ("refused" in target) listing.refused.push({ relative: relative2, reason: target.refused });
      if (!("real" in target)) continue;
      const info = statOf(target.real);
      if (info?.isFile()) listing.files.push({ relative: relative2, real: target.real });
      else if (info?.isDirectory()) {
        if (depth >= maxDepth) listing.truncated = true;
        else walk2(target.real, relative2, depth + 1);
      }
    }
  };
  walk2(start.real, "", 0);
  return listing;
}
function statOf(real) {
  try {
    return statSync6(real);
  } catch {
    return void 0;
  }
}

// src/render/chart-copy.ts
var MAX_CHART_BYTES = 64 * 1024 * 1024;
function copyChart(boundary, chartDir, shownDir, into) {
  const listing = listTree(boundary, chartDir);
  const diagnostics = listing.refused.map((r) => pathRefused(`${shownDir}/${r.relative}`, `--helm ${shownDir}`, r.reason));
  if (listing.truncated) diagnostics.push(limit(shownDir, "the chart holds too many files or directory levels"));
  let bytes = 0;
  for (const file of listing.files) {
    bytes += statSync7(file.real).size;
    if (bytes > MAX_CHART_BYTES) {
      diagnostics.push(limit(shownDir, `the chart is larger than ${MAX_CHART_BYTES / 1024 / 1024} MiB`));
      return { diagnostics, complete: false };
    }
    const target = path8.join(into, ...file.relative.split("/"));
    mkdirSync4(path8.dirname(target), { recursive: true });
    copyFileSync(file.real, target);
  }
  return { diagnostics, complete: !listing.truncated };
}
function limit(shownDir, why) {
  return { code: "LIMIT_EXCEEDED", level: "error", message: `--helm ${shownDir}: ${why}; not rendered`, range: fileStart(shownDir) };
}

// src/render/line-map.ts
import { readFileSync as readFileSync3 } from "node:fs";
var CONTROL = /^\{\{-?\s*(?:if|else|end|range|with|define|block|\/\*)/;
function mapTemplateLines(templateFile2, rendered) {
  const template = compile(readFileSync3(templateFile2, "utf8"));
  const map = [0];
  let from = 0;
  for (const text of rendered.split("\n")) {
    const line = text.trim();
    if (line === "---" || line.startsWith("# Source:")) {
      from = 0;
      map.push(0);
      continue;
    }
    const index = line === "" ? -1 : findLine(template, line, from);
    map.push(index < 0 ? 0 : template[index].line);
    if (index >= 0) from = index;
  }
  return map;
}
function findLine(template, line, from) {
  const literal2 = (start) => template.findIndex((t, i) => i >= start && t.literal && matchesPieces(t.pieces, line));
  const forward = literal2(from);
  if (forward >= 0) return forward;
  const action = template.findIndex((t, i) => i >= from && !t.literal && matchesPieces(t.pieces, line));
  return action >= 0 ? action : literal2(0);
}
function compile(text) {
  const out = [];
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || CONTROL.test(line)) return;
    const pieces = splitActions(line);
    const literal2 = pieces.some((piece) => piece.trim() !== "");
    if (!literal2 && pieces.length === 1) return;
    out.push({ line: i + 1, pieces, literal: literal2 });
  });
  return out;
}
function splitActions(line) {
  const pieces = [];
  let from = 0;
  for (let open = line.indexOf("{{"); open >= 0; open = line.indexOf("{{", from)) {
    const close = line.indexOf("}}", open + 2);
    if (close < 0) break;
    pieces.push(line.slice(from, open));
    from = close + 2;
  }
  pieces.push(line.slice(from));
  return pieces;
}
function matchesPieces(pieces, text) {
  if (pieces.length === 1) return text === pieces[0];
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (text.length < first.length + last.length || !text.startsWith(first) || !text.endsWith(last)) return false;
  const limit2 = text.length - last.length;
  let pos = first.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const at2 = text.indexOf(pieces[i], pos);
    if (at2 < 0 || at2 + pieces[i].length > limit2) return false;
    pos = at2 + pieces[i].length;
  }
  return true;
}

// src/render/tool-env.ts
import { realpathSync as realpathSync2 } from "node:fs";
import path9 from "node:path";
var PASSED = ["LANG", "LC_ALL", "LC_CTYPE", "TZ", "TMPDIR", "SYSTEMROOT", "WINDIR", "COMSPEC", "PATHEXT"];
var PASSED_WHEN_ONLINE = ["SSL_CERT_FILE", "SSL_CERT_DIR", "GIT_SSL_CAINFO"];
var NOWHERE = "http://127.0.0.1:9";
function toolEnvironment(options) {
  const env = {};
  for (const name of [...PASSED, ...options.denyNetwork ? [] : PASSED_WHEN_ONLINE]) {
    if (process.env[name] !== void 0) env[name] = process.env[name];
  }
  env.PATH = safePath(options.boundary);
  env.HOME = options.home;
  env.USERPROFILE = options.home;
  env.XDG_CONFIG_HOME = options.home;
  env.XDG_CACHE_HOME = options.home;
  env.KUBECONFIG = path9.join(options.home, "kubeconfig");
  env.GIT_CONFIG_NOSYSTEM = "1";
  env.GIT_CONFIG_GLOBAL = path9.join(options.home, "gitconfig");
  env.GIT_TERMINAL_PROMPT = "0";
  if (options.denyNetwork) Object.assign(env, offline());
  return env;
}
function offline() {
  const env = {};
  for (const name of ["HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"]) env[name] = NOWHERE;
  env.NO_PROXY = "";
  env.no_proxy = "";
  env.GIT_ALLOW_PROTOCOL = "file";
  env.GIT_SSH_COMMAND = "false";
  env.GIT_PROXY_COMMAND = "false";
  return env;
}
function safePath(boundary) {
  const entries = (process.env.PATH ?? "").split(path9.delimiter).filter((dir) => dir !== "" && path9.isAbsolute(dir));
  return entries.filter((dir) => boundary === void 0 || !boundary.contains(realOrSelf2(dir))).join(path9.delimiter);
}
function realOrSelf2(dir) {
  try {
    return realpathSync2(dir);
  } catch {
    return dir;
  }
}

// src/render/tool.ts
import { execFile, spawnSync } from "node:child_process";
import { existsSync as existsSync4 } from "node:fs";
import path10 from "node:path";
function explicitTool(file, flag) {
  const resolved = path10.resolve(file);
  if (!isExecutableFile(resolved)) throw new ConfigError(`${flag} ${file}: not an executable file`, { code: "INPUT_MISSING" });
  return resolved;
}
function runTool(file, args, options) {
  const unshare = options.denyNetwork ? networkNamespaceWrapper() : void 0;
  const [command, argv] = unshare ? [unshare, ["--user", "--map-root-user", "--net", "--", file, ...args]] : [file, args];
  return new Promise((resolve2, reject) => {
    const child = { cwd: options.cwd, env: options.env, maxBuffer: 256 * 1024 * 1024, timeout: 12e4, encoding: "utf8" };
    execFile(command, argv, child, (error, stdout, stderr) => {
      if (!error) return resolve2(stdout);
      const detail = String(stderr).trim().split("\n").slice(0, 5).join("; ") || error.message;
      reject(new ConfigError(`${options.purpose}: ${path10.basename(file)} failed: ${detail}`, { cause: error }));
    });
  });
}
var unshareProbe;
function networkNamespaceWrapper() {
  if (unshareProbe === void 0) {
    const found = process.platform === "linux" ? ["/usr/bin/unshare", "/bin/unshare"].find((f) => existsSync4(f)) : void 0;
    const works = found !== void 0 && spawnSync(found, ["--user", "--map-root-user", "--net", "--", "/bin/true"], { timeout: 5e3 }).status === 0;
    unshareProbe = works ? found : null;
  }
  return unshareProbe ?? void 0;
}

// src/render/helm.ts
async function renderHelm(options) {
  const cwd = options.cwd ?? process.cwd();
  const boundary = options.boundary ?? Boundary.of(cwd, [path11.resolve(cwd, options.chartDir)]);
  const shown = trimTrailingSlashes(options.chartDir.split(path11.sep).join("/"));
  const chart = boundary.resolve(path11.resolve(cwd, options.chartDir));
  if ("refused" in chart) return { files: [], diagnostics: [pathRefused(shown, `--helm ${shown}`, chart.refused)] };
  if ("missing" in chart || !existsSync5(path11.join(chart.real, "Chart.yaml"))) {
    throw new ConfigError(`--helm ${options.chartDir}: not a chart directory (no Chart.yaml)`, { code: "INPUT_MISSING" });
  }
  const diagnostics = [];
  const valuesFiles = (options.valuesFiles ?? []).map((file) => localValuesFile(file, cwd, boundary, diagnostics)).filter((f) => f !== void 0);
  const helm = helmBinary(options, boundary);
  const work = mkdtempSync3(path11.join(os4.tmpdir(), "posture-helm-"));
  try {
    const copy2 = path11.join(work, "chart");
    const copied = copyChart(boundary, chart.real, shown, copy2);
    diagnostics.push(...copied.diagnostics);
    if (!copied.complete) return { files: [], diagnostics };
    const args = ["template", ...options.releaseName ? [options.releaseName] : [], copy2, "--skip-tests"];
    if (options.namespace) args.push("--namespace", options.namespace);
    for (const file of valuesFiles) args.push("--values", file);
    for (const entry of options.set ?? []) args.push("--set", entry);
    const home = path11.join(work, "home");
    const env = { ...toolEnvironment({ home, boundary, denyNetwork: true }), HELM_CONFIG_HOME: home, HELM_CACHE_HOME: home, HELM_DATA_HOME: home, HELM_PLUGINS: home };
    const output = await runTool(helm, args, { cwd, env, denyNetwork: true, purpose: `render chart ${options.chartDir}` });
    return { files: splitBySource(output, options.chartDir, copy2), diagnostics };
  } finally {
    rmSync4(work, { recursive: true, force: true });
  }
}
function helmBinary(options, boundary) {
  if (options.helmPath !== void 0) return explicitTool(options.helmPath, "--helm-bin");
  const lookup = lookupTool("helm", boundary);
  if (lookup.file !== void 0) return lookup.file;
  throw new ConfigError(
    `--helm ${options.chartDir}: ${missingToolReason("helm", lookup)}; put helm v3 on PATH or pass --helm-bin (scripts/install-helm.sh installs it into .tools/bin), or scan the output of \`helm template\` instead`
  );
}
function localValuesFile(file, cwd, boundary, diagnostics) {
  const resolved = path11.resolve(cwd, file);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file) || !existsSync5(resolved) || !statSync8(resolved).isFile()) {
    throw new ConfigError(`--values ${file}: not a local file`, { code: "INPUT_MISSING" });
  }
  if (!boundary.containsLexically(resolved)) return resolved;
  const inside = boundary.resolve(resolved);
  if ("real" in inside) return inside.real;
  if ("refused" in inside) diagnostics.push(pathRefused(path11.relative(cwd, resolved).split(path11.sep).join("/"), `--values ${file}`, inside.refused));
  return void 0;
}
function splitBySource(output, chartDirAsGiven, chartDir) {
  const byTemplate = /* @__PURE__ */ new Map();
  for (const document of output.split(/^---[ \t]*$/m)) {
    const match = /^# Source: ([^\n]+)$/m.exec(document);
    if (!match || document.trim() === match[0]) continue;
    const sourceTemplate = match[1].trim().split("/").slice(1).join("/");
    const text = document.replace(/^\n/, "");
    (byTemplate.get(sourceTemplate) ?? byTemplate.set(sourceTemplate, []).get(sourceTemplate)).push(text);
  }
  return [...byTemplate].map(([sourceTemplate, documents]) => {
    const text = documents.map((d) => `---
${d}`).join("");
    const templateFile2 = path11.join(chartDir, sourceTemplate);
    const readable = isWithin(chartDir, templateFile2) && existsSync5(templateFile2);
    return {
      path: path11.posix.join(chartDirAsGiven.split(path11.sep).join("/"), sourceTemplate),
      text,
      sourceTemplate,
      lineMap: readable ? mapTemplateLines(templateFile2, text) : []
    };
  });
}
function trimTrailingSlashes(dir) {
  let end = dir.length;
  while (end > 1 && dir[end - 1] === "/") end--;
  return dir.slice(0, end);
}

// src/parsers/kubernetes/index.ts
var import_yaml4 = __toESM(require_dist(), 1);

// src/parsers/common/yaml-diagnostics.ts
var CODES = {
  DUPLICATE_KEY: "PARSE_DUPLICATE_KEY",
  TAG_RESOLVE_FAILED: "PARSE_UNSUPPORTED",
  BAD_ALIAS: "PARSE_ALIAS",
  // yaml reports both an alias bomb and a stack overflow while composing a deeply nested file so.
  RESOURCE_EXHAUSTION: "LIMIT_EXCEEDED"
};
var COMPOSER_TOO_DEEP = "nested too deep for the YAML parser; what lies deeper was not read";
function yamlDiagnostics(errors, warnings, filePath, lineCounter) {
  const convert = (level) => (error) => {
    const start = lineCounter.linePos(error.pos[0]);
    const end = lineCounter.linePos(Math.max(error.pos[1], error.pos[0]));
    return {
      code: CODES[error.code] ?? "PARSE_SYNTAX",
      level,
      message: error.code === "RESOURCE_EXHAUSTION" ? COMPOSER_TOO_DEEP : firstLine(error.message),
      range: { path: filePath, startLine: start.line, startColumn: start.col, endLine: end.line, endColumn: end.col }
    };
  };
  return [...errors.map(convert("error")), ...warnings.map(convert("warning"))];
}
function firstLine(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
function hasSyntaxError(diagnostics) {
  return diagnostics.some((d) => d.level === "error" && d.code === "PARSE_SYNTAX");
}

// src/parsers/common/yaml-positions.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/parsers/common/yaml-anchors.ts
var import_yaml2 = __toESM(require_dist(), 1);
function anchorTargets(doc) {
  const targets = /* @__PURE__ */ new Map();
  const anchors = /* @__PURE__ */ new Map();
  const stack = [doc.contents];
  while (stack.length > 0) {
    const item = stack.pop();
    if ((0, import_yaml2.isPair)(item)) {
      stack.push(item.value, item.key);
      continue;
    }
    if (item === null || typeof item !== "object") continue;
    const node = item;
    if ((0, import_yaml2.isAlias)(node)) {
      const target = anchors.get(node.source);
      if (target) targets.set(node, target);
      continue;
    }
    if (node.anchor) anchors.set(node.anchor, node);
    if ((0, import_yaml2.isCollection)(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
  }
  return targets;
}

// src/parsers/common/yaml-positions.ts
var ALIAS_NODE_BUDGET = 1e5;
var YamlWalker = class {
  constructor(options) {
    this.options = options;
  }
  options;
  aliasDepth = 0;
  aliasBudget = ALIAS_NODE_BUDGET;
  reportedAlias = false;
  /** Collections entered on the way to the node being walked (the document root is depth 1). */
  depth = 0;
  depthCuts = 0;
  reportedExhaustion = false;
  targets;
  /** Converts `node` found at `path`, recording its own range unless the caller already did. */
  walk(node, path21, record3 = true) {
    if (node === null || node === void 0) return null;
    if (record3 && this.aliasDepth === 0) this.record(path21, node);
    if (this.aliasDepth > 0 && --this.aliasBudget < 0) return this.aliasExhausted(node);
    if ((0, import_yaml3.isAlias)(node)) return this.walkAlias(node, path21);
    if ((0, import_yaml3.isCollection)(node) && this.depth >= MAX_NESTING_DEPTH) return this.tooDeep(node);
    this.depth++;
    try {
      return this.walkNode(node, path21);
    } finally {
      this.depth--;
    }
  }
  walkNode(tagged, path21) {
    if (tagged.anchor) this.reportAlias(tagged, "anchor");
    if (tagged.tag && this.options.onTag) {
      const converted = this.options.onTag(tagged, path21, this);
      if (converted !== void 0) return converted;
    }
    return this.walkUntagged(tagged, path21);
  }
  /**
   * The content of a tagged collection that its tag handler wraps in a map of its own
   * (`!Join [...]` → `{"Fn::Join": [...]}`): one level deeper in the value than in the file, so
   * it counts against MAX_NESTING_DEPTH as such.
   */
  walkWrapped(node, path21) {
    if (this.depth >= MAX_NESTING_DEPTH) return this.tooDeep(node);
    this.depth++;
    try {
      return this.walkUntagged(node, path21);
    } finally {
      this.depth--;
    }
  }
  /** Converts a node as if it had no tag (the content of a short-form intrinsic). */
  walkUntagged(node, path21) {
    if ((0, import_yaml3.isMap)(node)) return this.walkMap(node, path21);
    if ((0, import_yaml3.isSeq)(node)) {
      if (this.aliasDepth === 0) this.options.positions.setItems(pathKey(path21), node.items.map((item) => this.rangeOf(item, item)));
      return node.items.map((item, i) => this.walk(item, [...path21, i], false));
    }
    if ((0, import_yaml3.isScalar)(node)) return plainScalar(node.value, node.source);
    return null;
  }
  /** Records `path` at `node`'s range (used for values a tag handler synthesises). */
  record(path21, node, keyNode) {
    const range = this.rangeOf(keyNode ?? node, node);
    if (range && !this.options.positions.has(pathKey(path21))) this.options.positions.set(pathKey(path21), range);
  }
  rangeOf(start, end) {
    const from = start?.range;
    const to = end?.range ?? from;
    if (!from || !to) return void 0;
    const a = this.options.lineCounter.linePos(from[0]);
    const b = this.options.lineCounter.linePos(to[1]);
    return { path: this.options.filePath, startLine: a.line, startColumn: a.col, endLine: b.line, endColumn: b.col };
  }
  walkAlias(node, path21) {
    this.reportAlias(node, "alias");
    const target = (0, import_yaml3.isAlias)(node) ? this.resolve(node) : void 0;
    if (!target) return null;
    this.aliasDepth++;
    try {
      return this.walk(target, path21, false);
    } finally {
      this.aliasDepth--;
    }
  }
  /** The node an alias refers to (undefined for an undefined anchor, which yaml reports). */
  resolve(alias) {
    this.targets ??= anchorTargets(this.options.doc);
    return this.targets.get(alias);
  }
  walkMap(node, path21) {
    const out = {};
    const seen = /* @__PURE__ */ new Set();
    const pairs = node.items.filter(import_yaml3.isPair);
    const explicit = new Set(pairs.filter((p) => !isMergeKey(p.key)).map((p) => keyOf(p.key)));
    for (const pair2 of pairs) if (isMergeKey(pair2.key)) this.merge(pair2.value, path21, explicit, out);
    for (const pair2 of pairs) {
      if (isMergeKey(pair2.key)) continue;
      const key = keyOf(pair2.key);
      const childPath = [...path21, key];
      if (seen.has(key)) this.duplicate(key, pair2.key);
      seen.add(key);
      if (this.aliasDepth === 0) {
        this.options.positions.delete(pathKey(childPath));
        this.record(childPath, pair2.value ?? pair2.key, pair2.key);
      }
      setOwn(out, key, this.walk(pair2.value, childPath, false));
    }
    return out;
  }
  /** YAML 1.1 `<<`: keys written in the map win, then earlier merge sources win over later ones. */
  merge(value, path21, explicit, out) {
    this.reportAlias(value, "merge key");
    const resolved = (0, import_yaml3.isAlias)(value) ? this.resolve(value) : value;
    const sources = (0, import_yaml3.isSeq)(resolved) ? resolved.items : [resolved];
    for (const source of sources) {
      const map = (0, import_yaml3.isAlias)(source) ? this.resolve(source) : source;
      if (!(0, import_yaml3.isMap)(map)) continue;
      if (--this.aliasBudget < 0) {
        this.aliasExhausted(map);
        return;
      }
      this.aliasDepth++;
      try {
        const merged = this.walkMap(map, path21);
        const keys = Object.keys(merged);
        this.aliasBudget -= keys.length;
        for (const k of keys) if (!explicit.has(k) && !Object.hasOwn(out, k)) setOwn(out, k, merged[k]);
      } finally {
        this.aliasDepth--;
      }
    }
  }
  duplicate(key, keyNode) {
    const range = this.rangeOf(keyNode, keyNode);
    if (!range) return;
    const message = `duplicate key "${key}"; the last value is used, but kubectl and CloudFormation reject such files`;
    this.options.diagnostics.push({ code: "PARSE_DUPLICATE_KEY", level: "warning", message, range });
  }
  reportAlias(node, what) {
    if (!this.options.reportAliases || this.reportedAlias) return;
    const range = this.rangeOf(node, node);
    if (!range) return;
    this.reportedAlias = true;
    const message = `YAML ${what} used; CloudFormation rejects anchors, aliases and merge keys (values were resolved for scanning)`;
    this.options.diagnostics.push({ code: "PARSE_ALIAS", level: "error", message, range });
  }
  /**
   * Past the budget every alias and merge is unknown (not null: unknown is not false), and the
   * document is incomplete: one LIMIT_EXCEEDED diagnostic, at the node where the budget ran out.
   */
  aliasExhausted(node) {
    if (!this.reportedExhaustion) {
      this.reportedExhaustion = true;
      const range = this.rangeOf(node, node);
      const message = `aliases and merge keys expand to more than ${ALIAS_NODE_BUDGET} nodes (alias bomb or cycle); expansion stopped, what they hold is unknown`;
      if (range) this.options.diagnostics.push({ code: "LIMIT_EXCEEDED", level: "error", message, range });
    }
    return unknownValue("YAML alias expansion budget exhausted");
  }
  /** A collection nested deeper than MAX_NESTING_DEPTH: unknown, with a diagnostic where it starts. */
  tooDeep(node) {
    const range = this.rangeOf(node, node);
    if (range) this.dropOverflowsWithin(range);
    if (this.depthCuts++ < MAX_DEPTH_DIAGNOSTICS && range) this.options.diagnostics.push(tooDeepDiagnostic(range));
    return tooDeepValue();
  }
  /** yaml's own overflow inside a value cut here is the same problem, reported once (here). */
  dropOverflowsWithin(range) {
    const { diagnostics } = this.options;
    const within = (d) => d.message === COMPOSER_TOO_DEEP && !before(d.range, range.startLine, range.startColumn) && before(d.range, range.endLine, range.endColumn);
    for (let i = diagnostics.length - 1; i >= 0; i--) if (within(diagnostics[i])) diagnostics.splice(i, 1);
  }
};
function before(range, line, column) {
  return range.startLine < line || range.startLine === line && range.startColumn < column;
}
function isMergeKey(key) {
  if (!(0, import_yaml3.isScalar)(key)) return false;
  if (typeof key.value === "symbol") return key.value.description === "<<";
  return key.value === "<<" && (key.type === void 0 || key.type === "PLAIN");
}
function keyOf(key) {
  if ((0, import_yaml3.isScalar)(key)) {
    if (typeof key.value === "string") return key.value;
    if (key.source !== void 0) return key.source;
    return String(key.value);
  }
  return key === null || key === void 0 ? "" : String(key);
}
function plainScalar(value, source) {
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "number" && !Number.isFinite(value)) return source ?? String(value);
  return value ?? null;
}
function setOwn(target, key, value) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

// src/parsers/kubernetes/schema.ts
function kubernetesTags(base) {
  return base.filter((tag) => typeof tag === "string" || tag.tag !== "tag:yaml.org,2002:timestamp" && tag.format !== "TIME").map((tag) => {
    if (typeof tag === "string" || tag.tag !== "tag:yaml.org,2002:float" || !("test" in tag) || !tag.test) return tag;
    if (tag.format === "EXP") return { ...tag, test: FLOAT_EXP };
    if (!tag.format && !/inf/i.test(tag.test.source)) return { ...tag, test: FLOAT_DOT };
    return tag;
  });
}
var FLOAT_EXP = /^[-+]?(?:\.[0-9][0-9_]*|[0-9][0-9_]*(?:\.[0-9_]*)?)[eE][-+]?[0-9]+$/;
var FLOAT_DOT = /^[-+]?(?:[0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)$/;

// src/parsers/kubernetes/index.ts
function parseKubernetes(file, text) {
  return rehydrateDocument(readKubernetes(file, text));
}
function readKubernetes(file, text) {
  const collected = isJson(file.path, text) ? loadJson(file.path, text) : loadYaml(file.path, text);
  return { file, value: collected.documents, diagnostics: collected.diagnostics, locator: positionsLocator(collected.positions) };
}
function isJson(path21, text) {
  return path21.toLowerCase().endsWith(".json") || /^\uFEFF?\s*\{/.test(text);
}
function loadJson(path21, text) {
  if (text.trim() === "") return { documents: [], positions: /* @__PURE__ */ new Map(), diagnostics: [] };
  const { value, positions, diagnostics } = parseJsonWithPositions(text, path21, [0]);
  const out = { documents: [], positions, diagnostics };
  if (value !== void 0) keep(out, 0, value, path21, rangeAt(positions, [0]));
  return out;
}
function loadYaml(path21, text) {
  const lineCounter = new import_yaml4.LineCounter();
  const docs = (0, import_yaml4.parseAllDocuments)(text, {
    lineCounter,
    version: "1.1",
    schema: "yaml-1.1",
    customTags: kubernetesTags,
    merge: true,
    uniqueKeys: false,
    prettyErrors: false
  });
  const positions = new SpanTableBuilder(path21);
  const out = { documents: [], positions: /* @__PURE__ */ new Map(), diagnostics: [] };
  if (!Array.isArray(docs)) return out;
  docs.forEach((doc, index) => {
    const diagnostics = yamlDiagnostics(doc.errors, doc.warnings, path21, lineCounter);
    const walker = new YamlWalker({ filePath: path21, lineCounter, doc, positions, diagnostics, reportAliases: false });
    const value = doc.contents === null ? null : walker.walk(doc.contents, [index]);
    out.diagnostics.push(...diagnostics);
    if (!hasSyntaxError(diagnostics)) keep(out, index, value, path21, walker.rangeOf(doc.contents, doc.contents));
  });
  out.positions = positions.build();
  return out;
}
function keep(out, index, value, path21, range) {
  if (value === null || value === void 0) return;
  if (typeof value === "object" && !Array.isArray(value)) {
    out.documents.push({ index, manifest: value });
    return;
  }
  out.diagnostics.push({
    code: "PARSE_UNSUPPORTED",
    level: "warning",
    message: `document ${index + 1} is not a mapping, so not a Kubernetes object; skipped`,
    range: range ?? fileStart(path21)
  });
}

// src/render/kustomize-document.ts
function parseKustomized(file) {
  const input = { absolutePath: file.absolutePath, path: file.path, format: "kubernetes" };
  const rendered = parseKubernetes(input, file.text);
  const original = parseKubernetes(input, file.sourceText);
  const matches = new Map(rendered.value.map((doc) => [doc.index, findOriginal(doc.manifest, original)]));
  const start = fileStart(file.path);
  return {
    file: input,
    value: rendered.value,
    diagnostics: rendered.diagnostics.map((d) => ({ ...d, range: start })),
    locate: (path21) => {
      const match = matches.get(Number(path21[0]));
      return match ? locateInOriginal(match, path21.slice(1)) : start;
    }
  };
}
function findOriginal(manifest, original) {
  const name = nameOf(manifest);
  const candidates = original.value.filter(
    (doc) => doc.manifest.kind === manifest.kind && name !== void 0 && name.includes(nameOf(doc.manifest) ?? "\0")
  );
  candidates.sort((a, b) => (nameOf(b.manifest) ?? "").length - (nameOf(a.manifest) ?? "").length);
  const best = candidates[0];
  return best && { original, index: best.index, manifest: best.manifest };
}
function locateInOriginal(match, path21) {
  for (let n = path21.length; n >= 0; n--) {
    if (hasPath(match.manifest, path21.slice(0, n))) return match.original.locate([match.index, ...path21.slice(0, n)]);
  }
  return void 0;
}
function nameOf(manifest) {
  const metadata = manifest.metadata;
  const name = metadata !== null && typeof metadata === "object" ? metadata.name : void 0;
  return typeof name === "string" ? name : void 0;
}

// src/render/kustomize.ts
var import_yaml6 = __toESM(require_dist(), 1);
import { existsSync as existsSync6, mkdirSync as mkdirSync5, mkdtempSync as mkdtempSync4, rmSync as rmSync5, writeFileSync as writeFileSync2 } from "node:fs";
import os5 from "node:os";
import path13 from "node:path";

// src/render/kustomize-remote.ts
var import_yaml5 = __toESM(require_dist(), 1);
import { lstatSync } from "node:fs";
import path12 from "node:path";

// src/render/kustomize-fields.ts
var STRING_LISTS = {
  resources: { nested: true },
  bases: { nested: true },
  components: { nested: true },
  generators: { nested: true },
  transformers: { nested: true },
  validators: { nested: true },
  crds: { nested: false },
  configurations: { nested: false },
  patchesStrategicMerge: { nested: false }
};
var OBJECT_LISTS = {
  patches: ["path"],
  patchesJson6902: ["path"],
  replacements: ["path"],
  configMapGenerator: ["files", "envs", "env"],
  secretGenerator: ["files", "envs", "env"],
  helmCharts: ["repo", "valuesFile", "additionalValuesFiles"],
  helmChartInflationGenerator: ["chartRepoUrl", "chartHome", "values"]
};
var OBJECTS = {
  openapi: ["path"],
  helmGlobals: ["chartHome", "configHome"]
};
var MAX_MERGE_DEPTH = 8;
function fieldOf(value, key, depth = 0) {
  if (!isRecord3(value) || depth > MAX_MERGE_DEPTH) return void 0;
  if (Object.hasOwn(value, key)) return value[key];
  const merged = value["<<"];
  for (const source of Array.isArray(merged) ? merged : [merged]) {
    const found = fieldOf(source, key, depth + 1);
    if (found !== void 0) return found;
  }
  return void 0;
}
function fieldEntries(kustomization) {
  const out = [];
  const add = (field, value, nested) => {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item !== "string" || item.includes("\n")) continue;
      const path21 = field.includes("Generator") ? item.replace(/^[^=]*=(?!=)/, "") : item;
      out.push({ field, value: path21, raw: item, nested });
    }
  };
  for (const [field, { nested }] of Object.entries(STRING_LISTS)) add(field, fieldOf(kustomization, field), nested);
  for (const [field, keys] of Object.entries(OBJECT_LISTS)) {
    const list2 = fieldOf(kustomization, field);
    for (const item of Array.isArray(list2) ? list2 : []) for (const key of keys) add(`${field}[].${key}`, fieldOf(item, key), false);
  }
  for (const [field, keys] of Object.entries(OBJECTS)) {
    for (const key of keys) add(`${field}.${key}`, fieldOf(fieldOf(kustomization, field), key), false);
  }
  return out;
}
function stringLeaves(value, limit2 = 1e4) {
  const out = [];
  const walk2 = (node, at2, depth) => {
    if (out.length >= limit2 || depth > 64) return;
    if (typeof node === "string") out.push({ field: at2, value: node });
    else if (Array.isArray(node)) node.forEach((item) => walk2(item, `${at2}[]`, depth + 1));
    else if (isRecord3(node)) for (const [key, item] of Object.entries(node)) walk2(item, at2 === "" ? key : `${at2}.${key}`, depth + 1);
  };
  walk2(value, "", 0);
  return out;
}
function isRecord3(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// src/render/kustomize-remote.ts
var KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
var MAX_KUSTOMIZATION_BYTES = 1024 * 1024;
var MAX_KUSTOMIZATIONS = 1e3;
function inspectKustomization(dir, cwd, boundary) {
  const walk2 = new KustomizationWalk(cwd, boundary);
  walk2.visit(dir);
  return walk2.found;
}
var KustomizationWalk = class {
  constructor(cwd, boundary) {
    this.cwd = cwd;
    this.boundary = boundary;
  }
  cwd;
  boundary;
  found = { remote: [], refused: [] };
  visited = /* @__PURE__ */ new Set();
  /** One kustomization directory: its file's own references first, then those of the kustomizations it includes. */
  visit(current, from) {
    const file = KUSTOMIZATION_FILES.map((name) => path12.join(current, name)).find(exists);
    if (!file || this.visited.has(file)) return;
    const here = { file: this.shown(file), line: 1, field: "kustomization" };
    if (this.visited.size >= MAX_KUSTOMIZATIONS) return this.refuse(from ?? here, here.file, `is past ${MAX_KUSTOMIZATIONS} kustomizations, so it is not checked`);
    this.visited.add(file);
    const read = this.boundary.readText(file, MAX_KUSTOMIZATION_BYTES);
    if ("refused" in read) return this.refuse(from ?? here, here.file, read.refused);
    if (!("text" in read)) return this.refuse(here, here.file, `cannot be read to check what it refers to (${read.error})`);
    const parsed = parseKustomization(read.text);
    if (parsed.value === void 0) return this.refuse(here, here.file, "cannot be parsed, so what it refers to cannot be checked");
    const nested = this.checkNamedFields(current, here.file, parsed);
    this.checkOtherStrings(current, here.file, parsed, new Set(fieldEntries(parsed.value).map((e) => e.raw)));
    for (const next of nested) this.visit(next.dir, next.from);
  }
  /** The fields kustomize reads paths and URLs from: remote ones, and local ones whose real path leaves the boundary. */
  checkNamedFields(current, file, parsed) {
    const nested = [];
    for (const entry of fieldEntries(parsed.value)) {
      const where2 = { file, line: parsed.lineOf(entry.raw), field: entry.field };
      if (isRemote(entry.value)) {
        this.found.remote.push({ ...where2, reference: maskCredentials(entry.value) });
        continue;
      }
      const target = path12.resolve(current, entry.value.replace(/^file:\/\//i, ""));
      if (!exists(target)) continue;
      const resolved = this.boundary.resolve(target);
      if ("refused" in resolved) this.refuse(where2, entry.value, resolved.refused);
      else if (entry.nested && "real" in resolved && isDirectory2(resolved.real)) nested.push({ dir: target, from: where2 });
    }
    return nested;
  }
  /** The net under the named fields: any other string that reads as a relative path and leads out. */
  checkOtherStrings(current, file, parsed, named) {
    for (const leaf of stringLeaves(parsed.value)) {
      if (named.has(leaf.value) || !looksLikeRelativePath(leaf.value)) continue;
      const target = path12.resolve(current, leaf.value);
      const resolved = exists(target) ? this.boundary.resolve(target) : void 0;
      if (resolved && "refused" in resolved) this.refuse({ file, line: parsed.lineOf(leaf.value), field: leaf.field }, leaf.value, resolved.refused);
    }
  }
  refuse(where2, reference, reason) {
    this.found.refused.push({ ...where2, reference, reason });
  }
  shown(file) {
    return path12.relative(this.cwd, file).split(path12.sep).join("/");
  }
};
function parseKustomization(text) {
  const lineCounter = new import_yaml5.LineCounter();
  const lines = /* @__PURE__ */ new Map();
  try {
    const doc = (0, import_yaml5.parseDocument)(text, { lineCounter, uniqueKeys: false, version: "1.2" });
    (0, import_yaml5.visit)(doc, {
      Scalar(_key, node) {
        if ((0, import_yaml5.isScalar)(node) && typeof node.value === "string" && !lines.has(node.value)) lines.set(node.value, lineCounter.linePos(node.range?.[0] ?? 0).line);
      }
    });
    const value = doc.errors.length > 0 ? void 0 : doc.toJS({ maxAliasCount: 1e3 }) ?? {};
    return { value, lineOf: (v) => lines.get(v) ?? 1 };
  } catch {
    return { value: void 0, lineOf: () => 1 };
  }
}
function isRemote(entry, _dir) {
  if (/^[A-Za-z][A-Za-z0-9+.-]*::/.test(entry)) return true;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(entry);
  if (scheme) return scheme[1].toLowerCase() !== "file";
  if (/^[\w.-]+@[\w.-]+:/.test(entry)) return true;
  return /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:\d+)?\//.test(entry);
}
function maskCredentials(reference) {
  return reference.replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^/@\s]+@/, "$1***@");
}
function looksLikeRelativePath(value) {
  return value.length <= 4096 && !value.includes("\n") && !path12.isAbsolute(value) && !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value);
}
function exists(candidate) {
  try {
    lstatSync(candidate);
    return true;
  } catch {
    return false;
  }
}
function isDirectory2(real) {
  try {
    return lstatSync(real).isDirectory();
  } catch {
    return false;
  }
}

// src/render/kustomize.ts
var ORIGIN = "config.kubernetes.io/origin";
async function renderKustomize(options) {
  const cwd = options.cwd ?? process.cwd();
  const boundary = options.boundary ?? Boundary.of(cwd, [path13.resolve(cwd, options.dir)]);
  const given = path13.resolve(cwd, options.dir);
  const shown = options.dir.split(path13.sep).join("/");
  const resolved = boundary.resolve(given);
  if ("refused" in resolved) return { files: [], diagnostics: [pathRefused(shown, `--kustomize ${shown}`, resolved.refused)] };
  const dir = "real" in resolved ? resolved.real : given;
  if (!KUSTOMIZATION_FILES.some((name) => existsSync6(path13.join(dir, name)))) {
    throw new ConfigError(`--kustomize ${options.dir}: no kustomization.yaml in that directory`, { code: "INPUT_MISSING" });
  }
  const references = inspectKustomization(dir, cwd, boundary);
  if (!options.allowRemote) refuseRemoteReferences(references.remote, options.dir);
  if (references.refused.length > 0) {
    const diagnostics = references.refused.map((r) => ({
      ...pathRefused(r.file, `--kustomize ${shown}: ${r.field} entry ${r.reference}`, `${r.reason}; the kustomization is not built`),
      range: { path: r.file, startLine: r.line, startColumn: 1, endLine: r.line, endColumn: 1 }
    }));
    return { files: [], diagnostics };
  }
  const command = kustomizeCommand(options, boundary);
  const work = mkdtempSync4(path13.join(os5.tmpdir(), "posture-kustomize-"));
  try {
    const overlay = path13.join(work, "overlay");
    const resource = path13.relative(overlay, dir).split(path13.sep).join("/");
    mkdirSync5(overlay);
    writeFileSync2(path13.join(overlay, "kustomization.yaml"), `resources:
  - ${JSON.stringify(resource)}
buildMetadata: [originAnnotations]
`);
    const denyNetwork = options.allowRemote !== true;
    const env = toolEnvironment({ home: path13.join(work, "home"), boundary, denyNetwork });
    const output = await runTool(command.file, [...command.args, overlay], { cwd, env, denyNetwork, purpose: `build kustomization ${options.dir}` });
    return { files: groupByOrigin(output, overlay, cwd, dir, boundary), diagnostics: [] };
  } finally {
    rmSync5(work, { recursive: true, force: true });
  }
}
function refuseRemoteReferences(remote, written) {
  if (remote.length === 0) return;
  const where2 = remote.map((r) => `${r.file}:${r.line}: ${r.field} entry ${r.reference}`);
  throw new ConfigError(
    `--kustomize ${written}: the kustomization refers to remote content, which kustomize would fetch over the network and a scan never does: ${where2.join("; ")}. Vendor it into the repository and refer to the local copy, or pass --kustomize-allow-remote to let kustomize fetch it`
  );
}
function kustomizeCommand(options, boundary) {
  const subcommand = (file) => /^kubectl/i.test(path13.basename(file)) ? ["kustomize"] : ["build"];
  if (options.kustomizePath !== void 0) {
    const file = explicitTool(options.kustomizePath, "--kustomize-bin");
    return { file, args: subcommand(file) };
  }
  const kustomize = lookupTool("kustomize", boundary);
  if (kustomize.file) return { file: kustomize.file, args: ["build"] };
  const kubectl = lookupTool("kubectl", boundary);
  if (kubectl.file) return { file: kubectl.file, args: ["kustomize"] };
  const why = [kustomize, kubectl].some((l) => l.refused.length > 0) ? `${missingToolReason("kustomize", kustomize)}; ${missingToolReason("kubectl", kubectl)}` : "neither kustomize nor kubectl is installed";
  throw new ConfigError(`--kustomize ${options.dir}: ${why}; put one on PATH or pass --kustomize-bin, or scan the output of \`kubectl kustomize\` instead`);
}
function groupByOrigin(output, overlay, cwd, dir, boundary) {
  const byFile = /* @__PURE__ */ new Map();
  const docs = (0, import_yaml6.parseAllDocuments)(output, { version: "1.1" });
  if (!Array.isArray(docs)) return [];
  for (const doc of docs) {
    if (doc.contents === null) continue;
    const origin = originOf(doc.getIn(["metadata", "annotations", ORIGIN]));
    doc.deleteIn(["metadata", "annotations", ORIGIN]);
    const annotations = doc.getIn(["metadata", "annotations"]);
    if (annotations?.items?.length === 0) doc.deleteIn(["metadata", "annotations"]);
    const fromOrigin = origin ? path13.resolve(overlay, origin) : void 0;
    const absolute = fromOrigin !== void 0 && boundary.containsLexically(fromOrigin) ? fromOrigin : path13.join(dir, "kustomization.yaml");
    (byFile.get(absolute) ?? byFile.set(absolute, []).get(absolute)).push(doc.toString({ lineWidth: 0 }));
  }
  return [...byFile].map(([absolutePath, docs2]) => {
    const source = boundary.readText(absolutePath);
    return {
      path: path13.relative(cwd, absolutePath).split(path13.sep).join("/"),
      absolutePath,
      text: docs2.map((d) => `---
${d}`).join(""),
      // Read through the boundary; a file that vanished (or leads out) keeps its objects, without lines.
      sourceText: "text" in source ? source.text : ""
    };
  });
}
function originOf(annotation) {
  if (typeof annotation !== "string") return void 0;
  const match = /^(?:path|configuredIn):[^\S\n]*(\S.*)$/m.exec(annotation);
  return match ? match[1].trim() : void 0;
}

// src/render/rendered-document.ts
function parseRendered(file, absolutePath = file.path) {
  const input = { absolutePath, path: file.path, format: "kubernetes" };
  const doc = parseKubernetes(input, file.text);
  const remap = (range) => remapRange(range, file.lineMap);
  return {
    ...doc,
    locate: (path21) => {
      const range = doc.locate(path21);
      return range && remap(range);
    },
    diagnostics: doc.diagnostics.map((d) => ({ ...d, range: remap(d.range) }))
  };
}
function remapRange(range, lineMap) {
  const startLine = lineMap[range.startLine] || 1;
  const endLine = Math.max(lineMap[range.endLine] || startLine, startLine);
  return { path: range.path, startLine, startColumn: 1, endLine, endColumn: 1 };
}

// src/discover/index.ts
import { lstat, readdir, stat } from "node:fs/promises";
import path14 from "node:path";

// src/parsers/terraform-plan/index.ts
function isSupportedFormat(version) {
  return typeof version === "string" && (/^1\.\d+$/.test(version) || version === "0.1" || version === "0.2");
}
function isRecord4(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isTerraformPlanJson(value) {
  if (!isRecord4(value) || typeof value.format_version !== "string") return false;
  return "planned_values" in value || "resource_changes" in value || "configuration" in value || isRecord4(value.values);
}
function isPlanResource(value) {
  return isRecord4(value) && typeof value.address === "string" && typeof value.type === "string" && typeof value.name === "string" && (value.mode === "managed" || value.mode === "data") && (value.values === void 0 || value.values === null || isRecord4(value.values));
}
function valuesKey(plan) {
  if (isRecord4(plan.planned_values)) return "planned_values";
  return isRecord4(plan.values) ? "values" : void 0;
}
var Checker = class {
  constructor(file, positions) {
    this.file = file;
    this.positions = positions;
  }
  file;
  positions;
  diagnostics = [];
  problem(path21, message, code = "PARSE_UNSUPPORTED") {
    const range = locateIn(this.positions, path21) ?? fileStart(this.file.path);
    this.diagnostics.push({ code, level: "error", message, range });
  }
  module(module, path21) {
    if (!isRecord4(module)) return this.problem(path21, "a module in the plan is not an object; its resources are not scanned");
    const { resources, child_modules: children } = module;
    if (resources !== void 0 && !Array.isArray(resources)) this.problem([...path21, "resources"], `"resources" is not a list; the module's resources are not scanned`);
    (Array.isArray(resources) ? resources : []).forEach((resource, i) => {
      if (!isPlanResource(resource)) this.problem([...path21, "resources", i], "a resource needs a string address, type, name and mode and an object of values; it is not scanned");
    });
    if (children !== void 0 && !Array.isArray(children)) return this.problem([...path21, "child_modules"], '"child_modules" is not a list; those modules are not scanned');
    (Array.isArray(children) ? children : []).forEach((child, i) => this.module(child, [...path21, "child_modules", i]));
  }
};
function readTerraformPlan(file, text) {
  const parsed = parseJsonWithPositions(text, file.path);
  if (parsed.value === void 0) return { file, value: void 0, diagnostics: parsed.diagnostics, locator: { kind: "none" } };
  const checker = new Checker(file, parsed.positions);
  const plan = parsed.value;
  const locator = positionsLocator(parsed.positions);
  if (!isTerraformPlanJson(plan)) {
    checker.problem([], 'not a Terraform plan or state in JSON: expected "format_version" and "planned_values" (terraform show -json)', "PLAN_UNSUPPORTED");
    return { file, value: void 0, diagnostics: checker.diagnostics, locator };
  }
  const { format_version: version } = plan;
  if (!isSupportedFormat(version)) {
    checker.problem(["format_version"], `format_version ${JSON.stringify(version)} is not supported: this scanner reads 1.x, 0.2 and 0.1 (Terraform 0.12 and later)`, "PLAN_UNSUPPORTED");
    return { file, value: void 0, diagnostics: checker.diagnostics, locator };
  }
  const key = valuesKey(plan);
  if (key === void 0) {
    checker.problem([], `the plan has no "planned_values" (nor a state's "values"): nothing to scan`);
  } else {
    const root = plan[key].root_module;
    if (root !== void 0) checker.module(root, [key, "root_module"]);
  }
  return { file, value: plan, diagnostics: checker.diagnostics, locator };
}

// src/discover/sniff.ts
var TERRAFORM_EXTENSIONS = [".tf", ".tf.json", ".tfvars", ".tfvars.json"];
var DOCUMENT_EXTENSIONS = [".yaml", ".yml", ".json", ".template", ".json.gz"];
function sniffFormat(fileName, text) {
  const lower = fileName.toLowerCase();
  if (TERRAFORM_EXTENSIONS.some((ext) => lower.endsWith(ext))) return { format: "terraform" };
  if (lower === ".posture.yaml" || lower === ".posture.yml") return { skip: "posture-gate configuration" };
  if (!DOCUMENT_EXTENSIONS.some((ext) => lower.endsWith(ext))) return { skip: "not an infrastructure file type" };
  if (text.trim() === "") return { skip: "empty file" };
  const head = text.length > 65536 ? text.slice(0, 65536) : text;
  if (lower.endsWith(".json") || lower.endsWith(".json.gz")) return sniffJson(text);
  return sniffYaml(head);
}
function sniffJson(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return sniffJsonText(text);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { skip: "JSON file that is neither a CloudFormation template nor a Kubernetes manifest" };
  }
  const keys = value;
  if ("AWSTemplateFormatVersion" in keys || isObject(keys.Resources)) return { format: "cloudformation" };
  if (isTerraformPlanJson(keys)) return { format: "terraform-plan" };
  if (Array.isArray(keys.configurationItems) || Array.isArray(keys.baseConfigurationItems)) return { format: "aws-config" };
  if (typeof keys.apiVersion === "string" && typeof keys.kind === "string") return { format: "kubernetes" };
  return { skip: "JSON file that is neither a CloudFormation template nor a Kubernetes manifest" };
}
function sniffJsonText(head) {
  if (/"(base)?[cC]onfigurationItems"\s*:/.test(head)) return { format: "aws-config" };
  if (/"format_version"\s*:/.test(head) && /"(planned_values|resource_changes|terraform_version)"\s*:/.test(head)) return { format: "terraform-plan" };
  if (/"AWSTemplateFormatVersion"\s*:/.test(head) || /"Type"\s*:\s*"AWS::/.test(head)) return { format: "cloudformation" };
  if (/"apiVersion"\s*:/.test(head) && /"kind"\s*:/.test(head)) return { format: "kubernetes" };
  return { skip: "JSON file that is neither a CloudFormation template nor a Kubernetes manifest (and not valid JSON)" };
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isCloudFormationYaml(head) {
  const keys = topLevelKeys(head);
  if (keys.has("AWSTemplateFormatVersion")) return true;
  if (keys.has("Resources") && /^[ \t]+Type[ \t]*:[ \t]*['"]?(AWS|Custom|Alexa)::/m.test(head)) return true;
  return keys.has("Transform") && /^[ \t]*Transform[ \t]*:[ \t]*['"]?AWS::Serverless/m.test(head);
}
function topLevelKeys(head) {
  const keys = /* @__PURE__ */ new Set();
  let indent;
  for (const line of head.split("\n")) {
    const content = line.trimStart();
    if (content === "" || content.startsWith("#") || content.startsWith("%")) continue;
    if (content.startsWith("---")) {
      indent = void 0;
      continue;
    }
    const depth = line.length - content.length;
    indent ??= depth;
    if (depth !== indent) continue;
    const key = /^['"]?([A-Za-z][A-Za-z0-9]*)['"]?[ \t]*:/.exec(content);
    if (key) keys.add(key[1]);
  }
  return keys;
}
function sniffYaml(head) {
  if (/^[ \t]*\{\{/m.test(head) || /\{\{-?\s*(\.Values|\.Release|\.Chart|include|template)\b/.test(head)) {
    return { skip: "Helm template source: scan it with --helm CHART_DIR, or scan the output of `helm template`" };
  }
  if (isCloudFormationYaml(head)) return { format: "cloudformation" };
  if (/^[ \t]*apiVersion[ \t]*:/m.test(head) && /^[ \t]*kind[ \t]*:/m.test(head) && !/^[ \t]*kind[ \t]*:[ \t]*Kustomization\b/m.test(head)) {
    return { format: "kubernetes" };
  }
  if (/^[ \t]*kind[ \t]*:[ \t]*Kustomization\b/m.test(head)) {
    return { skip: "Kustomize configuration: scan the output of `kubectl kustomize` instead" };
  }
  if (/^on\s*:/m.test(head) && /^jobs\s*:/m.test(head)) return { skip: "GitHub Actions workflow, not infrastructure" };
  return { skip: "YAML file that is neither a CloudFormation template nor a Kubernetes manifest" };
}

// src/discover/index.ts
var IGNORED_DIRECTORIES = /* @__PURE__ */ new Set([".git", "node_modules", ".terraform", ".venv", "__pycache__"]);
var MAX_FILE_BYTES = 20 * 1024 * 1024;
var READ_CONCURRENCY = 16;
async function discover(options) {
  const result = { files: [], skipped: [], diagnostics: [] };
  const boundary = options.boundary ?? Boundary.of(options.root, options.paths);
  const context = { options, result, boundary, inflate: options.inflate ?? new InflateBudget() };
  const candidates = /* @__PURE__ */ new Set();
  for (const given of options.paths) {
    const absolute = path14.resolve(given);
    const info = await stat(absolute).catch(() => void 0);
    if (!info) throw new ConfigError(`${given}: no such file or directory`, { code: "INPUT_MISSING" });
    if (!isWithin(options.root, absolute)) {
      throw new ConfigError(`${given} is outside the scan root ${options.root}; give --root a directory that holds it`, { code: "INPUT_OUTSIDE_ROOT" });
    }
    const resolved = boundary.resolve(absolute);
    if ("refused" in resolved) {
      const shown = toReportPath(options.root, absolute);
      result.diagnostics.push(pathRefused(shown, "scan path", resolved.refused));
      continue;
    }
    for (const file of info.isDirectory() ? await walk(absolute, context) : [absolute]) candidates.add(file);
  }
  await mapLimited([...candidates], READ_CONCURRENCY, async (file) => {
    try {
      await classify(file, context);
    } catch (error) {
      result.diagnostics.push(unreadable(toReportPath(options.root, file), error));
    }
  });
  result.files.sort((a, b) => compareStrings(a.path, b.path));
  result.skipped.sort((a, b) => compareStrings(a.path, b.path));
  result.diagnostics.sort((a, b) => compareStrings(a.range.path, b.range.path));
  options.logger.info(`discovered ${result.files.length} files (${result.skipped.length} skipped)`);
  return result;
}
async function walk(directory, context) {
  const entries = await readdir(directory, { withFileTypes: true });
  const files = [];
  for (const entry of entries) {
    const full = path14.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!IGNORED_DIRECTORIES.has(entry.name)) files.push(...await walk(full, context));
    } else if (entry.isFile()) {
      files.push(full);
    } else if (entry.isSymbolicLink() && !IGNORED_DIRECTORIES.has(entry.name)) {
      await skipLink(full, context);
    }
  }
  return files;
}
async function skipLink(link, { options, result, boundary }) {
  const relative2 = toReportPath(options.root, link);
  if (!isSelected(relative2, options)) return;
  const resolved = boundary.resolve(link);
  const kind = "real" in resolved ? (await lstat(resolved.real)).isDirectory() ? "directory" : "file" : void 0;
  const reason = "refused" in resolved ? `symbolic link that ${resolved.refused}: not followed` : kind !== void 0 ? `symbolic link to a ${kind} inside the repository: not followed (the target is scanned where it lies)` : "symbolic link to nothing (dangling): not followed";
  result.skipped.push({ path: relative2, reason });
}
async function classify(absolutePath, context) {
  const { options, result } = context;
  const relative2 = toReportPath(options.root, absolutePath);
  if (!isSelected(relative2, options)) return;
  if (await isHelmChartFile(absolutePath)) {
    result.skipped.push({ path: relative2, reason: "part of a Helm chart: scan it with --helm CHART_DIR" });
    return;
  }
  const byName = sniffFormat(path14.basename(absolutePath), "");
  if ("skip" in byName && byName.skip === "not an infrastructure file type" && options.assume === void 0) {
    result.skipped.push({ path: relative2, reason: byName.skip });
    return;
  }
  const text = await readText(absolutePath, relative2, context);
  if (text === void 0) return;
  const found = sniffFormat(path14.basename(absolutePath), text);
  const sniffed = "skip" in found && options.assume !== void 0 ? { format: options.assume } : found;
  if ("skip" in sniffed) {
    options.logger.debug(`skip ${relative2}: ${sniffed.skip}`);
    result.skipped.push({ path: relative2, reason: sniffed.skip });
    return;
  }
  result.files.push({ absolutePath, path: relative2, format: sniffed.format, text });
}
function isSelected(relative2, { include, exclude }) {
  const matches = (glob) => minimatch(relative2, glob, { dot: true });
  if (include && include.length > 0 && !include.some(matches)) return false;
  return !exclude?.some(matches);
}
async function isHelmChartFile(absolutePath) {
  const directory = path14.dirname(absolutePath);
  const name = path14.basename(absolutePath);
  if (/^(Chart|values([.-][\w.-]+)?)\.ya?ml$/.test(name) && await exists2(path14.join(directory, "Chart.yaml"))) return true;
  for (let dir = directory; path14.dirname(dir) !== dir; dir = path14.dirname(dir)) {
    if (path14.basename(dir) === "templates") return exists2(path14.join(path14.dirname(dir), "Chart.yaml"));
  }
  return false;
}
async function exists2(file) {
  return stat(file).then(
    () => true,
    () => false
  );
}
async function readText(absolutePath, relative2, { result, boundary, inflate }) {
  const read = await readBytesInside(boundary, absolutePath, MAX_FILE_BYTES);
  if ("tooLarge" in read) {
    result.skipped.push({ path: relative2, reason: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB` });
    return void 0;
  }
  if ("refused" in read) {
    result.diagnostics.push(pathRefused(relative2, "scan path", read.refused));
    return void 0;
  }
  try {
    return (await inflate.inflate(read.bytes)).toString("utf8");
  } catch (error) {
    if (!(error instanceof InflateLimitError)) throw error;
    result.diagnostics.push({ code: "LIMIT_EXCEEDED", level: "error", message: `${relative2}: ${error.message}`, range: fileStart(relative2) });
    return void 0;
  }
}
function unreadable(reportPath, error) {
  return {
    code: "FILE_UNREADABLE",
    level: "error",
    message: `cannot read file: ${getErrorMessage(error)}`,
    range: fileStart(reportPath)
  };
}
function toReportPath(root, absolutePath) {
  const relative2 = path14.relative(root, absolutePath) || path14.basename(absolutePath);
  return relative2.split(path14.sep).join("/");
}

// src/sources.ts
async function readExtraSources(sources, root, boundary = Boundary.of(root, extraSourcePaths(sources))) {
  const documents = [];
  const diagnostics = [];
  for (const chart of sources.helm ?? []) {
    const chartDir = toReportPath(root, path15.resolve(chart.chartDir));
    const valuesFiles = chart.valuesFiles?.map((f) => path15.resolve(f));
    const rendered = await renderHelm({ ...chart, chartDir, cwd: root, valuesFiles, boundary, helmPath: sources.helmBin });
    diagnostics.push(...rendered.diagnostics);
    for (const file of rendered.files) documents.push(parseRendered(file, path15.resolve(root, file.path)));
  }
  for (const dir of sources.kustomize ?? []) {
    const options = { dir: toReportPath(root, path15.resolve(dir)), cwd: root, allowRemote: sources.kustomizeAllowRemote, boundary, kustomizePath: sources.kustomizeBin };
    const rendered = await renderKustomize(options);
    diagnostics.push(...rendered.diagnostics);
    for (const file of rendered.files) documents.push(parseKustomized(file));
  }
  const inflate = new InflateBudget();
  for (const snapshot of sources.awsConfigSnapshots ?? []) {
    if (isS3Uri(snapshot)) {
      const read = await readS3SnapshotDocuments(snapshot, { ...sources.s3, inflate });
      documents.push(...read.documents);
      diagnostics.push(...read.diagnostics);
      continue;
    }
    const absolutePath = path15.resolve(snapshot);
    const file = { absolutePath, path: toReportPath(root, absolutePath), format: "aws-config" };
    const resolved = boundary.containsLexically(absolutePath) ? boundary.resolve(absolutePath) : { real: absolutePath };
    if ("refused" in resolved) {
      diagnostics.push(pathRefused(file.path, "--aws-config-snapshot", resolved.refused));
      continue;
    }
    try {
      documents.push(parseAwsConfigSnapshot(file, await readSnapshotFile("real" in resolved ? resolved.real : absolutePath, inflate)));
    } catch (error) {
      if (!(error instanceof InflateLimitError)) throw error;
      diagnostics.push(limitExceeded(file.path, error));
    }
  }
  documents.push(...sources.documents ?? []);
  return { documents, diagnostics };
}
function extraSourcePaths(sources) {
  const snapshots = (sources.awsConfigSnapshots ?? []).filter((s) => !isS3Uri(s));
  return [...(sources.helm ?? []).map((c) => c.chartDir), ...sources.kustomize ?? [], ...snapshots];
}
function isS3Uri(value) {
  return value.startsWith("s3://");
}
async function readS3SnapshotDocuments(uri, options) {
  const { readS3Snapshots } = await import("./chunk-4W4OR7XS.js");
  const documents = [];
  const diagnostics = [];
  for (const object of await readS3Snapshots(uri, options)) {
    if (object.notRead !== void 0) diagnostics.push(limitExceeded(object.uri, new Error(object.notRead)));
    else documents.push(parseAwsConfigSnapshot({ absolutePath: object.uri, path: object.uri, format: "aws-config" }, object.text));
  }
  return { documents, diagnostics };
}
function limitExceeded(reportPath, error) {
  return { code: "LIMIT_EXCEEDED", level: "error", message: `${reportPath}: ${error.message}`, range: fileStart(reportPath) };
}

// src/gate.ts
import path20 from "node:path";

// src/follow.ts
import { readdir as readdir2, readFile as readFile3, realpath, stat as stat2 } from "node:fs/promises";
import path16 from "node:path";
import { posix as posix4 } from "node:path";

// src/resolve/terraform/requests.ts
import { posix as posix3 } from "node:path";

// src/resolve/terraform/config-tree.ts
import { isAbsolute, posix as posix2, relative, resolve, sep } from "node:path";
var isConfigFile = (path21) => /\.tf(\.json)?$/.test(path21);
function moduleSources(docs) {
  return docs.flatMap(
    (doc) => doc.value.body.blocks.filter((b) => b.type === "module" && b.labels[0] !== void 0).map((b) => {
      const expr = b.body.attributes.source?.expr;
      return { name: b.labels[0], source: expr?.kind === "literal" && typeof expr.value === "string" ? expr.value : void 0 };
    })
  );
}
var isLocalSource = (source) => source.startsWith("./") || source.startsWith("../");
function joinDir(dir, source) {
  const joined = posix2.join(dir, source);
  return joined.length > 1 && joined.endsWith("/") ? joined.slice(0, -1) : joined;
}
var ConfigTree = class {
  constructor(docs, diagnostics, manifests = /* @__PURE__ */ new Map()) {
    this.diagnostics = diagnostics;
    this.manifests = manifests;
    for (const doc of docs) {
      if (doc.file.dependency === true) this.dependencies.add(posix2.dirname(doc.file.path));
      const dir = posix2.dirname(doc.file.path);
      const into = isConfigFile(doc.file.path) ? this.config : this.varDocs;
      (into.get(dir) ?? into.set(dir, []).get(dir)).push(doc);
      const abs = doc.file.absolutePath.split(sep).join("/");
      if (this.scanRoot === void 0 && abs.endsWith(`/${doc.file.path}`)) this.scanRoot = abs.slice(0, -doc.file.path.length - 1);
    }
    this.boundary = this.scanRoot === void 0 ? void 0 : Boundary.of(this.scanRoot);
  }
  diagnostics;
  manifests;
  config = /* @__PURE__ */ new Map();
  varDocs = /* @__PURE__ */ new Map();
  scanRoot;
  /** Every file()/fileset() read resolves its real path inside this (the git work tree, else the scan root). */
  boundary;
  dependencies = /* @__PURE__ */ new Set();
  warned = /* @__PURE__ */ new Set();
  /** A warning about a block, once per scan however many module instances evaluate the block. */
  warnOnce(diagnostic) {
    const key = `${diagnostic.range.path}:${diagnostic.range.startLine}:${diagnostic.message}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.diagnostics.push(diagnostic);
  }
  /**
   * Directories no scanned module calls with a local source; then any left unreached (call cycles).
   * A directory read only because a call needs it is never a root.
   */
  roots() {
    const called = /* @__PURE__ */ new Set();
    for (const [dir, docs] of this.config) {
      for (const { source } of moduleSources(docs)) if (source !== void 0 && isLocalSource(source)) called.add(joinDir(dir, source));
    }
    const dirs = [...this.config.keys()].filter((d) => !this.dependencies.has(d)).sort();
    const roots = dirs.filter((d) => !called.has(d));
    const reached = /* @__PURE__ */ new Set();
    const visit3 = (dir) => {
      if (reached.has(dir)) return;
      reached.add(dir);
      for (const { source } of moduleSources(this.config.get(dir) ?? [])) if (source !== void 0 && isLocalSource(source)) visit3(joinDir(dir, source));
    };
    roots.forEach(visit3);
    for (const dir of dirs) {
      if (reached.has(dir)) continue;
      roots.push(dir);
      visit3(dir);
    }
    return roots;
  }
  /** A module `terraform init` installed for `root`: `.terraform/modules/modules.json` maps the call key to a directory. */
  vendoredModule(root, key) {
    const entry = this.manifests.get(root)?.find((m) => m.Key === key);
    if (entry === void 0) return void 0;
    const dir = joinDir(root, entry.Dir);
    const docs = this.config.get(dir);
    return docs === void 0 ? void 0 : { dir, docs };
  }
  /**
   * `file()` and `fileset()` for a root module: paths resolve from the root's directory, and a
   * file is read only when its real path (links followed) is inside the repository boundary. A
   * refused read is a PATH_REFUSED diagnostic naming the path in the repository.
   */
  fileAccess(root) {
    const { scanRoot, boundary } = this;
    if (scanRoot === void 0 || boundary === void 0) return void 0;
    const where2 = (path21) => {
      const abs = isAbsolute(path21) ? path21 : resolve(scanRoot, root, path21);
      const inside = relative(scanRoot, abs);
      return { abs, shown: inside.startsWith("..") || isAbsolute(inside) ? abs : inside.split(sep).join("/") };
    };
    return {
      read: (path21) => {
        const { abs, shown } = where2(path21);
        const result = boundary.readText(abs);
        if ("text" in result) return { text: result.text };
        if ("refused" in result) this.warnOnce(pathRefused(shown, `file("${path21}")`, result.refused));
        return { error: "refused" in result ? "the file is outside the repository boundary" : "the file cannot be read" };
      },
      list: (path21) => {
        const { abs, shown } = where2(path21);
        const listing = listTree(boundary, abs);
        for (const r of listing.refused) this.warnOnce(pathRefused(r.relative === "." ? shown : posix2.join(shown, r.relative), `fileset("${path21}")`, r.reason));
        if (listing.refused.some((r) => r.relative === ".")) return { error: "the directory is outside the repository boundary" };
        if (listing.truncated) return { error: "the directory holds too many files" };
        return { files: listing.files.map((f) => f.relative) };
      }
    };
  }
};

// src/resolve/terraform/requests.ts
function moduleDirectoryRequests(docs, manifests, loaded) {
  const wanted = /* @__PURE__ */ new Set();
  for (const doc of docs) {
    if (doc.file.format !== "terraform" || !isConfigFile(doc.file.path) || doc.value === void 0) continue;
    const dir = posix3.dirname(doc.file.path);
    for (const { source } of moduleSources([doc])) {
      if (source !== void 0 && isLocalSource(source)) wanted.add(joinDir(dir, source));
    }
  }
  for (const [root, entries] of manifests) for (const entry of entries) wanted.add(joinDir(root, entry.Dir));
  return [...wanted].filter((dir) => !loaded.has(dir)).sort();
}
function configDirectories(docs) {
  const dirs = docs.filter((d) => d.file.format === "terraform" && isConfigFile(d.file.path)).map((d) => posix3.dirname(d.file.path));
  return [...new Set(dirs)].sort();
}

// src/follow.ts
var MAX_ROUNDS = 16;
var MAX_DIRECTORIES = 2e3;
var MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
var MANIFEST = ".terraform/modules/modules.json";
async function followDependencies(documents, context) {
  const out = { discovery: { files: [], skipped: [], diagnostics: [] }, documents: [], manifests: /* @__PURE__ */ new Map() };
  const all = [...documents];
  const loaded = new Set(configDirectories(documents));
  const checked = /* @__PURE__ */ new Set();
  const rootReal = await realpath(context.root).catch(() => context.root);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    for (const dir of configDirectories(all)) {
      if (checked.has(dir)) continue;
      checked.add(dir);
      const manifest = await readManifest(context.root, rootReal, dir, out.discovery.diagnostics);
      if (manifest) out.manifests.set(dir, manifest);
    }
    const requests = moduleDirectoryRequests(all, out.manifests, loaded).filter((dir) => !dir.startsWith("../") && dir !== "..");
    if (requests.length === 0) break;
    if (loaded.size + requests.length > MAX_DIRECTORIES) {
      out.discovery.diagnostics.push(limitReached(requests[0]));
      break;
    }
    for (const dir of requests) loaded.add(dir);
    const files = (await Promise.all(requests.map((dir) => configFiles(context.root, rootReal, dir, out.discovery.diagnostics)))).flat();
    if (files.length === 0) continue;
    all.push(...await readDependencies(files, context, out));
  }
  if (out.documents.length > 0) context.logger.info(`read ${out.documents.length} Terraform files of modules called from the scanned paths`);
  await followNestedTemplates(all, context, rootReal, out);
  return out;
}
async function followNestedTemplates(all, context, rootReal, out) {
  const loaded = new Set(all.filter((d) => d.file.format === "cloudformation").map((d) => d.file.path));
  let read = 0;
  for (let round = 0; round < MAX_STACK_DEPTH; round++) {
    const requests = nestedTemplateRequests(all, loaded);
    if (requests.length === 0) break;
    for (const file of requests) loaded.add(file);
    const files = (await Promise.all(requests.map((file) => templateFile(context.root, rootReal, file)))).flatMap((f) => f === void 0 ? [] : [f]);
    if (files.length === 0) break;
    const parsed = await readDependencies(files, context, out, "cloudformation");
    all.push(...parsed);
    read += parsed.length;
  }
  if (read > 0) context.logger.info(`read ${read} CloudFormation templates of nested stacks in the scanned templates`);
}
async function readDependencies(files, context, out, assume) {
  const discovery = await discover({ paths: files, root: context.root, exclude: context.exclude, logger: context.logger, ...assume ? { assume } : {} });
  for (const file of discovery.files) file.dependency = true;
  const parsed = await context.parse(discovery);
  out.discovery.files.push(...discovery.files);
  out.discovery.skipped.push(...discovery.skipped);
  out.discovery.diagnostics.push(...discovery.diagnostics);
  out.documents.push(...parsed);
  return parsed;
}
async function templateFile(root, rootReal, file) {
  if (file === ".." || file.startsWith("../")) return void 0;
  const absolute = path16.join(root, ...file.split("/"));
  const real = await realpath(absolute).catch(() => void 0);
  if (real === void 0 || !isWithin(rootReal, real)) return void 0;
  const stats = await stat2(real).catch(() => void 0);
  return stats?.isFile() === true ? absolute : void 0;
}
async function configFiles(root, rootReal, dir, diagnostics) {
  const absolute = path16.join(root, ...dir.split("/"));
  const real = await realpath(absolute).catch(() => void 0);
  if (real === void 0) return [];
  if (!isWithin(rootReal, real)) {
    const message = `module directory ${dir} resolves to ${real}, outside the scan root; its files are not read`;
    diagnostics.push({ code: "PATH_REFUSED", level: "error", message, range: fileStart(dir) });
    return [];
  }
  const entries = await readdir2(absolute, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile() && /\.tf(\.json)?$/.test(e.name)).map((e) => path16.join(absolute, e.name)).sort();
}
async function readManifest(root, rootReal, dir, diagnostics) {
  const file = path16.join(root, ...dir.split("/"), ...MANIFEST.split("/"));
  const real = await realpath(file).catch(() => void 0);
  if (real === void 0) return void 0;
  const shown = posix4.join(dir, MANIFEST);
  if (!isWithin(rootReal, real)) {
    diagnostics.push({ code: "PATH_REFUSED", level: "error", message: `${shown} leads outside the scan root; its modules are not read`, range: fileStart(shown) });
    return void 0;
  }
  try {
    const text = await readFile3(real);
    if (text.length > MAX_MANIFEST_BYTES) throw new Error(`larger than ${MAX_MANIFEST_BYTES / 1024 / 1024} MiB`);
    const parsed = JSON.parse(text.toString("utf8"));
    const modules = Array.isArray(parsed.Modules) ? parsed.Modules : [];
    return modules.flatMap((m) => typeof m.Key === "string" && typeof m.Dir === "string" && m.Key !== "" ? [{ Key: m.Key, Dir: m.Dir }] : []);
  } catch (error) {
    const message = `cannot read ${shown}: ${error instanceof Error ? error.message : String(error)}; the modules it lists are not read`;
    diagnostics.push({ code: "FILE_UNREADABLE", level: "error", message, range: fileStart(shown) });
    return void 0;
  }
}
function limitReached(dir) {
  return {
    code: "LIMIT_EXCEEDED",
    level: "error",
    message: `more than ${MAX_DIRECTORIES} module directories called from the scanned paths; ${dir} and later ones are not read`,
    range: fileStart(dir)
  };
}

// src/suppress/directive.ts
var POSTURE = /posture:ignore\b[:=]?(.*)/;
var CHECKOV_ID = /^\s*(\w+)/;
var PEER_IGNORE = /\b(trivy|tfsec):ignore:([\w-]+)((?::[a-z]+:[^:\s]+)*)/g;
var IDS = /^[\w*-]+(?:\s*,\s*[\w*-]+)*/;
var UNTIL = /^until=(\S+)/;
var KICS = /\bkics-scan\s+(ignore-line|ignore-block|ignore|disable|enable)\b/;
var KICS_QUERIES = /^=([\w-]+(?:,[\w-]+)*)/;
var CHECKOV_ANNOTATION_ID = /^\w+$/;
function parseDirectives(comment) {
  const text = comment.replace(/\*\/\s*$/, "").trim();
  const posture = POSTURE.exec(text);
  if (posture) return [parsePostureBody(posture[1])];
  const checkov = parseCheckov(text);
  if (checkov) return [checkov];
  const kics = parseKics(text);
  if (kics) return [kics];
  return [...text.matchAll(PEER_IGNORE)].map((match) => parsePeerIgnore(match[1], match[2], match[3]));
}
function parseCheckov(text) {
  const at2 = text.indexOf("checkov:skip=");
  if (at2 < 0) return void 0;
  const rest = text.slice(at2 + "checkov:skip=".length);
  const id = CHECKOV_ID.exec(rest);
  if (!id) return void 0;
  const after = rest.slice(id[0].length);
  if (after.trim() === "") return { tool: "checkov", ids: [id[1]] };
  const reason = after.startsWith(":") ? after.slice(1).trim() : "";
  if (reason === "" || reason.includes("\n")) return void 0;
  return { tool: "checkov", ids: [id[1]], reason };
}
function parseKics(text) {
  const match = KICS.exec(text);
  const form = match?.[1];
  if (match === null || form === void 0) return void 0;
  if (form === "ignore-line" || form === "ignore-block") return { tool: "kics", ids: [], kics: form };
  if (form === "disable") {
    const queries = KICS_QUERIES.exec(text.slice(match.index + match[0].length))?.[1];
    if (queries !== void 0) return { tool: "kics", ids: queries.split(","), kics: "disable" };
    return { tool: "kics", ids: [], invalid: "disable names no query id (kics-scan disable=<query id>,\u2026)" };
  }
  return { tool: "kics", ids: [], invalid: `${form} (the whole file) is not supported; write a .posture.yaml waiver for the file instead` };
}
function parseCheckovAnnotation(value) {
  const at2 = value.indexOf("=");
  const id = (at2 < 0 ? value : value.slice(0, at2)).trim();
  const reason = at2 < 0 ? "" : value.slice(at2 + 1).trim();
  if (!CHECKOV_ANNOTATION_ID.test(id)) return { tool: "checkov", ids: [], invalid: "the annotation names no checkov id (CKV_K8S_16=reason)" };
  return { tool: "checkov", ids: [id], ...reason ? { reason } : {} };
}
function parsePostureBody(body) {
  const trimmed = body.trim();
  const ids = IDS.exec(trimmed);
  if (!ids || trimmed.slice(ids[0].length).trimStart().includes("\n")) return { tool: "posture", ids: [], invalid: "posture:ignore names no check id" };
  const list2 = ids[0].split(",").map((id) => id.trim());
  let rest = trimmed.slice(ids[0].length).trimStart();
  let until;
  const untilMatch = UNTIL.exec(rest);
  if (untilMatch) {
    until = untilMatch[1];
    rest = rest.slice(untilMatch[0].length).trimStart();
  }
  const reason = rest.replace(/^(--|-|:)\s*/, "").trim();
  const directive = { tool: "posture", ids: list2, ...reason ? { reason } : {}, ...until ? { until } : {} };
  return withValidity(directive);
}
function parsePeerIgnore(tool, id, options) {
  const expiry = /:exp:([^:\s]+)/.exec(options)?.[1];
  return withValidity({ tool, ids: [id], ...expiry ? { until: expiry } : {} });
}
function withValidity(directive) {
  if (directive.ids.includes("*")) {
    return { ...directive, invalid: "posture:ignore * is not supported; name the check ids, or add a reviewed waiver to .posture.yaml" };
  }
  if (directive.until !== void 0 && !isCalendarDate(directive.until)) {
    return { ...directive, invalid: `expiry "${directive.until}" is not a date (YYYY-MM-DD); the suppression is ignored` };
  }
  return directive;
}
function isExpired(until, now) {
  if (until === void 0) return false;
  const [year, month, day] = until.split("-").map(Number);
  return now.getTime() >= Date.UTC(year, month - 1, day + 1);
}

// src/suppress/match.ts
function coverage(directive, checkId, input) {
  if (directive.tool === "posture") return directive.ids.includes(checkId) ? "whole" : "none";
  if (directive.tool === "kics" && directive.kics !== "disable") return directive.kics !== void 0 ? "whole" : "none";
  const check = input.checkOf(checkId);
  if (!check) return "none";
  const family = directive.tool === "checkov" ? "checkov" : directive.tool === "kics" ? "kics" : "trivy";
  return peerCoverage(check, family, new Set(directive.ids.map((id) => id.toUpperCase())));
}
function describe(directive) {
  const ids = directive.ids.join(",");
  if (directive.tool === "posture") return `posture:ignore ${ids}`;
  if (directive.tool === "kics") return directive.kics === "disable" ? `kics-scan disable=${ids}` : directive.kics ? `kics-scan ${directive.kics}` : "kics-scan";
  return directive.tool === "checkov" ? `checkov:skip=${ids}` : `${directive.tool}:ignore:${ids}`;
}

// src/suppress/waivers.ts
var GLOB = { dot: true, nocomment: true, nonegate: true };
function waiverMatches(waiver, finding) {
  return minimatch(finding.checkId, waiver.check, GLOB) && (waiver.resource === void 0 || minimatch(finding.resourceId, waiver.resource, GLOB)) && (waiver.path === void 0 || minimatch(finding.location.path, waiver.path, GLOB));
}
function waiverJustification(waiver) {
  return waiver.owner === void 0 ? waiver.reason : `${waiver.reason} (owner: ${waiver.owner})`;
}
function isLiteralCheck(pattern) {
  return !/[*?[\]{}!+@()]/.test(pattern);
}

// src/suppress/diagnose.ts
function diagnoseDirectives(directives, input) {
  const out = /* @__PURE__ */ new Map();
  const add = (diagnostic) => {
    const { path: path21, startLine, startColumn } = diagnostic.range;
    out.set(`${path21}:${startLine}:${startColumn}:${diagnostic.message}`, diagnostic);
  };
  for (const directive of directives) {
    const what = describe(directive);
    if (directive.invalid !== void 0) {
      add({ code: "SUPPRESSION_INVALID", level: "warning", message: `${what}: ${directive.invalid}`, range: directive.range });
    } else if (isExpired(directive.until, input.now)) {
      add(expired(what, directive.until, directive.range));
    }
    if (directive.tool !== "posture") continue;
    for (const id of directive.ids.filter((id2) => id2 !== "*" && input.checkOf(id2) === void 0)) {
      add({ code: "SUPPRESSION_UNKNOWN_CHECK", level: "warning", message: `${what}: unknown check id ${id}; it suppresses nothing`, range: directive.range });
    }
  }
  return [...out.values()];
}
function diagnoseWaivers(usage, input) {
  const out = [];
  for (const { waiver, expired: isOver } of usage) {
    const what = `waiver for ${waiver.check}`;
    if (isOver) out.push(expired(what, waiver.expires, waiver.source));
    if (isLiteralCheck(waiver.check) && input.checkOf(waiver.check) === void 0) {
      out.push({ code: "SUPPRESSION_UNKNOWN_CHECK", level: "warning", message: `${what}: unknown check id; it suppresses nothing`, range: waiver.source });
    }
  }
  return out;
}
function expired(what, until, range) {
  return {
    code: "SUPPRESSION_EXPIRED",
    level: "warning",
    message: `${what} expired on ${until} and no longer suppresses; fix the finding or renew the date with a reason`,
    range
  };
}

// src/suppress/annotations.ts
var K8S_ANNOTATION = "posture-gate.io/ignore";
var CHECKOV_SKIP = /^(?:checkov|bridgecrew)\.io\/skip\d*$/;
function kubernetesAnnotationBodies(raw) {
  return annotationSets(raw).flatMap(
    (annotations) => Object.entries(annotations).flatMap(([key, value]) => {
      if (typeof value !== "string") return [];
      if (key === K8S_ANNOTATION) return postureLines(value).map(parsePostureBody);
      return CHECKOV_SKIP.test(key) ? [parseCheckovAnnotation(value)] : [];
    })
  );
}
function postureLines(value) {
  const lines = value.split("\n").filter((line) => line.trim() !== "");
  return lines.length > 0 ? lines : [value];
}
function annotationSets(raw) {
  const spec = record(raw.spec);
  const templates = [record(spec?.template), record(record(record(spec?.jobTemplate)?.spec)?.template)];
  return [raw, ...templates].map((holder) => record(record(holder?.metadata)?.annotations)).filter((set) => set !== void 0);
}
function record(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}

// src/suppress/comments.ts
function commentSyntaxOf(path21) {
  if (/\.(tf|hcl|tfvars)$/i.test(path21)) return "hcl";
  if (/\.ya?ml$/i.test(path21)) return "yaml";
  return void 0;
}
var HCL_BLOCK_HEADER = /^[A-Za-z_][\w-]*(\s+("[^"]*"|[A-Za-z_][\w-]*))*\s*\{/;
var CLOSER = /^\s*[}\])]/;
var LIST_ITEM = /^\s*-(\s|$)/;
function scanComments(text, syntax) {
  const result = [];
  let inBlock = false;
  text.split(/\r?\n/).forEach((source, index) => {
    const inBlockAtStart = inBlock;
    const scanned = scanLine(source, syntax, inBlock);
    inBlock = scanned.inBlock;
    result.push({
      line: index + 1,
      commentOnly: !scanned.code,
      blank: source.trim() === "",
      indent: source.length - source.trimStart().length,
      documentStart: syntax === "yaml" && /^---(\s|$)/.test(source),
      blockHeader: syntax === "hcl" && !inBlockAtStart && HCL_BLOCK_HEADER.test(source),
      closer: scanned.code && CLOSER.test(source),
      listItem: syntax === "yaml" && scanned.code && LIST_ITEM.test(source),
      comments: scanned.comments
    });
  });
  return result;
}
function scanLine(line, syntax, inBlock) {
  const comments = [];
  let code = false;
  let quote;
  let i = 0;
  while (i < line.length) {
    if (inBlock) {
      const end = line.indexOf("*/", i);
      comments.push(line.slice(i, end === -1 ? line.length : end));
      if (end === -1) return { code, comments, inBlock: true };
      inBlock = false;
      i = end + 2;
      continue;
    }
    const char = line[i];
    if (quote !== void 0) {
      if (char === "\\" && quote === '"') i++;
      else if (char === quote) quote = void 0;
    } else if (isLineComment(line, i, syntax)) {
      comments.push(line.slice(i + (char === "#" ? 1 : 2)));
      return { code, comments, inBlock };
    } else if (syntax === "hcl" && line.startsWith("/*", i)) {
      inBlock = true;
      i += 2;
      continue;
    } else if (opensQuote(line, i, syntax)) {
      quote = char;
    }
    if (!/\s/.test(char)) code = true;
    i++;
  }
  return { code, comments, inBlock };
}
function isLineComment(line, i, syntax) {
  if (line[i] === "#") return syntax === "hcl" || i === 0 || /\s/.test(line[i - 1]);
  return syntax === "hcl" && line.startsWith("//", i);
}
function opensQuote(line, i, syntax) {
  if (syntax === "hcl") return line[i] === '"';
  if (line[i] !== '"' && line[i] !== "'") return false;
  const before2 = line.slice(0, i).trimEnd();
  return before2 === "" || /[:[{,-]$/.test(before2);
}

// src/suppress/kics.ts
function kicsTarget(directive, lines, ends) {
  if (directive.kics === "disable") return { from: 1, to: lines.length };
  const from = nextCodeLine(lines, directive.range.startLine);
  if (from === void 0) return void 0;
  return { from, to: directive.kics === "ignore-block" ? Math.max(from, ends[from] ?? from) : from };
}
function nextCodeLine(lines, line) {
  for (let at2 = line + 1; at2 <= lines.length; at2++) {
    const info = lines[at2 - 1];
    if (info.blank || info.documentStart) return void 0;
    if (!info.commentOnly) return at2;
  }
  return void 0;
}
function blockEnds(lines, syntax) {
  const ends = new Array(lines.length + 1).fill(0);
  const open = [];
  let lastCode = 0;
  let documentTop = 0;
  const endDocument = () => {
    for (const entry of open.splice(0)) ends[entry.line] = lastCode;
    if (documentTop > 0) ends[documentTop] = lastCode;
    documentTop = 0;
  };
  for (const info of lines) {
    if (info.documentStart) endDocument();
    if (info.blank || info.commentOnly || info.documentStart) continue;
    if (syntax === "yaml" && documentTop === 0) documentTop = info.line;
    const closed = closeBlocks(open, info, ends, lastCode);
    if (!closed) open.push({ line: info.line, indent: info.indent, listItem: info.listItem });
    lastCode = info.line;
  }
  endDocument();
  return ends;
}
function closeBlocks(open, info, ends, lastCode) {
  while (open.length > 0) {
    const top = open[open.length - 1];
    if (info.indent > top.indent) return false;
    if (info.indent === top.indent && info.listItem && !top.listItem) return false;
    open.pop();
    if (info.closer && info.indent === top.indent) {
      ends[top.line] = info.line;
      return true;
    }
    ends[top.line] = lastCode;
  }
  return false;
}

// src/suppress/inline.ts
function fileDirectives(path21, text) {
  const syntax = commentSyntaxOf(path21);
  if (syntax === void 0) return void 0;
  const lines = scanComments(text, syntax);
  const directives = [];
  for (const { line, comments } of lines) {
    for (const comment of comments) {
      for (const body of parseDirectives(comment)) directives.push(placed(body, lineRange(path21, line), "comment"));
    }
  }
  const kics = /* @__PURE__ */ new Map();
  const kicsDirectives = directives.filter((directive) => directive.kics !== void 0);
  const ends = kicsDirectives.length > 0 ? blockEnds(lines, syntax) : [];
  for (const directive of kicsDirectives) {
    const target = kicsTarget(directive, lines, ends);
    if (target) kics.set(directive, target);
  }
  return { lines, directives, kics };
}
function coveringLines(lines, line) {
  const covering = /* @__PURE__ */ new Set([line]);
  for (let above = line - 1; above >= 1; above--) {
    const info = lines[above - 1];
    if (!info || !info.commentOnly || info.blank) break;
    covering.add(above);
  }
  return covering;
}
function kubernetesDocumentStart(lines, line) {
  let start = line;
  for (let above = line - 1; above >= 1; above--) {
    const info = lines[above - 1];
    if (!info || info.commentOnly || info.documentStart || info.indent !== 0) break;
    start = above;
  }
  return start;
}
function enclosingHclBlock(lines, line) {
  for (let at2 = line; at2 >= 1; at2--) {
    const info = lines[at2 - 1];
    if (!info || info.commentOnly || info.indent !== 0) continue;
    return info.blockHeader ? at2 : void 0;
  }
  return void 0;
}
function commentDirectivesFor(finding, file, block) {
  const covering = coveringLines(file.lines, finding.location.startLine);
  const enclosing = enclosingHclBlock(file.lines, finding.location.startLine);
  if (enclosing !== void 0) for (const line of coveringLines(file.lines, enclosing)) covering.add(line);
  const blockPath = block?.path === finding.location.path ? block : void 0;
  if (blockPath) {
    const start = finding.format === "kubernetes" ? kubernetesDocumentStart(file.lines, blockPath.startLine) : blockPath.startLine;
    for (const line of coveringLines(file.lines, start)) covering.add(line);
  }
  const at2 = finding.location.startLine;
  return file.directives.filter((directive) => {
    const line = directive.range.startLine;
    if (directive.tool === "kics") return isWithin2(file.kics.get(directive), at2);
    if (covering.has(line)) return true;
    return directive.tool === "checkov" && blockPath !== void 0 && line >= blockPath.startLine && line <= blockPath.endLine;
  });
}
function isWithin2(target, line) {
  return target !== void 0 && line >= target.from && line <= target.to;
}
function resourceDirectiveBodies(raw) {
  if (raw === void 0) return [];
  return [...cloudFormationDirectives(raw), ...kubernetesAnnotationBodies(raw)];
}
function atResource(bodies, block) {
  return bodies.map((body) => placed(body, block, "resource"));
}
function cloudFormationDirectives(raw) {
  const metadata = record2(raw.Metadata);
  const ours = list(record2(metadata?.posture)?.ignore).map((entry) => {
    const id = typeof entry.id === "string" ? entry.id : "";
    const text = [id, typeof entry.until === "string" ? `until=${entry.until}` : "", String(entry.reason ?? "")].join(" ");
    return parsePostureBody(text);
  });
  const checkov = list(record2(metadata?.checkov)?.skip).map(
    (entry) => ({ tool: "checkov", ids: [String(entry.id ?? "")], ...entry.comment ? { reason: String(entry.comment) } : {} })
  );
  return [...ours, ...checkov];
}
function placed(body, range, placement) {
  return { ...body, range, placement };
}
function lineRange(path21, line) {
  return { path: path21, startLine: line, startColumn: 1, endLine: line, endColumn: 1 };
}
function record2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function list(value) {
  return Array.isArray(value) ? value.map(record2).filter((entry) => entry !== void 0) : [];
}

// src/suppress/index.ts
function resourceKey(scope, resourceId2) {
  return `${scope}\0${resourceId2}`;
}
function indexResources(resources) {
  const byKey = /* @__PURE__ */ new Map();
  const raws = /* @__PURE__ */ new Map();
  for (const resource of resources) {
    const key = resourceKey(resource.scope, resource.id);
    byKey.set(key, resource);
    raws.set(key, resource.raw);
  }
  return { ranges: { get: (key) => byKey.get(key)?.provenance.get(ROOT) }, raws };
}
var ROOT = pathKey([]);
function applySuppressions(input) {
  const files = /* @__PURE__ */ new Map();
  for (const [path21, text] of input.texts) {
    const found = fileDirectives(path21, text);
    if (found) files.set(path21, found);
  }
  const usage = input.waivers.map((waiver) => ({ waiver, expired: isExpired(waiver.expires, input.now), fingerprints: [] }));
  const partial = /* @__PURE__ */ new Map();
  const findings = input.findings.map((finding) => {
    if (finding.suppression) return finding;
    const suppression = inlineSuppression(finding, files, input, partial) ?? configSuppression(finding, usage);
    return suppression ? { ...finding, suppression } : finding;
  });
  const resourceLevel = [...input.raws].flatMap(([key, raw]) => {
    const bodies = resourceDirectiveBodies(raw);
    const block = bodies.length > 0 ? input.ranges.get(key) : void 0;
    return block ? atResource(bodies, block) : [];
  });
  const diagnostics = [
    ...diagnoseDirectives([...[...files.values()].flatMap((f) => f.directives), ...resourceLevel], input),
    ...diagnoseWaivers(usage, input),
    ...partial.values()
  ];
  return { findings, diagnostics, waiverUse: usage };
}
function inlineSuppression(finding, files, input, partial) {
  const key = resourceKey(finding.scope, finding.resourceId);
  const file = files.get(finding.location.path);
  const bodies = resourceDirectiveBodies(input.raws.get(key));
  if (!file && bodies.length === 0) return void 0;
  const block = input.ranges.get(key);
  const candidates = [
    ...file ? commentDirectivesFor(finding, file, block) : [],
    ...block ? atResource(bodies, block) : []
  ];
  const live = candidates.filter((d) => d.invalid === void 0 && !isExpired(d.until, input.now));
  const directive = live.find((d) => coverage(d, finding.checkId, input) === "whole");
  if (!directive) {
    for (const d of live.filter((d2) => coverage(d2, finding.checkId, input) === "part")) notePartial(d, finding.checkId, partial);
    return void 0;
  }
  return {
    kind: "inline",
    justification: directive.reason ?? `${describe(directive)} (no reason given)`,
    ...directive.until === void 0 ? {} : { expires: directive.until }
  };
}
function configSuppression(finding, usage) {
  const use = usage.find((candidate) => !candidate.expired && waiverMatches(candidate.waiver, finding));
  if (!use) return void 0;
  use.fingerprints.push(finding.fingerprint);
  const { expires } = use.waiver;
  return { kind: "config", justification: waiverJustification(use.waiver), ...expires === void 0 ? {} : { expires } };
}
function notePartial(directive, checkId, partial) {
  const { path: path21, startLine, startColumn } = directive.range;
  const key = `${path21}:${startLine}:${startColumn}:${checkId}`;
  if (partial.has(key)) return;
  partial.set(key, {
    code: "SUPPRESSION_PARTIAL",
    level: "warning",
    message: `${describe(directive)} covers only part of ${checkId}, so it does not suppress ${checkId}'s finding here; write posture:ignore ${checkId} (with a reason) to suppress it`,
    range: directive.range
  });
}

// src/findings/fingerprint.ts
import { createHash as createHash2 } from "node:crypto";
function fingerprintOf(checkId, scope, resourceId2, attributePath) {
  const identity = [checkId, scope, resourceId2, pathKey(attributePath)].join("\0");
  return createHash2("sha256").update(identity).digest("hex");
}

// src/findings/locate.ts
function locateAttribute(resource, attributePath) {
  for (let length2 = attributePath.length; length2 >= 0; length2--) {
    const range = resource.provenance.get(pathKey(attributePath.slice(0, length2)));
    if (range) return range;
  }
  return fileStart(resource.source.path);
}

// src/findings/inconclusive.ts
function findInconclusive(resources, violations, catalog) {
  const violated = new Set(violations.map((v) => `${v.checkId}\0${v.resourceId}`));
  const results = [];
  for (const resource of resources) {
    for (const check of catalog.checksFor(resource.type)) {
      const unknownPath = firstUnknownRead(resource.attributes, check.reads);
      if (!unknownPath || violated.has(`${check.id}\0${resource.id}`)) continue;
      results.push({
        checkId: check.id,
        resourceId: resource.id,
        attributePath: unknownPath,
        location: locateAttribute(resource, unknownPath)
      });
    }
  }
  return results;
}
function firstUnknownRead(attributes, reads) {
  for (const read of reads) {
    const found = firstUnknown(attributes, read, []);
    if (found) return found;
  }
  return void 0;
}
function firstUnknown(value, pattern, at2) {
  const found = unknownFrom2(value, pattern, 0);
  return found === void 0 ? void 0 : [...at2, ...found.reverse()];
}
function unknownFrom2(value, pattern, depth) {
  if (isUnknown(value)) return [];
  if (depth === pattern.length || value === null || typeof value !== "object") return void 0;
  const head = pattern[depth];
  if (head === "*") {
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        const found2 = unknownFrom2(value[index], pattern, depth + 1);
        if (found2) return withStep(found2, index);
      }
      return void 0;
    }
    for (const key of Object.keys(value)) {
      const found2 = unknownFrom2(value[key], pattern, depth + 1);
      if (found2) return withStep(found2, key);
    }
    return void 0;
  }
  if (Array.isArray(value)) return void 0;
  const found = unknownFrom2(value[head], pattern, depth + 1);
  return found && withStep(found, head);
}
function withStep(reversedPath, step) {
  reversedPath.push(step);
  return reversedPath;
}

// src/findings/index.ts
function buildFindings(violations, resources, catalog) {
  const findings = /* @__PURE__ */ new Map();
  for (const violation of violations) {
    const check = catalog.check(violation.checkId);
    if (!check) throw new PolicyError(`a rule reported unknown check id ${violation.checkId}`);
    const resource = resources.get(violation.resourceId);
    if (!resource) {
      throw new PolicyError(`${violation.checkId} reported resource ${violation.resourceId}, which is not in the scope`);
    }
    const fingerprint = fingerprintOf(check.id, resource.scope, resource.id, violation.attributePath);
    if (findings.has(fingerprint)) continue;
    findings.set(fingerprint, {
      checkId: check.id,
      title: check.title,
      severity: check.severity,
      message: violation.message || check.title,
      resourceId: resource.id,
      resourceType: resource.type,
      scope: resource.scope,
      format: resource.source.format,
      attributePath: violation.attributePath,
      location: locateAttribute(resource, violation.attributePath),
      fingerprint,
      controls: catalog.controlsOf(check),
      ...resource.moduleCalls === void 0 ? {} : { moduleCalls: resource.moduleCalls }
    });
  }
  return [...findings.values()].sort(compareFindings);
}

// src/findings/score.ts
var OVERALL = "*";
var frameworkKey = (framework) => `f\0${framework}`;
var requirementKey = (framework, requirement) => `r\0${framework}\0${requirement}`;
var controlKey = (framework, control) => `c\0${framework}\0${control}`;
function computeScore(resources, findings, catalog) {
  const groups = new GroupKeys(catalog);
  const typesById = /* @__PURE__ */ new Map();
  for (const resource of resources) addTo(typesById, `${resource.scope}\0${resource.id}`, `${resource.type}\0${resource.source.format}`);
  const keysById = /* @__PURE__ */ new Map();
  const resourcesByKeys = /* @__PURE__ */ new Map();
  for (const [id, types] of typesById) {
    const keys = types.size === 1 ? groups.ofType(types.values().next().value) : union([...types].map((type) => groups.ofType(type)));
    keysById.set(id, keys);
    resourcesByKeys.set(keys, (resourcesByKeys.get(keys) ?? 0) + 1);
  }
  const total = /* @__PURE__ */ new Map();
  for (const [keys, count] of resourcesByKeys) for (const key of keys) total.set(key, (total.get(key) ?? 0) + count);
  const failing = failingCounts(findings, keysById, groups);
  const line = (key) => scoreLine(total.get(key) ?? 0, failing.get(key) ?? 0);
  const score = { overall: line(OVERALL), byFramework: {}, byRequirement: {}, byControl: {} };
  for (const framework of catalog.catalog.frameworks) {
    score.byFramework[framework.id] = line(frameworkKey(framework.id));
    const requirements = {};
    for (const requirement of framework.requirements) {
      if (total.has(requirementKey(framework.id, requirement.id))) requirements[requirement.id] = line(requirementKey(framework.id, requirement.id));
    }
    const controls = {};
    for (const control of framework.controls) {
      if (total.has(controlKey(framework.id, control.id))) controls[control.id] = line(controlKey(framework.id, control.id));
    }
    score.byRequirement[framework.id] = requirements;
    score.byControl[framework.id] = controls;
  }
  return score;
}
function failingCounts(findings, keysById, groups) {
  const checksById = /* @__PURE__ */ new Map();
  const keysByCheck = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (finding.suppression && finding.suppression.kind !== "baseline") continue;
    const id = `${finding.scope}\0${finding.resourceId}`;
    if (!keysById.has(id)) continue;
    addTo(checksById, id, finding.checkId);
    if (!keysByCheck.has(finding.checkId)) {
      keysByCheck.set(finding.checkId, [OVERALL, ...finding.controls.flatMap(({ framework, control }) => groups.ofControl(framework, control))]);
    }
  }
  const resourcesBySignature = /* @__PURE__ */ new Map();
  for (const [id, checks] of checksById) {
    const applicable = keysById.get(id);
    const signature = `${groups.signatureOf(applicable)}${[...checks].sort().join("\0")}`;
    const entry = resourcesBySignature.get(signature);
    if (entry) entry.count++;
    else resourcesBySignature.set(signature, { applicable, checks, count: 1 });
  }
  const counts = /* @__PURE__ */ new Map();
  for (const { applicable, checks, count } of resourcesBySignature.values()) {
    const keys = new Set([...checks].flatMap((check) => keysByCheck.get(check)).filter((key) => applicable.has(key)));
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + count);
  }
  return counts;
}
var GroupKeys = class {
  constructor(catalog) {
    this.catalog = catalog;
  }
  catalog;
  byControl = /* @__PURE__ */ new Map();
  byType = /* @__PURE__ */ new Map();
  signatures = /* @__PURE__ */ new Map();
  ofControl(framework, control) {
    const cacheKey = controlKey(framework, control);
    let keys = this.byControl.get(cacheKey);
    if (keys === void 0) {
      const requirement = this.catalog.requirementOf(framework, control);
      keys = [frameworkKey(framework), cacheKey, ...requirement === void 0 ? [] : [requirementKey(framework, requirement)]];
      this.byControl.set(cacheKey, keys);
    }
    return keys;
  }
  /** Every group a resource of this `type\0format` is scanned for: none when no check reads the type in that format. */
  ofType(typeAndFormat) {
    let keys = this.byType.get(typeAndFormat);
    if (keys === void 0) {
      const [type, format] = typeAndFormat.split("\0");
      const checks = this.catalog.checksFor(type).filter((check) => coversFormat(check.formats, format));
      const set = new Set(checks.length > 0 ? [OVERALL] : []);
      for (const check of checks) {
        for (const [framework, controls] of Object.entries(check.frameworks)) {
          for (const control of controls) for (const key of this.ofControl(framework, control)) set.add(key);
        }
      }
      keys = set;
      this.byType.set(typeAndFormat, keys);
    }
    return keys;
  }
  /** A name for one set this class handed out (the same set object → the same name). */
  signatureOf(keys) {
    let name = this.signatures.get(keys);
    if (name === void 0) this.signatures.set(keys, name = String(this.signatures.size));
    return name;
  }
};
function coversFormat(formats, format) {
  return formats.includes(format) || format === "terraform-plan" && formats.includes("terraform");
}
function union(sets) {
  return new Set(sets.flatMap((set) => [...set]));
}
function addTo(groups, key, value) {
  (groups.get(key) ?? groups.set(key, /* @__PURE__ */ new Set()).get(key)).add(value);
}
function scoreLine(total, failing) {
  const passing = total - failing;
  return { passing, total, score: total === 0 ? 1 : passing / total };
}

// src/findings/excerpt.ts
import path17 from "node:path";

// src/findings/mask-line.ts
var MASK = "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022";
var indentOf = (line) => /^[ \t]*/.exec(line)[0].length;
function maskLineContent(line) {
  return line.trim() === "" ? line : `${line.slice(0, indentOf(line))}${MASK}`;
}
function isSpace(c) {
  if (c === void 0) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return code === 32 || code >= 9 && code <= 13;
  return /\s/.test(c);
}
function cutComment(line) {
  for (let i = line.indexOf("#", 1); i > 0; i = line.indexOf("#", i + 1)) {
    if (!isSpace(line[i - 1])) continue;
    let start = i - 1;
    while (start > 0 && isSpace(line[start - 1])) start--;
    return line.slice(0, start);
  }
  return line;
}
var BLOCK_INDICATOR = /^[|>][-+0-9]*\s*$/;
function isBlockScalarHeader(text) {
  if (text[0] !== "|" && text[0] !== ">") return false;
  let i = 1;
  while (i < text.length && "-+0123456789".includes(text[i])) i++;
  while (isSpace(text[i])) i++;
  return i === text.length || text[i] === "#";
}
function opensBlockScalar(line) {
  for (let i = line.indexOf(":"); i >= 0; i = line.indexOf(":", i + 1)) {
    let j = i + 1;
    while (isSpace(line[j])) j++;
    if ((line[j] === "|" || line[j] === ">") && isBlockScalarHeader(line.slice(j))) return true;
    if (j > i + 1) i = j - 1;
  }
  return false;
}
function keyEnd(line, at2) {
  const first = line[at2];
  if (first === void 0 || first === ":" || isSpace(first)) return -1;
  if (first === '"' || first === "'") {
    const close = line.indexOf(first, at2 + 1);
    if (close < 0) return -1;
    let j = close + 1;
    while (isSpace(line[j])) j++;
    return line[j] === ":" ? j + 1 : -1;
  }
  const colon = line.indexOf(":", at2 + 1);
  return colon < 0 ? -1 : colon + 1;
}
function maskValueKeepKey(line) {
  const indent = line.length - line.trimStart().length;
  const dash = /^-\s+/.exec(line.slice(indent));
  let end = keyEnd(line, indent + (dash?.[0].length ?? 0));
  if (end < 0 && dash) end = keyEnd(line, indent);
  if (end >= 0) {
    let valueAt4 = end;
    while (isSpace(line[valueAt4])) valueAt4++;
    const value = line.slice(valueAt4);
    return value.trim() === "" || BLOCK_INDICATOR.test(value) ? line : `${line.slice(0, end)}${line.slice(end, valueAt4) || " "}${MASK}`;
  }
  if (dash && line.length > indent + dash[0].length && !isSpace(line[indent + dash[0].length])) return `${line.slice(0, indent + dash[0].length)}${MASK}`;
  return maskLineContent(line);
}
function yamlValueMasker() {
  let scalarIndent = -1;
  return (line) => {
    if (scalarIndent >= 0) {
      if (line.trim() === "" || indentOf(line) > scalarIndent) return maskLineContent(line);
      scalarIndent = -1;
    }
    if (opensBlockScalar(line)) {
      scalarIndent = indentOf(line);
      return line;
    }
    return maskValueKeepKey(line);
  };
}

// src/findings/secret-keys.ts
var SECRET_PARTS = ["password", "passwd", "passphrase", "secret", "token", "apikey", "privatekey", "accesskey", "credential", "authorization"];
var SECRET_WORDS = /* @__PURE__ */ new Set(["pwd", "pass"]);
var METADATA_WORDS = /* @__PURE__ */ new Set([
  "length",
  "len",
  "age",
  "ttl",
  "name",
  "names",
  "id",
  "ids",
  "arn",
  "arns",
  "enabled",
  "enable",
  "disabled",
  "type",
  "types",
  "version",
  "prevention",
  "count",
  "rotation",
  "ref",
  "refs",
  "reference",
  "path",
  "file",
  "mode",
  "required",
  "reset",
  "days",
  "period",
  "policy",
  "expiry",
  "expiration",
  "lifetime",
  "duration",
  "timeout",
  "seconds",
  "minutes",
  "hours",
  "interval",
  "size",
  "format",
  "provider",
  "selector",
  "authentication",
  "kms",
  "location",
  "endpoint",
  "generation",
  "template",
  "hash",
  "algorithm",
  "condition",
  "conditions",
  "schedule",
  "expression",
  "immediately",
  "status",
  "namespace",
  "permission",
  "ms"
]);
function wordsOf(key) {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/[A-Z](?=[A-Z][a-z])/g, "$& ").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
var SETTINGS = /* @__PURE__ */ new Set(["httptokens", "creationtoken", "clienttoken", "clientrequesttoken", "idempotencytoken", "automountserviceaccounttoken"]);
var known = /* @__PURE__ */ new Map();
function isSecretKey(key) {
  let secret = known.get(key);
  if (secret === void 0) {
    secret = judgeKey(key);
    if (known.size < 1e4) known.set(key, secret);
  }
  return secret;
}
function judgeKey(key) {
  const words = wordsOf(key);
  if (words.length === 0 || METADATA_WORDS.has(words[words.length - 1])) return false;
  const joined = words.join("");
  if (SETTINGS.has(joined)) return false;
  return SECRET_PARTS.some((part) => joined.includes(part)) || words.some((w) => SECRET_WORDS.has(w)) || hasPair(words, "private", "key") || hasPair(words, "api", "key") || hasPair(words, "access", "key");
}
function hasPair(words, first, second) {
  return words.some((w, i) => w === first && words[i + 1] === second);
}
var NAME_KEYS = /* @__PURE__ */ new Set(["name", "key", "parameterkey", "variable", "optionname"]);
var VALUE_KEYS = /* @__PURE__ */ new Set(["value", "parametervalue", "defaultvalue"]);
var FLAGS = /^(?:true|false|yes|no|on|off|null|none|~)$/i;
var INTRINSIC = /^!(?:(?:Ref|GetAtt|ImportValue|Condition)\s+[\w.:-]+|(?:Not|Equals|And|Or|If)(?:\s.*)?)$/;
var HCL_ROOT = /^(?:var|local|module|data|each|count|path|self|terraform|aws_\w+|random_\w+|tls_\w+|vault_\w+|google_\w+|azurerm_\w+|kubernetes_\w+)$/;
var HCL_WORDS = /* @__PURE__ */ new Set(["null", "true", "false", "for", "in", "if"]);
var TEMPLATE = /^(?:\{\{[^{}]*\}\}|\$\{[^{}"']*\})$/;
function isHarmlessValue(value, hcl) {
  const v = value.trim();
  if (v === "" || FLAGS.test(v) || INTRINSIC.test(v) || TEMPLATE.test(v)) return true;
  return hcl && isHclExpression(v);
}
function isHclExpression(value) {
  if (/["'<]/.test(value)) return false;
  const words = value.match(/[A-Za-z_][\w-]*(?:\.[\w*-]+|\[[^\]]*\])*\(?|\d+/g) ?? [];
  return words.length > 0 && words.every((word) => word.endsWith("(") || HCL_WORDS.has(word) || word.includes(".") && HCL_ROOT.test(word.split(/[.[]/)[0]));
}

// src/findings/secrets-kubernetes.ts
var KIND_SECRET = /^(\s*)(-\s+)?["']?kind["']?\s*:\s*["']?Secret["']?\s*(?:#.*)?$/;
var DATA_KEY = /^(\s*)(-\s+)?["']?(?:data|stringData)["']?\s*:(.*)$/;
var JSON_KIND_SECRET = /"kind"\s*:\s*"Secret"/;
var JSON_DATA = /"(?:data|stringData)"\s*:\s*\{/g;
function maskKubernetesSecrets(text) {
  if (!/Secret/.test(text)) return text;
  const trimmed = text.trimStart();
  if ((trimmed.startsWith("{") || trimmed.startsWith("[")) && JSON_KIND_SECRET.test(text)) return maskJsonSecretData(text);
  return maskYamlDocuments(text.split("\n")).join("\n");
}
function mappingIndent(match) {
  return match[1].length + (match[2]?.length ?? 0);
}
function maskYamlDocuments(lines) {
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i === lines.length || /^(?:---|\.\.\.)(?:\s|$)/.test(lines[i])) {
      maskYamlDocument(lines, start, i);
      start = i + 1;
    }
  }
  return lines;
}
function maskYamlDocument(lines, from, to) {
  const secretIndents = /* @__PURE__ */ new Set();
  for (let i = from; i < to; i++) {
    const kind = KIND_SECRET.exec(lines[i]);
    if (kind) secretIndents.add(mappingIndent(kind));
  }
  if (secretIndents.size === 0) return;
  for (let i = from; i < to; i++) {
    const data = DATA_KEY.exec(lines[i]);
    if (!data || !secretIndents.has(mappingIndent(data))) continue;
    const indent = mappingIndent(data);
    const inline = cutComment(data[3]).trim();
    if (inline !== "") lines[i] = `${lines[i].slice(0, lines[i].length - data[3].length)} ${MASK}`;
    const mask = yamlValueMasker();
    for (i++; i < to && (lines[i].trim() === "" || lines[i].trimStart().startsWith("#") || indentOf(lines[i]) > indent); i++) {
      lines[i] = mask(lines[i]);
    }
    i--;
  }
}
function maskJsonSecretData(text) {
  let out = "";
  let copied = 0;
  JSON_DATA.lastIndex = 0;
  for (let match = JSON_DATA.exec(text); match; match = JSON_DATA.exec(text)) {
    let depth = 0;
    let afterColon = false;
    let i = match.index + match[0].length - 1;
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === "{" || c === "[") depth++;
      else if (c === "}" || c === "]") {
        if (--depth === 0) break;
      } else if (c === ":") afterColon = true;
      else if (c === ",") afterColon = false;
      else if (c === '"') {
        const end = stringEnd(text, i);
        if (afterColon || depth > 1) {
          out += text.slice(copied, i + 1) + MASK;
          copied = end;
        }
        i = end;
      }
    }
    JSON_DATA.lastIndex = Math.max(i, match.index + match[0].length);
  }
  return out + text.slice(copied);
}
function stringEnd(text, open) {
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === '"' || text[i] === "\n") return i;
  }
  return text.length;
}

// src/findings/secret-values.ts
var toMask = () => MASK;
var MORE_TOKENS = [/\bxapp-\d-[A-Za-z0-9-]{10}[A-Za-z0-9-]*/g, /\bglpat-[A-Za-z0-9_-]{20,}/g, /\bnpm_[A-Za-z0-9]{36}\b/g];
var WEBHOOK = /\b(hooks\.slack\.com\/(?:services|workflows|triggers)\/|discord(?:app)?\.com\/api\/webhooks\/)([A-Za-z0-9_/-]+)/g;
var SCHEME2 = /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*:\/\//g;
var AUTHORITY_END = /* @__PURE__ */ new Set([" ", "	", "\n", "\r", "/", "?", "#", '"', "'", "`", "<", ">", "\\"]);
var FLAG = /(?<![\w.-])--?([A-Za-z][A-Za-z0-9_.-]*)(=|[ \t]+)/g;
var VALUE_END = /* @__PURE__ */ new Set([" ", "	", "\n", "\r", '"', "'", "`", ",", "]", "}", ")", ";", "&", "|"]);
var CLIENTS = /\b(mysql|mysqldump|mysqladmin|mysqlimport|mysqlshow|mysqlcheck|mariadb|mariadb-dump|sshpass|redis-cli)\b/g;
var PASSWORD_OPTION = {
  sshpass: { flag: "-p", separate: true },
  "redis-cli": { flag: "-a", separate: true }
};
var SHELL_WORDS = /* @__PURE__ */ new Set(["<", ">", "|", "||", "&&", ";", "\\"]);
var VARIABLE = /^\$(?:[A-Za-z_]\w*|\{[A-Za-z_]\w*\}|\([A-Za-z_]\w*\))$/;
var FLAG_ALONE = /^--?([A-Za-z][A-Za-z0-9_.-]*)$/;
function isSecretFlag(item) {
  const flag = typeof item === "string" ? FLAG_ALONE.exec(item) : null;
  return flag !== null && isSecretKey(flag[1]);
}
function maskSecretValues(text, replace = toMask) {
  let out = text;
  for (const token of MORE_TOKENS) out = out.replace(token, (found) => replace(found));
  out = out.replace(WEBHOOK, (_found, prefix, secret) => prefix + replace(secret));
  out = maskUrlPasswords(out, replace);
  out = maskClientPasswords(out, replace);
  return maskFlagValues(out, replace);
}
function alreadyMasked(value) {
  return value === MASK || value.startsWith("[redacted");
}
function maskUrlPasswords(text, replace) {
  let out = "";
  let copied = 0;
  SCHEME2.lastIndex = 0;
  for (let match = SCHEME2.exec(text); match; match = SCHEME2.exec(text)) {
    const start = match.index + match[0].length;
    let colon = -1;
    let at2 = -1;
    let end = start;
    for (; end < text.length && !AUTHORITY_END.has(text[end]); end++) {
      if (text[end] === "@") at2 = end;
      else if (text[end] === ":" && colon < 0 && at2 < 0) colon = end;
    }
    SCHEME2.lastIndex = end;
    if (at2 < 0 || colon < 0 || colon >= at2 - 1) continue;
    const secret = text.slice(colon + 1, at2);
    if (alreadyMasked(secret)) continue;
    out += text.slice(copied, colon + 1) + replace(secret);
    copied = at2;
  }
  return out + text.slice(copied);
}
function maskFlagValues(text, replace) {
  let out = "";
  let copied = 0;
  FLAG.lastIndex = 0;
  for (let match = FLAG.exec(text); match; match = FLAG.exec(text)) {
    const start = match.index + match[0].length;
    if (!isSecretKey(match[1]) || text[start] === "-") continue;
    const value = valueAt2(text, start);
    FLAG.lastIndex = Math.max(value.end, start);
    const word = text.slice(value.start, value.end);
    if (value.end === value.start || SHELL_WORDS.has(word) || VARIABLE.test(word) || alreadyMasked(word) || isHarmlessValue(word, false)) continue;
    out += text.slice(copied, value.start) + replace(word);
    copied = value.end;
  }
  return out + text.slice(copied);
}
function valueAt2(text, start) {
  const quote = text[start];
  if (quote === '"' || quote === "'") {
    let end2 = start + 1;
    while (end2 < text.length && text[end2] !== quote && text[end2] !== "\n") end2++;
    return { start: start + 1, end: end2 };
  }
  let end = start;
  while (end < text.length && !VALUE_END.has(text[end])) end++;
  if (text.startsWith("$(", start) && text[end] === ")") end++;
  return { start, end };
}
function maskClientPasswords(text, replace) {
  let out = "";
  let copied = 0;
  CLIENTS.lastIndex = 0;
  for (let match = CLIENTS.exec(text); match; match = CLIENTS.exec(text)) {
    const option = PASSWORD_OPTION[match[1]] ?? { flag: "-p", separate: false };
    let i = match.index + match[0].length;
    const stop = commandEnd(text, i);
    while (i < stop) {
      while (i < stop && (text[i] === " " || text[i] === "	")) i++;
      const wordStart = i;
      while (i < stop && text[i] !== " " && text[i] !== "	") i++;
      if (wordStart >= copied && text.startsWith(option.flag, wordStart) && !text.startsWith("--", wordStart)) {
        const attached = wordStart + option.flag.length < i;
        if (!attached && !option.separate) continue;
        const from = attached ? wordStart + option.flag.length : nextWord(text, i, stop);
        const value = valueAt2(text, from);
        const word = text.slice(value.start, Math.min(value.end, stop));
        if (word === "" || alreadyMasked(word)) continue;
        out += text.slice(copied, value.start) + replace(word);
        copied = value.start + word.length;
        i = Math.max(i, copied);
      }
    }
    CLIENTS.lastIndex = Math.max(stop, match.index + match[0].length);
  }
  return out + text.slice(copied);
}
function nextWord(text, from, stop) {
  let i = from;
  while (i < stop && (text[i] === " " || text[i] === "	")) i++;
  return i;
}
function commandEnd(text, from) {
  let i = from;
  while (i < text.length && text[i] !== "\n" && text[i] !== ";" && text[i] !== "|" && text[i] !== "&") i++;
  return i;
}

// src/findings/value-end.ts
var ValueEnds = class {
  constructor(line) {
    this.line = line;
  }
  line;
  /** next[i]: the first flow stop (`,` `}` `]`, or `#` after whitespace) at or after i; the line's length if none. */
  next;
  /** spaceRun[i]: where the run of whitespace that ends at i starts (i itself when line[i - 1] is not whitespace). */
  spaceRun;
  /** A value in flow context (`a: 1, b: 2`, `{x = y}`) ends at the whitespace before `,`, `}`, `]` or ` #`. */
  flowEnd(start) {
    const { next, spaceRun } = this.tables();
    let stop = next[start];
    if (stop === start && this.line[stop] === "#") stop = next[start + 1];
    return stop >= this.line.length ? this.line.length : Math.max(start, spaceRun[stop]);
  }
  /** A value in block context (`key: value` at the start of a line) ends at the whitespace before ` #` or ` //`. */
  blockEnd(start) {
    const line = this.line;
    for (let i = start + 1; i < line.length; i++) {
      if ((line[i] === "#" || line[i] === "/" && line[i + 1] === "/") && isSpace(line[i - 1])) {
        let from = i - 1;
        while (from > start && isSpace(line[from - 1])) from--;
        return from;
      }
    }
    return line.length;
  }
  tables() {
    if (this.next === void 0 || this.spaceRun === void 0) {
      const line = this.line;
      const n = line.length;
      const spaceRun = new Int32Array(n + 1);
      for (let i = 1; i <= n; i++) spaceRun[i] = isSpace(line[i - 1]) ? spaceRun[i - 1] : i;
      const next = new Int32Array(n + 2).fill(n);
      for (let i = n - 1; i >= 0; i--) {
        const c = line[i];
        next[i] = c === "," || c === "}" || c === "]" || c === "#" && i > 0 && isSpace(line[i - 1]) ? i : next[i + 1];
      }
      this.next = next;
      this.spaceRun = spaceRun;
    }
    return { next: this.next, spaceRun: this.spaceRun };
  }
};

// src/findings/secrets.ts
var PRIVATE_KEY_BLOCK = /-----BEGIN[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----[^]*?(?:-----END[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|$)/g;
var TOKENS = [
  /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/g,
  /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b/g,
  /\bxox[abposr]-[A-Za-z0-9-]{10,}/g,
  /\bAIza[0-9A-Za-z_-]{35}\b/g,
  /\b[sr]k_(?:live|test)_[0-9A-Za-z]{16,}\b/g,
  // starts only where a run of token characters starts, so a failed try is not retried inside the run
  /(?<![\w-])eyJ[\w-]{5,}\.eyJ[\w-]{5,}\.[\w-]+/g,
  // base64 of "-----BEGIN": a private key inside Secret data or user data
  /LS0tLS1CRUdJTi[A-Za-z0-9+/=]*/g
];
var URL_PASSWORD = /((?<![a-z0-9+.-])[a-z][a-z0-9+.-]*:\/\/[^\s:/@"'`]+:)([^\s/@"'`]+)@/gi;
var MAX_REFERENCE_LENGTH = 512;
var PAIR = /(?<![\w.-])(\\?["']?)([A-Za-z_][\w.-]*)\1[ \t]*([:=])(?![=>:/])[ \t]*/g;
function maskSecrets(text) {
  const masked = maskKubernetesSecrets(text.replace(/\r\n/g, "\n").replace(PRIVATE_KEY_BLOCK, maskEachLine));
  let open;
  let pendingValue = 0;
  const lines = masked.split("\n").map((line) => {
    if (open?.kind === "nested") {
      if (line.trim() !== "" && indentOf(line) <= open.indent) open = void 0;
      else line = maskListItem(line);
    }
    if (open && open.kind !== "nested") {
      const inside = continueOpen(line, open);
      if (inside.done === false) return inside.line;
      open = void 0;
      line = inside.line;
    }
    const result = maskPairs(line, pendingValue > 0);
    pendingValue = result.valueUsed ? 0 : result.nameSeen ? 3 : Math.max(0, pendingValue - 1);
    open = result.open ?? (open?.kind === "nested" ? open : void 0);
    return result.line;
  });
  return maskTokens(lines.join("\n"));
}
function maskEachLine(block) {
  return block.replace(/[^\r\n]+/g, (line) => `${line.slice(0, line.length - line.trimStart().length)}${MASK}`);
}
function maskTokens(text) {
  let out = text;
  for (const token of TOKENS) out = out.replace(token, MASK);
  return maskSecretValues(out.replace(URL_PASSWORD, `$1${MASK}@`));
}
function maskListItem(line) {
  const item = /^(\s*-\s+)(?!["']?[\w.-]+["']?\s*:(?:\s|$))(\S.*)$/.exec(line);
  return item && !isHarmlessValue(cutComment(item[2]), false) ? `${item[1]}${MASK}` : line;
}
function continueOpen(line, open) {
  if (open.kind === "scalar") {
    if (line.trim() !== "" && indentOf(line) <= open.indent) return { done: true, line };
    return { done: false, line: maskLineContent(line) };
  }
  if (open.kind === "heredoc") {
    return line.trim() === open.end ? { done: true, line } : { done: false, line: maskLineContent(line) };
  }
  const close = closingQuote(line, 0, open.quote);
  if (close < 0) return { done: false, line: maskLineContent(line) };
  return { done: true, line: `${line.slice(0, indentOf(line))}${MASK}${line.slice(close)}` };
}
function closingQuote(line, from, quote) {
  for (let i = from; i < line.length; i++) {
    if (quote === '"' && line[i] === "\\") i++;
    else if (line[i] === quote) {
      if (quote === "'" && line[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}
function maskPairs(line, valueIsSecret) {
  const result = { line, nameSeen: false, valueUsed: false };
  let out = "";
  let copied = 0;
  const ends = new ValueEnds(line);
  const blockKeyAt = blockKeyStart(line);
  PAIR.lastIndex = 0;
  for (let match = PAIR.exec(line); match; match = PAIR.exec(line)) {
    const key = match[2];
    const start = match.index + match[0].length;
    const after = line[match.index + match[0].trimEnd().length];
    if (match[3] === ":" && match[1] === "" && after !== void 0 && !/[\s"']/.test(after)) {
      PAIR.lastIndex = match.index + match[0].trimEnd().length;
      continue;
    }
    const lower = key.toLowerCase();
    const secret = isSecretKey(key) || valueIsSecret && VALUE_KEYS.has(lower);
    const blockContext = match.index === blockKeyAt || match.index === blockKeyAt + 1 && /["']/.test(line[blockKeyAt]);
    const value = readValue(line, start, { blockContext, hcl: match[3] === "=", ends });
    const short = value.end - value.start <= MAX_REFERENCE_LENGTH;
    if (NAME_KEYS.has(lower) && short && isSecretKey(unquote(line.slice(value.start, value.end)))) {
      result.nameSeen = true;
      valueIsSecret = true;
    }
    if (secret && VALUE_KEYS.has(lower)) result.valueUsed = true;
    if (secret && value.open) {
      const indent = indentOf(line);
      result.open = value.open === "scalar" || value.open === "nested" ? { kind: value.open, indent } : value.open;
    }
    const harmless = value.end > value.start && short && isHarmlessValue(line.slice(value.start, value.end), match[3] === "=");
    if (secret && value.end > value.start && !harmless) {
      out += line.slice(copied, value.start) + MASK;
      copied = value.end;
    }
    PAIR.lastIndex = secret && value.end > value.start || harmless ? value.end : start;
  }
  result.line = out + line.slice(copied);
  return result;
}
function blockKeyStart(line) {
  const indent = line.length - line.trimStart().length;
  return indent + (/^-\s+/.exec(line.slice(indent))?.[0].length ?? 0);
}
function unquote(value) {
  return value.replace(/^["']|["']$/g, "");
}
function readValue(line, start, at2) {
  const { blockContext, hcl } = at2;
  const first = line[start];
  if (line.startsWith('\\"', start)) {
    const close = line.indexOf('\\"', start + 2);
    return close < 0 ? { start: start + 2, end: line.length } : { start: start + 2, end: close };
  }
  if (first === '"' || first === "'") {
    const close = closingQuote(line, start + 1, first);
    if (close < 0) return { start: start + 1, end: line.length, open: { kind: "quote", quote: first } };
    return { start: start + 1, end: close };
  }
  const heredoc = /^<<-?\s*["']?([A-Za-z_]\w*)/.exec(line.slice(start));
  if (heredoc) return { start, end: start, open: { kind: "heredoc", end: heredoc[1] } };
  if (first === "{" || first === "[") return { start, end: start };
  const rest = line.slice(start);
  if (!hcl && blockContext && /^[|>][-+0-9]*\s*(?:#.*)?$/.test(rest)) return { start, end: start, open: "scalar" };
  if (!hcl && blockContext && /^\s*(?:#.*)?$/.test(rest)) return { start, end: start, open: "nested" };
  let end = blockContext ? at2.ends.blockEnd(start) : at2.ends.flowEnd(start);
  while (end > start && /[,"']/.test(line[end - 1])) end--;
  return { start, end };
}

// src/findings/secrets-structure.ts
var import_yaml7 = __toESM(require_dist(), 1);

// src/findings/secrets-hcl.ts
var BLOCK_HEAD = /^\s*(variable|output)\s+"[^"\n]*"\s*\{\s*(?:#.*|\/\/.*)?$/;
var SENSITIVE = /^\s*sensitive\s*=\s*true\s*(?:#.*|\/\/.*)?$/;
var ATTRIBUTE = /^(\s*)(default|value)(\s*=)(.*)$/;
var HEREDOC = /<<-?\s*([A-Za-z_]\w*)/;
function maskSensitiveHcl(text) {
  if (!text.includes("sensitive")) return text;
  const lines = text.split("\n");
  const depths = lineDepths(lines);
  for (let i = 0; i < lines.length; i++) {
    const head = depths[i] === 0 ? BLOCK_HEAD.exec(lines[i]) : null;
    if (!head) continue;
    let end = i + 1;
    while (end < lines.length && depths[end] > 0) end++;
    const body = { from: i + 1, to: end };
    if (lines.slice(body.from, body.to).some((line, k) => depths[body.from + k] === 1 && SENSITIVE.test(line))) {
      maskAttribute(lines, depths, body, head[1] === "variable" ? "default" : "value");
    }
    i = end - 1;
  }
  return lines.join("\n");
}
function maskAttribute(lines, depths, body, name) {
  for (let i = body.from; i < body.to; i++) {
    const attribute = depths[i] === 1 ? ATTRIBUTE.exec(lines[i]) : null;
    if (!attribute || attribute[2] !== name) continue;
    const comment = attribute[4].indexOf("#");
    const value = (comment < 0 ? attribute[4] : attribute[4].slice(0, comment)).trim();
    if (isHarmlessValue(value, true)) return;
    lines[i] = `${attribute[1]}${attribute[2]}${attribute[3]} ${/^"[^"]*"$/.test(value) ? `"${MASK}"` : MASK}`;
    const heredoc = HEREDOC.exec(value);
    const continues = (k) => heredoc ? lines[k].trim() !== heredoc[1] : depths[k] > 1;
    for (let k = i + 1; k < body.to && continues(k); k++) lines[k] = lines[k].replace(/^(\s*)\S.*$/, `$1${MASK}`);
    return;
  }
}
function lineDepths(lines) {
  const depths = [];
  let depth = 0;
  let heredocEnd;
  for (const line of lines) {
    depths.push(depth);
    if (heredocEnd !== void 0) {
      if (line.trim() === heredocEnd) heredocEnd = void 0;
      continue;
    }
    const scanned = scanLine2(line);
    depth = Math.max(0, depth + scanned.change);
    heredocEnd = scanned.heredoc;
  }
  return depths;
}
function scanLine2(line) {
  let change = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') {
      for (i++; i < line.length && line[i] !== '"'; i++) if (line[i] === "\\") i++;
    } else if (c === "#" || c === "/" && line[i + 1] === "/") break;
    else if (c === "<" && line[i + 1] === "<") {
      const heredoc = HEREDOC.exec(line.slice(i));
      if (heredoc) return { change, heredoc: heredoc[1] };
    } else if (c === "{" || c === "[" || c === "(") change++;
    else if (c === "}" || c === "]" || c === ")") change--;
  }
  return { change };
}

// src/findings/secrets-structure.ts
var MAX_DEPTH = 256;
var MAX_YAML_CHARS = 4 * 1024 * 1024;
var MAX_JSON_CHARS = 32 * 1024 * 1024;
var YAML_TRIGGERS = /NoEcho|\bargs\b|\bcommand\b|\bsensitive\b/;
function maskByStructure(text, path21) {
  if (/\.tf$/i.test(path21)) return maskSensitiveHcl(text);
  const first = /\S/.exec(text.slice(0, 1024))?.[0];
  const json = first === "{" || first === "[";
  if (json && text.length > MAX_JSON_CHARS) return maskEveryLine(text);
  const spans = json ? jsonSpans(text, path21) : yamlSpans(text);
  return spans.length === 0 ? text : maskSpans(text, spans);
}
function jsonSpans(text, path21) {
  const source = withoutBom(text);
  let value;
  try {
    value = JSON.parse(source);
  } catch {
    return [];
  }
  const paths = secretPaths(value);
  if (paths.length === 0) return [];
  const index = buildJsonIndex(source, path21, []);
  return paths.flatMap((p) => {
    const span = spanAt(index, p);
    return span ? [[span.valueStart, span.valueEnd]] : [];
  });
}
function yamlSpans(text) {
  if (text.length > MAX_YAML_CHARS || !YAML_TRIGGERS.test(text)) return [];
  let documents;
  try {
    documents = (0, import_yaml7.parseAllDocuments)(text, { prettyErrors: false, uniqueKeys: false });
  } catch {
    return [];
  }
  if (!Array.isArray(documents)) return [];
  const spans = [];
  for (const document of documents) {
    let value;
    try {
      value = document.toJS({ maxAliasCount: 100 });
    } catch {
      continue;
    }
    for (const p of secretPaths(value)) {
      const node = document.getIn(p, true);
      if (node?.range) spans.push([node.range[0], node.range[1]]);
    }
  }
  return spans;
}
function secretPaths(root) {
  const found = [];
  if (isRecord5(root) && "format_version" in root && isRecord5(root.variables)) {
    for (const name of Object.keys(root.variables)) if (isRecord5(root.variables[name]) && "value" in root.variables[name]) found.push(["variables", name, "value"]);
  }
  visit2(root, [], found, 0);
  return found;
}
function visit2(value, at2, found, depth) {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => visit2(item, [...at2, i], found, depth + 1));
    return;
  }
  if (!isRecord5(value)) return;
  markedBySibling(value, at2, found);
  for (const [key, child] of Object.entries(value)) {
    if (key === "Parameters" && isRecord5(child)) noEchoDefaults(child, [...at2, key], found);
    if ((key === "args" || key === "command") && Array.isArray(child)) flagValues(child, [...at2, key], found);
    if (key === "env" && Array.isArray(child)) envValues(child, [...at2, key], found);
    visit2(child, [...at2, key], found, depth + 1);
  }
}
function markedBySibling(value, at2, found) {
  if (value.sensitive === true) {
    for (const key of ["value", "default"]) if (key in value) found.push([...at2, key]);
  }
  const pairs = [["sensitive_values", "values"], ["before_sensitive", "before"], ["after_sensitive", "after"]];
  for (const [marker, target] of pairs) {
    if (value[marker] !== void 0 && target in value) markedLeaves(value[marker], value[target], [...at2, target], found, 0);
  }
}
function markedLeaves(marker, target, at2, found, depth) {
  if (marker === true) {
    if (target !== void 0 && target !== null) found.push(at2);
    return;
  }
  if (depth > MAX_DEPTH || target === null || typeof target !== "object") return;
  if (Array.isArray(marker) && Array.isArray(target)) marker.forEach((m, i) => markedLeaves(m, target[i], [...at2, i], found, depth + 1));
  else if (isRecord5(marker) && isRecord5(target)) for (const key of Object.keys(marker)) markedLeaves(marker[key], target[key], [...at2, key], found, depth + 1);
}
function noEchoDefaults(parameters, at2, found) {
  for (const [name, parameter] of Object.entries(parameters)) {
    if (!isRecord5(parameter) || !["true", "True", "TRUE"].includes(String(parameter.NoEcho))) continue;
    for (const key of ["Default", "AllowedValues"]) if (key in parameter) found.push([...at2, name, key]);
  }
}
function flagValues(items, at2, found) {
  items.forEach((item, i) => {
    const next = items[i + 1];
    if (isSecretFlag(item) && typeof next === "string" && next !== "" && !next.startsWith("-")) found.push([...at2, i + 1]);
  });
}
function envValues(entries, at2, found) {
  entries.forEach((entry, i) => {
    if (isRecord5(entry) && typeof entry.name === "string" && isSecretKey(entry.name) && "value" in entry) found.push([...at2, i, "value"]);
  });
}
function maskSpans(text, spans) {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let out = "";
  let copied = 0;
  for (const [start, end] of sorted) {
    if (start < copied || end <= start) continue;
    out += text.slice(copied, start) + maskedSpan(text.slice(start, end));
    copied = end;
  }
  return out + text.slice(copied);
}
function maskedSpan(value) {
  const quote = value[0];
  if ((quote === '"' || quote === "'") && value.length >= 2 && value.endsWith(quote) && !value.includes("\n")) return `${quote}${MASK}${quote}`;
  return maskEveryLine(value);
}
function maskEveryLine(text) {
  return text.split("\n").map((line) => {
    let indent = 0;
    while (indent < line.length && (line[indent] === " " || line[indent] === "	")) indent++;
    return indent === line.length || line === "\r" ? line : `${line.slice(0, indent)}${MASK}${line.endsWith("\r") ? "\r" : ""}`;
  }).join("\n");
}
function isRecord5(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/findings/excerpt.ts
var CONTEXT_LINES = 3;
var MAX_RANGE_LINES = 9;
var MAX_LINE_LENGTH = 240;
var MAX_SHOWN_LINE_LENGTH = 4096;
var MAX_READ_BYTES = 2 * 1024 * 1024;
function maskedLines(text, path21) {
  try {
    return { masked: maskSecrets(maskByStructure(text, path21)).split(/\r?\n/), source: text.split(/\r?\n/) };
  } catch {
    return void 0;
  }
}
function buildExcerpts(findings, texts) {
  const lines = /* @__PURE__ */ new Map();
  const excerpts = {};
  for (const { location } of findings) {
    const key = excerptKey(location);
    if (excerpts[key] !== void 0) continue;
    if (!lines.has(location.path)) {
      const text = texts.get(location.path);
      lines.set(location.path, text === void 0 ? void 0 : maskedLines(text, location.path));
    }
    const file = lines.get(location.path);
    if (file === void 0 || location.startLine < 1 || location.startLine > file.masked.length) continue;
    const first = Math.max(1, location.startLine - CONTEXT_LINES);
    const rangeEnd = Math.max(location.startLine, Math.min(location.endLine, location.startLine + MAX_RANGE_LINES - 1));
    const last = Math.min(file.masked.length, rangeEnd + CONTEXT_LINES);
    excerpts[key] = { startLine: first, lines: file.masked.slice(first - 1, last).map((line, i) => cutLine(line, file.source[first - 1 + i]?.length ?? line.length)) };
  }
  return excerpts;
}
function tooLongLine(length2) {
  return `line too long to show (${length2} characters)`;
}
function cutLine(line, sourceLength) {
  if (sourceLength > MAX_SHOWN_LINE_LENGTH || line.length > MAX_SHOWN_LINE_LENGTH) return tooLongLine(sourceLength);
  return line.length <= MAX_LINE_LENGTH ? line : `${line.slice(0, MAX_LINE_LENGTH)}\u2026`;
}
async function sourceTexts(findings, known2, root, boundary = Boundary.of(root)) {
  const texts = new Map(known2);
  const missing = [...new Set(findings.map((f) => f.location.path))].filter((p) => !texts.has(p));
  await Promise.all(
    missing.map(async (relative2) => {
      if (relative2.includes("::") || /^[A-Za-z][\w+.-]*:\/\//.test(relative2) || path17.isAbsolute(relative2)) return;
      const absolute = path17.resolve(root, relative2);
      if (!absolute.startsWith(`${path17.resolve(root)}${path17.sep}`)) return;
      try {
        const read = await readBytesInside(boundary, absolute, MAX_READ_BYTES);
        if ("bytes" in read) texts.set(relative2, read.bytes.toString("utf8"));
      } catch {
      }
    })
  );
  return texts;
}

// src/resolve/terraform/module.ts
import { posix as posix5 } from "node:path";

// src/resolve/terraform/expand.ts
function standIn(what, reason, error, collection) {
  const u = unknown(`${what} is unknown: ${reason}`);
  const value = collection?.origin === void 0 ? u : stepOrigin(unknown(u.reason ?? "", collection.origin), "[*]");
  const bindings = what === "count" ? { count: { index: u } } : { each: { key: u, value } };
  return [{ suffix: "[*]", bindings, unknownCount: true, ...error === void 0 ? {} : { error } }];
}
function forEachEntries(value) {
  if (isSensitive(value)) return { error: "for_each cannot use a sensitive value" };
  if (isRecord(value)) return Object.keys(value).sort(compareStrings2).map((k) => [k, value[k]]);
  if (!Array.isArray(value)) return { error: `for_each needs a map or a set of strings, not ${value === null ? "null" : typeof value}` };
  const kinds = new Set(value.filter((v) => !isUnknown(v)).map(typeName));
  const other = [...kinds].find((k) => k !== "string");
  if (other !== void 0) return { error: `for_each supports maps and sets of strings, not a ${isSet(value) ? "set" : "list"} of ${other === "object" ? "objects" : other === "list" ? "lists" : `${other}s`}; key it by a string, e.g. { for o in ... : o.name => o }` };
  if (!isSet(value) && new Set(value).size !== value.length) return { error: "for_each list has duplicates" };
  return value.slice().sort(compareStrings2).map((k) => [k, k]);
}
function expansionDiagnostic(block, expansions) {
  const error = expansions.find((e) => e.error !== void 0)?.error;
  if (error === void 0) return void 0;
  const attribute = block.body.attributes.for_each ?? block.body.attributes.count;
  const range = attribute?.range ?? { ...block.range, endLine: block.range.startLine };
  return { code: "NORMALIZE_FAILED", level: "warning", message: `${[block.type, ...block.labels].join(".")}: Terraform rejects this: ${error}; its instances are unknown`, range };
}
function instancesFit(body, scope, n, attribute) {
  return scope.budget?.instancesFit(body, scope.locals, n, `${n.toLocaleString("en-US")} instances`, attribute) ?? true;
}
function expandInstances(body, scope) {
  const { count, for_each: forEach } = body.attributes;
  if (count) {
    const n = evaluate(count.expr, scope);
    if (isUnknown(n)) return standIn("count", n.reason ?? "");
    if (typeof n !== "number" || !Number.isInteger(n) || n < 0) return standIn("count", "invalid", `count must be a whole number, not ${typeof n === "number" ? n : typeName(n)}`);
    if (!instancesFit(body, scope, n, count)) return standIn("count", "over the instance budget");
    return Array.from({ length: n }, (_, i) => ({ suffix: `[${i}]`, bindings: { count: { index: i } } }));
  }
  if (forEach) {
    const value = evaluate(forEach.expr, scope);
    if (isUnknown(value)) return standIn("for_each", value.reason ?? "", void 0, value);
    const entries = forEachEntries(value);
    if (!Array.isArray(entries)) return standIn("for_each", "invalid", entries.error);
    if (entries.some(([k]) => containsUnknown(k))) return standIn("for_each", "a key is unknown");
    if (!instancesFit(body, scope, entries.length, forEach)) return standIn("for_each", "over the instance budget");
    return entries.map(([key, v]) => ({ suffix: `[${JSON.stringify(key)}]`, bindings: { each: { key, value: v } } }));
  }
  return [{ suffix: "", bindings: {} }];
}

// src/resolve/terraform/cycles.ts
var CycleGuard = class {
  constructor(report) {
    this.report = report;
  }
  report;
  stack = [];
  /** `compute()`, unless `name` is already being computed: then `onCycle` with the cycle written out. */
  run(name, range, compute, onCycle) {
    const at2 = this.stack.findIndex((entry) => entry.name === name);
    if (at2 >= 0) {
      const cycle = this.describe(this.stack.slice(at2));
      return onCycle(cycle);
    }
    this.stack.push({ name, range });
    try {
      return compute();
    } finally {
      this.stack.pop();
    }
  }
  /** `local.a → local.b → local.a`, starting at the smallest name so each cycle is reported once. */
  describe(members) {
    const names = members.map((m) => m.name);
    const start = names.indexOf([...names].sort()[0]);
    const rotated = [...members.slice(start), ...members.slice(0, start)];
    const cycle = [...rotated.map((m) => m.name), rotated[0].name].join(" \u2192 ");
    this.report(names.some((n) => n.startsWith("module.")) ? moduleCycle(rotated, cycle) : rejectedCycle(rotated, cycle));
    return cycle;
  }
};
function rejectedCycle(members, cycle) {
  return { code: "NORMALIZE_FAILED", level: "warning", message: `Terraform rejects this cycle: ${cycle}; its values are unknown`, range: members[0].range };
}
function moduleCycle(members, cycle) {
  const calls = /* @__PURE__ */ new Map();
  for (const member of members) {
    const call = callOf(member.name);
    if (call !== void 0 && !calls.has(call)) calls.set(call, member.range);
  }
  const written = [...calls].map(([call, range2]) => `${call} (${range2.path}:${range2.startLine})`);
  const list2 = written.length === 1 ? written[0] : `${written.slice(0, -1).join(", ")} and ${written[written.length - 1]}`;
  const what = written.length === 1 ? "reads its own outputs" : "read each other's outputs";
  const range = calls.values().next().value ?? members[0].range;
  return { code: "MODULE_UNRESOLVED", level: "warning", message: `${list2} ${what} in a cycle Terraform rejects: ${cycle}; its values are unknown`, range };
}
function callOf(name) {
  const at2 = Math.max(name.lastIndexOf(".var."), name.lastIndexOf(".output."));
  if (at2 > 0) return name.slice(0, at2);
  return name.startsWith("module.") ? name : void 0;
}

// src/resolve/terraform/lazy.ts
var LazyValues = class {
  constructor(compute, what, guard) {
    this.compute = compute;
    this.what = what;
    this.guard = guard;
  }
  compute;
  what;
  guard;
  done = /* @__PURE__ */ new Map();
  has(name) {
    return this.compute.has(name);
  }
  get(name) {
    if (this.done.has(name)) return this.done.get(name);
    const entry = this.compute.get(name);
    if (entry === void 0) return void 0;
    const key = `${this.what}.${name}`;
    return this.guard.run(
      key,
      entry.range,
      () => {
        const value = entry.run();
        this.done.set(name, value);
        return value;
      },
      (cycle) => unknown(`${key} depends on itself (${cycle})`)
    );
  }
};

// src/resolve/terraform/var-types.ts
var ANY = { kind: "any" };
function objectType(expr) {
  if (expr?.kind !== "object") return ANY;
  const attrs = {};
  for (const item of expr.items) {
    if (item.key.kind !== "literal") return ANY;
    const value = item.value;
    const optional = value.kind === "call" && value.name === "optional";
    const type = parseType(optional ? value.args[0] : value);
    const fallback = optional && value.args[1] !== void 0 ? evaluate(value.args[1], EMPTY_SCOPE) : void 0;
    attrs[String(item.key.value)] = { type, optional, ...fallback === void 0 ? {} : { default: fallback } };
  }
  return { kind: "object", attrs };
}
function parseType(expr) {
  if (expr === void 0) return ANY;
  if (expr.kind === "traversal" && expr.steps.length === 0) {
    const kind = expr.root;
    return kind === "string" || kind === "number" || kind === "bool" ? { kind } : ANY;
  }
  if (expr.kind !== "call") return ANY;
  const [arg] = expr.args;
  switch (expr.name) {
    case "list":
    case "set":
    case "map":
      return { kind: expr.name, element: parseType(arg) };
    case "object":
      return objectType(arg);
    case "tuple":
      return arg?.kind === "tuple" ? { kind: "tuple", items: arg.items.map(parseType) } : ANY;
    default:
      return ANY;
  }
}
function convertObject(value, attrs, what) {
  if (!isRecord(value)) return failure(`${what}: a ${typeName(value)} is not an object`);
  const out = {};
  for (const [name, attr] of Object.entries(attrs)) {
    const given = Object.hasOwn(value, name) ? value[name] : void 0;
    if (given === void 0 && !attr.optional) return failure(`${what}: attribute "${name}" is required`);
    const effective = given === void 0 || given === null ? attr.default ?? null : given;
    out[name] = convertTo(effective, attr.type, `${what}.${name}`);
  }
  return out;
}
function convertSet(items, element, what) {
  const converted = items.map((v, i) => convertTo(v, element, `${what}[${i}]`));
  if (converted.some(isUnknown)) return converted.find(isUnknown);
  const distinct = converted.filter((v, i) => converted.findIndex((o) => equal(o, v)) === i);
  const primitive = distinct.every((v) => ["string", "number", "bool"].includes(typeName(v)));
  if (!primitive) return unknown(`${what}: the order of a set of collections is not predictable`);
  return markSet(distinct.sort((a, b) => typeof a === "number" && typeof b === "number" ? a - b : compareStrings2(String(a), String(b))));
}
function convertCollection(value, type, what) {
  if (type.kind === "map") {
    if (!isRecord(value)) return failure(`${what}: a ${typeName(value)} is not a map`);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convertTo(v, type.element, `${what}["${k}"]`)]));
  }
  if (!Array.isArray(value)) return failure(`${what}: a ${typeName(value)} is not a ${type.kind}`);
  return type.kind === "set" ? convertSet(value, type.element, what) : value.map((v, i) => convertTo(v, type.element, `${what}[${i}]`));
}
function convertTo(input, type, what) {
  const { value, sensitive: marked } = unmark(input);
  let out;
  if (value === null || isUnknown(value) || type.kind === "any") out = value;
  else if (type.kind === "string") out = asString2(value, what);
  else if (type.kind === "number") out = asNumber2(value, what);
  else if (type.kind === "bool") out = asBool2(value, what);
  else if (type.kind === "object") out = convertObject(value, type.attrs, what);
  else if (type.kind === "tuple") {
    const items = type.items;
    out = Array.isArray(value) && value.length === items.length ? value.map((v, i) => convertTo(v, items[i], `${what}[${i}]`)) : failure(`${what}: not a tuple of ${items.length}`);
  } else if (type.kind === "list" || type.kind === "set" || type.kind === "map") out = convertCollection(value, type, what);
  return marked ? sensitive(out) : out;
}
function isComplex(type) {
  return !["any", "string", "number", "bool"].includes(type.kind);
}

// src/resolve/terraform/variables.ts
function declaredVariables(config) {
  const out = /* @__PURE__ */ new Map();
  for (const doc of config) {
    for (const block of doc.value.body.blocks) {
      const name = block.labels[0];
      if (block.type !== "variable" || name === void 0) continue;
      const attrs = block.body.attributes;
      const flag = (attr, fallback) => {
        const value = attrs[attr] ? evaluate(attrs[attr].expr, EMPTY_SCOPE) : fallback;
        return typeof value === "boolean" ? value : fallback;
      };
      out.set(name, { name, type: parseType(attrs.type?.expr), default: attrs.default?.expr, sensitive: flag("sensitive", false), nullable: flag("nullable", true) });
    }
  }
  return out;
}
function bindVariables(decls, given, whoGives, scope = EMPTY_SCOPE) {
  const out = /* @__PURE__ */ new Map();
  for (const decl of decls.values()) out.set(decl.name, bindVariable(decl, given.has(decl.name), () => given.get(decl.name), whoGives, scope));
  return out;
}
function bindVariable(decl, isGiven, value, whoGives, scope = EMPTY_SCOPE) {
  const fallback = decl.default ? evaluate(decl.default, scope) : void 0;
  let bound = isGiven ? value() : fallback;
  if (bound === null && !decl.nullable) bound = fallback;
  if (bound === void 0) bound = unknown(`var.${decl.name} has no value${whoGives}`);
  const converted = convertTo(bound, decl.type, `var.${decl.name}`);
  return decl.sensitive ? sensitive(converted) : converted;
}
var isAutoVars = (path21) => /(^|\/)(terraform\.tfvars|[^/]*\.auto\.tfvars)(\.json)?$/.test(path21);
function autoVarsOrder(a, b) {
  const rank = (p) => /(^|\/)terraform\.tfvars$/.test(p) ? 0 : /(^|\/)terraform\.tfvars\.json$/.test(p) ? 1 : 2;
  const name = (p) => p.slice(p.lastIndexOf("/") + 1);
  return rank(a) - rank(b) || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0);
}
function fromText(text, decl, origin) {
  if (!isComplex(decl.type)) return text;
  const expr = parseExpressionText(text, origin);
  return expr ? evaluate(expr, EMPTY_SCOPE) : failure(`${origin}: the value of var.${decl.name} is not valid HCL`);
}
function rootVariableInputs(decls, varDocs, varFiles, options, scope = EMPTY_SCOPE) {
  const given = /* @__PURE__ */ new Map();
  for (const decl of decls.values()) {
    const text = options.env?.[`TF_VAR_${decl.name}`];
    if (text !== void 0) given.set(decl.name, fromText(text, decl, `TF_VAR_${decl.name}`));
  }
  const files = [...varDocs.filter((d) => isAutoVars(d.file.path)).sort((a, b) => autoVarsOrder(a.file.path, b.file.path)), ...varFiles];
  for (const doc of files) {
    for (const [name, attribute] of Object.entries(doc.value.body.attributes)) {
      if (decls.has(name)) given.set(name, evaluate(attribute.expr, scope));
    }
  }
  for (const [name, text] of Object.entries(options.vars ?? {})) {
    const decl = decls.get(name);
    if (decl !== void 0) given.set(name, fromText(text, decl, `-var ${name}`));
  }
  return given;
}

// src/resolve/terraform/module-links.ts
var ModuleInputs = class {
  constructor(decls, given, callerScope, context) {
    this.decls = decls;
    this.given = given;
    this.callerScope = callerScope;
    this.context = context;
  }
  decls;
  given;
  callerScope;
  context;
  done = /* @__PURE__ */ new Map();
  has(name) {
    return this.decls.has(name);
  }
  get(name) {
    if (this.done.has(name)) return this.done.get(name);
    const decl = this.decls.get(name);
    if (decl === void 0) return void 0;
    const { whoGives, defaults: defaults3, guard, address, site } = this.context;
    const key = `${address}.var.${name}`;
    const expr = this.given.get(name);
    return guard.run(
      key,
      site,
      () => {
        const value = bindVariable(decl, expr !== void 0, () => evaluate(expr, this.callerScope), whoGives, defaults3);
        this.done.set(name, value);
        return value;
      },
      (cycle) => unknown(`${key} depends on itself (${cycle})`)
    );
  }
};
function lazyOutputs(outputs, context) {
  const object = {};
  for (const [name, compute] of outputs) {
    const key = `${context.address}.output.${name}`;
    let done = false;
    let value;
    Object.defineProperty(object, name, {
      enumerable: true,
      configurable: true,
      get: () => {
        if (done) return value;
        return context.guard.run(
          key,
          context.site,
          () => {
            value = compute();
            done = true;
            return value;
          },
          (cycle) => unknown(`${key} depends on itself (${cycle})`)
        );
      }
    });
  }
  return object;
}

// src/resolve/terraform/resource-refs.ts
var ID_IS = {
  aws_s3_bucket: "bucket",
  aws_iam_role: "name",
  aws_iam_user: "name",
  aws_iam_group: "name",
  aws_cloudwatch_log_group: "name",
  aws_ecr_repository: "name",
  aws_dynamodb_table: "name",
  aws_lambda_function: "function_name",
  aws_kms_alias: "name"
};
var META = /* @__PURE__ */ new Set(["count", "for_each", "provider", "depends_on", "lifecycle"]);
var ConfiguredAttributes = class {
  constructor(blocks, scope, guard) {
    this.blocks = blocks;
    this.scope = scope;
    this.guard = guard;
  }
  blocks;
  scope;
  guard;
  expansions = /* @__PURE__ */ new Map();
  objects = /* @__PURE__ */ new Map();
  resolve(root, steps, index) {
    const [nameStep, second] = steps;
    if (nameStep === void 0 || !("attr" in nameStep)) return void 0;
    const address = `${root}.${nameStep.attr}`;
    const block = this.blocks.get(address);
    if (block === void 0) return void 0;
    const expansions = this.expansionsOf(address);
    if (block.body.attributes.count === void 0 && block.body.attributes.for_each === void 0) return this.member(address, block, expansions[0], steps, 1);
    if (second === void 0 || !("index" in second)) return { value: this.collection(address, block, expansions), used: 1 };
    const key = index(second.index);
    const full = `${this.prefix()}${address}`;
    if (expansions.some((e) => e.unknownCount)) return this.member(address, block, expansions[0], steps, 2);
    if (isUnknown(key)) return { value: unknown(`${full}[\u2026]: the instance key is unknown`, [`${full}[*]`]), used: 2 };
    if (typeof key !== "string" && typeof key !== "number") return { value: failure(`${full}: an instance key must be a string or a number`), used: 2 };
    const suffix = block.body.attributes.count !== void 0 ? `[${Number(key)}]` : `[${JSON.stringify(String(key))}]`;
    const expansion = expansions.find((e) => e.suffix === suffix);
    if (expansion === void 0) return { value: failure(`${full}${suffix} is not an instance (Terraform reports an invalid index)`), used: 2 };
    return this.member(address, block, expansion, steps, 2);
  }
  /** The instances of a block: count / for_each evaluated once per module instance. */
  expansionsOf(address) {
    let found = this.expansions.get(address);
    const block = this.blocks.get(address);
    if (found !== void 0 || block === void 0) return found ?? [];
    const standIn2 = (cycle) => [{ suffix: "[*]", bindings: { count: { index: unknown(cycle) }, each: { key: unknown(cycle), value: unknown(cycle) } }, unknownCount: true }];
    const where2 = block.body.attributes.count?.range ?? block.body.attributes.for_each?.range ?? block.range;
    found = this.guard.run(`${address} (count / for_each)`, where2, () => expandInstances(block.body, this.scope()), standIn2);
    this.expansions.set(address, found);
    return found;
  }
  prefix() {
    return this.scope().module ?? "";
  }
  /** One instance, then the attribute its next step names (when it names one). */
  member(address, block, expansion, steps, at2) {
    const instance = `${this.prefix()}${address}${expansion.suffix}`;
    if (expansion.unknownCount) return { value: unknown(`${instance}: the number of instances is unknown`, [instance]), used: at2 };
    const attrStep = steps[at2];
    if (attrStep === void 0 || !("attr" in attrStep)) return { value: this.object(address, block, expansion), used: at2 };
    return { value: this.attribute(address, block, expansion, attrStep.attr), used: at2 + 1 };
  }
  /** A configured attribute's value; an unknown one (or one the provider computes) is `<instance>.<attr>`. */
  attribute(address, block, expansion, attr) {
    const ref = `${this.prefix()}${address}${expansion.suffix}.${attr}`;
    const name = attr === "id" && ID_IS[block.labels[0] ?? ""] !== void 0 ? ID_IS[block.labels[0] ?? ""] : attr;
    const attribute = META.has(name) ? void 0 : block.body.attributes[name];
    const computed = unknown(`${address}${expansion.suffix}.${attr} is only known after apply`, [ref]);
    if (attribute === void 0) return computed;
    const value = this.guard.run(
      `${address}${expansion.suffix}.${name}`,
      attribute.range,
      () => evaluate(attribute.expr, { ...this.scope(), bindings: expansion.bindings }),
      (cycle) => unknown(`${ref} refers to itself (${cycle})`)
    );
    if (value === null) return computed;
    return isUnknown(value) && !isFailure(value) ? withOrigin(value, [ref]) : value;
  }
  /** The instance as an object of its configured attributes; any other attribute is unknown (see `markResource`). */
  object(address, block, expansion) {
    const instance = `${this.prefix()}${address}${expansion.suffix}`;
    const cached = this.objects.get(instance);
    if (cached !== void 0) return cached;
    const build = () => {
      const names = Object.keys(block.body.attributes).filter((n) => !META.has(n));
      const idFrom = ID_IS[block.labels[0] ?? ""];
      const all = idFrom !== void 0 && names.includes(idFrom) ? [...names, "id"] : names;
      return markResource(Object.fromEntries(all.map((name) => [name, this.attribute(address, block, expansion, name)])), instance);
    };
    const value = this.guard.run(instance, block.range, build, (cycle) => unknown(`${instance} refers to itself (${cycle})`, [instance]));
    this.objects.set(instance, value);
    return value;
  }
  /** `aws_s3_bucket.b` under count (a list) or for_each (a map by key); unknown when the instances are. */
  collection(address, block, expansions) {
    const full = `${this.prefix()}${address}`;
    if (expansions.some((e) => e.unknownCount)) return unknown(`${full}: the number of instances is unknown`, [full]);
    const objects = expansions.map((e) => this.object(address, block, e));
    if (block.body.attributes.count !== void 0) return markResources(objects, full);
    return markResources(Object.fromEntries(expansions.map((e, i) => [JSON.parse(e.suffix.slice(1, -1)), objects[i]])), full);
  }
};

// src/resolve/terraform/module-call.ts
var UNRESOLVED_MODULE = "MODULE_UNRESOLVED";
var META2 = /* @__PURE__ */ new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);
var ModuleCall = class {
  constructor(parent, block) {
    this.parent = parent;
    this.block = block;
    this.name = block.labels[0] ?? "";
  }
  parent;
  block;
  name;
  runs;
  unresolved;
  expanding = false;
  resolve() {
    const expr = this.block.body.attributes.source?.expr;
    const source = expr?.kind === "literal" && typeof expr.value === "string" ? expr.value : void 0;
    if (source === void 0) return "its source is not a literal string";
    const { tree, root } = this.parent.ctx;
    const key = this.parent.key === "" ? this.name : `${this.parent.key}.${this.name}`;
    if (!isLocalSource(source)) {
      const vendored = tree.vendoredModule(root, key);
      return vendored ? { ...vendored, remote: true } : `module ${this.name} (${source}) not resolved: run terraform init or vendor it`;
    }
    const dir = joinDir(this.parent.dir, source);
    const docs = tree.config.get(dir) ?? tree.vendoredModule(root, key)?.docs;
    if (this.parent.ctx.chain.includes(dir)) return `module ${this.name} (${source}) not evaluated: it calls back into ${dir} (a cycle Terraform rejects)`;
    if (dir === ".." || dir.startsWith("../")) return `module ${this.name} (${source}) not resolved: it leaves the scan root (give --root a directory that holds it)`;
    if (docs === void 0) return `module ${this.name} (${source}) not resolved: ${dir} has no .tf files that could be read`;
    return { dir, docs };
  }
  ensureRuns() {
    if (this.runs !== void 0) return this.runs;
    this.expanding = true;
    try {
      this.runs = this.createRuns();
    } finally {
      this.expanding = false;
    }
    return this.runs;
  }
  createRuns() {
    const target = this.resolve();
    if (typeof target === "string") {
      this.unresolved = target;
      this.parent.ctx.tree.warnOnce({ code: UNRESOLVED_MODULE, level: "warning", message: target, range: { ...this.block.range, endLine: this.block.range.startLine } });
      return [];
    }
    const decls = declaredVariables(target.docs);
    const external = this.parent.ctx.external === true || target.remote === true;
    const ctx = { ...this.parent.ctx, depth: this.parent.ctx.depth + 1, chain: [...this.parent.ctx.chain, target.dir], ...external ? { external } : {} };
    const key = this.parent.key === "" ? this.name : `${this.parent.key}.${this.name}`;
    const expansions = expandInstances(this.block.body, this.parent.scope);
    const invalid2 = expansionDiagnostic(this.block, expansions);
    if (invalid2) this.parent.ctx.tree.warnOnce(invalid2);
    const runs = [];
    const given = /* @__PURE__ */ new Map();
    for (const [name, attribute] of Object.entries(this.block.body.attributes)) if (!META2.has(name)) given.set(name, attribute.expr);
    for (const expansion of expansions) {
      const scope = { ...this.parent.scope, bindings: expansion.bindings };
      const prefix = `${this.parent.prefix}module.${this.name}${expansion.suffix}.`;
      const site = { address: prefix.slice(0, -1), location: { ...this.block.range, endLine: this.block.range.startLine, endColumn: this.block.range.startColumn + `module "${this.name}"`.length } };
      const defaults3 = { ...EMPTY_SCOPE, budget: ctx.budget };
      const linking = { whoGives: ` (not passed to module.${this.name})`, defaults: defaults3, guard: ctx.links, address: site.address, site: site.location };
      const vars = new ModuleInputs(decls, given, scope, linking);
      const instanceCtx = { ...ctx, calls: [...ctx.calls, site] };
      const run = ctx.newRun(instanceCtx, target.dir, target.docs, vars, prefix, key);
      runs.push({ expansion, run });
    }
    return runs;
  }
  /** `module.<name>`: the outputs object, or a list / map of them under count / for_each. */
  value() {
    if (this.expanding) return unknown(`module.${this.name} is used in its own count, for_each or inputs`);
    const runs = this.ensureRuns();
    if (this.unresolved !== void 0) return unknown(this.unresolved);
    const { count, for_each: forEach } = this.block.body.attributes;
    if (runs.some((r) => r.expansion.unknownCount)) return unknown(`module.${this.name} has an unknown count or for_each`);
    if (count) return runs.map((r) => r.run.outputs());
    if (forEach) return Object.fromEntries(runs.map((r) => [JSON.parse(r.expansion.suffix.slice(1, -1)), r.run.outputs()]));
    return runs[0]?.run.outputs() ?? unknown(`module.${this.name} has no instance`);
  }
  /** Resource instances of every instance of this call. */
  instances() {
    return this.ensureRuns().flatMap((r) => {
      try {
        return r.run.instances();
      } catch (error) {
        const message = `could not read resources of ${r.run.prefix.slice(0, -1)}: ${error instanceof Error ? error.message : String(error)}`;
        this.parent.ctx.tree.diagnostics.push({ code: "NORMALIZE_FAILED", level: "error", message, range: { ...this.block.range, endLine: this.block.range.startLine } });
        return [];
      }
    });
  }
};

// src/resolve/terraform/module.ts
var MAX_DEPTH2 = 16;
var ModuleRun = class {
  constructor(ctx, dir, docs, vars, prefix, key) {
    this.ctx = ctx;
    this.dir = dir;
    this.docs = docs;
    this.prefix = prefix;
    this.key = key;
    const locals = /* @__PURE__ */ new Map();
    const modules = /* @__PURE__ */ new Map();
    const resources = new Map(this.blocks("resource").map((b) => [`${b.labels[0] ?? ""}.${b.labels[1] ?? ""}`, b]));
    const guard = new CycleGuard((d) => ctx.tree.warnOnce(d));
    this.callValues = new LazyValues(modules, "module", guard);
    this.resources = new ConfiguredAttributes(resources, () => this.scope, guard);
    this.scope = {
      vars,
      locals: new LazyValues(locals, "local", guard),
      modules: this.callValues,
      bindings: {},
      path: { module: posix5.relative(ctx.root, dir) || ".", root: "." },
      files: ctx.tree.fileAccess(ctx.root),
      resources: this.resources,
      module: prefix,
      budget: ctx.budget
    };
    for (const block of this.blocks("locals")) {
      for (const [name, attribute] of Object.entries(block.body.attributes)) locals.set(name, { run: () => evaluateIsolated(attribute.expr, this.scope), range: attribute.range });
    }
    if (ctx.depth < MAX_DEPTH2) {
      for (const block of this.blocks("module")) {
        const call = new ModuleCall(this, block);
        this.calls.set(call.name, call);
        modules.set(call.name, { run: () => call.value(), range: { ...block.range, endLine: block.range.startLine } });
      }
    }
  }
  ctx;
  dir;
  docs;
  prefix;
  key;
  scope;
  resources;
  calls = /* @__PURE__ */ new Map();
  callValues;
  outputValues;
  blocksWithDoc(type) {
    return this.docs.flatMap((doc) => doc.value.body.blocks.filter((b) => b.type === type && b.labels.length <= 2).map((b) => [b, doc]));
  }
  blocks(type) {
    return this.blocksWithDoc(type).map(([b]) => b);
  }
  /** The module's outputs, as `module.<name>` shows them to the caller. */
  outputs() {
    if (this.outputValues !== void 0) return this.outputValues;
    const outputs = /* @__PURE__ */ new Map();
    for (const block of this.blocks("output")) {
      const name = block.labels[0];
      const expr = block.body.attributes.value?.expr;
      if (name === void 0 || expr === void 0) continue;
      outputs.set(name, () => {
        const secret = block.body.attributes.sensitive ? evaluate(block.body.attributes.sensitive.expr, this.scope) === true : false;
        const value = evaluateIsolated(expr, this.scope);
        return secret ? sensitive(value) : value;
      });
    }
    const site = this.ctx.calls[this.ctx.calls.length - 1]?.location ?? fileStart(this.dir);
    this.outputValues = lazyOutputs(outputs, { guard: this.ctx.links, address: this.prefix.slice(0, -1), site });
    return this.outputValues;
  }
  /** This module's resource instances, then those of every module it calls. */
  instances() {
    const own = [];
    const modulePath = this.prefix.replace(/\.$/, "");
    for (const [block, doc] of this.blocksWithDoc("resource")) {
      const [type, name] = block.labels;
      if (type === void 0 || name === void 0) continue;
      const address = `${type}.${name}`;
      const expansions = this.resources.expansionsOf(address);
      const invalid2 = expansionDiagnostic(block, expansions);
      if (invalid2) this.ctx.tree.warnOnce(invalid2);
      for (const { suffix, bindings } of expansions) {
        const scope = { ...this.scope, bindings };
        const calls = this.ctx.calls.length > 0 ? { moduleCalls: this.ctx.calls } : {};
        const external = this.ctx.external === true ? { external: true } : {};
        own.push({ id: this.prefix + address + suffix, localId: address + suffix, address, modulePath, type, name, block, doc, scope, ...calls, ...external });
      }
    }
    for (const name of this.calls.keys()) this.callValues.get(name);
    return [...own, ...[...this.calls.values()].flatMap((call) => call.instances())];
  }
};
function runRoot(tree, root, docs, vars, budget = new Budget((diagnostic) => tree.warnOnce(diagnostic))) {
  const links = new CycleGuard((diagnostic) => tree.warnOnce(diagnostic));
  const ctx = { tree, root, depth: 0, chain: [root], calls: [], budget, links, newRun: (c, dir, d, v, prefix, key) => new ModuleRun(c, dir, d, v, prefix, key) };
  return new ModuleRun(ctx, root, docs, vars, "", "");
}

// src/resolve/terraform/index.ts
function resolveTerraform(docs, options = {}, manifests = /* @__PURE__ */ new Map()) {
  const diagnostics = [];
  const terraform = docs.filter((d) => d.file.format === "terraform");
  const tree = new ConfigTree(terraform, diagnostics, manifests);
  const varFiles = options.varFileDocuments ?? [];
  const roots = [];
  let skipped = 0;
  for (const root of tree.roots()) {
    const config = tree.config.get(root) ?? [];
    try {
      const decls = declaredVariables(config);
      const budget = new Budget((diagnostic) => tree.warnOnce(diagnostic));
      const scope = { ...EMPTY_SCOPE, budget };
      const vars = bindVariables(decls, rootVariableInputs(decls, tree.varDocs.get(root) ?? [], varFiles, options, scope), "", scope);
      const all = runRoot(tree, root, config, vars, budget).instances();
      const instances = options.skipExternalModules === true ? all.filter((instance) => instance.external !== true) : all;
      skipped += all.length - instances.length;
      roots.push({ root, instances });
    } catch (error) {
      const message = `could not read resources of module ${root}: ${error instanceof Error ? error.message : String(error)}`;
      for (const doc of config) diagnostics.push({ code: "NORMALIZE_FAILED", level: "error", message, range: fileStart(doc.file.path) });
    }
  }
  if (options.skipExternalModules === true) options.onExternalSkipped?.(skipped);
  return { roots, diagnostics };
}

// src/resolve/terraform-plan/origin.ts
var PlanOrigin = class _PlanOrigin {
  constructor(doc, path21) {
    this.doc = doc;
    this.path = path21;
  }
  doc;
  path;
  get range() {
    return this.doc.locate(this.path) ?? fileStart(this.doc.file.path);
  }
  child(key) {
    return new _PlanOrigin(this.doc, [...this.path, key]);
  }
  writesDynamic() {
    return false;
  }
};
var FixedOrigin = class {
  constructor(range) {
    this.range = range;
  }
  range;
  child() {
    return this;
  }
  writesDynamic() {
    return false;
  }
};
var ExprOrigin = class _ExprOrigin {
  constructor(written, range) {
    this.written = written;
    this.range = range;
  }
  written;
  range;
  child(key) {
    const expr = this.written;
    let next;
    if (expr.kind === "tuple" && typeof key === "number") next = expr.items[key];
    if (expr.kind === "object") next = expr.items.find((i) => i.key.kind === "literal" && String(i.key.value) === String(key))?.value;
    return next === void 0 ? new FixedOrigin(this.range) : new _ExprOrigin(next, next.range);
  }
  writesDynamic() {
    return false;
  }
};
var BodyOrigin = class {
  constructor(body, range) {
    this.body = body;
    this.range = range;
  }
  body;
  range;
  child(key, value) {
    if (typeof key !== "string") return new FixedOrigin(this.range);
    const attribute = this.body.attributes[key];
    if (attribute) return new ExprOrigin(attribute.expr, attribute.range);
    const blocks = this.body.blocks.filter((b) => b.type === key);
    return blocks.length === 0 ? new FixedOrigin(this.range) : new BlockListOrigin(blocks, Array.isArray(value) ? value : []);
  }
  writesDynamic(name) {
    return this.body.blocks.some((b) => b.type === "dynamic" && b.labels[0] === name);
  }
};
var BlockListOrigin = class {
  constructor(blocks, items) {
    this.blocks = blocks;
    this.pairs = pairBlocks(blocks, items);
  }
  blocks;
  pairs;
  get range() {
    return this.blocks[0].range;
  }
  child(key) {
    const block = typeof key === "number" ? this.pairs[key] : void 0;
    return block ? new BodyOrigin(block.body, block.range) : new FixedOrigin(this.range);
  }
  /** Paired elements in the order of their blocks, then any unpaired ones (a dynamic block's) as the plan lists them. */
  writtenOrder() {
    const rank = (i) => {
      const block = this.pairs[i];
      return block === void 0 ? this.blocks.length + i : this.blocks.indexOf(block);
    };
    return this.pairs.map((_, i) => i).sort((a, b) => rank(a) - rank(b));
  }
  writesDynamic() {
    return false;
  }
};
function literalOf(expr) {
  if (expr.kind === "literal") return expr.value;
  if (expr.kind === "template" && expr.parts.length === 1 && expr.parts[0].kind === "literal") return expr.parts[0].value;
  if (expr.kind === "tuple") {
    const items = expr.items.map(literalOf);
    return items.includes(void 0) ? void 0 : items;
  }
  return void 0;
}
function matchScore(block, item) {
  if (typeof item !== "object" || item === null) return 0;
  const values = item;
  let score = 0;
  for (const [name, attribute] of Object.entries(block.body.attributes)) {
    const literal2 = literalOf(attribute.expr);
    if (literal2 !== void 0 && JSON.stringify(literal2) === JSON.stringify(values[name])) score++;
  }
  return score;
}
function pairBlocks(blocks, items) {
  const used = /* @__PURE__ */ new Set();
  return items.map((item) => {
    let best = -1;
    let bestScore = -1;
    blocks.forEach((block, i) => {
      const score = used.has(i) ? -1 : matchScore(block, item);
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    if (best < 0 || bestScore < 0) return void 0;
    used.add(best);
    return blocks[best];
  });
}

// src/resolve/terraform-plan/references.ts
var NOT_RESOURCES = /* @__PURE__ */ new Set(["var", "local", "module", "data", "each", "count", "path", "self", "terraform"]);
var STEP = /^(?:\.([A-Za-z_][\w-]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\])/;
function parseReference(text) {
  const head = /^([A-Za-z_][\w-]*)\.([A-Za-z_][\w-]*)/.exec(text);
  if (head === null || NOT_RESOURCES.has(head[1])) return void 0;
  const steps = [];
  let rest = text.slice(head[0].length);
  while (rest !== "") {
    const m = STEP.exec(rest);
    if (m === null) return void 0;
    if (m[1] !== void 0) steps.push({ attr: m[1] });
    else if (m[2] !== void 0) steps.push({ key: Number(m[2]) });
    else steps.push({ key: JSON.parse(`"${m[3]}"`) });
    rest = rest.slice(m[0].length);
  }
  return { type: head[1], name: head[2], steps };
}
function pureReference(expression, ownIndex) {
  const refs = expression?.references;
  if (refs === void 0 || refs.length === 0 || expression?.constant_value !== void 0) return void 0;
  const iterators = refs.filter((r) => r === "count.index" || r === "each.key");
  const others = refs.filter((r) => !iterators.includes(r));
  const first = parseReference(others[0] ?? "");
  if (first === void 0) return void 0;
  if (!others.every((r) => others[0].startsWith(r) && parseReference(r)?.type === first.type)) return void 0;
  if (iterators.length === 0) return first;
  if (iterators.length > 1 || first.steps.length > 0 || ownIndex === void 0) return void 0;
  return { ...first, steps: [{ key: ownIndex }, { attr: "id" }] };
}
function eachValueReference(expression, ownIndex, forEach) {
  const refs = expression?.references;
  if (forEach === void 0 || forEach.steps.length > 0 || ownIndex === void 0 || refs === void 0 || refs.length === 0) return void 0;
  if (!refs.every((r) => r === "each.value" || r.startsWith("each.value."))) return void 0;
  const attr = /^each\.value\.([A-Za-z_][\w-]*)$/.exec(refs[0])?.[1];
  return attr === void 0 ? void 0 : { ...forEach, steps: [{ key: ownIndex }, { attr }] };
}

// src/resolve/terraform-plan/origins.ts
var MAX_DEPTH3 = 8;
var stepText = (step) => "attr" in step ? `.${step.attr}` : `[${JSON.stringify(step.key)}]`;
var PlanOrigins = class {
  constructor(root, exists3) {
    this.root = root;
    this.exists = exists3;
  }
  root;
  exists;
  of(expression, calls, depth = 0) {
    const refs = expression?.references;
    if (refs === void 0 || refs.length === 0 || depth > MAX_DEPTH3) return void 0;
    const prefix = calls.map((c) => `module.${c}.`).join("");
    const out = [];
    for (const ref of refs) {
      const module = /^module\.([A-Za-z_][\w-]*)\.([A-Za-z_][\w-]*)$/.exec(ref);
      if (module !== null) {
        const inner = this.output([...calls, module[1]], module[2], depth);
        if (inner === void 0) return void 0;
        out.push(...inner);
        continue;
      }
      const resource = parseReference(ref);
      const last = resource?.steps.at(-1);
      if (resource === void 0 || last === void 0 || !("attr" in last)) continue;
      const instance = `${prefix}${resource.type}.${resource.name}${resource.steps.slice(0, -1).map(stepText).join("")}`;
      if (this.exists(instance)) out.push(`${instance}.${last.attr}`);
    }
    return out.length === 0 ? void 0 : out;
  }
  output(calls, name, depth) {
    let module = this.root;
    for (const call of calls) module = module?.module_calls?.[call]?.module;
    return this.of(module?.outputs?.[name]?.expression, calls, depth + 1);
  }
};

// src/resolve/terraform-plan/synthesize.ts
function isRecord6(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var at = (marks, key) => isRecord6(marks) || Array.isArray(marks) ? marks[key] : void 0;
function expressionOf(config) {
  if (!isRecord6(config) || Object.keys(config).some((k) => k !== "constant_value" && k !== "references")) return void 0;
  return config;
}
function nestedConfig(config, i, n) {
  if (Array.isArray(config) && config.length === n) return config[i];
  if (isRecord6(config) && expressionOf(config) === void 0 && n === 1) return config;
  return void 0;
}
function isBlockList(value) {
  return Array.isArray(value) && value.length > 0 && value.every(isRecord6);
}
function isScalar3(value) {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}
function isPlainReference(expr) {
  if (expr === void 0) return true;
  if (expr.kind === "template" && expr.parts.length === 1) return isPlainReference(expr.parts[0]);
  return expr.kind === "traversal";
}
var PlanSynthesizer = class {
  /** `index`: the instance's count index or for_each key, for `count.index` / `each.key` references. */
  constructor(index, forEach, origins) {
    this.index = index;
    this.forEach = forEach;
    this.origins = origins;
  }
  index;
  forEach;
  origins;
  bound = /* @__PURE__ */ new Map();
  refs = {
    resolve: (_root, steps) => this.bound.has(steps) ? { value: this.bound.get(steps), used: steps.length } : void 0
  };
  body(values, unknown2, sensitive2, config, origin, text) {
    const body = { attributes: {}, blocks: [], range: origin.range };
    const known2 = isRecord6(values) ? values : {};
    const marked = isRecord6(unknown2) ? Object.keys(unknown2).filter((k) => unknown2[k] !== false) : [];
    for (const key of /* @__PURE__ */ new Set([...Object.keys(known2), ...marked])) {
      const value = known2[key];
      const [u, s, written] = [at(unknown2, key), at(sensitive2, key), config?.[key]];
      const unwritten = config !== void 0 && written === void 0 && !origin.writesDynamic(key);
      if (u === true && unwritten) continue;
      if (Array.isArray(value) && value.length === 0 && (unwritten || config === void 0)) continue;
      const child = origin.child(key, value);
      if (u !== true && s !== true && isBlockList(value)) {
        const order = child.writtenOrder?.() ?? value.map((_, i) => i);
        body.blocks.push(...order.map((i, k) => {
          const place = child.child(i, value[i]);
          const nested = this.body(value[i], at(u, i), at(s, i), nestedConfig(written, k, value.length), place, `${text}.${key}[${k}]`);
          return { type: key, labels: [], body: nested, range: place.range };
        }));
        continue;
      }
      body.attributes[key] = { name: key, expr: this.expr(value, u, s, expressionOf(written), child, `${text}.${key}`), range: child.range };
    }
    return body;
  }
  expr(value, unknown2, sensitive2, written, origin, text) {
    const range = origin.range;
    if (sensitive2 === true) return { kind: "call", name: "sensitive", args: [{ kind: "literal", value: "", range, text: '""' }], range, text: `${text} (sensitive)` };
    const ref = unknown2 === true || isScalar3(value) ? pureReference(written, this.index) ?? eachValueReference(written, this.index, this.forEach) : void 0;
    if (ref !== void 0 && isPlainReference(origin.written)) return this.reference(ref, unknown2 === true ? void 0 : value, range);
    const from = unknown2 === true ? this.origins?.(written) : void 0;
    if (from !== void 0) return this.unknownFrom(from, range, text);
    if (unknown2 === true) return { kind: "traversal", root: "self", steps: [], range, text };
    if (Array.isArray(value)) {
      const items = value.map((v, i) => this.expr(v, at(unknown2, i), at(sensitive2, i), void 0, origin.child(i, v), `${text}[${i}]`));
      return { kind: "tuple", items, range, text };
    }
    if (isRecord6(value)) {
      const items = Object.entries(value).map(([k, v]) => {
        const place = origin.child(k, v);
        const key = { kind: "literal", value: k, range: place.range, text: k };
        return { key, value: this.expr(v, at(unknown2, k), at(sensitive2, k), void 0, place, `${text}.${k}`), range: place.range };
      });
      return { kind: "object", items, range, text };
    }
    const literal2 = isScalar3(value) ? value : null;
    return { kind: "literal", value: literal2, range, text: typeof literal2 === "string" ? literal2 : JSON.stringify(literal2) };
  }
  /** A value only known after apply that is one of `origin` (a conditional's branch, a module output). */
  unknownFrom(origin, range, text) {
    const steps = [{ attr: "value" }];
    this.bound.set(steps, unknownValue(`${text} is only known after apply`, origin));
    return { kind: "traversal", root: "(plan)", steps, range, text };
  }
  /** `type.name[key].attr` as a traversal; `value` (when known) is what it evaluates to. */
  reference(ref, value, range) {
    const steps = [{ attr: ref.name }];
    let text = `${ref.type}.${ref.name}`;
    for (const step of ref.steps) {
      if ("attr" in step) {
        steps.push({ attr: step.attr });
        text += `.${step.attr}`;
      } else {
        steps.push({ index: { kind: "literal", value: step.key, range, text: JSON.stringify(step.key) } });
        text += `[${JSON.stringify(step.key)}]`;
      }
    }
    if (value !== void 0) this.bound.set(steps, value);
    return { kind: "traversal", root: ref.type, steps, range, text };
  }
};

// src/resolve/terraform-plan/walk.ts
var CALL = /module\.([A-Za-z_][\w-]*)(?:\[(?:\d+|"(?:[^"\\]|\\.)*")\])?/g;
function moduleCalls(moduleAddress) {
  return [...moduleAddress.matchAll(CALL)].map((m) => m[1]);
}
function configModule(root, calls) {
  let current = root;
  for (const call of calls) current = current?.module_calls?.[call]?.module;
  return current;
}
function changesByAddress(plan) {
  const out = /* @__PURE__ */ new Map();
  for (const change of Array.isArray(plan.resource_changes) ? plan.resource_changes : []) {
    if (typeof change?.address === "string") out.set(change.address, { unknown: change.change?.after_unknown, sensitive: change.change?.after_sensitive });
  }
  return out;
}
function planInstances(plan) {
  const key = valuesKey(plan);
  if (key === void 0) return [];
  const changes = changesByAddress(plan);
  const out = [];
  const visit3 = (module, path21) => {
    if (typeof module !== "object" || module === null) return;
    const moduleAddress = typeof module.address === "string" ? module.address : "";
    const calls = moduleCalls(moduleAddress);
    const config = configModule(plan.configuration?.root_module, calls);
    (Array.isArray(module.resources) ? module.resources : []).forEach((resource, i) => {
      if (!isPlanResource(resource) || resource.mode !== "managed") return;
      const change = changes.get(resource.address);
      out.push({
        address: resource.address,
        moduleAddress,
        calls,
        type: resource.type,
        name: resource.name,
        index: resource.index,
        values: resource.values ?? {},
        unknown: change?.unknown,
        sensitive: resource.sensitive_values ?? change?.sensitive,
        path: [...path21, "resources", i],
        config: config?.resources?.find((r) => r.address === `${resource.type}.${resource.name}` && r.mode !== "data")
      });
    });
    (Array.isArray(module.child_modules) ? module.child_modules : []).forEach((child, i) => visit3(child, [...path21, "child_modules", i]));
  };
  visit3(plan[key]?.root_module, [key, "root_module"]);
  return out;
}

// src/resolve/terraform-plan/hcl-source.ts
import { posix as posix6 } from "node:path";
function declarations(docs) {
  const out = /* @__PURE__ */ new Set();
  for (const block of docs.flatMap((d) => d.value.body.blocks)) {
    if (block.type === "resource" && block.labels.length === 2) out.add(block.labels.join("."));
    if (block.type === "module" && block.labels.length === 1) out.add(`module.${block.labels[0]}`);
  }
  return out;
}
function configDeclarations(module) {
  const resources = (Array.isArray(module.resources) ? module.resources : []).filter((r) => r?.mode !== "data").map((r) => `${r.type}.${r.name}`);
  return /* @__PURE__ */ new Set([...resources, ...Object.keys(module.module_calls ?? {}).map((name) => `module.${name}`)]);
}
function sameSet(a, b) {
  return a.size === b.size && [...a].every((x) => b.has(x));
}
function localSource(dir, source) {
  return typeof source === "string" && isLocalSource(source) ? joinDir(dir, source) : void 0;
}
var HclIndex = class {
  byDir = /* @__PURE__ */ new Map();
  constructor(docs) {
    for (const doc of docs) {
      if (doc.file.format !== "terraform" || doc.value === void 0 || !/\.tf(\.json)?$/.test(doc.file.path)) continue;
      const dir = posix6.dirname(doc.file.path);
      (this.byDir.get(dir) ?? this.byDir.set(dir, []).get(dir)).push(doc);
    }
  }
  /**
   * The root module directory a plan was made from: the directory whose files declare exactly
   * the resources and module calls of the plan's root module, preferring the plan's own directory
   * (where `terraform show -json` is usually run); undefined when none or several others match.
   */
  rootFor(planPath, root) {
    if (root === void 0 || typeof root !== "object") return void 0;
    const wanted = configDeclarations(root);
    if (wanted.size === 0) return void 0;
    const own = posix6.dirname(planPath);
    const matches = (dir) => sameSet(declarations(this.byDir.get(dir) ?? []), wanted);
    if (matches(own)) return own;
    const others = [...this.byDir.keys()].filter(matches);
    return others.length === 1 ? others[0] : void 0;
  }
  /** The directory of the module `calls` lead to from `root`; undefined past a non-local source. */
  moduleDir(root, config, calls) {
    let dir = root;
    let module = config;
    for (const call of calls) {
      const next = module?.module_calls?.[call];
      dir = dir === void 0 ? void 0 : localSource(dir, next?.source);
      module = next?.module;
    }
    return dir;
  }
  /** The `resource "type" "name"` block in a directory's files. */
  resourceBlock(dir, type, name) {
    for (const doc of this.byDir.get(dir) ?? []) {
      const block = doc.value.body.blocks.find((b) => b.type === "resource" && b.labels[0] === type && b.labels[1] === name);
      if (block) return block;
    }
    return void 0;
  }
};

// src/resolve/terraform-plan/index.ts
function originOf2(instance, doc, hcl, root, plan) {
  const dir = root === void 0 ? void 0 : hcl.moduleDir(root, plan.configuration?.root_module, instance.calls);
  const block = dir === void 0 ? void 0 : hcl.resourceBlock(dir, instance.type, instance.name);
  return block ? new BodyOrigin(block.body, block.range) : new PlanOrigin(doc, [...instance.path, "values"]);
}
function toResourceInstance(instance, origin, blockRange, carrier, origins) {
  const synthesizer = new PlanSynthesizer(instance.index, pureReference(instance.config?.for_each_expression, void 0), (written) => origins.of(written, instance.calls));
  const config = instance.config === void 0 ? void 0 : instance.config.expressions ?? {};
  const body = synthesizer.body(instance.values, instance.unknown, instance.sensitive, config, origin, instance.address);
  body.range = blockRange;
  const { type, name, moduleAddress } = instance;
  return {
    id: instance.address,
    localId: moduleAddress === "" ? instance.address : instance.address.slice(moduleAddress.length + 1),
    address: `${type}.${name}`,
    modulePath: moduleAddress,
    type,
    name,
    block: { type: "resource", labels: [type, name], body, range: blockRange },
    doc: carrier,
    scope: { vars: /* @__PURE__ */ new Map(), locals: /* @__PURE__ */ new Map(), bindings: {}, resources: synthesizer.refs, module: moduleAddress === "" ? "" : `${moduleAddress}.` }
  };
}
function resolveTerraformPlan(doc, hcl) {
  const plan = doc.value;
  const path21 = doc.file.path;
  const root = hcl.rootFor(path21, plan.configuration?.root_module);
  const carrier = { ...doc, value: { body: { attributes: {}, blocks: [], range: fileStart(path21) } } };
  const groups = /* @__PURE__ */ new Map();
  const all = planInstances(plan);
  const addresses = new Set(all.map((i) => i.address));
  const origins = new PlanOrigins(plan.configuration?.root_module, (address) => addresses.has(address));
  for (const instance of all) {
    const origin = originOf2(instance, doc, hcl, root, plan);
    const blockRange = origin instanceof BodyOrigin ? origin.range : doc.locate(instance.path) ?? fileStart(path21);
    const resourceInstance = toResourceInstance(instance, origin, blockRange, carrier, origins);
    (groups.get(instance.moduleAddress) ?? groups.set(instance.moduleAddress, []).get(instance.moduleAddress)).push(resourceInstance);
  }
  return { path: path21, scope: root ?? path21, groups: [...groups.values()], ...root === void 0 ? {} : { supersedes: root } };
}

// src/resolve/index.ts
function resolveDocuments(documents, options = {}, inputs = {}) {
  const byFormat = /* @__PURE__ */ new Map();
  for (const document of documents) {
    if (document.value === void 0) continue;
    (byFormat.get(document.file.format) ?? byFormat.set(document.file.format, []).get(document.file.format)).push(document);
  }
  const of = (format) => byFormat.get(format) ?? [];
  const diagnostics = [];
  const hcl = of("terraform-plan").length > 0 ? new HclIndex(of("terraform")) : void 0;
  const step = timely(diagnostics, inputs.deadline, "resolve");
  const plans = of("terraform-plan").flatMap((document) => step([document], () => [resolveTerraformPlan(document, hcl)]) ?? []);
  const terraform = step(of("terraform"), () => resolveTerraform(of("terraform"), options.terraform, inputs.manifests)) ?? { roots: [], diagnostics: [] };
  const templates = resolveTemplates(of("cloudformation"), documents.filter((d) => d.file.format === "cloudformation"), options.cloudformation, diagnostics, step);
  const asWritten = [...of("kubernetes"), ...of("aws-config")].filter((document) => step([document], () => true) === true);
  return { terraform, plans, templates, asWritten, diagnostics };
}
function timely(diagnostics, deadline, stage) {
  return (documents, run) => {
    if (documents.length === 0) return void 0;
    if (deadline?.expired()) {
      for (const document of documents) diagnostics.push(deadline.notReached(document.file.path, stage));
      return void 0;
    }
    deadline?.at(stage, documents.length === 1 ? documents[0].file.path : `${documents.length} ${documents[0].file.format} files`);
    return guarded(diagnostics, documents, run);
  };
}
function resolveTemplates(documents, all, options, diagnostics, step) {
  const byPath = new Map(all.map((d) => [d.file.path, d]));
  const roots = documents.filter((d) => d.file.dependency !== true);
  const templates = roots.flatMap((document) => step([document], () => resolveCloudFormationStacks(document, options ?? {}, byPath)) ?? []);
  const said = /* @__PURE__ */ new Set();
  for (const template of templates) {
    template.diagnostics = template.diagnostics.filter((d) => {
      const key = JSON.stringify([d.code, d.message, d.range]);
      return !said.has(key) && said.add(key) !== void 0;
    });
  }
  return templates;
}
function guarded(diagnostics, documents, run) {
  if (documents.length === 0) return void 0;
  try {
    return run();
  } catch (error) {
    for (const document of documents) {
      diagnostics.push({ code: "NORMALIZE_FAILED", level: "error", message: `could not read resources: ${getErrorMessage(error)}`, range: fileStart(document.file.path) });
    }
    return void 0;
  }
}

// src/normalize/cloudformation/bucket-policy.ts
var BUCKET_TYPE = "AWS::S3::Bucket";
var BUCKET_POLICY_TYPE = "AWS::S3::BucketPolicy";
function attachBucketPolicies(resources) {
  const buckets = bucketIndex(resources.filter((r) => r.type === BUCKET_TYPE));
  const attached = /* @__PURE__ */ new Map();
  for (const policy of resources.filter((r) => r.type === BUCKET_POLICY_TYPE)) {
    const bucket = targetBucket(policy, buckets);
    if (bucket === void 0) continue;
    const document = policy.properties.PolicyDocument ?? unknownValue("the bucket policy has no PolicyDocument");
    const earlier = attached.get(bucket);
    attached.set(bucket, {
      document: earlier ? unknownValue(`bucket policies ${earlier.from} and ${policy.logicalId} both name this bucket`) : document,
      from: policy.logicalId
    });
  }
  return attached;
}
function bucketIndex(buckets) {
  const byName = /* @__PURE__ */ new Map();
  for (const bucket of buckets) {
    const name = bucket.properties.BucketName;
    if (typeof name !== "string") continue;
    const named = byName.get(name) ?? byName.set(name, []).get(name);
    named.push(bucket.logicalId);
  }
  return { ids: new Set(buckets.map((b) => b.logicalId)), byName };
}
function targetBucket(policy, buckets) {
  return namedBucket(asRecord(policy.raw.Properties)?.Bucket, policy.properties.Bucket, buckets);
}
function accessLogTargets(resources) {
  const buckets = resources.filter((r) => r.type === BUCKET_TYPE);
  const index = bucketIndex(buckets);
  const targets = /* @__PURE__ */ new Set();
  for (const bucket of buckets) {
    const written = asRecord(asRecord(bucket.raw.Properties)?.LoggingConfiguration)?.DestinationBucketName;
    const target = namedBucket(written, asRecord(bucket.properties.LoggingConfiguration)?.DestinationBucketName, index);
    if (target !== void 0 && target !== bucket.logicalId) targets.add(target);
  }
  return targets;
}
function namedBucket(written, name, buckets) {
  const ref = asRecord(written)?.Ref;
  if (typeof ref === "string" && buckets.ids.has(ref)) return ref;
  if (typeof name !== "string") return void 0;
  const matches = buckets.byName.get(name) ?? [];
  return matches.length === 1 ? matches[0] : void 0;
}

// src/normalize/lazy-provenance.ts
var LazyProvenance = class extends SettlingMap {
  tree;
  settled = false;
  /** Every path of `value` (the root included) is located by `locate` when first asked for. */
  defer(value, locate) {
    this.tree = { value, locate };
    this.settled = false;
    return this;
  }
  get(key) {
    return super.has(key) || !this.tree ? super.get(key) : this.settle(key);
  }
  has(key) {
    return this.get(key) !== void 0;
  }
  settle(key) {
    const path21 = parseKey(key);
    if (!this.tree || path21 === void 0 || !holds(this.tree.value, path21)) return void 0;
    const range = this.tree.locate(path21);
    if (range) super.set(key, range);
    return range;
  }
  settleAll() {
    if (this.settled || !this.tree) return;
    this.settled = true;
    const stack = [[this.tree.value, []]];
    while (stack.length > 0) {
      const [value, path21] = stack.pop();
      const key = pathKey(path21);
      if (!super.has(key)) this.settle(key);
      if (Array.isArray(value)) value.forEach((item, i) => stack.push([item, [...path21, i]]));
      else if (isRecord7(value)) for (const [k, item] of Object.entries(value)) stack.push([item, [...path21, k]]);
    }
  }
};
function parseKey(key) {
  try {
    const path21 = JSON.parse(key);
    return Array.isArray(path21) && path21.every((s) => typeof s === "string" || typeof s === "number") ? path21 : void 0;
  } catch {
    return void 0;
  }
}
function holds(root, path21) {
  let current = root;
  for (const segment of path21) {
    if (Array.isArray(current)) {
      if (typeof segment !== "number" || !Number.isInteger(segment) || segment < 0 || segment >= current.length) return false;
    } else if (!isRecord7(current) || typeof segment !== "string" || !Object.hasOwn(current, segment)) return false;
    current = current[segment];
  }
  return true;
}
function isRecord7(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// src/normalize/cloudformation/provenance.ts
var ProvenanceBuilder = class {
  constructor(doc, logicalId, conditions) {
    this.doc = doc;
    this.logicalId = logicalId;
    this.conditions = conditions;
    const range = doc.locate(["Resources", logicalId]);
    if (range) this.map.set(pathKey([]), range);
  }
  doc;
  logicalId;
  conditions;
  map = new LazyProvenance();
  /** `property` is relative to the resource's Properties (or to another resource's, with `from`). */
  set(canonical, property, from = this.logicalId) {
    const range = this.rangeOf(property, from);
    if (range) this.map.set(pathKey(canonical), range);
  }
  /**
   * Every path of the resource's own Properties as written, located when a finding asks
   * (`setTree([], Properties, [])` would locate them all up front: one range per list element).
   */
  deferProperties(properties) {
    this.map.defer(properties, (path21) => path21.length === 0 ? void 0 : this.rangeOf(path21));
  }
  /** Where `property` (relative to `from`'s Properties) is written: the deepest part of it the template holds. */
  rangeOf(property, from = this.logicalId) {
    const base = ["Resources", from, "Properties"];
    const written = this.throughBranches(base, property);
    for (let n = written.length; n > base.length; n--) {
      const path21 = written.slice(0, n);
      if (!hasPath(this.doc.value, path21)) continue;
      return this.doc.locate(path21);
    }
    return void 0;
  }
  /** `base + property` as written: through the chosen branch of each `Fn::If` on a known condition. */
  throughBranches(base, property) {
    const out = [...base];
    let current = valueAt3(this.doc.value, base);
    for (const [i, segment] of property.entries()) {
      for (let branch = this.branchOf(current); branch !== void 0; branch = this.branchOf(current)) {
        out.push("Fn::If", branch);
        current = asRecord(current)["Fn::If"][branch];
      }
      const container = current;
      if (container === null || typeof container !== "object" || !(segment in container)) return [...out, ...property.slice(i)];
      out.push(segment);
      current = container[segment];
    }
    return out;
  }
  branchOf(value) {
    const args = asRecord(value)?.["Fn::If"];
    if (!Array.isArray(args) || args.length !== 3 || typeof args[0] !== "string") return void 0;
    const condition = this.conditions?.get(args[0]);
    return condition === true ? 1 : condition === false ? 2 : void 0;
  }
  /** Records every path of a Properties subtree under `canonical` (for pass-through resources). */
  setTree(canonical, value, property, from = this.logicalId) {
    this.set(canonical, property, from);
    if (Array.isArray(value)) value.forEach((item, i) => this.setTree([...canonical, i], item, [...property, i], from));
    else if (asRecord(value)) {
      for (const [key, item] of Object.entries(value)) {
        this.setTree([...canonical, key], item, [...property, key], from);
      }
    }
  }
  /** Records `canonical` at a path of the template itself (a SAM Globals entry). */
  setAt(canonical, templatePath) {
    if (!hasPath(this.doc.value, templatePath)) return;
    const range = this.doc.locate(templatePath);
    if (range) this.map.set(pathKey(canonical), range);
  }
  /** Points `canonical` at another resource's logical-id key (a merged separate rule). */
  setResource(canonical, logicalId) {
    const range = this.doc.locate(["Resources", logicalId]);
    if (range) this.map.set(pathKey(canonical), range);
  }
};
function valueAt3(root, path21) {
  let current = root;
  for (const segment of path21) current = asRecord(current)?.[segment];
  return current;
}

// src/normalize/cloudformation/rds.ts
var DB_INSTANCE_TYPE = "AWS::RDS::DBInstance";
var FLAGS2 = [
  ["storage_encrypted", "StorageEncrypted", false],
  ["deletion_protection", "DeletionProtection", false],
  ["multi_az", "MultiAZ", false],
  ["iam_database_authentication_enabled", "EnableIAMDatabaseAuthentication", false],
  ["auto_minor_version_upgrade", "AutoMinorVersionUpgrade", true]
];
var FROM_CLUSTER = ["storage_encrypted", "kms_key_id", "backup_retention_period", "deletion_protection", "multi_az", "iam_database_authentication_enabled"];
var FROM_SOURCE = [["storage_encrypted", "StorageEncrypted"], ["kms_key_id", "KmsKeyId"], ["backup_retention_period", "BackupRetentionPeriod"]];
var SOURCES = ["SourceDBInstanceIdentifier", "DBSnapshotIdentifier", "SourceDBInstanceAutomatedBackupsArn", "SourceDbiResourceId", "SourceDBClusterIdentifier", "UseLatestRestorableTime", "RestoreTime"];
function normalizeDbInstance(resource, provenance) {
  const p = resource.properties;
  const out = {
    identifier: asString(p.DBInstanceIdentifier) ?? unknownValue("DBInstanceIdentifier not set; CloudFormation generates one"),
    engine: asString(p.Engine) ?? null,
    storage_encrypted: false,
    kms_key_id: asString(p.KmsKeyId) ?? null,
    // Left out, RDS makes the instance public when its VPC has an internet gateway: unknown here.
    publicly_accessible: p.PubliclyAccessible === void 0 ? unknownValue("PubliclyAccessible not set; RDS decides from the VPC (public with an internet gateway)") : asBool(p.PubliclyAccessible, false),
    backup_retention_period: asNumber(p.BackupRetentionPeriod) ?? 1,
    deletion_protection: false,
    multi_az: false,
    iam_database_authentication_enabled: false,
    auto_minor_version_upgrade: true
  };
  for (const [canonical, property, absent] of FLAGS2) out[canonical] = asBool(p[property], absent);
  for (const [canonical, property] of [
    ["identifier", "DBInstanceIdentifier"],
    ["engine", "Engine"],
    ["kms_key_id", "KmsKeyId"],
    ["publicly_accessible", "PubliclyAccessible"],
    ["backup_retention_period", "BackupRetentionPeriod"],
    ...FLAGS2
  ]) {
    provenance.set([canonical], [property]);
  }
  const source = SOURCES.find((name) => p[name] !== void 0);
  for (const [canonical, property] of source ? FROM_SOURCE : []) {
    if (p[property] !== void 0) continue;
    out[canonical] = unknownValue(`taken from the source (${source})`);
    provenance.set([canonical], [source]);
  }
  if (p.DBClusterIdentifier !== void 0) {
    for (const canonical of FROM_CLUSTER) {
      out[canonical] = unknownValue("set by the Aurora DB cluster");
      provenance.set([canonical], ["DBClusterIdentifier"]);
    }
  }
  return out;
}

// src/normalize/cloudformation/s3.ts
var CANNED_ACLS = {
  Private: "private",
  PublicRead: "public-read",
  PublicReadWrite: "public-read-write",
  AuthenticatedRead: "authenticated-read",
  LogDeliveryWrite: "log-delivery-write",
  BucketOwnerRead: "bucket-owner-read",
  BucketOwnerFullControl: "bucket-owner-full-control",
  AwsExecRead: "aws-exec-read"
};
var PAB_KEYS = [
  ["block_public_acls", "BlockPublicAcls"],
  ["block_public_policy", "BlockPublicPolicy"],
  ["ignore_public_acls", "IgnorePublicAcls"],
  ["restrict_public_buckets", "RestrictPublicBuckets"]
];
var SSE_DEFAULT = ["BucketEncryption", "ServerSideEncryptionConfiguration", 0, "ServerSideEncryptionByDefault"];
function normalizeBucket(resource, provenance, policy, receivesLogs = false) {
  const p = resource.properties;
  const name = p.BucketName === void 0 ? unknownValue("BucketName not set; CloudFormation generates one") : asString(p.BucketName);
  provenance.set(["name"], ["BucketName"]);
  const written = asString(p.AccessControl);
  const acl = typeof written === "string" ? CANNED_ACLS[written] ?? written : written ?? "private";
  provenance.set(["acl"], ["AccessControl"]);
  return {
    name,
    acl,
    encryption: encryption(p.BucketEncryption, provenance),
    versioning: versioning(p.VersioningConfiguration, provenance),
    public_access_block: publicAccessBlock(p.PublicAccessBlockConfiguration, provenance),
    logging: { ...logging(p.LoggingConfiguration, name, provenance), ...receivesLogs ? { receives_access_logs: true } : {} },
    policy: bucketPolicy(policy, provenance)
  };
}
function bucketPolicy(policy, provenance) {
  if (!policy) return null;
  provenance.set(["policy"], ["PolicyDocument"], policy.from);
  if (!isUnknown(policy.document)) provenance.setTree(["policy"], policy.document, ["PolicyDocument"], policy.from);
  return policy.document;
}
function encryption(block, provenance) {
  if (block === void 0) return { enabled: true, declared: false, algorithm: "AES256", kms_key_id: null, bucket_key_enabled: false };
  provenance.set(["encryption"], ["BucketEncryption"]);
  provenance.set(["encryption", "enabled"], ["BucketEncryption"]);
  provenance.set(["encryption", "declared"], ["BucketEncryption"]);
  provenance.set(["encryption", "algorithm"], [...SSE_DEFAULT, "SSEAlgorithm"]);
  provenance.set(["encryption", "kms_key_id"], [...SSE_DEFAULT, "KMSMasterKeyID"]);
  provenance.set(["encryption", "bucket_key_enabled"], ["BucketEncryption", "ServerSideEncryptionConfiguration", 0, "BucketKeyEnabled"]);
  const rules = asRecord(block)?.ServerSideEncryptionConfiguration;
  if (isUnknown(block) || isUnknown(rules)) {
    const why = unknownValue("BucketEncryption is not resolved");
    return { enabled: true, declared: true, algorithm: why, kms_key_id: why, bucket_key_enabled: why };
  }
  const rule = asRecord(Array.isArray(rules) ? rules[0] : void 0);
  const byDefault = asRecord(rule?.ServerSideEncryptionByDefault);
  return {
    enabled: true,
    declared: true,
    algorithm: asString(byDefault?.SSEAlgorithm) ?? "AES256",
    kms_key_id: asString(byDefault?.KMSMasterKeyID) ?? null,
    bucket_key_enabled: asBool(rule?.BucketKeyEnabled, false)
  };
}
function versioning(block, provenance) {
  provenance.set(["versioning"], ["VersioningConfiguration"]);
  provenance.set(["versioning", "enabled"], ["VersioningConfiguration", "Status"]);
  if (block === void 0) return { enabled: false, mfa_delete: false };
  const status = isUnknown(block) ? block : asString(asRecord(block)?.Status);
  if (isUnknown(status)) return { enabled: status, mfa_delete: false };
  return { enabled: status === "Enabled", mfa_delete: false };
}
function publicAccessBlock(block, provenance) {
  if (block === void 0) {
    return { declared: false, block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true };
  }
  provenance.set(["public_access_block"], ["PublicAccessBlockConfiguration"]);
  provenance.set(["public_access_block", "declared"], ["PublicAccessBlockConfiguration"]);
  const record3 = asRecord(block);
  const out = {
    declared: true,
    block_public_acls: false,
    block_public_policy: false,
    ignore_public_acls: false,
    restrict_public_buckets: false
  };
  for (const [canonical, property] of PAB_KEYS) {
    out[canonical] = record3 ? asBool(record3[property], false) : unknownValue("PublicAccessBlockConfiguration is not resolved");
    provenance.set(["public_access_block", canonical], ["PublicAccessBlockConfiguration", property]);
  }
  return out;
}
function logging(block, bucketName, provenance) {
  if (block === void 0) return { enabled: false, target_bucket: null, target_prefix: null };
  provenance.set(["logging"], ["LoggingConfiguration"]);
  provenance.set(["logging", "enabled"], ["LoggingConfiguration"]);
  provenance.set(["logging", "target_bucket"], ["LoggingConfiguration", "DestinationBucketName"]);
  provenance.set(["logging", "target_prefix"], ["LoggingConfiguration", "LogFilePrefix"]);
  const record3 = asRecord(block);
  if (!record3) {
    const why = unknownValue("LoggingConfiguration is not resolved");
    return { enabled: why, target_bucket: why, target_prefix: why };
  }
  return {
    enabled: true,
    // Without a destination, S3 writes the logs into the bucket itself.
    target_bucket: asString(record3.DestinationBucketName) ?? bucketName,
    target_prefix: asString(record3.LogFilePrefix) ?? null
  };
}

// src/normalize/cloudformation/sg-rules.ts
var PEER = {
  ingress: { group: "SourceSecurityGroupId", prefixList: "SourcePrefixListId" },
  egress: { group: "DestinationSecurityGroupId", prefixList: "DestinationPrefixListId" }
};
var LIST_FIELDS = /* @__PURE__ */ new Set(["cidr_ipv4", "cidr_ipv6", "source_security_group_ids", "prefix_list_ids"]);
var PROTOCOLS = { "-1": "-1", all: "-1", "6": "tcp", "17": "udp", "1": "icmp", "58": "icmpv6" };
function normalizeRule(rule, raw, direction, owner) {
  const protocol = normalizeProtocol(rule.IpProtocol);
  const [from, to] = ports(protocol, asNumber(rule.FromPort), asNumber(rule.ToPort));
  const peer = PEER[direction];
  const rawPeer = raw !== null && typeof raw === "object" ? raw[peer.group] : void 0;
  const self = owner !== void 0 && referencedGroup(rawPeer) === owner;
  return {
    protocol,
    from_port: from,
    to_port: to,
    cidr_ipv4: listOf(rule.CidrIp),
    cidr_ipv6: listOf(rule.CidrIpv6),
    source_security_group_ids: self ? [] : listOf(rule[peer.group]),
    prefix_list_ids: listOf(rule[peer.prefixList]),
    self,
    description: asString(rule.Description) ?? null
  };
}
function unknownRule(reason) {
  const why = unknownValue(reason);
  return {
    protocol: why,
    from_port: why,
    to_port: why,
    cidr_ipv4: why,
    cidr_ipv6: why,
    source_security_group_ids: why,
    prefix_list_ids: why,
    self: why,
    description: why
  };
}
function recordRuleProvenance(provenance, canonical, property, from, direction) {
  const fields = [
    ["protocol", "IpProtocol"],
    ["from_port", "FromPort"],
    ["to_port", "ToPort"],
    ["cidr_ipv4", "CidrIp"],
    ["cidr_ipv6", "CidrIpv6"],
    ["source_security_group_ids", PEER[direction].group],
    ["prefix_list_ids", PEER[direction].prefixList],
    ["description", "Description"]
  ];
  if (property.length === 0) provenance.setResource(canonical, from);
  else provenance.set(canonical, property, from);
  for (const [field, name] of fields) {
    provenance.set([...canonical, field], [...property, name], from);
    if (LIST_FIELDS.has(field)) provenance.set([...canonical, field, 0], [...property, name], from);
  }
  provenance.set([...canonical, "self"], [...property, PEER[direction].group], from);
}
function referencedGroup(value) {
  if (value === null || typeof value !== "object") return void 0;
  const record3 = value;
  if (typeof record3.Ref === "string") return record3.Ref;
  const getAtt = record3["Fn::GetAtt"];
  const parts = typeof getAtt === "string" ? getAtt.split(".") : getAtt;
  if (Array.isArray(parts) && parts.length === 2 && parts[1] === "GroupId" && typeof parts[0] === "string") return parts[0];
  return void 0;
}
function normalizeProtocol(value) {
  const text = asString(value);
  if (text === void 0) return unknownValue("IpProtocol not set");
  if (isUnknown(text)) return text;
  const lower = text.toLowerCase();
  return PROTOCOLS[lower] ?? lower;
}
function ports(protocol, from, to) {
  if (isUnknown(protocol)) return [from ?? unknownValue("FromPort not set"), to ?? unknownValue("ToPort not set")];
  if (protocol === "icmp" || protocol === "icmpv6") return [from ?? -1, to ?? -1];
  if (protocol !== "tcp" && protocol !== "udp") return [0, 65535];
  return [from === void 0 || from === -1 ? 0 : from, to === void 0 || to === -1 ? 65535 : to];
}
function listOf(value) {
  const text = asString(value);
  return text === void 0 ? [] : [text];
}

// src/normalize/cloudformation/security-groups.ts
var GROUP_TYPE = "AWS::EC2::SecurityGroup";
var RULE_TYPES = {
  "AWS::EC2::SecurityGroupIngress": "ingress",
  "AWS::EC2::SecurityGroupEgress": "egress"
};
var INLINE = { ingress: "SecurityGroupIngress", egress: "SecurityGroupEgress" };
function normalizeSecurityGroups2(resources, doc, ctx, toResource2) {
  const groups = /* @__PURE__ */ new Map();
  for (const resource of resources.filter((r) => r.type === GROUP_TYPE)) {
    groups.set(resource.logicalId, inlineGroup(resource, doc, ctx));
  }
  const out = [];
  for (const rule of resources.filter((r) => r.type in RULE_TYPES)) {
    const direction = RULE_TYPES[rule.type];
    const raw = asRecord(rule.raw.Properties) ?? {};
    const owner = referencedGroup(raw.GroupId) ?? referencedGroup(raw.GroupName);
    const group = owner === void 0 ? void 0 : groups.get(owner);
    if (group) {
      addRule(group, rule.properties, raw, direction, [], rule.logicalId);
    } else {
      const orphan = orphanGroup(rule, doc);
      addRule(orphan, rule.properties, raw, direction, [], rule.logicalId);
      out.push(toResource2(rule, "aws.ec2.security_group", orphan.attributes, orphan.provenance));
    }
  }
  const merged = [...groups.values()].map((g) => toResource2(g.resource, "aws.ec2.security_group", g.attributes, g.provenance));
  return [...merged, ...out];
}
function inlineGroup(resource, doc, ctx) {
  const p = resource.properties;
  const provenance = new ProvenanceBuilder(doc, resource.logicalId, ctx.conditions);
  provenance.set(["name"], ["GroupName"]);
  provenance.set(["description"], ["GroupDescription"]);
  provenance.set(["vpc_id"], ["VpcId"]);
  const attributes = {
    name: asString(p.GroupName) ?? null,
    description: asString(p.GroupDescription) ?? null,
    vpc_id: asString(p.VpcId) ?? null,
    ingress: [],
    egress: []
  };
  const group = { resource, attributes, provenance };
  const rawProperties = asRecord(resource.raw.Properties) ?? {};
  for (const direction of ["ingress", "egress"]) addInlineRules(group, rawProperties[INLINE[direction]], direction, ctx);
  return group;
}
function addInlineRules(group, rawList, direction, ctx) {
  if (rawList === void 0) return;
  const list2 = Array.isArray(rawList) ? rawList : resolveValue(rawList, ctx);
  if (list2 === NO_VALUE) return;
  if (!Array.isArray(list2) || isUnknown(list2)) {
    group.attributes[direction].push(unknownRule(`${INLINE[direction]} is not resolved`));
    group.provenance.set([direction, 0], [INLINE[direction]]);
    return;
  }
  list2.forEach((rawRule, i) => {
    const resolved = Array.isArray(rawList) ? resolveValue(rawRule, ctx) : rawRule;
    if (resolved === NO_VALUE) return;
    const rule = asRecord(resolved);
    if (!rule) {
      group.provenance.set([direction, group.attributes[direction].length], [INLINE[direction], i]);
      group.attributes[direction].push(unknownRule(`${INLINE[direction]} item is not resolved`));
      return;
    }
    addRule(group, rule, rawRule, direction, [INLINE[direction], i], group.resource.logicalId);
  });
}
function addRule(group, rule, raw, direction, property, from) {
  const index = group.attributes[direction].length;
  group.attributes[direction].push(normalizeRule(rule, raw, direction, group.resource.logicalId));
  recordRuleProvenance(group.provenance, [direction, index], property, from, direction);
}
function orphanGroup(rule, doc) {
  const why = unknownValue(`the rule's group is not declared in this template`);
  const attributes = { name: why, description: why, vpc_id: why, ingress: [], egress: [] };
  const provenance = new ProvenanceBuilder(doc, rule.logicalId);
  provenance.set(["name"], ["GroupId"]);
  return { resource: rule, attributes, provenance };
}

// src/normalize/cloudformation/spec.ts
function propertyAt(properties, path21) {
  if (path21.length === 0) return void 0;
  let current = properties;
  for (const segment of path21) {
    if (isUnknown(current)) return current;
    if (typeof segment === "number") current = Array.isArray(current) ? current[segment] : void 0;
    else current = asRecord(current)?.[segment];
    if (current === void 0 || current === null) return void 0;
  }
  return current;
}
var CONVERT = {
  bool: (v) => asBool(v, false),
  number: (v) => asNumber(v),
  string: (v) => asString(v),
  key: (v) => keyOrNull(asString(v)),
  strings: (v) => (Array.isArray(v) ? v : [v]).map((item) => asString(item) ?? null),
  value: (v) => v,
  present: () => true
};
function attributesBySpec(resource, mapping, provenance) {
  const out = {};
  for (const [name, rule] of Object.entries(mapping.fields)) {
    const path21 = splitDotted(name);
    const value = propertyAt(resource.properties, rule.path);
    if (value === void 0) {
      setDotted(out, path21, rule.absent ?? (rule.kind === "present" ? false : null));
      continue;
    }
    setDotted(out, path21, isUnknown(value) ? value : CONVERT[rule.kind](value));
    provenance.set(path21, rule.path);
  }
  mapping.refine?.(out, {
    resource,
    properties: resource.properties,
    set: (path21, value, property) => {
      setDotted(out, path21, value);
      if (property) provenance.set(path21, property);
    }
  });
  return out;
}

// src/normalize/cloudformation/isolate.ts
function isolated(items, normalize, doc, diagnostics) {
  if (items.length === 0) return [];
  try {
    return normalize(items);
  } catch (error) {
    if (items.length === 1) {
      diagnostics.push(resourceFailed(doc, items[0].logicalId, error));
      return [];
    }
    return items.flatMap((item) => isolated([item], normalize, doc, diagnostics));
  }
}

// src/normalize/cloudformation/index.ts
function normalizeCloudFormation(resolved) {
  const out = { resources: [], diagnostics: [], excluded: [] };
  if (resolved === void 0) return out;
  const { doc, ctx, resources } = resolved;
  out.diagnostics.push(...resolved.diagnostics);
  out.excluded.push(...resolved.excluded);
  const prefix = resolved.stack.map((logicalId) => `${logicalId}/`).join("");
  const toResource2 = resourceFactory(doc, prefix, resolved.rootPath);
  const policies = attachBucketPolicies(resources);
  const logTargets = accessLogTargets(resources);
  const tools = groupTools(doc, ctx, toResource2);
  const each = (items, normalize) => out.resources.push(...isolated(items, normalize, doc, out.diagnostics));
  for (const group of CLOUDFORMATION_GROUPS) each(resources.filter((r) => group.nativeTypes.includes(r.type)), (members) => group.normalize(members, tools));
  for (const resource of resources) {
    if (resource.type === GROUP_TYPE || resource.type in RULE_TYPES || GROUPED_TYPES.has(resource.type)) continue;
    each([resource], () => [normalizeOne(resource, doc, ctx, tools, toResource2, { policies, logTargets })]);
  }
  each(resources.filter((r) => r.type === GROUP_TYPE || r.type in RULE_TYPES), (members) => normalizeSecurityGroups2(members, doc, ctx, toResource2));
  const order = new Map(resources.map((r, i) => [`${prefix}${r.type}/${r.logicalId}`, i]));
  out.resources.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return out;
}
function normalizeOne(resource, doc, ctx, tools, toResource2, s3) {
  const spec = CLOUDFORMATION_SPECS.get(resource.type);
  if (spec) return tools.bySpec(resource, spec.canonicalType, spec.mapping);
  const provenance = new ProvenanceBuilder(doc, resource.logicalId, ctx.conditions);
  if (resource.type === BUCKET_TYPE) return toResource2(resource, "aws.s3.bucket", normalizeBucket(resource, provenance, s3.policies.get(resource.logicalId), s3.logTargets.has(resource.logicalId)), provenance);
  if (resource.type === DB_INSTANCE_TYPE) return toResource2(resource, "aws.rds.db_instance", normalizeDbInstance(resource, provenance), provenance);
  passThroughProvenance(resource, provenance);
  return toResource2(resource, `cfn.${resource.type}`, resource.properties, provenance);
}
var GROUPED_TYPES = new Set(CLOUDFORMATION_GROUPS.flatMap((g) => g.nativeTypes));
function groupTools(doc, ctx, toResource2) {
  return {
    bySpec: (resource, canonicalType2, mapping) => {
      const provenance = new ProvenanceBuilder(doc, resource.logicalId, ctx.conditions);
      return toResource2(resource, canonicalType2, attributesBySpec(resource, mapping, provenance), provenance);
    },
    raw: (resource) => {
      const provenance = new ProvenanceBuilder(doc, resource.logicalId, ctx.conditions);
      passThroughProvenance(resource, provenance);
      return toResource2(resource, `cfn.${resource.type}`, resource.properties, provenance);
    },
    pointAt: (target, canonical, logicalId) => {
      const range = doc.locate(["Resources", logicalId]);
      if (range) target.provenance.set(pathKey(canonical), range);
    }
  };
}
function passThroughProvenance(resource, provenance) {
  if (!resource.origins) {
    provenance.deferProperties(resource.raw.Properties);
    return;
  }
  for (const [key, templatePath] of resource.origins) provenance.setAt(JSON.parse(key), templatePath);
}
function resourceFactory(doc, prefix, scope) {
  return (resource, type, attributes, provenance) => ({
    id: `${prefix}${resource.type}/${resource.logicalId}`,
    type,
    source: { format: "cloudformation", path: doc.file.path, nativeType: resource.type },
    attributes,
    raw: resource.raw,
    provenance: provenance.map,
    scope
  });
}

// src/normalize/kubernetes/identity.ts
var CLUSTER_SCOPED = /* @__PURE__ */ new Set([
  "Namespace",
  "ClusterRole",
  "ClusterRoleBinding",
  "PersistentVolume",
  "StorageClass",
  "CustomResourceDefinition",
  "Node",
  "PriorityClass",
  "ValidatingWebhookConfiguration",
  "MutatingWebhookConfiguration",
  "APIService"
]);
function isClusterScoped(kind) {
  return CLUSTER_SCOPED.has(kind);
}
var EXTENSIONS_AS_APPS = /* @__PURE__ */ new Set(["Deployment", "DaemonSet", "ReplicaSet"]);
function canonicalType(apiVersion, kind) {
  const slash = apiVersion.indexOf("/");
  let group = slash < 0 ? "core" : apiVersion.slice(0, slash).split(".")[0] || "core";
  if (group === "extensions" && EXTENSIONS_AS_APPS.has(kind)) group = "apps";
  return `k8s.${group}.${kind.toLowerCase()}`;
}
function resourceId(apiVersion, kind, metadata, fallbackName) {
  const meta = metadata !== null && typeof metadata === "object" ? metadata : {};
  const name = scalarText2(meta.name) ?? scalarText2(meta.generateName) ?? fallbackName;
  if (isClusterScoped(kind)) return `${apiVersion}/${kind}/${name}`;
  return `${apiVersion}/${kind}/${scalarText2(meta.namespace) ?? "default"}/${name}`;
}
function scalarText2(value) {
  if (typeof value === "string" && value !== "") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return void 0;
}

// src/normalize/kubernetes/index.ts
var SCOPE = "kubernetes";
function normalizeKubernetes(doc) {
  const out = { resources: [], diagnostics: [] };
  const documents = Array.isArray(doc.value) ? doc.value : [];
  for (const { index, manifest } of documents) {
    if (isList(manifest)) {
      manifest.items.forEach((item, i) => guarded2(doc, item, [index, "items", i], out));
    } else {
      guarded2(doc, manifest, [index], out);
    }
  }
  return out;
}
function guarded2(doc, object, base, out) {
  try {
    addObject(doc, object, base, out);
  } catch (error) {
    out.diagnostics.push({
      code: "NORMALIZE_FAILED",
      level: "error",
      message: `${where(base)} could not be read (${error instanceof Error ? error.message : String(error)}); its checks were not evaluated`,
      range: doc.locate(base) ?? fileStart(doc.file.path)
    });
  }
}
function where(base) {
  return `document ${Number(base[0]) + 1}${base.length > 1 ? ` item ${String(base[2])}` : ""}`;
}
function isList(manifest) {
  return typeof manifest.kind === "string" && manifest.kind.endsWith("List") && Array.isArray(manifest.items);
}
function addObject(doc, object, base, out) {
  const manifest = isRecord8(object) ? object : void 0;
  const { apiVersion, kind } = manifest ?? {};
  if (!manifest || typeof apiVersion !== "string" || typeof kind !== "string" || !apiVersion || !kind) {
    out.diagnostics.push({
      code: "PARSE_UNSUPPORTED",
      level: "warning",
      message: `${where(base)} has no apiVersion and kind, so it is not a Kubernetes object; skipped`,
      range: doc.locate(base) ?? fileStart(doc.file.path)
    });
    return;
  }
  out.resources.push({
    id: resourceId(apiVersion, kind, manifest.metadata, `unnamed-${base.filter((s) => typeof s === "number").join("-")}`),
    type: canonicalType(apiVersion, kind),
    source: { format: "kubernetes", path: doc.file.path, nativeType: `${apiVersion}/${kind}` },
    attributes: manifest,
    raw: manifest,
    // The manifest is the model: any path in it is located where it is written, when asked for;
    // the resource itself points at its `kind` line.
    provenance: new LazyProvenance().defer(
      manifest,
      (path21) => path21.length === 0 ? doc.locate([...base, "kind"]) ?? doc.locate(base) : doc.locate([...base, ...path21])
    ),
    scope: SCOPE
  });
}
function isRecord8(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// src/normalize/terraform/s3-grants.ts
var PUBLIC_GROUPS = /* @__PURE__ */ new Set(["allusers", "authenticatedusers"]);
function grantsAcl(grants) {
  const reach = /* @__PURE__ */ new Map();
  for (const grant of grants) {
    const grantee = grant.blocks("grantee")[0] ?? grant;
    const uri = grantee.get("uri")?.value;
    const permissions = grant.get("permission")?.value ?? grant.get("permissions")?.value;
    if (isUnknown(uri) || isUnknown(permissions)) return { acl: unknownValue("a grant of the ACL is not known"), from: grant };
    const group = typeof uri === "string" ? (uri.split("/").pop() ?? "").toLowerCase() : "";
    if (!PUBLIC_GROUPS.has(group)) continue;
    const entry = reach.get(group) ?? reach.set(group, { permissions: /* @__PURE__ */ new Set(), from: grant }).get(group);
    for (const p of Array.isArray(permissions) ? permissions : [permissions]) if (typeof p === "string") entry.permissions.add(p.toUpperCase());
  }
  const all = reach.get("allusers");
  if (all && (all.permissions.has("WRITE") || all.permissions.has("FULL_CONTROL"))) return { acl: "public-read-write", from: all.from };
  if (all) return { acl: "public-read", from: all.from };
  const authenticated = reach.get("authenticatedusers");
  if (authenticated) return { acl: "authenticated-read", from: authenticated.from };
  return { acl: void 0, from: void 0 };
}

// src/normalize/terraform/s3.ts
var S3_SUB_TYPES = /* @__PURE__ */ new Set([
  "aws_s3_bucket_versioning",
  "aws_s3_bucket_server_side_encryption_configuration",
  "aws_s3_bucket_public_access_block",
  "aws_s3_bucket_logging",
  "aws_s3_bucket_acl",
  "aws_s3_bucket_policy"
]);
var PAB_FLAGS = ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"];
function defaults() {
  return {
    name: unknownValue("bucket name is generated by Terraform"),
    acl: "private",
    encryption: { enabled: true, declared: false, algorithm: "AES256", kms_key_id: null, bucket_key_enabled: false },
    versioning: { enabled: false, mfa_delete: false },
    public_access_block: { declared: false, block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true },
    logging: { enabled: false, target_bucket: null, target_prefix: null },
    // no aws_s3_bucket_policy (or v3 `policy`) in the module: none is attached by it
    policy: null
  };
}
function versioningStatus(value) {
  if (isUnknown(value)) return value;
  return value === "Enabled" ? true : value === "Suspended" || value === "Disabled" ? false : unknownValue(`versioning status ${JSON.stringify(value)} is not recognised`);
}
function applyEncryption(out, config) {
  const rule = config.blocks("rule")[0];
  out.set(["encryption", "declared"], true, config.range);
  out.set(["encryption", "enabled"], true, rule?.range ?? config.range);
  const byDefault = rule?.blocks("apply_server_side_encryption_by_default")[0];
  if (byDefault) {
    out.setField(["encryption", "algorithm"], byDefault.get("sse_algorithm"), toStr);
    out.setField(["encryption", "kms_key_id"], byDefault.get("kms_master_key_id"), toStr);
  }
  out.setField(["encryption", "bucket_key_enabled"], rule?.get("bucket_key_enabled"), toBool);
}
function applyLogging(out, config) {
  out.set(["logging", "enabled"], true, config.range);
  out.setField(["logging", "target_bucket"], config.get("target_bucket"), toStr);
  out.setField(["logging", "target_prefix"], config.get("target_prefix"), toStr);
}
function applyAcl(out, config) {
  if (out.setField(["acl"], config.get("acl"), toStr)) return;
  const policy = config.blocks("access_control_policy")[0];
  const grants = policy ? policy.blocks("grant") : config.blocks("grant");
  if (grants.length === 0) {
    if (policy) out.set(["acl"], unknownValue("ACL is set by grants, not a canned ACL"), policy.range);
    return;
  }
  const { acl, from } = grantsAcl(grants);
  if (acl !== void 0) out.set(["acl"], acl, (from ?? grants[0]).range);
  else if (policy) out.set(["acl"], unknownValue("ACL is set by grants, not a canned ACL"), policy.range);
}
function applyPolicy(out, instance, fields, dataBlocks) {
  const policy = fields.get("policy");
  if (policy === void 0 || policy.value === null) return;
  out.set(["policy"], terraformDocument(instance.block.body.attributes.policy?.expr, instance, dataBlocks), policy);
}
function readBucket(instance, dataBlocks) {
  const fields = Fields.fromBody(instance.block.body, instance.scope, instance.block.range);
  const out = new CanonicalBuilder(defaults());
  if (!out.setField(["name"], fields.get("bucket"), toStr) && fields.get("bucket_prefix")) {
    out.set(["name"], unknownValue("bucket name is generated from bucket_prefix"), fields.get("bucket_prefix"));
  }
  applyAcl(out, fields);
  const versioning2 = fields.blocks("versioning")[0];
  if (versioning2) {
    out.setField(["versioning", "enabled"], versioning2.get("enabled"), toBool);
    out.setField(["versioning", "mfa_delete"], versioning2.get("mfa_delete"), toBool);
  }
  const sse = fields.blocks("server_side_encryption_configuration")[0];
  if (sse) applyEncryption(out, sse);
  const logging2 = fields.blocks("logging")[0];
  if (logging2) applyLogging(out, logging2);
  applyPolicy(out, instance, fields, dataBlocks);
  return { instance, fields, out };
}
function applySubResource(out, sub, fields, dataBlocks) {
  switch (sub.type) {
    case "aws_s3_bucket_policy":
      return applyPolicy(out, sub, fields, dataBlocks);
    case "aws_s3_bucket_versioning": {
      const config = fields.blocks("versioning_configuration")[0];
      out.setField(["versioning", "enabled"], config?.get("status"), versioningStatus);
      out.setField(["versioning", "mfa_delete"], config?.get("mfa_delete"), (v) => isUnknown(v) ? v : v === "Enabled");
      return;
    }
    case "aws_s3_bucket_server_side_encryption_configuration":
      return applyEncryption(out, fields);
    case "aws_s3_bucket_logging":
      return applyLogging(out, fields);
    case "aws_s3_bucket_acl":
      return applyAcl(out, fields);
    default: {
      out.set(["public_access_block", "declared"], true, fields.range);
      for (const flag of PAB_FLAGS) {
        if (!out.setField(["public_access_block", flag], fields.get(flag), toBool)) out.set(["public_access_block", flag], false);
      }
    }
  }
}
var SETS = {
  aws_s3_bucket_versioning: [["versioning", "enabled"], ["versioning", "mfa_delete"]],
  aws_s3_bucket_server_side_encryption_configuration: [["encryption", "declared"], ["encryption", "algorithm"], ["encryption", "kms_key_id"], ["encryption", "bucket_key_enabled"]],
  aws_s3_bucket_logging: [["logging", "enabled"], ["logging", "target_bucket"], ["logging", "target_prefix"]],
  aws_s3_bucket_acl: [["acl"]],
  aws_s3_bucket_policy: [["policy"]],
  aws_s3_bucket_public_access_block: [["public_access_block", "declared"], ...PAB_FLAGS.map((f) => ["public_access_block", f])]
};
function applyMaybe(out, sub) {
  const why = unknownValue(`${sub.id} may configure this bucket: which bucket it names depends on an unknown condition`);
  for (const path21 of SETS[sub.type] ?? []) out.set(path21, why, sub.block.range);
}
function markLogTargets(buckets, instances) {
  const byName = new Map([...buckets.values()].map((b) => [b.out.attributes.name, b]));
  for (const instance of instances) {
    const body = instance.type === "aws_s3_bucket" ? instance.block.body.blocks.find((b) => b.type === "logging")?.body : instance.type === "aws_s3_bucket_logging" ? instance.block.body : void 0;
    const expr = body?.attributes.target_bucket?.expr;
    if (expr === void 0) continue;
    const { id, value } = parentReference(expr, instance.scope, "aws_s3_bucket", ["id", "bucket"]);
    const target = id !== void 0 ? buckets.get(id) ?? buckets.get(`${withoutLastIndex(id)}[*]`) : typeof value === "string" ? byName.get(value) : void 0;
    if (target && target.instance !== instance) target.out.attributes.logging.receives_access_logs = true;
  }
}
function normalizeS3(instances, scope) {
  const dataBlocks = policyDocumentBlocks(instances);
  const buckets = new Map(instances.filter((i) => i.type === "aws_s3_bucket").map((i) => [i.id, readBucket(i, dataBlocks)]));
  const orphans = [];
  for (const sub of instances.filter((i) => S3_SUB_TYPES.has(i.type))) {
    const fields = Fields.fromBody(sub.block.body, sub.scope, sub.block.range);
    const sameName = (b, name) => b.out.attributes.name === name;
    const bucket = findParent(sub.block.body.attributes.bucket?.expr, sub.scope, "aws_s3_bucket", ["id", "bucket"], buckets, sameName);
    if (bucket) applySubResource(bucket.out, sub, fields, dataBlocks);
    else {
      for (const maybe of possibleParents(sub.block.body.attributes.bucket?.expr, sub.scope, "aws_s3_bucket", ["id", "bucket"], buckets)) applyMaybe(maybe.out, sub);
      orphans.push(sub);
    }
  }
  markLogTargets(buckets, instances);
  const resources = [...buckets.values()].map((b) => toResource(b.instance, "aws.s3.bucket", b.out, b.fields.raw(), scope));
  return { resources, orphans };
}

// src/normalize/terraform/rds.ts
var RDS_INSTANCE_TYPES = /* @__PURE__ */ new Set(["aws_db_instance", "aws_rds_cluster_instance"]);
var FROM_CLUSTER2 = ["storage_encrypted", "kms_key_id", "backup_retention_period", "deletion_protection", "multi_az", "iam_database_authentication_enabled"];
var FROM_SOURCE2 = ["storage_encrypted", "kms_key_id", "backup_retention_period"];
var SOURCES2 = ["replicate_source_db", "snapshot_identifier", "restore_to_point_in_time"];
function defaults2() {
  return {
    identifier: unknownValue("identifier is generated by Terraform"),
    engine: null,
    storage_encrypted: false,
    kms_key_id: null,
    publicly_accessible: false,
    // Optional+Computed and only sent when set, so CreateDBInstance's default of 1 day applies.
    backup_retention_period: 1,
    deletion_protection: false,
    multi_az: false,
    iam_database_authentication_enabled: false,
    auto_minor_version_upgrade: true
  };
}
function present(field) {
  return field === void 0 || field.value === null ? void 0 : field;
}
function unknownUnlessSet(out, fields, names, reason, range) {
  for (const name of names) {
    if (!present(fields.get(name))) out.set([name], unknownValue(reason), range);
  }
}
function normalizeDbInstance2(instance, scope) {
  const fields = Fields.fromBody(instance.block.body, instance.scope, instance.block.range);
  const out = new CanonicalBuilder(defaults2());
  if (!out.setField(["identifier"], fields.get("identifier"), toStr) && fields.get("identifier_prefix")) {
    out.set(["identifier"], unknownValue("identifier is generated from identifier_prefix"), fields.get("identifier_prefix"));
  }
  out.setField(["engine"], fields.get("engine"), toStr);
  out.setField(["kms_key_id"], fields.get("kms_key_id"), toStr);
  out.setField(["backup_retention_period"], fields.get("backup_retention_period"), toNum);
  for (const name of ["storage_encrypted", "publicly_accessible", "deletion_protection", "multi_az", "iam_database_authentication_enabled", "auto_minor_version_upgrade"]) {
    out.setField([name], fields.get(name), toBool);
  }
  const source = SOURCES2.map((name) => present(fields.get(name)) ?? fields.blocks(name)[0]).find((f) => f !== void 0);
  if (source) unknownUnlessSet(out, fields, FROM_SOURCE2, "taken from the source instance or snapshot", source.range);
  const cluster = present(fields.get("cluster_identifier"));
  if (cluster) {
    for (const name of FROM_CLUSTER2) out.set([name], unknownValue("set by the Aurora DB cluster"), cluster);
  }
  return toResource(instance, "aws.rds.db_instance", out, fields.raw(), scope);
}

// src/normalize/terraform/spec.ts
function lookupField(fields, path21) {
  let current = fields;
  for (let i = 0; i < path21.length; i++) {
    const name = path21[i];
    if (typeof name === "number") return void 0;
    const indexed = typeof path21[i + 1] === "number";
    const index = indexed ? path21[i + 1] : 0;
    const last = i + (indexed ? 2 : 1) === path21.length;
    const attr = current.get(name);
    if (last && attr && !indexed) return attr.value === null ? void 0 : { value: attr.value, from: attr };
    if (attr && isUnknown(attr.value)) return { value: attr.value, from: attr };
    const blocks = current.blocks(name);
    const block = blocks[index];
    if (block === void 0) return void 0;
    if (last) return { value: indexed ? block.raw() : blocks.map((b) => b.raw()), from: block };
    current = block;
    if (indexed) i++;
  }
  return void 0;
}
var CONVERT2 = {
  bool: toBool,
  number: toNum,
  string: toStr,
  key: (v) => keyOrNull(toStr(v)),
  strings: toStrList,
  value: (v) => v,
  present: () => true
};
function normalizeBySpec(instance, canonicalType2, mapping, scope) {
  const fields = Fields.fromBody(instance.block.body, instance.scope, instance.block.range);
  const out = new CanonicalBuilder({});
  for (const [name, rule] of Object.entries(mapping.fields)) {
    const path21 = splitDotted(name);
    const found = lookupField(fields, rule.path);
    if (found) {
      setDotted(out.attributes, path21, isUnknown(found.value) ? found.value : CONVERT2[rule.kind](found.value));
      out.provenance.set(pathKey(path21), found.from.range);
    } else {
      setDotted(out.attributes, path21, rule.absent ?? (rule.kind === "present" ? false : null));
    }
  }
  mapping.refine?.(out.attributes, {
    instance,
    fields,
    set: (path21, value, from) => {
      setDotted(out.attributes, path21, value);
      if (from) out.provenance.set(pathKey(path21), from.range);
    }
  });
  return toResource(instance, canonicalType2, out, fields.raw(), scope);
}

// src/normalize/terraform/cross-module.ts
var LINKS = new Map([
  ...[...S3_SUB_TYPES].map((t) => [t, { attribute: "bucket", parentType: "aws_s3_bucket", attrs: ["id", "bucket"], sameName: "bucket" }]),
  ...[...SG_RULE_TYPES].map((t) => [t, { attribute: "security_group_id", parentType: "aws_security_group", attrs: ["id"] }])
]);
function foreignParent(sub, link, byId, byName) {
  const { id, value } = parentReference(sub.block.body.attributes[link.attribute]?.expr, sub.scope, link.parentType, link.attrs);
  const parent = id === void 0 ? void 0 : byId.get(id) ?? byId.get(`${withoutLastIndex(id)}[*]`);
  const named = typeof value === "string" ? byName.get(value) : void 0;
  const found = parent ?? (named?.length === 1 ? named[0] : void 0);
  return found !== void 0 && found.modulePath !== sub.modulePath ? found.modulePath : void 0;
}
function nameOf2(instance, attribute) {
  const expr = instance.block.body.attributes[attribute]?.expr;
  if (expr === void 0) return void 0;
  const value = evaluate(expr, instance.scope);
  return typeof value === "string" ? value : void 0;
}
function groupForLinks(instances) {
  const byId = new Map(instances.map((i) => [i.id, i]));
  const byName = /* @__PURE__ */ new Map();
  for (const link of new Set([...LINKS.values()].filter((l) => l.sameName !== void 0).map((l) => `${l.parentType}.${l.sameName}`))) {
    const [type, attribute] = [link.slice(0, link.lastIndexOf(".")), link.slice(link.lastIndexOf(".") + 1)];
    for (const parent of instances.filter((i) => i.type === type)) {
      const name = nameOf2(parent, attribute);
      if (name !== void 0) (byName.get(name) ?? byName.set(name, []).get(name)).push(parent);
    }
  }
  const groups = /* @__PURE__ */ new Map();
  for (const i of instances) {
    const link = LINKS.get(i.type);
    const path21 = (link && foreignParent(i, link, byId, byName)) ?? i.modulePath;
    (groups.get(path21) ?? groups.set(path21, []).get(path21)).push(i);
  }
  return [...groups.values()];
}

// src/normalize/terraform/isolate.ts
var LIST = { empty: [], join: (a, b) => [...a, ...b] };
function isolateMembers(members, run, joinable, diagnostics) {
  const attempt = (some) => {
    try {
      return { value: run(some) };
    } catch {
      return void 0;
    }
  };
  const whole = attempt(members);
  if (whole !== void 0) return whole.value;
  const fail = (member, error) => {
    const message = `normalise ${member.id}: ${error instanceof Error ? error.message : String(error)}`;
    diagnostics.push({ code: "NORMALIZE_FAILED", level: "error", message, range: { ...member.block.range, endLine: member.block.range.startLine } });
  };
  const readable = members.filter((member) => {
    try {
      Fields.fromBody(member.block.body, member.scope, member.block.range).raw();
      return true;
    } catch (error) {
      fail(member, error);
      return false;
    }
  });
  const rest = attempt(readable);
  if (rest !== void 0) return rest.value;
  return readable.reduce((out, member) => {
    try {
      return joinable.join(out, run([member]));
    } catch (error) {
      fail(member, error);
      return out;
    }
  }, joinable.empty);
}

// src/normalize/terraform/index.ts
var GROUPED_TYPES2 = new Set(TERRAFORM_GROUPS.flatMap((g) => g.nativeTypes));
function isCanonicalized(type) {
  return type === "aws_s3_bucket" || type === "aws_security_group" || RDS_INSTANCE_TYPES.has(type) || S3_SUB_TYPES.has(type) || SG_RULE_TYPES.has(type) || TERRAFORM_SPECS.has(type) || GROUPED_TYPES2.has(type);
}
function rawResource(instance, scope) {
  const fields = Fields.fromBody(instance.block.body, instance.scope, instance.block.range);
  const raw = fields.raw();
  const out = new CanonicalBuilder(raw);
  fields.recordProvenance([], out.provenance);
  return toResource(instance, `tf.${instance.type}`, out, raw, scope);
}
function normalizeInstances(instances, scope, diagnostics) {
  const guarded3 = (what, range, fallback, run) => {
    try {
      return run();
    } catch (error) {
      const message = `normalise ${what}: ${error instanceof Error ? error.message : String(error)}`;
      diagnostics.push({ code: "NORMALIZE_FAILED", level: "error", message, range });
      return fallback;
    }
  };
  if (instances.length === 0) return [];
  const s3Members = instances.filter((i) => i.type === "aws_s3_bucket" || S3_SUB_TYPES.has(i.type));
  const s3 = isolateMembers(s3Members, (members) => normalizeS3(members, scope), S3_RESULTS, diagnostics);
  const sgMembers = instances.filter((i) => i.type === "aws_security_group" || SG_RULE_TYPES.has(i.type));
  const groups = isolateMembers(sgMembers, (members) => normalizeSecurityGroups(members, scope), LIST, diagnostics);
  const databases = instances.filter((i) => RDS_INSTANCE_TYPES.has(i.type)).flatMap((i) => guarded3(i.id, i.block.range, [], () => [normalizeDbInstance2(i, scope)]));
  const tools = { bySpec: normalizeBySpec, raw: rawResource };
  const grouped = TERRAFORM_GROUPS.flatMap((group) => {
    const members = instances.filter((i) => group.nativeTypes.includes(i.type));
    return isolateMembers(members, (some) => some.length === 0 ? [] : group.normalize(some, scope, tools), LIST, diagnostics);
  });
  const specified = instances.flatMap((i) => {
    const spec = GROUPED_TYPES2.has(i.type) ? void 0 : TERRAFORM_SPECS.get(i.type);
    return spec ? guarded3(i.id, i.block.range, [], () => [normalizeBySpec(i, spec.canonicalType, spec.mapping, scope)]) : [];
  });
  const others = [...s3.orphans, ...instances.filter((i) => !isCanonicalized(i.type))];
  const raw = others.flatMap((i) => guarded3(i.id, i.block.range, [], () => [rawResource(i, scope)]));
  return [...s3.resources, ...groups, ...databases, ...grouped, ...specified, ...raw];
}
var S3_RESULTS = {
  empty: { resources: [], orphans: [] },
  join: (a, b) => ({ resources: [...a.resources, ...b.resources], orphans: [...a.orphans, ...b.orphans] })
};
function normalizeTerraform(resolution) {
  const diagnostics = [];
  const resources = resolution.roots.flatMap(({ root, instances }) => groupForLinks(instances).flatMap((group) => normalizeInstances(group, root, diagnostics)));
  return { resources, diagnostics };
}

// src/normalize/terraform-plan/index.ts
function normalizeTerraformPlan(resolution) {
  const diagnostics = [];
  const resources = groupForLinks(resolution.groups.flat()).flatMap((group) => normalizeInstances(group, resolution.scope, diagnostics));
  for (const resource of resources) resource.source = { format: "terraform-plan", path: resolution.path, nativeType: resource.source.nativeType };
  return { resources, diagnostics, ...resolution.supersedes === void 0 ? {} : { supersedes: resolution.supersedes } };
}

// src/normalize/unique-ids.ts
function makeIdsUnique(resources) {
  const diagnostics = [];
  const seen = /* @__PURE__ */ new Map();
  for (const resource of resources) {
    const key = `${resource.scope}\0${resource.id}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, resource);
      continue;
    }
    const original = resource.id;
    let candidate = `${original}@${resource.source.path}`;
    for (let n = 2; seen.has(`${resource.scope}\0${candidate}`); n++) candidate = `${original}@${resource.source.path}#${n}`;
    resource.id = candidate;
    seen.set(`${resource.scope}\0${candidate}`, resource);
    diagnostics.push(duplicateWarning(resource, original, first));
  }
  return diagnostics;
}
function duplicateWarning(resource, original, first) {
  const firstRange = first.provenance.get(pathKey([]));
  const firstPlace = firstRange ? `${firstRange.path}:${firstRange.startLine}` : first.source.path;
  const range = resource.provenance.get(pathKey([])) ?? fileStart(resource.source.path);
  return {
    code: "PARSE_DUPLICATE_KEY",
    level: "warning",
    message: `${original} is also declared at ${firstPlace}; this one is reported as ${resource.id}`,
    range
  };
}

// src/normalize/index.ts
function normalizeResolved(resolved, deadline) {
  const out = { resources: [], diagnostics: [...resolved.diagnostics] };
  const step = timely(out.diagnostics, deadline, "normalize");
  const add = (result) => {
    if (result === void 0) return;
    out.resources.push(...result.resources);
    out.diagnostics.push(...result.diagnostics);
  };
  const superseded = /* @__PURE__ */ new Set();
  for (const plan of resolved.plans) {
    add(step([planDocument(plan.path)], () => normalizeTerraformPlan(plan)));
    if (plan.supersedes !== void 0) superseded.add(plan.supersedes);
  }
  const terraform = { ...resolved.terraform, roots: resolved.terraform.roots.filter((r) => !superseded.has(r.root)) };
  add(step([...new Set(terraform.roots.flatMap((r) => r.instances.map((i) => i.doc)))], () => normalizeTerraform(terraform)));
  out.diagnostics.push(...terraform.diagnostics);
  for (const template of resolved.templates) {
    if (template !== void 0) add(step([template.doc], () => normalizeCloudFormation(template)));
  }
  for (const document of resolved.asWritten) {
    add(step([document], () => document.file.format === "kubernetes" ? normalizeKubernetes(document) : normalizeAwsConfig(document)));
  }
  out.diagnostics.push(...makeIdsUnique(out.resources));
  return out;
}
function planDocument(path21) {
  return { file: { path: path21, absolutePath: path21, format: "terraform-plan" }, value: void 0, diagnostics: [], locate: () => void 0 };
}

// src/parsers/pool.ts
import os6 from "node:os";
import { Worker } from "node:worker_threads";

// src/parsers/cloudformation/index.ts
var import_yaml10 = __toESM(require_dist(), 1);

// src/parsers/cloudformation/intrinsics.ts
var import_yaml9 = __toESM(require_dist(), 1);

// src/parsers/cloudformation/schema.ts
var import_yaml8 = __toESM(require_dist(), 1);
var FUNCTIONS2 = [
  "And",
  "Base64",
  "Cidr",
  "Equals",
  "FindInMap",
  "ForEach",
  "GetAtt",
  "GetAZs",
  "If",
  "ImportValue",
  "Join",
  "Length",
  "Not",
  "Or",
  "Select",
  "Split",
  "Sub",
  "ToJsonString",
  "Transform"
];
var INTRINSICS = new Map([
  ["!Ref", "Ref"],
  ["!Condition", "Condition"],
  ...FUNCTIONS2.map((name) => [`!${name}`, `Fn::${name}`])
]);
var bool11 = {
  identify: (value) => typeof value === "boolean",
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
  resolve: (source) => /^(?:y|Y|yes|Yes|YES|true|True|TRUE|on|On|ON)$/.test(source)
};
var intrinsicTags = [...INTRINSICS.keys()].flatMap((tag) => [
  { tag, resolve: (source) => source },
  { tag, collection: "seq", nodeClass: import_yaml8.YAMLSeq },
  { tag, collection: "map", nodeClass: import_yaml8.YAMLMap }
]);
function cloudFormationTags(base) {
  return [bool11, ...base, ...intrinsicTags];
}

// src/parsers/cloudformation/intrinsics.ts
function convertIntrinsic(node, path21, walker) {
  const fn = node.tag ? INTRINSICS.get(node.tag) : void 0;
  if (!fn) return void 0;
  const inner = [...path21, fn];
  walker.record(inner, node);
  if (!(0, import_yaml9.isScalar)(node)) return { [fn]: walker.walkWrapped(node, inner) };
  const text = node.value === null || node.value === void 0 ? "" : String(node.value);
  if (fn !== "Fn::GetAtt") return { [fn]: text };
  const dot = text.indexOf(".");
  const parts = dot < 0 ? [text] : [text.slice(0, dot), text.slice(dot + 1)];
  parts.forEach((_, i) => walker.record([...inner, i], node));
  return { [fn]: parts };
}

// src/parsers/cloudformation/index.ts
function readCloudFormation(file, text) {
  const loaded = looksLikeJson(file.path, text) ? loadJson2(file.path, text) : loadYaml2(file.path, text);
  const { positions, diagnostics } = loaded;
  const locator = positionsLocator(positions);
  if (hasSyntaxError(diagnostics)) return { file, value: {}, diagnostics, locator };
  if (!isRecord9(loaded.value)) {
    diagnostics.push({
      code: "PARSE_UNSUPPORTED",
      level: "error",
      message: "a CloudFormation template must be a mapping at the top level",
      range: rangeAt(positions, []) ?? fileStart(file.path)
    });
    return { file, value: {}, diagnostics, locator };
  }
  return { file, value: loaded.value, diagnostics, locator };
}
function looksLikeJson(path21, text) {
  return path21.toLowerCase().endsWith(".json") || /^\uFEFF?\s*\{/.test(text);
}
function loadJson2(path21, text) {
  const json = parseJsonWithPositions(text, path21);
  if (!hasSyntaxError(json.diagnostics) || path21.toLowerCase().endsWith(".json")) return json;
  const yaml = loadYaml2(path21, text);
  return hasSyntaxError(yaml.diagnostics) ? json : yaml;
}
function loadYaml2(path21, text) {
  const lineCounter = new import_yaml10.LineCounter();
  const doc = (0, import_yaml10.parseDocument)(text, {
    lineCounter,
    schema: "core",
    customTags: cloudFormationTags,
    uniqueKeys: false,
    prettyErrors: false,
    keepSourceTokens: false
  });
  const diagnostics = yamlDiagnostics(doc.errors, doc.warnings, path21, lineCounter);
  const positions = new SpanTableBuilder(path21);
  const walker = new YamlWalker({
    filePath: path21,
    lineCounter,
    doc,
    positions,
    diagnostics,
    onTag: convertIntrinsic,
    reportAliases: true
  });
  return { value: walker.walk(doc.contents, []), positions: positions.build(), diagnostics };
}
function isRecord9(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// src/parsers/index.ts
async function parseInput(file, text) {
  try {
    return rehydrateDocument(await readInput(file, text));
  } catch (error) {
    return rehydrateDocument(failedDocument(file, `could not parse: ${getErrorMessage(error)}`));
  }
}
async function readInput(file, text) {
  switch (file.format) {
    case "terraform":
      return await readTerraform(file, text);
    case "cloudformation":
      return readCloudFormation(file, text);
    case "kubernetes":
      return readKubernetes(file, text);
    case "aws-config":
      return readAwsConfigSnapshot(file, text);
    case "terraform-plan":
      return readTerraformPlan(file, text);
    default:
      return failedDocument(file, `no parser for format ${file.format}`);
  }
}
function failedDocument(file, message) {
  const diagnostic = {
    code: "PARSE_UNSUPPORTED",
    level: "error",
    message,
    range: fileStart(file.path)
  };
  return { file, value: void 0, diagnostics: [diagnostic], locator: { kind: "none" } };
}

// src/parsers/pool.ts
var MIN_FILES = 16;
var MIN_BYTES = 2 * 1024 * 1024;
var MAX_THREADS = 4;
var IN_FLIGHT = 32;
var JOB_TIMEOUT_MS = 3e4;
function parseWorkerEntry() {
  return bundledWorkerEntry("parse-worker.js");
}
function poolSize(jobs, env = process.env) {
  const forced = Number(env.POSTURE_PARSE_WORKERS?.trim() || "NaN");
  if (Number.isInteger(forced) && forced >= 0) return Math.min(forced, jobs.length);
  const bytes = jobs.reduce((sum2, job) => sum2 + job.text.length, 0);
  if (jobs.length < MIN_FILES || bytes <= MIN_BYTES) return 0;
  return Math.max(Math.min(os6.availableParallelism(), MAX_THREADS) - 1, 0);
}
async function parseFiles(jobs, logger, options = {}) {
  const size = options.workers ?? poolSize(jobs);
  const entry = size > 0 ? options.entry ?? parseWorkerEntry() : void 0;
  const parsed = new Array(jobs.length);
  const results = new Array(jobs.length);
  let done = 0;
  if (entry !== void 0) {
    const state = { jobs, queue: new JobQueue(jobs, options.deadline), results, logger, timeoutMs: options.timeoutMs ?? JOB_TIMEOUT_MS, deadline: options.deadline, done: 0 };
    const workers = Promise.all(Array.from({ length: size }, () => runWorker(entry, state)));
    await parseHere(state, parsed);
    await workers;
    done = state.done;
  }
  let retried = 0;
  for (const [index, { file, text }] of jobs.entries()) {
    if (parsed[index] !== void 0) continue;
    const portable = results[index];
    if (portable === void 0 && options.deadline?.expired()) {
      parsed[index] = notParsed(file, options.deadline);
      continue;
    }
    if (portable === void 0 && entry !== void 0) retried++;
    options.deadline?.at("parse", file.path);
    parsed[index] = portable === void 0 ? await parseInput(file, text) : rehydrateDocument(portable);
    if (portable === void 0) options.deadline?.progress("parse", ++done, jobs.length);
  }
  return { documents: parsed, workers: entry === void 0 ? 0 : size, retried };
}
var JobQueue = class {
  constructor(jobs, deadline) {
    this.deadline = deadline;
    const order = jobs.map((_, index) => index).sort((a, b) => jobs[b].text.length - jobs[a].text.length || a - b);
    for (const index of order) this.lanes[jobs[index].file.format === "terraform" ? 0 : 1].push(index);
  }
  deadline;
  lanes = [[], []];
  /** The next job for the main thread (`main`) or for a worker. */
  take(main) {
    if (this.deadline?.expired()) return void 0;
    const [own, other] = main ? this.lanes : [this.lanes[1], this.lanes[0]];
    return own.shift() ?? other.shift();
  }
};
async function parseHere(state, parsed) {
  const { jobs, queue, deadline } = state;
  for (let index = queue.take(true); index !== void 0; index = queue.take(true)) {
    deadline?.at("parse", jobs[index].file.path);
    parsed[index] = await parseInput(jobs[index].file, jobs[index].text);
    deadline?.progress("parse", ++state.done, jobs.length);
    await new Promise((resolve2) => setImmediate(resolve2));
  }
}
function notParsed(file, deadline) {
  return { file, value: void 0, diagnostics: [deadline.notReached(file.path, "parse")], locate: () => void 0 };
}
function runWorker(entry, state) {
  const { jobs, queue, results, logger, timeoutMs, deadline } = state;
  return new Promise((resolve2) => {
    const worker = new Worker(entry);
    const inFlight = /* @__PURE__ */ new Map();
    let finished = false;
    const finish = (problem) => {
      if (finished) return;
      finished = true;
      for (const timer of inFlight.values()) clearTimeout(timer);
      if (problem !== void 0) logger.warning(`parse worker ${problem}; parsing its ${inFlight.size} unfinished file(s) in the main thread`);
      void worker.terminate().finally(resolve2);
    };
    const feed = () => {
      while (inFlight.size < IN_FLIGHT) {
        const id = queue.take(false);
        if (id === void 0) break;
        const { file, text } = jobs[id];
        inFlight.set(id, setTimeout(() => finish(`timed out on ${file.path}`), timeoutMs + text.length / 10));
        worker.postMessage({ id, file, text });
      }
      if (inFlight.size === 0) finish();
    };
    worker.on("message", (reply) => {
      if (finished) return;
      clearTimeout(inFlight.get(reply.id));
      inFlight.delete(reply.id);
      if ("doc" in reply) {
        results[reply.id] = reply.doc;
        deadline?.progress("parse", ++state.done, jobs.length);
      } else logger.debug(`${jobs[reply.id].file.path}: parse worker failed (${reply.error}); parsing it in the main thread`);
      feed();
    });
    worker.on("messageerror", (error) => finish(`sent a message that could not be read (${getErrorMessage(error)})`));
    worker.on("error", (error) => finish(`failed: ${getErrorMessage(error)}`));
    worker.on("exit", (code) => finish(`exited with code ${code}`));
    feed();
  });
}

// src/parsers/terraform/var-files.ts
import path18 from "node:path";
async function readVarFiles(files, root, boundary) {
  const documents = [];
  const diagnostics = [];
  for (const file of files) {
    const absolutePath = path18.resolve(root, file);
    const reportPath = boundary.containsLexically(absolutePath) ? toReportPath2(root, absolutePath) : absolutePath;
    const within = boundary.containsLexically(absolutePath) ? boundary : Boundary.of(path18.dirname(absolutePath));
    const read = within.readText(absolutePath);
    if ("refused" in read) {
      diagnostics.push(pathRefused(reportPath, "--var-file", read.refused));
      continue;
    }
    if ("error" in read) {
      diagnostics.push({ code: "FILE_UNREADABLE", level: "error", message: `read var file: ${reportPath}: ${read.error}`, range: fileStart(reportPath) });
      continue;
    }
    const document = await parseTerraform({ absolutePath, path: reportPath, format: "terraform" }, read.text);
    diagnostics.push(...document.diagnostics);
    documents.push(document);
  }
  return { documents, diagnostics };
}
function toReportPath2(root, absolutePath) {
  return (path18.relative(root, absolutePath) || path18.basename(absolutePath)).split(path18.sep).join("/");
}

// src/findings/template-link.ts
function linkFindingsToTemplates(findings, resources, options = {}) {
  const templates = /* @__PURE__ */ new Map();
  const live = /* @__PURE__ */ new Map();
  for (const resource of resources) {
    if (resource.source.format === "cloudformation") (templates.get(resource.id) ?? templates.set(resource.id, []).get(resource.id)).push(resource);
    else if (resource.source.format === "aws-config") live.set(`${resource.scope}\0${resource.id}`, resource);
  }
  if (templates.size === 0 || live.size === 0) return findings;
  const cache = /* @__PURE__ */ new Map();
  const choose = templateChooser(templates, options);
  return findings.map((finding) => {
    const resource = finding.format === "aws-config" ? live.get(`${finding.scope}\0${finding.resourceId}`) : void 0;
    if (!resource) return finding;
    if (!cache.has(resource)) cache.set(resource, choose(resource));
    const link = cache.get(resource);
    if (!link) return finding;
    const location = locateAttribute(link.template, finding.attributePath);
    return { ...finding, createdBy: { resourceId: link.template.id, stackName: link.stackName, location } };
  });
}
function templateChooser(templates, options) {
  const stacks = options.stacks ?? [];
  const scanned = new Set([...templates.values()].flat().map((t) => normalPath(t.source.path)));
  const told = /* @__PURE__ */ new Set();
  const warn = (message) => {
    if (!told.has(message)) options.warn?.(message);
    told.add(message);
  };
  return (resource) => {
    const origin = stackOriginOf(resource.raw);
    if (!origin) return void 0;
    const candidates = templates.get(`${resource.source.nativeType}/${origin.logicalId}`) ?? [];
    const mapping = mappedTemplate(origin.stackName, stacks);
    if (!mapping) return heuristicLink(candidates, origin);
    const where2 = `${mapping.source ? `${mapping.source.path}:${mapping.source.startLine}: ` : ""}aws.stacks ${mapping.stack}: ${mapping.template}`;
    const wanted = normalPath(mapping.template);
    if (!scanned.has(wanted)) {
      warn(`${where2} is not in this scan; live resources of the stacks it maps are not linked to a template`);
      return void 0;
    }
    const named = candidates.filter((c) => normalPath(c.source.path) === wanted);
    if (named.length !== 1) warn(`${where2} holds no ${resource.source.nativeType}/${origin.logicalId}, which stack ${origin.stackName} created; not linked`);
    return named.length === 1 ? { template: named[0], stackName: origin.stackName } : void 0;
  };
}
function heuristicLink(candidates, origin) {
  const named = candidates.length === 1 ? candidates : candidates.filter((c) => stackNamesOf(c.source.path).includes(origin.stackName));
  return named.length === 1 ? { template: named[0], stackName: origin.stackName } : void 0;
}
function mappedTemplate(stackName, stacks) {
  return stacks.find((s) => s.stack === stackName) ?? stacks.find((s) => minimatch(stackName, s.stack));
}
function normalPath(file) {
  return file.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
}
function stackNamesOf(templatePath) {
  const parts = templatePath.replace(/\\/g, "/").split("/");
  const file = parts.pop() ?? "";
  const stem = file.replace(/(\.template)?\.(ya?ml|json|template)$/i, "");
  return parts.length > 0 ? [stem, parts[parts.length - 1]] : [stem];
}

// src/findings/unread-scope.ts
import path19 from "node:path";
var STRUCTURED = /\.(ya?ml|json)$/i;
function unreadFiles(documents, discoveryDiagnostics) {
  const unread = /* @__PURE__ */ new Map();
  for (const document of documents) {
    if (document.diagnostics.some((d) => incompleteKind(d) === "unreadable")) unread.set(document.file.path, { path: document.file.path, format: document.file.format });
  }
  for (const diagnostic of discoveryDiagnostics) {
    const file = diagnostic.range.path;
    if (incompleteKind(diagnostic) === "unreadable" && !unread.has(file)) unread.set(file, { path: file });
  }
  return [...unread.values()];
}
function scopeMayMissFiles(resources, unread) {
  if (unread.length === 0) return false;
  const formats = /* @__PURE__ */ new Set();
  const places = /* @__PURE__ */ new Set();
  for (const { source } of resources) {
    formats.add(source.format);
    places.add(`${source.format}\0${path19.posix.dirname(source.path)}`);
  }
  return unread.some((file) => {
    const dir = path19.posix.dirname(file.path);
    const candidates = file.format === void 0 ? [...formats] : [file.format];
    return candidates.some((format) => {
      if (format === "kubernetes") return formats.has(format) && (file.format !== void 0 || STRUCTURED.test(file.path));
      return places.has(`${format}\0${dir}`);
    });
  });
}
function withholdUnreadScope(violations, byId, catalog) {
  const kept = [];
  const inconclusive = [];
  for (const violation of violations) {
    const resource = byId.get(violation.resourceId);
    if (resource === void 0 || catalog.check(violation.checkId)?.crossResource !== true) {
      kept.push(violation);
      continue;
    }
    const { checkId, resourceId: resourceId2, attributePath } = violation;
    inconclusive.push({ checkId, resourceId: resourceId2, attributePath, location: locateAttribute(resource, attributePath) });
  }
  return { violations: kept, inconclusive };
}

// src/gate.ts
async function runGate(options) {
  const startedAt = (/* @__PURE__ */ new Date()).toISOString();
  const root = path20.resolve(options.root ?? defaultScanRoot(options.paths, process.cwd()));
  const { logger } = options;
  const deadline = options.deadline ?? new Deadline(DEFAULT_MAX_SCAN_SECONDS);
  const timings = {};
  const stopPolicies = new AbortController();
  const timed = async (stage, run) => {
    deadline.at(stage);
    const start = performance.now();
    const result2 = await logger.group(stage, async () => run()).catch((error) => {
      stopPolicies.abort();
      throw error;
    });
    timings[stage] = performance.now() - start;
    return result2;
  };
  const policyDirectory = options.policyDirectory ?? options.engine?.bundle.directory ?? defaultPolicyDirectory();
  const policies = loadPolicies(options, policyDirectory, stopPolicies.signal);
  policies.catch(() => {
  });
  const exclude = [...options.config?.exclude ?? [], ...options.exclude ?? []];
  const include = options.config?.include;
  const boundary = scanBoundary(root, options);
  const scanned = await timed("discover", () => discover({ paths: options.paths, root, include, exclude, logger, boundary }));
  const { documents, discovery, manifests, extra, varFiles } = await timed("parse", async () => {
    const rendered = await readExtraSources(options.sources ?? {}, root, boundary);
    const varFiles2 = await readVarFiles(options.resolve?.terraform?.varFiles ?? [], root, boundary);
    const parsed = [...await parseAll(scanned.files, logger, deadline), ...rendered.documents];
    const followed = await followDependencies(parsed, { root, exclude, logger, parse: (d) => parseAll(d.files, logger, deadline) });
    const merged = mergeDiscoveries(scanned, followed.discovery);
    return { documents: [...parsed, ...followed.documents], discovery: merged, manifests: followed.manifests, extra: rendered, varFiles: varFiles2 };
  });
  const resolveOptions = { ...options.resolve, terraform: { ...options.resolve?.terraform, varFileDocuments: varFiles.documents } };
  const resolved = await timed("resolve", () => resolveDocuments(documents, resolveOptions, { manifests, deadline }));
  const normalized = await timed("normalize", () => normalizeResolved(resolved, deadline));
  logger.info(`normalized ${normalized.resources.length} resources`);
  const scopes = groupByScope(normalized.resources);
  const { catalog, engines } = await policies;
  const unread = unreadFiles(documents, discovery.diagnostics);
  const evaluation = { resourceCount: normalized.resources.length, timed, catalog, logger, deadline, unread };
  const collected = await evaluateScopes(scopes, engines, evaluation);
  const { inconclusive } = collected;
  const suppressed = suppress(collected.findings, { options, discovery, resources: normalized.resources, catalog });
  const templates = await readLinkTemplates(options.templates ?? [], { root, include, exclude, logger });
  const findings = linkFindingsToTemplates(suppressed.findings, [...normalized.resources, ...templates.resources], {
    stacks: options.config?.awsStacks,
    warn: (m) => logger.warning(m)
  });
  const excerpts = deadline.expired() ? {} : buildExcerpts(findings, await sourceTexts(findings, new Map(discovery.files.map((f) => [f.path, f.text])), root, boundary));
  if (deadline.expiredDuring !== void 0) {
    logger.warning(`the scan passed --max-scan-seconds ${deadline.seconds} during ${deadline.expiredDuring}: what was not reached is reported as not read, and the scan is incomplete`);
  }
  logger.info(`${findings.length} findings, ${inconclusive.length} inconclusive`);
  const stages = Object.entries(timings).map(([stage, ms]) => `${stage} ${Math.round(ms)}ms`);
  logger.info(`scanned ${documents.length} documents in ${Math.round(sum(Object.values(timings)))}ms (${stages.join(", ")})`);
  const diagnostics = [
    ...discovery.diagnostics,
    ...extra.diagnostics,
    ...varFiles.diagnostics,
    ...documents.flatMap((d) => d.diagnostics),
    ...normalized.diagnostics,
    ...collected.diagnostics,
    ...suppressed.diagnostics,
    ...templates.diagnostics
  ].sort(compareDiagnostics);
  const incomplete = incompleteness(diagnostics);
  const report = {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    root,
    startedAt,
    files: { scanned: [...new Set(documents.map((d) => d.file.path))].sort(), skipped: discovery.skipped },
    resources: normalized.resources.map((r) => ({ id: r.id, type: r.type, format: r.source.format, path: r.source.path })).sort((a, b) => compareStrings(a.path, b.path) || compareStrings(a.id, b.id)),
    findings,
    inconclusive,
    diagnostics,
    ...incomplete ? { incomplete } : {},
    // a resource whose scope was not evaluated (deadline) is neither passing nor failing
    score: computeScore(normalized.resources.filter((r) => collected.evaluated.has(r.scope)), findings, catalog),
    catalog: catalog.catalog,
    excerpts,
    ...options.comparison ? { base: options.comparison } : {}
  };
  const result = { report, blocking: blockingFindings(findings, options.failOn), timings, waiverUse: suppressed.waiverUse };
  return { ...result, resources: normalized.resources };
}
function scanBoundary(root, options) {
  return Boundary.of(root, [...options.paths, ...extraSourcePaths(options.sources ?? {})]);
}
async function loadPolicies(options, policyDirectory, signal) {
  const frameworks = options.frameworks?.length ? options.frameworks : options.config?.frameworks ?? [];
  const [builtIn, engine] = await Promise.all([
    loadCatalog(policyDirectory),
    options.engine ?? readPolicyBundle(policyDirectory).then((bundle) => PolicyEngine.load({ bundle, mode: options.mode, rawForCanonical: false }))
  ]);
  const users = await loadUserPolicies(options.policies ?? [], builtIn, { ...options.cacheDir === void 0 ? {} : { cacheDir: options.cacheDir }, signal });
  for (const user of users) options.logger.info(`loaded ${user.catalog.checks.length} checks from ${user.source}${user.cached ? " (compiled earlier: cached)" : ""}`);
  const merged = {
    ...builtIn,
    checks: [...builtIn.checks, ...users.flatMap((u) => u.catalog.checks)],
    frameworks: [...builtIn.frameworks, ...users.flatMap((u) => u.catalog.frameworks)]
  };
  const userEngines = await Promise.all(users.map((u) => PolicyEngine.load({ bundle: u.bundle, mode: options.mode })));
  return { catalog: new CatalogIndex(merged).restrictedTo(frameworks), engines: [engine, ...userEngines] };
}
async function parseAll(files, logger, deadline) {
  const { documents, workers, retried } = await parseFiles(files.map(({ text, ...file }) => ({ file, text })), logger, { deadline });
  const errors = documents.filter((d) => d.diagnostics.some((x) => x.level === "error")).length;
  const threads = workers === 0 ? "" : ` with ${workers} parse worker(s)${retried > 0 ? `, ${retried} retried in the main thread` : ""}`;
  logger.info(`parsed ${documents.length} files${threads} (${errors} with errors)`);
  return documents;
}
async function readLinkTemplates(paths, context) {
  if (paths.length === 0) return { resources: [], diagnostics: [] };
  const discovery = await discover({ paths, ...context });
  const documents = (await parseAll(discovery.files, context.logger)).filter((d) => d.file.format === "cloudformation");
  const normalized = normalizeResolved(resolveDocuments(documents));
  const resources = normalized.resources.filter((r) => r.source.format === "cloudformation");
  context.logger.info(`templates: ${resources.length} CloudFormation resources in ${documents.length} files, for linking live findings`);
  const diagnostics = normalized.diagnostics.filter((d) => d.code !== "STACK_UNRESOLVED");
  return { resources, diagnostics: [...discovery.diagnostics, ...documents.flatMap((d) => d.diagnostics), ...diagnostics] };
}
function mergeDiscoveries(a, b) {
  return { files: [...a.files, ...b.files], skipped: [...a.skipped, ...b.skipped], diagnostics: [...a.diagnostics, ...b.diagnostics] };
}
function groupByScope(resources) {
  const scopes = /* @__PURE__ */ new Map();
  for (const resource of resources) {
    (scopes.get(resource.scope) ?? scopes.set(resource.scope, []).get(resource.scope)).push(resource);
  }
  return scopes;
}
async function evaluateScopes(allScopes, engines, { resourceCount, timed, catalog, logger, deadline, unread }) {
  const scopes = /* @__PURE__ */ new Map();
  const diagnostics = [];
  const entry = useEvalWorker(resourceCount, allScopes.size) ? evalWorkerEntry() : void 0;
  if (entry !== void 0) {
    for (const engine of engines) engine.startWorker(entry);
    logger.info(`evaluating ${allScopes.size} scopes in a worker thread`);
  }
  try {
    const pending = await timed("evaluate", () => {
      const sent = [];
      for (const [scope, resources] of allScopes) {
        if (deadline.expired()) {
          for (const file of new Set(resources.map((r) => r.source.path))) diagnostics.push(deadline.notReached(file, "evaluate"));
          continue;
        }
        deadline.at("evaluate", scope);
        scopes.set(scope, resources);
        sent.push(Promise.all(engines.map((engine) => engine.evaluateAsync(resources))).then((lists) => lists.flat()));
      }
      return sent;
    });
    for (const violations of pending) violations.catch(() => void 0);
    return { ...await timed("findings", () => collectFindings(scopes, pending, catalog, unread)), diagnostics, evaluated: new Set(scopes.keys()) };
  } finally {
    await Promise.all(engines.map((engine) => engine.release()));
  }
}
async function collectFindings(scopes, violations, catalog, unread) {
  const findings = [];
  const inconclusive = [];
  let index = 0;
  for (const resources of scopes.values()) {
    const scopeViolations = (await violations[index++]).filter((v) => catalog.check(v.checkId) !== void 0);
    const byId = new Map(resources.map((r) => [r.id, r]));
    const { violations: conclusive, inconclusive: withheld } = scopeMayMissFiles(resources, unread) ? withholdUnreadScope(scopeViolations, byId, catalog) : { violations: scopeViolations, inconclusive: [] };
    for (const finding of buildFindings(conclusive, byId, catalog)) findings.push(finding);
    for (const entry of [...withheld, ...findInconclusive(resources, scopeViolations, catalog)]) inconclusive.push(entry);
  }
  return { findings: findings.sort(compareFindings), inconclusive };
}
function suppress(found, { options, discovery, resources, catalog }) {
  const findings = options.config ? applySeverityOverrides(found, options.config.severity) : found;
  const result = applySuppressions({
    findings,
    texts: new Map(discovery.files.map((f) => [f.path, f.text])),
    ...indexResources(resources),
    waivers: options.config?.waivers ?? [],
    checkOf: (id) => catalog.check(id),
    now: options.now ?? /* @__PURE__ */ new Date()
  });
  if (!options.baseline) return result;
  const baselined = applyBaseline(result.findings, options.baseline.baseline, options.baseline.file);
  return { ...result, findings: baselined.findings };
}
function blockingFindings(findings, failOn) {
  if (failOn === "none") return [];
  const threshold = SEVERITIES.indexOf(failOn);
  return findings.filter((f) => !f.suppression && SEVERITIES.indexOf(f.severity) <= threshold);
}
function sum(values) {
  return values.reduce((a, b) => a + b, 0);
}

export {
  TOOL_NAME,
  TOOL_VERSION,
  BASELINE_VERSION,
  createBaseline,
  readBaseline,
  defaultScanRoot,
  loadCfnParameters,
  isSecretKey,
  isSecretFlag,
  maskSecretValues,
  maskSecrets,
  loadUserPolicies,
  compileUserPolicies,
  writeBundle,
  isS3Uri,
  runGate
};
