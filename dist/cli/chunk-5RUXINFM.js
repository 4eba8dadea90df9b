import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  LIVE_PATH_PREFIX,
  MAX_DEPTH_DIAGNOSTICS,
  MAX_NESTING_DEPTH,
  fileStart,
  isUnknown,
  minimatch,
  pathKey,
  require_dist,
  tooDeepDiagnostic,
  tooDeepValue,
  unknownValue
} from "./chunk-ES4YV2IG.js";
import {
  __toESM
} from "./chunk-VA35IVHB.js";

// src/parsers/common/json-index.ts
var Growable = class {
  data;
  length = 0;
  constructor(capacity) {
    this.data = new Uint32Array(Math.max(16, capacity));
  }
  set(at, value) {
    this.data[at] = value;
  }
  push(value) {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length] = value;
    return this.length++;
  }
  done() {
    return this.data.slice(0, this.length);
  }
};
function buildJsonIndex(text2, filePath, prefix) {
  const starts = new Growable(text2.length >> 6);
  const ends = new Growable(text2.length >> 6);
  const after = new Growable(text2.length >> 6);
  const lineStarts = new Growable(text2.length >> 5);
  const quirks = [];
  const open = [];
  let membersWritten = 0;
  lineStarts.push(0);
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c === 34) i = closingQuote(text2, i);
    else if (c === 123 || c === 91) {
      open.push(starts.push(i));
      ends.push(0);
      after.push(0);
    } else if (c === 125 || c === 93) {
      const index = open.pop();
      ends.set(index, i + 1);
      after.set(index, starts.length);
    } else if (c === 10) lineStarts.push(i + 1);
    else if (c === 58) membersWritten++;
    else if (c === 9 || c === 13) quirks.push(lineStarts.length - 1);
  }
  const lineQuirks = new Uint8Array(lineStarts.length);
  for (const line of quirks) lineQuirks[line] = 1;
  return { kind: "json-index", filePath, text: text2, prefix, starts: starts.done(), ends: ends.done(), after: after.done(), lineStarts: lineStarts.done(), lineQuirks, membersWritten };
}
function closingQuote(text2, start) {
  let i = start;
  for (; ; ) {
    i = text2.indexOf('"', i + 1);
    if (i < 0) return text2.length - 1;
    let backslashes = 0;
    while (text2.charCodeAt(i - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return i;
  }
}
var listed = /* @__PURE__ */ new WeakMap();
function spanAt(index, path) {
  return walk(index, path, false);
}
function nearestSpan(index, path) {
  return walk(index, path, true);
}
function walk(index, path, nearest) {
  const { prefix } = index;
  if (path.length < prefix.length || prefix.some((segment, i) => path[i] !== segment)) return void 0;
  const start = skipSpace(index.text, 0);
  if (start >= index.text.length) return void 0;
  let span = { valueStart: start, valueEnd: valueEnd(index, start, 0) };
  let container2 = isContainer(index.text, start) ? 0 : -1;
  for (let i = prefix.length; i < path.length; i++) {
    const child2 = memberOf(index, span.valueStart, container2, path[i]);
    if (!child2) return nearest ? span : void 0;
    container2 = containerAt(index, child2.valueStart, container2);
    span = child2;
  }
  return span;
}
function isContainer(text2, offset) {
  const c = text2.charCodeAt(offset);
  return c === 123 || c === 91;
}
function containerAt(index, offset, from) {
  if (!isContainer(index.text, offset)) return -1;
  let lo = from;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (index.starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
var CACHED_CONTAINER_BYTES = 4096;
function memberOf(index, offset, container2, segment) {
  if (container2 < 0) return void 0;
  if (index.ends[container2] - offset > CACHED_CONTAINER_BYTES) {
    const members = cachedMembers(index, offset, container2);
    return typeof segment === "number" ? members.items?.[segment] : members.keys?.get(segment);
  }
  const isObject = index.text.charCodeAt(offset) === 123;
  if (isObject !== (typeof segment === "string")) return void 0;
  let found;
  forEachMember(index, offset, container2, (position, keyStart, valueStart, valueEnd2) => {
    if (isObject ? !keyIs(index.text, keyStart, segment) : position !== segment) return true;
    found = isObject ? { keyStart, valueStart, valueEnd: valueEnd2 } : { valueStart, valueEnd: valueEnd2 };
    return isObject;
  });
  return found;
}
function keyIs(text2, keyStart, key3) {
  for (let i = 0; i < key3.length; i++) {
    const c = text2.charCodeAt(keyStart + 1 + i);
    if (c === 92) return keyAt(text2, keyStart) === key3;
    if (c === 34 || c !== key3.charCodeAt(i)) return false;
  }
  return text2.charCodeAt(keyStart + 1 + key3.length) === 34;
}
function keyAt(text2, keyStart) {
  const close = closingQuote(text2, keyStart);
  const raw = text2.slice(keyStart + 1, close);
  return raw.includes("\\") ? JSON.parse(text2.slice(keyStart, close + 1)) : raw;
}
function cachedMembers(index, offset, container2) {
  let cache = listed.get(index);
  if (!cache) listed.set(index, cache = /* @__PURE__ */ new Map());
  let members = cache.get(container2);
  if (!members) cache.set(container2, members = listMembers(index, offset, container2));
  return members;
}
function listMembers(index, offset, container2) {
  const items = [];
  const keys = /* @__PURE__ */ new Map();
  const isObject = index.text.charCodeAt(offset) === 123;
  forEachMember(index, offset, container2, (_position, keyStart, valueStart, valueEnd2) => {
    if (isObject) keys.set(keyAt(index.text, keyStart), { keyStart, valueStart, valueEnd: valueEnd2 });
    else items.push({ valueStart, valueEnd: valueEnd2 });
    return true;
  });
  return isObject ? { keys } : { items };
}
function forEachMember(index, offset, container2, visit) {
  const { text: text2 } = index;
  const isObject = text2.charCodeAt(offset) === 123;
  let next = container2 + 1;
  let i = skipSpace(text2, offset + 1);
  for (let position = 0; i < text2.length && text2.charCodeAt(i) !== 125 && text2.charCodeAt(i) !== 93; position++) {
    let keyStart = -1;
    if (isObject) {
      keyStart = i;
      i = skipSpace(text2, skipSpace(text2, closingQuote(text2, i) + 1) + 1);
    }
    const end = valueEnd(index, i, next);
    if (isContainer(text2, i)) next = index.after[next];
    if (!visit(position, keyStart, i, end)) return;
    i = skipSpace(text2, end);
    if (text2.charCodeAt(i) === 44) i = skipSpace(text2, i + 1);
  }
}
function valueEnd(index, offset, container2) {
  const { text: text2 } = index;
  const c = text2.charCodeAt(offset);
  if (c === 123 || c === 91) return index.ends[container2];
  if (c === 34) return closingQuote(text2, offset) + 1;
  let i = offset;
  while (i < text2.length && !isDelimiter(text2.charCodeAt(i))) i++;
  return i;
}
function isDelimiter(c) {
  return c === 44 || c === 125 || c === 93 || c === 32 || c === 10 || c === 13 || c === 9;
}
function skipSpace(text2, offset) {
  let i = offset;
  for (; ; ) {
    const c = text2.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) i++;
    else return i;
  }
}
function lineColumn(index, offset) {
  const { lineStarts } = index;
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  const lineStart = lineStarts[lo];
  if (!index.lineQuirks[lo]) return { line: lo, column: offset - lineStart };
  let column = 0;
  for (let i = lineStart; i < offset; i++) {
    const c = index.text.charCodeAt(i);
    column = c === 9 ? column + 4 : c === 13 ? 0 : column + 1;
  }
  return { line: lo, column };
}
function spanRange(index, span) {
  return rangeOf(index, span.keyStart ?? span.valueStart, span.valueEnd);
}
function rangeOf(index, start, end) {
  const from = lineColumn(index, start);
  const to = lineColumn(index, end);
  return { path: index.filePath, startLine: from.line + 1, startColumn: from.column + 1, endLine: to.line + 1, endColumn: to.column + 1 };
}

// src/parsers/common/position-map.ts
var SpanTableBuilder = class {
  constructor(filePath) {
    this.filePath = filePath;
  }
  filePath;
  index = /* @__PURE__ */ new Map();
  items = /* @__PURE__ */ new Map();
  spans = new Uint32Array(64);
  /** Entries written (a deleted one keeps its slot: a duplicate key is rare). */
  used = 0;
  has(key3) {
    return this.index.has(key3);
  }
  delete(key3) {
    this.index.delete(key3);
  }
  set(key3, range2) {
    this.index.set(key3, this.slot(range2));
  }
  /** The ranges of a sequence's items, in order (undefined for an item with none), under the sequence's key. */
  setItems(sequenceKey, ranges) {
    if (this.items.has(sequenceKey)) return;
    const first = this.used;
    for (const range2 of ranges) this.slot(range2);
    this.items.set(sequenceKey, [first, this.used - first]);
  }
  /** The table, trimmed to what was recorded. */
  build() {
    return { kind: "span-table", filePath: this.filePath, index: this.index, items: this.items, spans: this.spans.slice(0, this.used * 4) };
  }
  slot(range2) {
    const at = this.used * 4;
    if (at + 4 > this.spans.length) {
      const grown = new Uint32Array(this.spans.length * 2);
      grown.set(this.spans);
      this.spans = grown;
    }
    if (range2 !== void 0) {
      this.spans[at] = range2.startLine;
      this.spans[at + 1] = range2.startColumn;
      this.spans[at + 2] = range2.endLine;
      this.spans[at + 3] = range2.endColumn;
    }
    return this.used++;
  }
};
function isJsonIndex(positions) {
  return positions.kind === "json-index";
}
function isSpanTable(positions) {
  return positions.kind === "span-table";
}
function rangeOfPath(positions, path) {
  if (!isSpanTable(positions)) return positions.get(pathKey(path));
  const last = path[path.length - 1];
  if (typeof last === "number") {
    const items = positions.items.get(pathKey(path.slice(0, -1)));
    if (items !== void 0 && last >= 0 && last < items[1]) return slotRange(positions, items[0] + last);
  }
  const entry = positions.index.get(pathKey(path));
  return entry === void 0 ? void 0 : slotRange(positions, entry);
}
function slotRange(table, slot) {
  const s = table.spans;
  const at = slot * 4;
  if (s[at] === 0) return void 0;
  return { path: table.filePath, startLine: s[at], startColumn: s[at + 1], endLine: s[at + 2], endColumn: s[at + 3] };
}
function rangeAt(positions, path) {
  if (!isJsonIndex(positions)) return rangeOfPath(positions, path);
  const span = spanAt(positions, path);
  return span && spanRange(positions, span);
}
function locateIn(positions, path) {
  if (isJsonIndex(positions)) {
    const span = nearestSpan(positions, path);
    return span && spanRange(positions, span);
  }
  for (let n = path.length; n >= 0; n--) {
    const range2 = rangeOfPath(positions, n === path.length ? path : path.slice(0, n));
    if (range2) return range2;
  }
  return void 0;
}
function offsetToLineCol(text2, offset) {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text2.length);
  for (let i = 0; i < end; i++) {
    if (text2.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: end - lineStart + 1 };
}
function hasPath(root, path) {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return false;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return false;
    current = current[segment];
  }
  return true;
}

// src/normalize/aws-config/item.ts
var ItemNode = class {
  constructor(value, opaque, parent, key3, base = []) {
    this.value = value;
    this.opaque = opaque;
    this.parent = parent;
    this.key = key3;
    this.base = base;
  }
  value;
  opaque;
  parent;
  key;
  base;
  get at() {
    if (this.parent === void 0) return this.base;
    return this.key === void 0 ? this.parent.at : [...this.parent.at, this.key];
  }
};
var ALIASES = {
  arn: ["ARN", "arn"],
  accountId: ["awsAccountId", "accountId"]
};
function itemRoot(item) {
  return new ItemNode(item, false);
}
function decodeJson(value) {
  let current = value;
  for (let depth = 0; depth < 3 && typeof current === "string"; depth++) {
    const text2 = current.trim();
    if (!/^[[{"]/.test(text2)) break;
    try {
      current = JSON.parse(text2);
    } catch {
      break;
    }
  }
  return current;
}
function child(parent, key3) {
  const decoded = decodeJson(parent.value);
  const opaque = parent.opaque || decoded !== parent.value;
  let found;
  let value;
  if (typeof key3 === "number") {
    if (Array.isArray(decoded) && key3 < decoded.length) {
      found = key3;
      value = decoded[key3];
    }
  } else if (decoded !== null && typeof decoded === "object" && !Array.isArray(decoded)) {
    const record3 = decoded;
    found = findKey(record3, ALIASES[key3] ?? [key3]);
    value = found === void 0 ? void 0 : record3[found];
  }
  const node = parent instanceof ItemNode ? parent : new ItemNode(parent.value, parent.opaque, void 0, void 0, parent.at);
  return new ItemNode(value, opaque, node, opaque ? void 0 : found);
}
function dig(parent, ...path) {
  return path.reduce((node, key3) => child(node, key3), parent);
}
function findKey(record3, names) {
  for (const name of names) if (Object.prototype.hasOwnProperty.call(record3, name)) return name;
  const lower = new Set(names.map((name) => name.toLowerCase()));
  return Object.keys(record3).find((key3) => lower.has(key3.toLowerCase()));
}
function elements(node) {
  const decoded = decodeJson(node.value);
  if (!Array.isArray(decoded)) return [];
  return decoded.map((_, i) => child(node, i));
}
function text(node) {
  const value = decodeJson(node.value);
  return typeof value === "string" ? value : void 0;
}
function bool(node) {
  const value = decodeJson(node.value);
  if (typeof value === "boolean") return value;
  if (typeof value === "string" && /^(true|false)$/i.test(value)) return value.toLowerCase() === "true";
  return void 0;
}
function num(node) {
  const value = decodeJson(node.value);
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && /^-?\d+$/.test(value.trim())) return Number(value);
  return void 0;
}
function present(node) {
  const value = decodeJson(node.value);
  return value !== void 0 && value !== null;
}

// src/normalize/settling-map.ts
var SettlingMap = class extends Map {
  get size() {
    this.settleAll();
    return super.size;
  }
  entries() {
    this.settleAll();
    return super.entries();
  }
  keys() {
    this.settleAll();
    return super.keys();
  }
  values() {
    this.settleAll();
    return super.values();
  }
  forEach(callback, thisArg) {
    this.settleAll();
    super.forEach(callback, thisArg);
  }
  [Symbol.iterator]() {
    return this.entries();
  }
};

// src/normalize/aws-config/provenance.ts
var ItemProvenance = class {
  constructor(doc, index, live) {
    this.live = live;
    this.map = new DeferredRanges((where) => doc.locate([index, ...where.at]));
    if (live) this.map.set(pathKey([]), live);
    else this.map.defer([], ITEM);
  }
  live;
  map;
  set(canonical, node) {
    if (!this.live && node.value !== void 0) this.map.defer(canonical, node);
  }
};
var ROOT = pathKey([]);
var ITEM = { at: [] };
var DeferredRanges = class extends SettlingMap {
  constructor(locate) {
    super();
    this.locate = locate;
  }
  locate;
  /** Parallel lists (canonical path, path in the item) until the first read: no pair arrays per entry. */
  pendingCanonical = [];
  pendingAt = [];
  pendingByKey;
  /** The resource's own place, apart: suppression asks every resource for it, findings only a few. */
  pendingRoot;
  /** Records that `canonical` is written at `at` in the item (a later set or defer of the same path wins). */
  defer(canonical, at) {
    if (canonical.length === 0) {
      super.delete(ROOT);
      this.pendingRoot = at;
    } else if (this.pendingByKey) this.pendingByKey.set(pathKey(canonical), at);
    else {
      this.pendingCanonical.push(canonical);
      this.pendingAt.push(at);
    }
  }
  get(key3) {
    this.settle(key3);
    return super.get(key3);
  }
  has(key3) {
    this.settle(key3);
    return super.has(key3);
  }
  set(key3, range2) {
    if (key3 === ROOT) this.pendingRoot = void 0;
    else this.byKey()?.delete(key3);
    return super.set(key3, range2);
  }
  delete(key3) {
    const wasPending = key3 === ROOT ? this.pendingRoot !== void 0 : this.byKey()?.has(key3) ?? false;
    if (key3 === ROOT) this.pendingRoot = void 0;
    else this.byKey()?.delete(key3);
    return super.delete(key3) || wasPending;
  }
  /** The pending entries by key, built on the first read (most maps are never read). */
  byKey() {
    if (this.pendingByKey === void 0 && this.pendingAt.length > 0) {
      this.pendingByKey = new Map(this.pendingCanonical.map((canonical, i) => [pathKey(canonical), this.pendingAt[i]]));
      this.pendingCanonical = [];
      this.pendingAt = [];
    }
    return this.pendingByKey;
  }
  settle(key3) {
    if (key3 === ROOT) {
      const at2 = this.pendingRoot;
      this.pendingRoot = void 0;
      const range3 = at2 === void 0 ? void 0 : this.locate(at2);
      if (range3) super.set(ROOT, range3);
      return;
    }
    const pending = this.byKey();
    const at = pending?.get(key3);
    if (at === void 0) return;
    pending.delete(key3);
    const range2 = this.locate(at);
    if (range2) super.set(key3, range2);
  }
  settleAll() {
    this.settle(ROOT);
    for (const key3 of [...this.byKey()?.keys() ?? []]) this.settle(key3);
  }
};

// src/normalize/aws-config/rds.ts
var FLAGS = [
  ["storage_encrypted", "storageEncrypted"],
  ["publicly_accessible", "publiclyAccessible"],
  ["deletion_protection", "deletionProtection"],
  ["multi_az", "multiAZ"],
  ["iam_database_authentication_enabled", "iAMDatabaseAuthenticationEnabled"],
  ["auto_minor_version_upgrade", "autoMinorVersionUpgrade"]
];
var FROM_CLUSTER = ["backup_retention_period", "deletion_protection", "multi_az"];
function normalizeDbInstance(item, provenance) {
  const config = child(item, "configuration");
  const at = (key3) => child(config, key3);
  const missing = (key3) => unknownValue(`AWS Config recorded no ${key3}`);
  const identifier = at("dBInstanceIdentifier");
  const out = {
    identifier: text(identifier) ?? text(child(item, "resourceName")) ?? missing("dBInstanceIdentifier"),
    engine: text(at("engine")) ?? null,
    storage_encrypted: missing("storageEncrypted"),
    // Config writes null (or leaves it out) when the storage has no key: unencrypted.
    kms_key_id: text(at("kmsKeyId")) ?? null,
    publicly_accessible: missing("publiclyAccessible"),
    backup_retention_period: num(at("backupRetentionPeriod")) ?? missing("backupRetentionPeriod"),
    deletion_protection: missing("deletionProtection"),
    multi_az: missing("multiAZ"),
    iam_database_authentication_enabled: missing("iAMDatabaseAuthenticationEnabled"),
    auto_minor_version_upgrade: missing("autoMinorVersionUpgrade")
  };
  for (const [canonical, key3] of FLAGS) {
    out[canonical] = bool(at(key3)) ?? missing(key3);
    provenance.set([canonical], at(key3));
  }
  provenance.set(["identifier"], identifier);
  provenance.set(["engine"], at("engine"));
  provenance.set(["kms_key_id"], at("kmsKeyId"));
  provenance.set(["backup_retention_period"], at("backupRetentionPeriod"));
  const cluster = dig(config, "dBClusterIdentifier");
  if (present(cluster)) {
    for (const canonical of FROM_CLUSTER) {
      out[canonical] = unknownValue("set by the Aurora DB cluster");
      provenance.set([canonical], cluster);
    }
  }
  return out;
}

// src/normalize/aws-config/s3-acl.ts
var GROUPS = ["AllUsers", "AuthenticatedUsers", "LogDelivery"];
function s3Acl(node) {
  const acl = decodeJson(node.value);
  if (acl === void 0 || acl === null) return unknownValue("AWS Config recorded no AccessControlList");
  const owner = text(child(child(node, "owner"), "id"));
  const groupGrants = /* @__PURE__ */ new Map();
  let otherGrantee = false;
  for (const grant of elements(child(node, "grantList"))) {
    const permission = (text(child(grant, "permission")) ?? "").toLowerCase().replace(/_/g, "");
    const group = groupOf(child(grant, "grantee"));
    if (group) groupGrants.set(group, (groupGrants.get(group) ?? /* @__PURE__ */ new Set()).add(permission));
    else if (owner === void 0 || text(child(child(grant, "grantee"), "id")) !== owner) otherGrantee = true;
  }
  const canned = otherGrantee ? void 0 : cannedName(groupGrants);
  if (canned !== void 0) return canned;
  const reach = publicReach(groupGrants);
  if (reach !== void 0) return reach;
  if (otherGrantee) return unknownValue("the AccessControlList grants access to other accounts; it matches no canned ACL");
  return unknownValue("the AccessControlList matches no canned ACL");
}
function publicReach(grants) {
  const all = grants.get("AllUsers");
  if (all && (all.has("write") || all.has("fullcontrol"))) return "public-read-write";
  if (all) return "public-read";
  if (grants.has("AuthenticatedUsers")) return "authenticated-read";
  return void 0;
}
function cannedName(grants) {
  const all = grants.get("AllUsers");
  const authenticated = grants.get("AuthenticatedUsers");
  const logDelivery = grants.get("LogDelivery");
  if (grants.size === 0) return "private";
  if (grants.size > 1) return void 0;
  if (all && same(all, ["read", "write"])) return "public-read-write";
  if (all && same(all, ["read"])) return "public-read";
  if (authenticated && same(authenticated, ["read"])) return "authenticated-read";
  if (logDelivery && same(logDelivery, ["readacp", "write"])) return "log-delivery-write";
  return void 0;
}
function groupOf(grantee) {
  const name = text(grantee) ?? text(child(grantee, "uri")) ?? text(child(grantee, "identifier"));
  if (name === void 0) return void 0;
  const tail = name.split("/").pop() ?? name;
  return GROUPS.find((group) => group.toLowerCase() === tail.toLowerCase());
}
function same(actual, expected) {
  return actual.size === expected.length && expected.every((permission) => actual.has(permission));
}

// src/normalize/aws-config/s3.ts
var PAB_KEYS = [
  ["block_public_acls", "blockPublicAcls"],
  ["block_public_policy", "blockPublicPolicy"],
  ["ignore_public_acls", "ignorePublicAcls"],
  ["restrict_public_buckets", "restrictPublicBuckets"]
];
function notRecorded(block, extra = "") {
  return unknownValue(`AWS Config recorded no ${block}${extra}`);
}
function normalizeBucket(item, provenance) {
  const supplementary = child(item, "supplementaryConfiguration");
  const nameNode = dig(item, "configuration", "name");
  const name = text(nameNode) ?? text(child(item, "resourceName")) ?? text(child(item, "resourceId"));
  provenance.set(["name"], nameNode);
  const aclNode = child(supplementary, "AccessControlList");
  provenance.set(["acl"], aclNode);
  return {
    name: name ?? unknownValue("the item names no bucket"),
    acl: s3Acl(aclNode),
    encryption: encryption(child(supplementary, "ServerSideEncryptionConfiguration"), provenance),
    versioning: versioning(child(supplementary, "BucketVersioningConfiguration"), provenance),
    public_access_block: publicAccessBlock(child(supplementary, "PublicAccessBlockConfiguration"), provenance),
    logging: logging(child(supplementary, "BucketLoggingConfiguration"), provenance),
    policy: policy(child(supplementary, "BucketPolicy"), provenance)
  };
}
function policy(block, provenance) {
  if (!present(block)) return notRecorded("BucketPolicy");
  const textNode = child(block, "policyText");
  provenance.set(["policy"], present(textNode) ? textNode : block);
  if (!present(textNode)) return null;
  const document = decodeJson(textNode.value);
  const isObject = document !== null && typeof document === "object" && !Array.isArray(document);
  return isObject ? document : unknownValue("BucketPolicy.policyText is not a JSON object");
}
function encryption(block, provenance) {
  if (!present(block)) {
    const why = notRecorded("ServerSideEncryptionConfiguration");
    return { enabled: true, declared: false, algorithm: why, kms_key_id: why, bucket_key_enabled: why };
  }
  const rule = dig(block, "rules", 0);
  const byDefault = child(rule, "applyServerSideEncryptionByDefault");
  const algorithm = child(byDefault, "sseAlgorithm");
  const kmsKey = child(byDefault, "kmsMasterKeyID");
  const bucketKey = child(rule, "bucketKeyEnabled");
  for (const path of [["encryption"], ["encryption", "enabled"], ["encryption", "declared"]]) provenance.set(path, block);
  provenance.set(["encryption", "algorithm"], algorithm);
  provenance.set(["encryption", "kms_key_id"], kmsKey);
  provenance.set(["encryption", "bucket_key_enabled"], bucketKey);
  return {
    enabled: true,
    declared: true,
    algorithm: text(algorithm) ?? unknownValue("ServerSideEncryptionConfiguration has no sseAlgorithm"),
    // Config writes null for "no key": SSE-S3, or SSE-KMS with the AWS managed key.
    kms_key_id: text(kmsKey) ?? null,
    // S3 leaves bucketKeyEnabled out when it was never turned on.
    bucket_key_enabled: bool(bucketKey) ?? false
  };
}
function versioning(block, provenance) {
  if (!present(block)) {
    const why = notRecorded("BucketVersioningConfiguration");
    return { enabled: why, mfa_delete: why };
  }
  const status = child(block, "status");
  const mfa = child(block, "isMfaDeleteEnabled");
  provenance.set(["versioning"], block);
  provenance.set(["versioning", "enabled"], status);
  provenance.set(["versioning", "mfa_delete"], mfa);
  const written = text(status);
  return {
    // "Off" (never enabled) and "Suspended" both mean new objects are not versioned.
    enabled: written === void 0 ? unknownValue("BucketVersioningConfiguration has no status") : written === "Enabled",
    // null: MFA delete was never configured, which S3 reports by leaving it out.
    mfa_delete: bool(mfa) ?? false
  };
}
function publicAccessBlock(block, provenance) {
  if (!present(block)) {
    const why = notRecorded("bucket-level PublicAccessBlockConfiguration", "; the account-level block may apply");
    return { declared: false, block_public_acls: why, block_public_policy: why, ignore_public_acls: why, restrict_public_buckets: why };
  }
  provenance.set(["public_access_block"], block);
  provenance.set(["public_access_block", "declared"], block);
  const out = {
    declared: true,
    block_public_acls: false,
    block_public_policy: false,
    ignore_public_acls: false,
    restrict_public_buckets: false
  };
  for (const [canonical, recorded] of PAB_KEYS) {
    const node = child(block, recorded);
    out[canonical] = bool(node) ?? unknownValue(`PublicAccessBlockConfiguration has no ${recorded}`);
    provenance.set(["public_access_block", canonical], node);
  }
  return out;
}
function logging(block, provenance) {
  if (!present(block)) {
    const why = notRecorded("BucketLoggingConfiguration");
    return { enabled: why, target_bucket: why, target_prefix: why };
  }
  const target2 = child(block, "destinationBucketName");
  const prefix = child(block, "logFilePrefix");
  provenance.set(["logging"], block);
  provenance.set(["logging", "enabled"], present(target2) ? target2 : block);
  provenance.set(["logging", "target_bucket"], target2);
  provenance.set(["logging", "target_prefix"], prefix);
  const targetBucket = text(target2) ?? null;
  return { enabled: targetBucket !== null && targetBucket !== "", target_bucket: targetBucket, target_prefix: text(prefix) ?? null };
}

// src/normalize/aws-config/security-group.ts
var PROTOCOLS = { "-1": "-1", all: "-1", "6": "tcp", "17": "udp", "1": "icmp", "58": "icmpv6" };
function normalizeSecurityGroup(item, provenance) {
  const configuration = child(item, "configuration");
  const groupId = text(child(configuration, "groupId")) ?? text(child(item, "resourceId"));
  const field3 = (name, canonical) => {
    const node = child(configuration, name);
    provenance.set([canonical], node);
    return text(node) ?? null;
  };
  return {
    name: field3("groupName", "name"),
    description: field3("description", "description"),
    vpc_id: field3("vpcId", "vpc_id"),
    ingress: rules(child(configuration, "ipPermissions"), "ingress", groupId, provenance),
    egress: rules(child(configuration, "ipPermissionsEgress"), "egress", groupId, provenance)
  };
}
function rules(list3, direction, groupId, provenance) {
  return elements(list3).map((permission, i) => {
    provenance.set([direction, i], permission);
    return normalizePermission(permission, groupId, (field3, node) => provenance.set([direction, i, ...field3], node));
  });
}
function normalizePermission(permission, groupId, record3) {
  const protocolNode = child(permission, "ipProtocol");
  const protocol = normalizeProtocol(protocolNode);
  const fromNode = child(permission, "fromPort");
  const toNode = child(permission, "toPort");
  const [from, to] = ports(protocol, num(fromNode), num(toNode));
  record3(["protocol"], protocolNode);
  record3(["from_port"], fromNode);
  record3(["to_port"], toNode);
  const descriptions = /* @__PURE__ */ new Set();
  const cidrIpv4 = collect(ipv4Ranges(permission), "cidrIp", ["cidr_ipv4"], record3, descriptions);
  const cidrIpv6 = collect(elements(child(permission, "ipv6Ranges")), "cidrIpv6", ["cidr_ipv6"], record3, descriptions);
  const prefixLists = collect(elements(child(permission, "prefixListIds")), "prefixListId", ["prefix_list_ids"], record3, descriptions);
  const pairs = elements(child(permission, "userIdGroupPairs"));
  const self = groupId !== void 0 && pairs.some((pair) => peerGroup(pair).value === groupId);
  const others = pairs.filter((pair) => groupId === void 0 || peerGroup(pair).value !== groupId);
  const groups = collect(others, void 0, ["source_security_group_ids"], record3, descriptions, peerGroup);
  return {
    protocol,
    from_port: from,
    to_port: to,
    cidr_ipv4: cidrIpv4,
    cidr_ipv6: cidrIpv6,
    source_security_group_ids: groups,
    prefix_list_ids: prefixLists,
    self,
    description: descriptions.size === 0 ? null : [...descriptions].join("; ")
  };
}
function ipv4Ranges(permission) {
  const ranges = elements(child(permission, "ipv4Ranges"));
  return ranges.length > 0 ? ranges : elements(child(permission, "ipRanges"));
}
function collect(entries, key3, canonical, record3, descriptions, pick = (entry) => key3 === void 0 || text(entry) !== void 0 ? entry : child(entry, key3)) {
  if (entries.length > 0) record3(canonical, entries[0]);
  return entries.map((entry, i) => {
    const node = pick(entry);
    record3([...canonical, i], node);
    const description = text(child(entry, "description"));
    if (description) descriptions.add(description);
    return text(node) ?? unknownValue(`${canonical[0]}[${i}] has no value`);
  });
}
function peerGroup(pair) {
  const id = child(pair, "groupId");
  return text(id) !== void 0 ? id : child(pair, "groupName");
}
function normalizeProtocol(node) {
  const value = node.value;
  const written = typeof value === "number" ? String(value) : text(node);
  if (written === void 0) return unknownValue("ipProtocol not recorded");
  const lower = written.toLowerCase();
  return PROTOCOLS[lower] ?? lower;
}
function ports(protocol, from, to) {
  const missing = (name) => unknownValue(`${name} not recorded`);
  if (typeof protocol !== "string") return [from ?? missing("fromPort"), to ?? missing("toPort")];
  if (protocol === "tcp" || protocol === "udp" || protocol === "icmp" || protocol === "icmpv6") {
    return [from ?? missing("fromPort"), to ?? missing("toPort")];
  }
  return [0, 65535];
}

// src/normalize/aws-config/latest.ts
function latestItems(items) {
  const latest = /* @__PURE__ */ new Map();
  const anonymous = [];
  items.forEach((item, index) => {
    const key3 = identity(item);
    if (key3 === void 0) {
      anonymous.push({ index, item });
      return;
    }
    const current = latest.get(key3);
    if (!current || compare(item, current.item) >= 0) latest.set(key3, { index, item });
  });
  return [...latest.values(), ...anonymous].sort((a, b) => a.index - b.index);
}
function identity(item) {
  const root = itemRoot(item);
  const type = text(child(root, "resourceType"));
  const id = text(child(root, "resourceId"));
  if (type === void 0 || id === void 0) return void 0;
  return JSON.stringify([text(child(root, "accountId")) ?? "", text(child(root, "awsRegion")) ?? "", type, id]);
}
function compare(a, b) {
  const [ra, rb] = [itemRoot(a), itemRoot(b)];
  const state = (num(child(ra, "configurationStateId")) ?? 0) - (num(child(rb, "configurationStateId")) ?? 0);
  if (state !== 0) return state;
  return (text(child(ra, "configurationItemCaptureTime")) ?? "").localeCompare(text(child(rb, "configurationItemCaptureTime")) ?? "");
}

// src/resolve/cloudformation/convert.ts
function asBool(value, absent) {
  if (value === void 0 || value === null) return absent;
  if (typeof value === "boolean" || isUnknown(value)) return value;
  if (typeof value === "string" && /^(true|false)$/i.test(value)) return value.toLowerCase() === "true";
  return unknownValue("not a boolean");
}
function asNumber(value) {
  if (value === void 0 || value === null) return void 0;
  if (typeof value === "number" || isUnknown(value)) return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  return unknownValue("not a number");
}
function asString(value) {
  if (value === void 0 || value === null) return void 0;
  if (typeof value === "string" || isUnknown(value)) return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return unknownValue("not a string");
}
function asRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !isUnknown(value) ? value : void 0;
}

// src/normalize/aws/apigateway.ts
var VALUE_INTRINSICS = ["Fn::GetAtt", "Fn::Sub", "Fn::Join", "Fn::ImportValue"];
function cfnLoggingWritten(block) {
  return (out, { resource, set }) => {
    const written = asRecord(asRecord(asRecord(resource.raw.Properties)?.[block])?.DestinationArn);
    const logging2 = asRecord(out.access_logging);
    if (written && isUnknown(logging2?.enabled) && VALUE_INTRINSICS.some((fn) => fn in written)) {
      set(["access_logging", "enabled"], true, [block, "DestinationArn"]);
    }
  };
}
function configLoggingOff(out, { configuration, set }) {
  const logging2 = asRecord(out.access_logging);
  if (text(child(configuration, "stageName")) === void 0 || !isUnknown(logging2?.enabled)) return;
  const settings = child(configuration, "accessLogSettings");
  set(["access_logging", "enabled"], false, present(settings) ? settings : void 0);
  set(["access_logging", "destination_arn"], null);
}
var terraformLogging = (nameAttribute) => ({
  stage_name: { path: [nameAttribute], kind: "string" },
  "access_logging.enabled": { path: ["access_log_settings"], kind: "present" },
  "access_logging.destination_arn": { path: ["access_log_settings", "destination_arn"], kind: "string" }
});
function cfnLogging(block) {
  return {
    stage_name: { path: ["StageName"], kind: "string" },
    "access_logging.enabled": { path: [block, "DestinationArn"], kind: "present" },
    "access_logging.destination_arn": { path: [block, "DestinationArn"], kind: "string" }
  };
}
var CONFIG_LOGGING = {
  stage_name: { path: ["configuration", "stageName"], kind: "string" },
  "access_logging.enabled": { path: ["configuration", "accessLogSettings", "destinationArn"], kind: "present" },
  "access_logging.destination_arn": { path: ["configuration", "accessLogSettings", "destinationArn"], kind: "string" }
};
var configStage = (nativeType, extra = {}) => ({
  nativeTypes: [nativeType],
  fields: { ...CONFIG_LOGGING, ...extra },
  refine: configLoggingOff
});
var apigateway = {
  specs: [
    {
      canonicalType: "aws.apigateway.stage",
      terraform: {
        nativeTypes: ["aws_api_gateway_stage"],
        fields: { ...terraformLogging("stage_name"), xray_tracing_enabled: { path: ["xray_tracing_enabled"], kind: "bool", absent: false } }
      },
      cloudformation: {
        nativeTypes: ["AWS::ApiGateway::Stage"],
        fields: { ...cfnLogging("AccessLogSetting"), xray_tracing_enabled: { path: ["TracingEnabled"], kind: "bool", absent: false } },
        refine: cfnLoggingWritten("AccessLogSetting")
      },
      awsConfig: configStage("AWS::ApiGateway::Stage", { xray_tracing_enabled: { path: ["configuration", "tracingEnabled"], kind: "bool" } })
    },
    {
      canonicalType: "aws.apigatewayv2.stage",
      terraform: { nativeTypes: ["aws_apigatewayv2_stage"], fields: terraformLogging("name") },
      cloudformation: {
        nativeTypes: ["AWS::ApiGatewayV2::Stage"],
        fields: cfnLogging("AccessLogSettings"),
        refine: cfnLoggingWritten("AccessLogSettings")
      },
      awsConfig: configStage("AWS::ApiGatewayV2::Stage")
    }
  ]
};

// src/normalize/terraform/convert.ts
function toBool(value) {
  if (typeof value === "boolean" || isUnknown(value)) return value;
  if (value === "true" || value === "false") return value === "true";
  return unknownValue(`${JSON.stringify(value)} is not a boolean`);
}
function toStr(value) {
  if (typeof value === "string" || isUnknown(value)) return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return unknownValue(`${JSON.stringify(value)} is not a string`);
}
function toNum(value) {
  if (typeof value === "number" || isUnknown(value)) return value;
  if (typeof value === "string" && value.trim() !== "" && !Number.isNaN(Number(value))) return Number(value);
  return unknownValue(`${JSON.stringify(value)} is not a number`);
}
function toStrList(value) {
  if (isUnknown(value)) return value;
  return (Array.isArray(value) ? value : [value]).map(toStr);
}

// src/parsers/terraform/limits.ts
var MAX_NESTING = MAX_NESTING_DEPTH / 2;
var DepthReporter = class {
  constructor(diagnostics) {
    this.diagnostics = diagnostics;
  }
  diagnostics;
  lines = /* @__PURE__ */ new Set();
  report(range2, what) {
    if (this.diagnostics === void 0 || this.lines.has(range2.startLine)) return;
    this.lines.add(range2.startLine);
    const message = `${what} nested more than ${MAX_NESTING} deep: what lies deeper is not read, and its value is unknown`;
    this.diagnostics.push({ code: "LIMIT_EXCEEDED", level: "warning", message, range: range2 });
  }
};

// src/parsers/terraform/hcl/parse-for.ts
function readForHead(parser) {
  const scanner = parser.scanner;
  scanner.next();
  const first = scanner.tokenText(scanner.expect("ident", "a variable name"));
  const second = scanner.eat(",") === void 0 ? void 0 : scanner.tokenText(scanner.expect("ident", "a variable name"));
  const keyword = scanner.peek();
  if (!scanner.isWord(keyword, "in")) throw scanner.unexpected(keyword, '"in"');
  scanner.next();
  const collection = parser.expression();
  return second === void 0 ? { valueVar: first, collection } : { keyVar: first, valueVar: second, collection };
}
function readForExpr(parser, open) {
  const scanner = parser.scanner;
  const head = readForHead(parser);
  scanner.expect(":");
  const isObject = open.kind === "{";
  const first = parser.expression();
  let body = { value: first };
  let grouping = false;
  if (isObject) {
    scanner.expect("=>");
    body = { key: first, value: parser.expression() };
    grouping = scanner.eat("...") !== void 0;
  }
  let condition;
  if (scanner.isWord(scanner.peek(), "if")) {
    scanner.next();
    condition = parser.expression();
  }
  scanner.expect(isObject ? "}" : "]");
  return { kind: "for", ...head, ...body, ...condition ? { condition } : {}, grouping, ...parser.base(open.start, scanner.lastEnd) };
}

// src/parsers/terraform/hcl/parse-steps.ts
function readSteps(parser, inSplat) {
  const steps = [];
  for (; ; ) {
    const token = parser.scanner.peek();
    if (token.kind === ".") {
      const step = dotStep(parser, inSplat);
      if (step === void 0) return steps;
      steps.push(...step);
    } else if (token.kind === "[") {
      const step = bracketStep(parser, inSplat);
      if (step === void 0) return steps;
      steps.push(step);
    } else return steps;
  }
}
function dotStep(parser, inSplat) {
  const scanner = parser.scanner;
  const dot = scanner.peek();
  const text2 = scanner.text;
  const after = dot.end;
  const c = text2.charCodeAt(after);
  if (c >= 48 && c <= 57) {
    scanner.next();
    const end = scanner.digitsEnd(after);
    scanner.seek(end);
    scanner.lastEnd = end;
    return [{ index: { kind: "literal", value: Number(text2.slice(after, end)), ...parser.base(dot.start, end) } }];
  }
  if (c === 42) {
    if (inSplat) return void 0;
    scanner.next();
    scanner.seek(after + 1);
    scanner.lastEnd = after + 1;
    return [{ splat: "attr", steps: attrSteps(parser) }];
  }
  scanner.next();
  const name = scanner.expect("ident", "an attribute name");
  return [{ attr: scanner.tokenText(name) }];
}
function attrSteps(parser) {
  const out = [];
  for (; ; ) {
    const dot = parser.scanner.peek();
    if (dot.kind !== ".") return out;
    const c = parser.scanner.text.charCodeAt(dot.end);
    if (c === 42 || c >= 48 && c <= 57) return out;
    parser.scanner.next();
    out.push({ attr: parser.scanner.tokenText(parser.scanner.expect("ident", "an attribute name")) });
  }
}
function bracketStep(parser, inSplat) {
  const scanner = parser.scanner;
  const back = scanner.raw();
  return parser.inside(() => {
    scanner.next();
    if (scanner.eat("*") !== void 0) {
      if (inSplat) {
        scanner.seek(back);
        return void 0;
      }
      scanner.expect("]");
      return { splat: "full", steps: readSteps(parser, true) };
    }
    if (scanner.peek().kind === "]") throw scanner.unexpected(scanner.peek(), "an index");
    const index = parser.expression();
    scanner.expect("]");
    return { index };
  });
}

// src/parsers/terraform/hcl/scanner.ts
var HclSyntaxError = class {
  constructor(offset, end, message) {
    this.offset = offset;
    this.end = end;
    this.message = message;
  }
  offset;
  end;
  message;
};
var EQ_SECOND = { 61: "==", 33: "!=", 60: "<=", 62: ">=" };
var TWO_SAME = { 38: "&&", 124: "||", 61: "=>" };
var ONE = Object.fromEntries([..."{}[](),=:?.~<>+-*/%!"].map((c) => [c, c]));
var isDigit = (c) => c >= 48 && c <= 57;
var ID_START = /[\p{ID_Start}_]/u;
var ID_CONTINUE = /[\p{ID_Continue}-]/u;
function isIdStart(c, ch) {
  if (c < 128) return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95;
  return ID_START.test(ch);
}
function isIdContinue(c, ch) {
  if (c < 128) return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95 || c === 45 || isDigit(c);
  return ID_CONTINUE.test(ch);
}
var LineIndex = class {
  starts = [0];
  constructor(text2) {
    for (let i = text2.indexOf("\n"); i >= 0; i = text2.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  /** The line found last: nodes are built mostly in source order, so the next is often on it. */
  last = 0;
  /** 1-based line of an offset. */
  line(offset) {
    const starts = this.starts;
    const last = this.last;
    if (starts[last] <= offset && (last + 1 === starts.length || offset < starts[last + 1])) return last + 1;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.last = lo;
    return lo + 1;
  }
  lineStart(line) {
    return this.starts[line - 1];
  }
  range(path, start, end) {
    const startLine = this.line(start);
    const endLine = this.line(end);
    return { path, startLine, startColumn: start - this.starts[startLine - 1] + 1, endLine, endColumn: end - this.starts[endLine - 1] + 1 };
  }
};
var Scanner = class {
  constructor(text2) {
    this.text = text2;
  }
  text;
  pos = 0;
  /** End of the last consumed token (or raw text read by a template). */
  lastEnd = 0;
  /** Outside brackets a newline ends an attribute; inside `(`, `[`, `{` and `${` it is whitespace. */
  newlines = true;
  peeked;
  peekedFrom = 0;
  peekedMode = true;
  /** A `/*` never closed: the rest of the text was skipped as its comment. */
  unterminated;
  /** Whether the trivia before the peeked token held a newline (skipped as whitespace). */
  crossedNewline = false;
  /** The next token, not consumed. */
  peek() {
    if (this.peeked !== void 0 && this.stillValid(this.peeked)) return this.peeked;
    if (this.peeked !== void 0) this.pos = this.peekedFrom;
    this.peekedFrom = this.pos;
    this.peekedMode = this.newlines;
    this.crossedNewline = false;
    this.skipTrivia();
    this.peeked = this.lex();
    return this.peeked;
  }
  /** A token peeked in the other newline mode is the same token unless a newline lies before it. */
  stillValid(token) {
    if (this.peekedMode === this.newlines) return true;
    return this.newlines ? !this.crossedNewline : token.kind !== "newline";
  }
  next() {
    const token = this.peek();
    this.peeked = void 0;
    this.lastEnd = token.end;
    return token;
  }
  /** Moves to `offset` (after raw reading or for a lookahead undone), forgetting a peeked token. */
  seek(offset) {
    this.peeked = void 0;
    this.pos = offset;
  }
  /** Drops a peeked token so the characters after the last consumed token can be read raw. */
  raw() {
    if (this.peeked !== void 0) this.pos = this.peekedFrom;
    this.peeked = void 0;
    return this.pos;
  }
  /** Consumes the next token if it is `kind`. */
  eat(kind) {
    return this.peek().kind === kind ? this.next() : void 0;
  }
  expect(kind, what = `"${kind}"`) {
    const token = this.peek();
    if (token.kind !== kind) throw this.unexpected(token, what);
    return this.next();
  }
  /** As tree-sitter's messages read (goldens hold them): `unexpected "="`, or `missing …` at a line's or the text's end. */
  unexpected(token, expected) {
    const atEnd = token.kind === "eof" || token.kind === "newline";
    const message = atEnd && expected !== void 0 ? `missing ${expected}` : `unexpected ${describe(this.text, token)}`;
    return new HclSyntaxError(token.start, token.end, message);
  }
  tokenText(token) {
    return this.text.slice(token.start, token.end);
  }
  /** True when the token is the identifier `word` (HCL keywords are identifiers in context). */
  isWord(token, word) {
    return token.kind === "ident" && token.end - token.start === word.length && this.text.startsWith(word, token.start);
  }
  /** Whitespace and comments; a newline too unless newlines are tokens here. */
  skipTrivia() {
    const text2 = this.text;
    for (; ; ) {
      const c = text2.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 13 || c === 11 || c === 12 || c === 160 || c === 65279) this.pos += 1;
      else if (c === 10 && !this.newlines) {
        this.pos += 1;
        this.crossedNewline = true;
      } else if (c === 35 || c === 47 && text2.charCodeAt(this.pos + 1) === 47) this.skipLineComment();
      else if (c === 47 && text2.charCodeAt(this.pos + 1) === 42) this.skipBlockComment();
      else return;
    }
  }
  skipLineComment() {
    const end = this.text.indexOf("\n", this.pos);
    this.pos = end < 0 ? this.text.length : end;
  }
  /** An unclosed `/*` makes the rest of the text a comment, as in HCL: reported once, read no further. */
  skipBlockComment() {
    const end = this.text.indexOf("*/", this.pos + 2);
    if (end < 0) {
      this.unterminated ??= new HclSyntaxError(this.pos, this.pos + 2, 'unterminated comment "/*"');
      this.pos = this.text.length;
      return;
    }
    this.pos = end + 2;
  }
  lex() {
    const text2 = this.text;
    const start = this.pos;
    if (start >= text2.length) return { kind: "eof", start, end: start };
    const c = text2.charCodeAt(start);
    if (c === 10) return this.token("newline", start, start + 1);
    if (isDigit(c)) return this.token("number", start, this.numberEnd(start));
    if (c === 34) return this.token("quote", start, start + 1);
    const ch = text2[start];
    if (isIdStart(c, ch) || c >= 55296 && c <= 56319 && ID_START.test(String.fromCodePoint(text2.codePointAt(start) ?? 0))) return this.token("ident", start, this.identEnd(start));
    if (c === 60 && text2.charCodeAt(start + 1) === 60) {
      const after = start + (text2.charCodeAt(start + 2) === 45 ? 3 : 2);
      if (after < text2.length && isIdStart(text2.charCodeAt(after), text2[after])) return this.token("heredoc", start, after);
    }
    const punct = this.punctuation(c, start);
    if (punct !== void 0) return punct;
    const width = c >= 55296 && c <= 56319 ? 2 : 1;
    return this.token("invalid", start, start + width);
  }
  /** Operators and brackets, longest first (`...`, `==`, `=>`, `!=`, `<=`, `>=`, `&&`, `||`). */
  punctuation(c, start) {
    const text2 = this.text;
    const d = text2.charCodeAt(start + 1);
    if (c === 46 && d === 46 && text2.charCodeAt(start + 2) === 46) return this.token("...", start, start + 3);
    const two = d === 61 ? EQ_SECOND[c] : c === 38 && d === 38 || c === 124 && d === 124 || c === 61 && d === 62 ? TWO_SAME[c] : void 0;
    if (two !== void 0) return this.token(two, start, start + 2);
    const one2 = ONE[text2[start]];
    return one2 === void 0 ? void 0 : this.token(one2, start, start + 1);
  }
  token(kind, start, end) {
    this.pos = end;
    return { kind, start, end };
  }
  /** `[0-9]+ ("." [0-9]+)? ([eE] [+-]? [0-9]+)?`, as HCL's scanner. */
  numberEnd(start) {
    const text2 = this.text;
    let i = this.digitsEnd(start);
    if (text2.charCodeAt(i) === 46 && isDigit(text2.charCodeAt(i + 1))) i = this.digitsEnd(i + 1);
    const e = text2.charCodeAt(i);
    if (e === 101 || e === 69) {
      const sign = text2.charCodeAt(i + 1) === 43 || text2.charCodeAt(i + 1) === 45 ? 1 : 0;
      if (isDigit(text2.charCodeAt(i + 1 + sign))) i = this.digitsEnd(i + 1 + sign);
    }
    return i;
  }
  digitsEnd(start) {
    let i = start;
    while (isDigit(this.text.charCodeAt(i))) i += 1;
    return i;
  }
  /** Identifier characters, `-`, and `::` (provider functions: `provider::aws::arn_parse`). */
  identEnd(start) {
    const text2 = this.text;
    let i = start + (text2.charCodeAt(start) >= 55296 && text2.charCodeAt(start) <= 56319 ? 2 : 1);
    while (i < text2.length) {
      const c = text2.charCodeAt(i);
      if (c === 58 && text2.charCodeAt(i + 1) === 58) i += 2;
      else if (c < 128 ? isIdContinue(c, "") : isIdContinue(c, text2[i])) i += 1;
      else if (c >= 55296 && c <= 56319 && ID_CONTINUE.test(String.fromCodePoint(text2.codePointAt(i) ?? 0))) i += 2;
      else return i;
    }
    return text2.length;
  }
};
function describe(text2, token) {
  switch (token.kind) {
    case "eof":
      return "end of input";
    case "newline":
      return "end of line";
    case "quote":
      return "a string";
    case "number":
      return "a number";
    case "heredoc":
      return "a heredoc";
    case "ident":
      return token.end - token.start <= 40 ? `"${text2.slice(token.start, token.end)}"` : "a long name";
    case "invalid":
      return "an invalid character";
    default:
      return `"${token.kind}"`;
  }
}

// src/parsers/terraform/hcl/template-parts.ts
var ESCAPES = { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" };
var HOLE = "\0";
function unescapeQuoted(text2) {
  if (!text2.includes("\\") && !text2.includes("$${") && !text2.includes("%%{")) return text2;
  return text2.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|\$\$\{|%%\{/g, (match, esc) => {
    if (esc === void 0) return match.slice(1);
    if (esc.length > 1) return String.fromCodePoint(Math.min(parseInt(esc.slice(1), 16), 1114111));
    return ESCAPES[esc] ?? match;
  });
}
function unescapeHeredoc(text2) {
  return text2.replace(/\$\$\{|%%\{/g, (match) => match.slice(1));
}
var INDENT = /^[ \t]*/;
function dedent(text2) {
  const lines = text2.split("\n");
  const blank = (l) => /^[ \t]*\r?$/.test(l);
  const indents = lines.filter((l) => !blank(l)).map((l) => INDENT.exec(l)?.[0].length ?? 0);
  const cut = indents.length === 0 ? 0 : indents.reduce((a, b) => Math.min(a, b));
  return lines.map((l) => blank(l) ? l : l.slice(Math.min(cut, INDENT.exec(l)?.[0].length ?? 0))).join("\n");
}
function applyStripMarkers(literals, marks) {
  marks.forEach((mark, i) => {
    if (mark.stripBefore) literals[i] = literals[i].trimEnd();
    if (mark.stripAfter) literals[i + 1] = literals[i + 1].trimStart();
  });
}
function misplaced(mark) {
  return new HclSyntaxError(mark.start, mark.end, `unexpected "%{ ${mark.kind} }"`);
}
function pushMark(parser, stack, mark) {
  const top = stack[stack.length - 1];
  switch (mark.kind) {
    case "interpolation":
      top.parts.push(mark.expr);
      return;
    case "if":
    case "for":
      stack.push({ parts: [], open: mark });
      return;
    case "else":
      if (top.open?.kind !== "if" || top.then !== void 0) throw misplaced(mark);
      top.then = top.parts;
      top.parts = [];
      return;
    default:
      closeDirective(parser, stack, mark);
  }
}
function closeDirective(parser, stack, mark) {
  const frame = stack.pop();
  const parent = stack[stack.length - 1];
  const open = frame?.open;
  if (frame === void 0 || parent === void 0 || open === void 0) throw misplaced(mark);
  const base = parser.base(open.start, mark.end);
  if (mark.kind === "endif" && open.kind === "if") {
    const [then, otherwise] = frame.then === void 0 ? [frame.parts, []] : [frame.then, frame.parts];
    parent.parts.push({ kind: "template-if", condition: open.expr, then, else: otherwise, ...base });
    return;
  }
  if (mark.kind !== "endfor" || open.kind !== "for") throw misplaced(mark);
  parent.parts.push({ kind: "template-for", ...open.head, body: frame.parts, ...base });
}
function assemble(parser, start, end, literals, marks) {
  const base = parser.base(start, end);
  applyStripMarkers(literals, marks);
  if (marks.length === 0) return { kind: "literal", value: literals.join(""), ...base };
  const stack = [{ parts: [] }];
  for (let i = 0; i <= marks.length; i++) {
    if (literals[i] !== "") stack[stack.length - 1].parts.push({ kind: "literal", value: literals[i], ...base });
    const mark = marks[i];
    if (mark !== void 0) pushMark(parser, stack, mark);
  }
  const unclosed = stack[stack.length - 1].open;
  if (unclosed !== void 0) throw new HclSyntaxError(unclosed.start, unclosed.end, `"%{ ${unclosed.kind} }" is never closed`);
  return { kind: "template", parts: stack[0].parts, ...base };
}

// src/parsers/terraform/hcl/parse-template.ts
function readMark(parser, at) {
  const scanner = parser.scanner;
  const isDirective = scanner.text[at] === "%";
  scanner.seek(at + 2);
  return parser.inside(() => {
    const stripBefore = scanner.eat("~") !== void 0;
    const mark = isDirective ? readDirective(parser, at) : readInterpolation(parser, at);
    const stripAfter = scanner.eat("~") !== void 0;
    scanner.expect("}", isDirective ? '"}" closing "%{"' : '"}" closing "${"');
    const mark2 = { ...mark, stripBefore, stripAfter, start: at, end: scanner.lastEnd };
    return mark2;
  });
}
function readInterpolation(parser, at) {
  const scanner = parser.scanner;
  const next = scanner.peek();
  if (next.kind === "}" || next.kind === "~" && scanner.text[next.end] === "}") {
    return { kind: "interpolation", expr: parser.other(at, next.kind === "}" ? next.end : next.end + 1, "template_interpolation") };
  }
  return { kind: "interpolation", expr: parser.expression() };
}
function readDirective(parser, at) {
  const scanner = parser.scanner;
  const keyword = scanner.peek();
  const word = keyword.kind === "ident" ? scanner.tokenText(keyword) : "";
  if (word === "for") {
    const head = readForHead(parser);
    return { kind: "for", head };
  }
  scanner.next();
  if (word === "if") return { kind: "if", expr: parser.expression() };
  if (word === "else" || word === "endif" || word === "endfor") return { kind: word };
  throw new HclSyntaxError(at, keyword.end, 'expected "if", "for", "else", "endif" or "endfor" after "%{"');
}
var PLAIN_QUOTED = /[^"\\$%\n]+/y;
var PLAIN_HEREDOC = /[^$%\n]+/y;
function scanTemplate(parser, from, escapes, atEnd) {
  const text2 = parser.scanner.text;
  const marks = [];
  const literals = [];
  let cursor = from;
  let i = from;
  for (; ; ) {
    const end = atEnd(i);
    if (end !== void 0) {
      literals.push(text2.slice(cursor, i));
      return { marks, literals, end };
    }
    const plain = escapes ? PLAIN_QUOTED : PLAIN_HEREDOC;
    plain.lastIndex = i;
    if (plain.test(text2)) {
      i = plain.lastIndex;
      continue;
    }
    const c = text2.charCodeAt(i);
    if (c === 92 && escapes) i += 2;
    else if ((c === 36 || c === 37) && text2.charCodeAt(i + 1) === c && text2.charCodeAt(i + 2) === 123) i += 3;
    else if ((c === 36 || c === 37) && text2.charCodeAt(i + 1) === 123) {
      literals.push(text2.slice(cursor, i));
      const mark = readMark(parser, i);
      marks.push(mark);
      i = cursor = mark.end;
    } else i += 1;
  }
}
function readQuoted(parser) {
  const scanner = parser.scanner;
  const open = scanner.next();
  const text2 = scanner.text;
  const atEnd = (i) => {
    if (text2.charCodeAt(i) === 34) return i + 1;
    if (i >= text2.length || text2.charCodeAt(i) === 10) throw new HclSyntaxError(open.start, i, "unterminated string: a quoted string ends on the line it starts");
    return void 0;
  };
  const { marks, literals, end } = scanTemplate(parser, open.end, true, atEnd);
  scanner.seek(end);
  scanner.lastEnd = end;
  return assemble(parser, open.start, end, literals.map(unescapeQuoted), marks);
}
function readHeredoc(parser) {
  const scanner = parser.scanner;
  const open = scanner.next();
  const strip = scanner.text[open.end - 1] === "-";
  const id = scanner.tokenText(scanner.expect("ident", "a heredoc marker"));
  const text2 = scanner.text;
  let from = scanner.lastEnd;
  if (text2[from] === "\r") from += 1;
  if (text2[from] !== "\n") throw new HclSyntaxError(open.start, from, "a heredoc marker must end its line");
  const atEnd = (i) => {
    if (i >= text2.length) throw new HclSyntaxError(open.start, scanner.lastEnd, `unterminated heredoc: no line "${id.slice(0, 40)}" closes it`);
    if (i !== 0 && text2.charCodeAt(i - 1) !== 10) return void 0;
    let j = i;
    while (text2[j] === " " || text2[j] === "	") j += 1;
    if (!text2.startsWith(id, j)) return void 0;
    const after = j + id.length;
    const c = text2[after];
    return after === text2.length || c === "\n" || c === "\r" && text2[after + 1] === "\n" ? after : void 0;
  };
  const { marks, literals, end } = scanTemplate(parser, from + 1, false, atEnd);
  scanner.seek(end);
  scanner.lastEnd = end;
  if (literals.some((l) => l.includes(HOLE))) throw new HclSyntaxError(open.start, end, "a NUL character in a heredoc");
  const joined = literals.join(HOLE);
  return assemble(parser, open.start, end, (strip ? dedent(joined) : joined).split(HOLE).map(unescapeHeredoc), marks);
}

// src/parsers/terraform/hcl/skip.ts
var CLOSERS = { "(": ")", "[": "]", "{": "}" };
var Skipper = class {
  constructor(text2, start, closer, newlines) {
    this.text = text2;
    this.newlines = newlines;
    this.pos = start;
    this.lastEnd = start;
    this.stack = [{ kind: "code", closer }];
  }
  text;
  newlines;
  stack;
  pos;
  /** End of the last character that was not whitespace or a comment. */
  lastEnd;
  /** Pending `?` of conditionals at the outer level: their `:` is part of the skipped expression. */
  questions = 0;
  /** Runs until the expression ends (outer frame) or its closing bracket is passed (body). */
  run() {
    for (; ; ) {
      const frame = this.stack[this.stack.length - 1];
      const done = frame.kind === "code" ? this.code(frame) : frame.kind === "quoted" ? this.quoted() : this.heredoc(frame.id);
      if (done) return this.lastEnd;
    }
  }
  get outer() {
    return this.stack.length === 1;
  }
  advance(to) {
    this.pos = to;
    this.lastEnd = to;
  }
  unclosed(what) {
    return new HclSyntaxError(this.pos, this.pos, `unexpected end of input in ${what} nested too deep`);
  }
  /** One step in code; true when the skipped expression (or body) ends here. */
  code(frame) {
    const text2 = this.text;
    const c = text2[this.pos];
    if (c === void 0) {
      if (this.outer && frame.closer === void 0) return true;
      throw this.unclosed("brackets");
    }
    if (c === "\n") {
      if (this.outer && this.newlines && frame.closer === void 0) return true;
      this.pos += 1;
    } else if (c === " " || c === "	" || c === "\r") this.pos += 1;
    else if (c === "#" || c === "/" && text2[this.pos + 1] === "/") this.pos = lineEnd(text2, this.pos);
    else if (c === "/" && text2[this.pos + 1] === "*") {
      const end = text2.indexOf("*/", this.pos + 2);
      if (end < 0) throw this.unclosed("a comment");
      this.pos = end + 2;
    } else return this.token(frame, c);
    return false;
  }
  token(frame, c) {
    const text2 = this.text;
    const outerExpr = this.outer && frame.closer === void 0;
    if (outerExpr && this.stopsExpression(c)) return true;
    if (c === "?") this.questions += outerExpr ? 1 : 0;
    if (c === ":" && outerExpr) this.questions -= 1;
    if (c === '"') this.stack.push({ kind: "quoted" });
    else if (CLOSERS[c] !== void 0) this.stack.push({ kind: "code", closer: CLOSERS[c] });
    else if (c === ")" || c === "]" || c === "}") {
      this.stack.pop();
      this.advance(this.pos + 1);
      return this.stack.length === 0;
    } else if (c === "<" && text2[this.pos + 1] === "<") return this.heredocStart();
    this.advance(this.pos + 1);
    return false;
  }
  /** What ends an expression at the outer level: a separator, a closing bracket, `=`, `:` without `?`. */
  stopsExpression(c) {
    const text2 = this.text;
    const next = text2[this.pos + 1];
    if (c === "," || c === ")" || c === "]" || c === "}") return true;
    if (c === "=" && next !== "=" && text2[this.pos - 1] !== "=" && text2[this.pos - 1] !== "!" && text2[this.pos - 1] !== "<" && text2[this.pos - 1] !== ">") return true;
    if (c === ":" && this.questions === 0) return true;
    if (c === "." && next === "." && text2[this.pos + 2] === ".") return true;
    if (c === "~" && /^\s*\}/.test(text2.slice(this.pos + 1, this.pos + 64))) return true;
    return c === "i" && next === "f" && !/[\w-]/.test(text2[this.pos - 1] ?? " ") && !/[\w-]/.test(text2[this.pos + 2] ?? " ");
  }
  heredocStart() {
    const text2 = this.text;
    const m = /^<<-?([\p{ID_Start}_][\p{ID_Continue}-]*)\r?\n/u.exec(text2.slice(this.pos, this.pos + 200));
    if (m === null) {
      this.advance(this.pos + 2);
      return false;
    }
    this.stack.push({ kind: "heredoc", id: m[1] });
    this.advance(this.pos + m[0].length);
    return false;
  }
  quoted() {
    const text2 = this.text;
    const c = text2[this.pos];
    if (c === void 0 || c === "\n") throw this.unclosed("a string");
    if (c === "\\") this.advance(this.pos + 2);
    else if (c === "$" && text2[this.pos + 1] === "$" || c === "%" && text2[this.pos + 1] === "%") this.advance(this.pos + 2);
    else if ((c === "$" || c === "%") && text2[this.pos + 1] === "{") {
      this.stack.push({ kind: "code", closer: "}" });
      this.advance(this.pos + 2);
    } else {
      if (c === '"') this.stack.pop();
      this.advance(this.pos + 1);
    }
    return false;
  }
  heredoc(id) {
    const text2 = this.text;
    if (this.pos >= text2.length) throw this.unclosed("a heredoc");
    if (this.pos === 0 || text2[this.pos - 1] === "\n") {
      const end = lineEnd(text2, this.pos);
      if (text2.slice(this.pos, end).trim() === id) {
        this.stack.pop();
        this.advance(this.pos + text2.slice(this.pos, end).indexOf(id) + id.length);
        return false;
      }
    }
    const c = text2[this.pos];
    if (c === "$" && text2[this.pos + 1] === "$" || c === "%" && text2[this.pos + 1] === "%") this.advance(this.pos + 2);
    else if ((c === "$" || c === "%") && text2[this.pos + 1] === "{") {
      this.stack.push({ kind: "code", closer: "}" });
      this.advance(this.pos + 2);
    } else this.advance(this.pos + 1);
    return false;
  }
};
function lineEnd(text2, from) {
  const end = text2.indexOf("\n", from);
  return end < 0 ? text2.length : end;
}
function skipExpression(scanner) {
  const start = scanner.raw();
  const end = new Skipper(scanner.text, start, void 0, scanner.newlines).run();
  scanner.pos = end;
  return end;
}
function skipBody(scanner) {
  const end = new Skipper(scanner.text, scanner.raw(), "}", false).run();
  scanner.pos = end;
  return end;
}

// src/parsers/terraform/hcl/parse-expr.ts
var LEVEL = { "||": 1, "&&": 2, "==": 3, "!=": 3, "<": 4, "<=": 4, ">": 4, ">=": 4, "+": 5, "-": 5, "*": 6, "/": 6, "%": 6 };
var ExprParser = class {
  constructor(scanner, lines, path, diagnostics) {
    this.scanner = scanner;
    this.lines = lines;
    this.path = path;
    this.tooDeep = new DepthReporter(diagnostics);
  }
  scanner;
  lines;
  path;
  depth = 0;
  tooDeep;
  base(start, end) {
    return { range: this.lines.range(this.path, start, end), text: this.scanner.text.slice(start, end) };
  }
  other(start, end, nodeType) {
    return { kind: "other", nodeType, ...this.base(start, end) };
  }
  /** Runs `read` with newlines as whitespace (inside brackets and `${…}`), restoring the mode after. */
  inside(read) {
    const saved = this.scanner.newlines;
    this.scanner.newlines = false;
    try {
      return read();
    } finally {
      this.scanner.newlines = saved;
    }
  }
  /** A whole expression: a conditional or anything tighter. */
  expression() {
    if (this.depth >= MAX_NESTING) return this.cut();
    this.depth += 1;
    try {
      return this.conditional();
    } finally {
      this.depth -= 1;
    }
  }
  /** The rest of a too-deep expression, skipped without recursion. */
  cut() {
    const first = this.scanner.peek();
    const end = skipExpression(this.scanner);
    if (end <= first.start) throw this.scanner.unexpected(first, "an expression");
    this.scanner.lastEnd = end;
    return this.tooDeepExpr(first.start, end);
  }
  tooDeepExpr(start, end) {
    const expr = this.other(start, end, "expression_nested_too_deep");
    this.tooDeep.report(expr.range, "an expression");
    return expr;
  }
  conditional() {
    const start = this.scanner.peek().start;
    const condition = this.binary(1);
    if (this.scanner.eat("?") === void 0) return condition;
    const then = this.expression();
    this.scanner.expect(":");
    const otherwise = this.expression();
    return { kind: "conditional", condition, then, else: otherwise, ...this.base(start, this.scanner.lastEnd) };
  }
  /**
   * Operators of `minLevel` and tighter, by precedence climbing. A long chain (`a + b + c …`) is a
   * loop, but its tree is as deep as the chain: past the depth limit what is folded so far becomes
   * one unknown.
   */
  binary(minLevel) {
    const start = this.scanner.peek().start;
    let left = this.unary();
    let chain = 0;
    for (let op = this.scanner.peek(), level = LEVEL[op.kind]; level !== void 0 && level >= minLevel; op = this.scanner.peek(), level = LEVEL[op.kind]) {
      this.scanner.next();
      const right = this.binary(level + 1);
      chain += 1;
      if (this.depth + chain >= MAX_NESTING) {
        left = this.tooDeepExpr(start, this.offsetEnd(left));
        chain = 0;
      }
      left = { kind: "binary", operator: op.kind, left, right, ...this.base(start, this.scanner.lastEnd) };
    }
    return left;
  }
  /** End offset of an expression already read (its text starts at its start offset). */
  offsetEnd(expr) {
    return this.lines.lineStart(expr.range.endLine) + expr.range.endColumn - 1;
  }
  unary() {
    const op = this.scanner.peek();
    if (op.kind !== "-" && op.kind !== "!") return this.postfix();
    if (this.depth >= MAX_NESTING) return this.cut();
    this.scanner.next();
    this.depth += 1;
    let operand;
    try {
      operand = this.unary();
    } finally {
      this.depth -= 1;
    }
    const base = this.base(op.start, this.scanner.lastEnd);
    if (op.kind === "-" && operand.kind === "literal" && typeof operand.value === "number" && /^[0-9]/.test(operand.text)) return { kind: "literal", value: -operand.value, ...base };
    return { kind: "unary", operator: op.kind, operand, ...base };
  }
  /** A primary value and its steps (`.attr`, `[i]`, `.0`, `[*]`, `.*`). */
  postfix() {
    const start = this.scanner.peek().start;
    const head = this.primary();
    const steps = readSteps(this, false);
    const base = this.base(start, this.scanner.lastEnd);
    if (head.root !== void 0) return { kind: "traversal", root: head.root, steps, ...base };
    if (steps.length === 0) return head.expr;
    return { kind: "access", target: head.inner ?? head.expr, steps, ...base };
  }
  primary() {
    const scanner = this.scanner;
    const token = scanner.peek();
    switch (token.kind) {
      case "number":
        scanner.next();
        return { expr: { kind: "literal", value: Number(scanner.tokenText(token)), ...this.base(token.start, token.end) } };
      case "ident":
        return this.word();
      case "quote":
        return { expr: readQuoted(this) };
      case "heredoc":
        return { expr: readHeredoc(this) };
      case "[":
      case "{":
        return { expr: this.inside(() => this.collection()) };
      case "(":
        return this.inside(() => this.parenthesised());
      default:
        throw scanner.unexpected(token, "an expression");
    }
  }
  /** `true`, `false`, `null`, a function call, or the root of a traversal. */
  word() {
    const scanner = this.scanner;
    const token = scanner.next();
    const name = scanner.tokenText(token);
    const base = this.base(token.start, token.end);
    if (name === "true" || name === "false") return { expr: { kind: "literal", value: name === "true", ...base } };
    if (name === "null") return { expr: { kind: "literal", value: null, ...base } };
    if (scanner.peek().kind !== "(") return { expr: { kind: "traversal", root: name, steps: [], ...base }, root: name };
    return { expr: this.inside(() => this.call(token.start, name)) };
  }
  call(start, name) {
    const scanner = this.scanner;
    scanner.expect("(");
    const args = [];
    let expand2 = false;
    while (scanner.peek().kind !== ")") {
      args.push(this.expression());
      if (scanner.eat("...") !== void 0) {
        expand2 = true;
        break;
      }
      if (scanner.eat(",") === void 0) break;
    }
    scanner.expect(")", '")" or ","');
    return { kind: "call", name, args, ...expand2 ? { expandLast: true } : {}, ...this.base(start, scanner.lastEnd) };
  }
  /** `(expr)`: the inner expression with the parentheses' range and text. */
  parenthesised() {
    const open = this.scanner.next();
    const inner = this.expression();
    this.scanner.expect(")");
    return { expr: { ...inner, ...this.base(open.start, this.scanner.lastEnd) }, inner };
  }
  collection() {
    const scanner = this.scanner;
    const open = scanner.next();
    if (this.startsFor()) return readForExpr(this, open);
    if (open.kind === "[") {
      const items2 = [];
      while (scanner.peek().kind !== "]") {
        items2.push(this.expression());
        if (scanner.eat(",") === void 0) break;
      }
      scanner.expect("]", '"]" or ","');
      return { kind: "tuple", items: items2, ...this.base(open.start, scanner.lastEnd) };
    }
    const items = [];
    while (scanner.peek().kind !== "}") {
      items.push(this.objectItem());
      scanner.eat(",");
    }
    scanner.expect("}");
    return { kind: "object", items, ...this.base(open.start, scanner.lastEnd) };
  }
  /** `for` followed by a name: a for-expression rather than a collection. */
  startsFor() {
    const scanner = this.scanner;
    if (!scanner.isWord(scanner.peek(), "for")) return false;
    const back = scanner.raw();
    scanner.next();
    const isFor = scanner.peek().kind === "ident";
    scanner.seek(back);
    return isFor;
  }
  objectItem() {
    const scanner = this.scanner;
    const start = scanner.peek().start;
    let key3 = this.expression();
    const sep = scanner.peek();
    if (sep.kind !== "=" && sep.kind !== ":") throw scanner.unexpected(sep, '"=" or ":"');
    scanner.next();
    const value = this.expression();
    if (key3.kind === "traversal" && key3.steps.length === 0 && !key3.text.startsWith("(")) key3 = { kind: "literal", value: key3.root, range: key3.range, text: key3.text };
    return { key: key3, value, range: this.lines.range(this.path, start, scanner.lastEnd) };
  }
};

// src/parsers/terraform/hcl/parse-body.ts
var MAX_SYNTAX_DIAGNOSTICS = 20;
var STRAY = /* @__PURE__ */ new Set(["=", ":", ",", "?", ".", "=>", "~", "*", "/", "%", "==", "!=", "<", "<=", ">", ">=", "&&", "||", "invalid"]);
var BodyParser = class {
  constructor(path, text2) {
    this.path = path;
    this.text = text2;
    this.scanner = new Scanner(text2);
    this.lines = new LineIndex(text2);
    this.exprs = new ExprParser(this.scanner, this.lines, path, this.diagnostics);
    this.tooDeep = new DepthReporter(this.diagnostics);
  }
  path;
  text;
  syntax = [];
  diagnostics = [];
  scanner;
  lines;
  exprs;
  tooDeep;
  depth = 0;
  /** The whole file: its body spans the whole text. */
  file() {
    const body = { attributes: {}, blocks: [], range: this.lines.range(this.path, 0, this.text.length) };
    this.depth = 1;
    this.items(body, "the file", false);
    const comment = this.scanner.unterminated;
    if (comment !== void 0) this.syntaxError(comment.offset, comment.end, comment.message);
    return body;
  }
  /** Items up to the end of input, or up to the `}` closing a block body (not consumed). */
  items(body, where, inBlock) {
    const scanner = this.scanner;
    for (; ; ) {
      scanner.newlines = true;
      while (scanner.eat("newline") !== void 0) ;
      const token = scanner.peek();
      if (token.kind === "eof" || inBlock && token.kind === "}") return;
      try {
        this.item(body, where);
      } catch (error) {
        if (!(error instanceof HclSyntaxError)) throw error;
        this.recover(error, token.start);
      }
    }
  }
  syntaxError(offset, end, message) {
    if (this.syntax.length >= MAX_SYNTAX_DIAGNOSTICS) return;
    this.syntax.push({ code: "PARSE_SYNTAX", level: "error", message: `syntax error: ${message}`, range: this.lines.range(this.path, offset, end) });
  }
  /**
   * Reports the error and moves to where the next item may start: the line of the offending token
   * when that token begins its line (a missing `]` before the next attribute), else the next line.
   */
  recover(error, itemStart) {
    this.syntaxError(error.offset, error.end, error.message);
    const line = this.lines.line(Math.min(error.offset, this.text.length));
    const lineStart = this.lines.lineStart(line);
    const beginsLine = error.offset > itemStart && this.text.slice(lineStart, error.offset).trim() === "";
    const nextLine = this.text.indexOf("\n", error.offset);
    this.scanner.seek(beginsLine ? lineStart : nextLine < 0 ? this.text.length : nextLine + 1);
  }
  item(body, where) {
    const scanner = this.scanner;
    const name = scanner.expect("ident", "an attribute or block name");
    if (scanner.peek().kind === "=") {
      scanner.next();
      this.attribute(body, where, name.start, scanner.tokenText(name));
    } else body.blocks.push(this.block(name.start, scanner.tokenText(name), where));
    const end = scanner.peek();
    if (end.kind !== "newline" && end.kind !== "eof" && end.kind !== "}") throw scanner.unexpected(end, "a new line");
  }
  attribute(body, where, start, name) {
    let expr;
    try {
      expr = this.value();
    } catch (error) {
      if (error instanceof HclSyntaxError) this.define(body, where, start, name, this.exprs.other(start, error.offset, "ERROR"));
      throw error;
    }
    this.define(body, where, start, name, expr);
  }
  /** An attribute's value; one stray token before it (`x = = 1`) is reported and skipped, as tree-sitter did. */
  value() {
    const first = this.scanner.peek();
    try {
      return this.exprs.expression();
    } catch (error) {
      const stray = error instanceof HclSyntaxError && error.offset === first.start && STRAY.has(first.kind);
      if (!stray) throw error;
      this.syntaxError(error.offset, error.end, error.message);
      this.scanner.seek(first.end);
      return this.exprs.expression();
    }
  }
  define(body, where, start, name, expr) {
    const range2 = this.lines.range(this.path, start, this.scanner.lastEnd);
    const first = Object.hasOwn(body.attributes, name) ? body.attributes[name] : void 0;
    if (first !== void 0) {
      const message = `attribute "${name}" in ${where} is already defined at line ${first.range.startLine}; Terraform rejects duplicates, the first value is used`;
      this.diagnostics.push({ code: "PARSE_DUPLICATE_KEY", level: "error", message, range: range2 });
      return;
    }
    const attribute = { name, expr, range: range2 };
    if (name === "__proto__") Object.defineProperty(body.attributes, name, { value: attribute, enumerable: true, writable: true, configurable: true });
    else body.attributes[name] = attribute;
  }
  block(start, type, parent) {
    const labels = this.labels();
    const where = parent === "the file" ? [type, ...labels].join(".") : `${parent} > ${type}`;
    this.scanner.expect("{", 'a block label or "{"');
    const body = { attributes: {}, blocks: [], range: this.lines.range(this.path, start, start) };
    if (this.depth >= MAX_NESTING) {
      const end = skipBody(this.scanner);
      body.range = this.lines.range(this.path, start, end);
      this.tooDeep.report(body.range, "a block");
      return { type, labels, body, range: body.range };
    }
    this.depth += 1;
    try {
      this.items(body, `block ${where}`, true);
    } finally {
      this.depth -= 1;
    }
    const close = this.scanner.peek();
    if (close.kind === "}") this.scanner.next();
    else this.syntaxError(close.start, close.end, `missing "}" closing block ${where}`);
    body.range = this.lines.range(this.path, start, this.scanner.lastEnd);
    return { type, labels, body, range: body.range };
  }
  /** Quoted strings without interpolation, or names. */
  labels() {
    const scanner = this.scanner;
    const labels = [];
    for (let token = scanner.peek(); token.kind === "quote" || token.kind === "ident"; token = scanner.peek()) {
      if (token.kind === "ident") {
        labels.push(scanner.tokenText(scanner.next()));
        continue;
      }
      const label = readQuoted(this.exprs);
      if (label.kind !== "literal" || typeof label.value !== "string") throw new HclSyntaxError(token.start, scanner.lastEnd, 'a block label must be a plain string, without "${" or "%{"');
      labels.push(label.value);
    }
    return labels;
  }
};

// src/parsers/terraform/hcl/index.ts
function parseHcl(path, text2) {
  const parser = new BodyParser(path, text2);
  const body = parser.file();
  return { body, diagnostics: [...parser.syntax, ...parser.diagnostics] };
}

// src/parsers/common/json-depth.ts
function capJsonDepth(root) {
  const out = { members: 0, cuts: [] };
  if (root === null || typeof root !== "object") return out;
  const stack = [{ value: root, depth: 1, parent: void 0, key: "" }];
  while (stack.length > 0) {
    const frame = stack.pop();
    const container2 = frame.value;
    if (Array.isArray(container2)) {
      for (let i = 0; i < container2.length; i++) visitChild(frame, i, stack, out);
    } else {
      const keys = Object.keys(container2);
      out.members += keys.length;
      for (const key3 of keys) visitChild(frame, key3, stack, out);
    }
  }
  return out;
}
function visitChild(frame, key3, stack, out) {
  const container2 = frame.value;
  const child2 = container2[key3];
  if (child2 === null || typeof child2 !== "object") return;
  const next = { value: child2, depth: frame.depth + 1, parent: frame, key: key3 };
  if (frame.depth === MAX_NESTING_DEPTH) {
    container2[key3] = tooDeepValue();
    out.cuts.push(pathOf(next));
  }
  stack.push(next);
}
function pathOf(frame) {
  const path = [];
  for (let at = frame; at?.parent; at = at.parent) path.push(at.key);
  return path.reverse();
}

// src/parsers/common/json-duplicates.ts
function duplicateKeyDiagnostics(text2, filePath) {
  const out = [];
  const stack = [];
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
    } else if (c === 123) stack.push({ keys: /* @__PURE__ */ new Set(), expectKey: true });
    else if (c === 91) stack.push({ expectKey: false });
    else if (c === 125 || c === 93) stack.pop();
    else if (c === 44 && stack.length > 0) stack[stack.length - 1].expectKey = true;
    else if (c === 34) {
      const end = stringEnd(text2, i);
      const frame = stack[stack.length - 1];
      if (frame?.keys && frame.expectKey) {
        frame.expectKey = false;
        const key3 = JSON.parse(text2.slice(i, end + 1));
        if (frame.keys.has(key3)) out.push(duplicate(key3, { path: filePath, startLine: line, startColumn: i - lineStart + 1, endLine: line, endColumn: end - lineStart + 2 }));
        frame.keys.add(key3);
      }
      i = end;
    }
  }
  return out;
}
function stringEnd(text2, start) {
  for (let i = start + 1; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 34) return i;
  }
  return text2.length - 1;
}
function duplicate(key3, range2) {
  const message = `duplicate key "${key3}"; the last value is used, but kubectl and CloudFormation reject such files`;
  return { code: "PARSE_DUPLICATE_KEY", level: "warning", message, range: range2 };
}

// src/parsers/common/json-syntax.ts
function jsonSyntaxError(text2) {
  try {
    new SyntaxScanner(text2).document();
    return void 0;
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { message: error.message, offset: error.offset };
    return { message: "nesting too deep", offset: text2.length };
  }
}
var JsonSyntaxError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var ESCAPES2 = /* @__PURE__ */ new Set(["b", "f", "n", "r", "t", '"', "/", "\\"]);
var SyntaxScanner = class {
  constructor(text2) {
    this.text = text2;
  }
  text;
  pos = 0;
  document() {
    this.value();
    if (this.pos < this.text.length) this.unexpected();
  }
  value() {
    this.space();
    const char = this.next();
    if (char === "t") this.word("rue");
    else if (char === "f") this.word("alse");
    else if (char === "n") this.word("ull");
    else if (char === '"') this.string();
    else if (char === "[") this.list("]", () => this.value());
    else if (char === "{") this.list("}", () => this.member());
    else {
      this.pos--;
      if ("-0123456789".includes(char)) this.number();
      else this.unexpected();
    }
    this.space();
  }
  member() {
    if (this.next() !== '"') this.back();
    this.string();
    this.space();
    if (this.next() !== ":") this.back();
    this.value();
  }
  list(close, item) {
    this.space();
    if (this.next() === close) return;
    this.pos--;
    for (; ; ) {
      item();
      this.space();
      const char = this.next();
      if (char === close) return;
      if (char !== ",") this.back();
      this.space();
    }
  }
  string() {
    for (; ; ) {
      const char = this.next();
      if (char === '"') return;
      if (char !== "\\") continue;
      const escape = this.next();
      if (escape === "u") {
        for (let i = 0; i < 4; i++) if (!/[0-9a-f]/i.test(this.next())) this.back();
      } else if (!ESCAPES2.has(escape)) this.back();
    }
  }
  number() {
    if (this.text[this.pos] === "-") this.pos++;
    if (this.text[this.pos] === "0") this.next();
    else this.digits();
    if (this.text[this.pos] === ".") {
      this.pos++;
      this.digits();
    }
    if (this.text[this.pos] === "e" || this.text[this.pos] === "E") {
      this.pos++;
      if (this.text[this.pos] === "+" || this.text[this.pos] === "-") this.pos++;
      this.digits();
    }
  }
  digits() {
    const from = this.pos;
    while (this.text[this.pos] >= "0" && this.text[this.pos] <= "9") this.pos++;
    if (this.pos > from) return;
    this.end();
    this.unexpected();
  }
  word(rest) {
    for (const expected of rest) if (this.next() !== expected) this.back();
  }
  space() {
    while (this.pos < this.text.length && " 	\r\n".includes(this.text[this.pos])) this.pos++;
  }
  next() {
    this.end();
    return this.text[this.pos++];
  }
  end() {
    if (this.pos >= this.text.length) throw new JsonSyntaxError("Unexpected end of JSON input", this.text.length);
  }
  /** The character just read was wrong. */
  back() {
    this.pos--;
    return this.unexpected();
  }
  unexpected() {
    throw new JsonSyntaxError(`Unexpected token ${this.text[this.pos]} in JSON at position ${this.pos}`, this.pos);
  }
};

// src/parsers/common/json-positions.ts
function parseJsonWithPositions(text2, filePath, prefix = []) {
  const source = withoutBom(text2);
  const read = readJson(source);
  if ("error" in read) return { value: void 0, positions: buildJsonIndex("", filePath, prefix), diagnostics: [syntaxDiagnostic(read.error, source, filePath)] };
  const positions = buildJsonIndex(source, filePath, prefix);
  const { members, cuts } = capJsonDepth(read.value);
  const diagnostics = positions.membersWritten === members ? [] : duplicateKeyDiagnostics(source, filePath);
  for (const cut of cuts.slice(0, MAX_DEPTH_DIAGNOSTICS)) {
    const span = nearestSpan(positions, [...prefix, ...cut]);
    diagnostics.push(tooDeepDiagnostic(span ? spanRange(positions, span) : fileStart(filePath)));
  }
  return { value: read.value, positions, diagnostics };
}
function withoutBom(text2) {
  return text2.charCodeAt(0) === 65279 ? ` ${text2.slice(1)}` : text2;
}
function readJson(source) {
  try {
    return { value: JSON.parse(source) };
  } catch {
    return { error: jsonSyntaxError(source) ?? { message: "not valid JSON", offset: source.length } };
  }
}
function syntaxDiagnostic(error, text2, filePath) {
  const { line, col } = offsetToLineCol(text2, error.offset);
  const reason = error.message.replace(/ in JSON at position \d+$/, "").replace(/ of JSON input$/, " of input");
  return {
    code: "PARSE_SYNTAX",
    level: "error",
    message: `invalid JSON: ${reason}`,
    range: { path: filePath, startLine: line, startColumn: col, endLine: line, endColumn: col }
  };
}

// src/parsers/terraform/json-file.ts
var LABELS = { resource: 2, data: 2, variable: 1, output: 1, provider: 1, module: 1 };
var JsonReader = class {
  constructor(index, parseTemplate) {
    this.index = index;
    this.parseTemplate = parseTemplate;
  }
  index;
  parseTemplate;
  /** Lines where a value went past MAX_NESTING (one diagnostic each). */
  tooDeep = /* @__PURE__ */ new Map();
  range(pointer, withKey = false) {
    const span = spanAt(this.index, pointer) ?? spanAt(this.index, []);
    return rangeOf(this.index, withKey && span.keyStart !== void 0 ? span.keyStart : span.valueStart, span.valueEnd);
  }
  expr(value, pointer, depth = 0) {
    const range2 = this.range(pointer);
    if (depth >= MAX_NESTING) {
      if (!this.tooDeep.has(range2.startLine)) this.tooDeep.set(range2.startLine, range2);
      return { kind: "other", nodeType: "value_nested_too_deep", range: range2, text: "" };
    }
    const text2 = JSON.stringify(value);
    if (Array.isArray(value)) return { kind: "tuple", items: value.map((v, i) => this.expr(v, [...pointer, i], depth + 1)), range: range2, text: text2 };
    if (value !== null && typeof value === "object") {
      const items = Object.entries(value).map(([k, v]) => {
        const child2 = [...pointer, k];
        return { key: { kind: "literal", value: k, range: this.range(child2, true), text: k }, value: this.expr(v, child2, depth + 1), range: this.range(child2, true) };
      });
      return { kind: "object", items, range: range2, text: text2 };
    }
    if (typeof value === "string" && this.parseTemplate && /[$%]\{/.test(value)) {
      const parsed = this.parseTemplate(value);
      if (parsed) return { ...withRange(parsed, range2), text: value };
    }
    return { kind: "literal", value, range: range2, text: typeof value === "string" ? value : text2 };
  }
  body(value, pointer) {
    const body = { attributes: {}, blocks: [], range: this.range(pointer) };
    if (value === null || typeof value !== "object" || Array.isArray(value)) return body;
    for (const [name, v] of Object.entries(value)) {
      if (name === "//") continue;
      const child2 = [...pointer, name];
      Object.defineProperty(body.attributes, name, { value: { name, expr: this.expr(v, child2), range: this.range(child2, true) }, enumerable: true, writable: true, configurable: true });
    }
    return body;
  }
  /** `{"resource": {"aws_s3_bucket": {"b": {...}}}}` → blocks; a body may also be a list of bodies. */
  blocks(type, value, pointer, labels, remaining) {
    if (Array.isArray(value)) return value.flatMap((v, i) => this.blocks(type, v, [...pointer, i], labels, remaining));
    if (remaining > 0 && value !== null && typeof value === "object") {
      return Object.entries(value).flatMap(([k, v]) => this.blocks(type, v, [...pointer, k], [...labels, k], remaining - 1));
    }
    return [{ type, labels, body: this.body(value, pointer), range: this.range(pointer, true) }];
  }
};
function withRange(expr, range2) {
  switch (expr.kind) {
    case "template":
      return { ...expr, range: range2, parts: expr.parts.map((p) => withRange(p, range2)) };
    case "traversal":
      return { ...expr, range: range2, steps: expr.steps.map((s) => "index" in s ? { index: withRange(s.index, range2) } : s) };
    case "tuple":
      return { ...expr, range: range2, items: expr.items.map((i) => withRange(i, range2)) };
    case "object":
      return { ...expr, range: range2, items: expr.items.map((i) => ({ key: withRange(i.key, range2), value: withRange(i.value, range2), range: range2 })) };
    case "call":
      return { ...expr, range: range2, args: expr.args.map((a) => withRange(a, range2)) };
    default:
      return { ...expr, range: range2 };
  }
}
function errorRange(path, text2, offset) {
  const { line, col } = offsetToLineCol(text2, offset);
  return { path, startLine: line, startColumn: col, endLine: line, endColumn: col + 1 };
}
function readJsonFile(path, text2, vars, parseTemplate) {
  const source = withoutBom(text2);
  const read = readJson(source);
  if ("error" in read) {
    const range2 = errorRange(path, source, read.error.offset);
    const message = `syntax error: invalid JSON (${read.error.message})`;
    const empty = { attributes: {}, blocks: [], range: { ...range2, startLine: 1, startColumn: 1 } };
    return { value: { body: empty }, diagnostics: [{ code: "PARSE_SYNTAX", level: "error", message, range: range2 }] };
  }
  const reader = new JsonReader(buildJsonIndex(source, path, []), vars ? void 0 : parseTemplate);
  const data = read.value;
  if (vars) {
    const body2 = reader.body(data, []);
    return { value: { body: body2 }, diagnostics: tooDeepDiagnostics(reader) };
  }
  const body = { attributes: {}, blocks: [], range: reader.range([]) };
  if (data !== null && typeof data === "object" && !Array.isArray(data)) {
    for (const [type, v] of Object.entries(data)) {
      if (type === "//") continue;
      body.blocks.push(...reader.blocks(type, v, [type], [], LABELS[type] ?? 0));
    }
  }
  return { value: { body }, diagnostics: tooDeepDiagnostics(reader) };
}
function tooDeepDiagnostics(reader) {
  const message = `a value nested more than ${MAX_NESTING} deep: what lies deeper is not read, and its value is unknown`;
  return [...reader.tooDeep.values()].map((range2) => ({ code: "LIMIT_EXCEEDED", level: "warning", message, range: range2 }));
}

// src/parsers/terraform/locate.ts
function locateInExpr(expr, path) {
  let current = expr;
  for (const segment of path) {
    let next;
    if (current.kind === "tuple" && typeof segment === "number") next = current.items[segment];
    if (current.kind === "object") {
      next = current.items.find((i) => i.key.kind === "literal" && String(i.key.value) === String(segment))?.value;
    }
    if (next === void 0) return current.range;
    current = next;
  }
  return current.range;
}
function locateInBody(body, path, topLevel) {
  const [head, ...rest] = path;
  if (head === void 0) return body.range;
  const attribute = typeof head === "string" ? body.attributes[head] : void 0;
  if (attribute) return rest.length === 0 ? attribute.range : locateInExpr(attribute.expr, rest);
  const candidates = body.blocks.filter((b) => b.type === head);
  if (candidates.length === 0) return body.range;
  if (topLevel) {
    const match = candidates.find((b) => b.labels.every((l, i) => rest[i] === void 0 || rest[i] === l));
    if (match === void 0) return body.range;
    const labelsGiven = Math.min(match.labels.length, rest.length);
    const remaining2 = rest.slice(labelsGiven);
    if (labelsGiven < match.labels.length) return match.range;
    return remaining2.length === 0 ? match.range : locateInBody(match.body, remaining2, false);
  }
  const [index, ...after] = rest;
  const block = typeof index === "number" ? candidates[index] : candidates[0];
  if (block === void 0) return body.range;
  const remaining = typeof index === "number" ? after : rest;
  return remaining.length === 0 ? block.range : locateInBody(block.body, remaining, false);
}
function locateInFile(file, path) {
  return locateInBody(file.body, path, true);
}

// src/parsers/portable.ts
function rehydrateDocument(doc) {
  const { file, value, diagnostics, locator } = doc;
  switch (locator.kind) {
    case "hcl":
      return { file, value, diagnostics, locate: (path) => locateInFile(value, path) };
    case "positions": {
      const { positions, prefix } = locator;
      const locate = prefix.length === 0 ? (path) => locateIn(positions, path) : (path) => locateIn(positions, [...prefix, ...path]);
      return { file, value, diagnostics, locate };
    }
    case "none":
      return { file, value, diagnostics, locate: () => void 0 };
  }
}
function positionsLocator(positions, prefix = []) {
  return { kind: "positions", positions, prefix };
}

// src/parsers/terraform/index.ts
function readHcl(file, text2) {
  const { body, diagnostics } = parseHcl(file.path, text2);
  if (file.path.endsWith(".tfvars") && body.blocks.length > 0) {
    const first = body.blocks[0];
    diagnostics.push({ code: "PARSE_UNSUPPORTED", level: "warning", message: `block "${first.type}" is not allowed in a .tfvars file; only attributes are read`, range: first.range });
    body.blocks = [];
  }
  return { value: { body }, diagnostics };
}
function readSync(file, text2) {
  const isJson = file.path.endsWith(".json");
  const parsed = isJson ? readJsonFile(file.path, text2, file.path.endsWith(".tfvars.json"), (value) => parseTemplateText(value, file.path)) : readHcl(file, text2);
  return { file, value: parsed.value, diagnostics: parsed.diagnostics, locator: { kind: "hcl" } };
}
async function parseTerraform(file, text2) {
  return Promise.resolve(rehydrateDocument(readSync(file, text2)));
}
async function readTerraform(file, text2) {
  return Promise.resolve(readSync(file, text2));
}
function parseTerraformLoaded(file, text2) {
  return rehydrateDocument(readSync(file, text2));
}
function parseExpressionText(text2, path) {
  const doc = parseTerraformLoaded({ absolutePath: path, path, format: "terraform" }, `x = ${text2}
`);
  if (doc.diagnostics.length > 0) return void 0;
  return doc.value.body.attributes.x?.expr;
}
var TEMPLATE_END = "POSTURE_GATE_TEMPLATE_END";
function parseTemplateText(text2, path) {
  if (text2.includes(TEMPLATE_END)) return void 0;
  const padded = text2.endsWith("\n") ? text2 : `${text2}
`;
  const { body, diagnostics } = parseHcl(path, `x = <<${TEMPLATE_END}
${padded}${TEMPLATE_END}
`);
  if (diagnostics.some((d) => d.code === "PARSE_SYNTAX")) return void 0;
  const expr = Object.hasOwn(body.attributes, "x") ? body.attributes.x.expr : void 0;
  return expr && padded !== text2 ? dropFinalNewline(expr) : expr;
}
function dropFinalNewline(expr) {
  if (expr.kind === "literal" && typeof expr.value === "string") return { ...expr, value: expr.value.slice(0, -1) };
  if (expr.kind !== "template") return expr;
  const last = expr.parts[expr.parts.length - 1];
  if (last?.kind !== "literal" || typeof last.value !== "string") return expr;
  const trimmed = last.value.slice(0, -1);
  const parts = trimmed === "" ? expr.parts.slice(0, -1) : [...expr.parts.slice(0, -1), { ...last, value: trimmed }];
  return { ...expr, parts };
}

// src/resolve/terraform/eval/values.ts
var unknown = (reason, origin) => unknownValue(reason, origin);
var FAILURES = /* @__PURE__ */ new WeakSet();
function failure(reason) {
  const value = unknownValue(reason);
  FAILURES.add(value);
  return value;
}
function isFailure(value) {
  return typeof value === "object" && value !== null && FAILURES.has(value);
}
function containsFailure(value) {
  if (isFailure(value)) return true;
  if (isSensitive(value)) return containsFailure(value.value);
  const children = Array.isArray(value) ? value : isRecord(value) ? Object.values(value) : [];
  return children.some(containsFailure);
}
var MAX_ORIGIN = 8;
function originOf(value) {
  return isUnknown(value) ? value.origin : void 0;
}
function withOrigin(value, origin) {
  const kept = origin === void 0 || origin.length > MAX_ORIGIN ? void 0 : [...new Set(origin)].sort(compareStrings);
  if (kept === void 0 && value.origin === void 0) return value;
  const out = unknownValue(value.reason, kept);
  if (isFailure(value)) FAILURES.add(out);
  return out;
}
function derived(value) {
  return isUnknown(value) && value.origin !== void 0 ? withOrigin(value, void 0) : value;
}
function stepOrigin(value, step) {
  return value.origin === void 0 ? value : withOrigin(value, value.origin.map((o) => o + step));
}
var RESOURCE_OBJECTS = /* @__PURE__ */ new WeakMap();
function markResource(value, address) {
  RESOURCE_OBJECTS.set(value, address);
  return value;
}
function resourceAddress(value) {
  return typeof value === "object" && value !== null ? RESOURCE_OBJECTS.get(value) : void 0;
}
var RESOURCE_COLLECTIONS = /* @__PURE__ */ new WeakMap();
function markResources(value, address) {
  RESOURCE_COLLECTIONS.set(value, address);
  return value;
}
function sensitive(value) {
  if (isUnknown(value)) return isFailure(value) ? failure("an operation on a sensitive value failed") : unknownValue("derived from a sensitive value");
  return isSensitive(value) ? value : { $sensitive: true, value };
}
function isSensitive(value) {
  return typeof value === "object" && value !== null && value.$sensitive === true;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !isUnknown(value) && !isSensitive(value);
}
var SETS = /* @__PURE__ */ new WeakSet();
function markSet(items) {
  SETS.add(items);
  return items;
}
function isSet(value) {
  return Array.isArray(value) && SETS.has(value);
}
function unmark(value) {
  if (isSensitive(value)) return { value: unmark(value.value).value, sensitive: true };
  if (Array.isArray(value)) {
    const items = value.map(unmark);
    return { value: items.map((i) => i.value), sensitive: items.some((i) => i.sensitive) };
  }
  if (isRecord(value)) {
    const entries = Object.entries(value).map(([k, v]) => [k, unmark(v)]);
    return { value: Object.fromEntries(entries.map(([k, v]) => [k, v.value])), sensitive: entries.some(([, v]) => v.sensitive) };
  }
  return { value, sensitive: false };
}
function maskSensitive(value) {
  if (isSensitive(value)) return unknownValue("sensitive value (not shown)");
  if (isUnknown(value)) return derived(value);
  const address = resourceAddress(value) ?? (typeof value === "object" && value !== null ? RESOURCE_COLLECTIONS.get(value) : void 0);
  if (address !== void 0) return unknownValue(`${address} is a resource, only known after apply`);
  if (Array.isArray(value)) return value.map(maskSensitive);
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskSensitive(v)]));
  return value;
}
function containsUnknown(value) {
  if (isUnknown(value)) return true;
  if (isSensitive(value)) return containsUnknown(value.value);
  if (Array.isArray(value)) return value.some(containsUnknown);
  if (isRecord(value)) return Object.values(value).some(containsUnknown);
  return false;
}
function firstUnknown(value) {
  if (isUnknown(value)) return value;
  if (isSensitive(value)) return firstUnknown(value.value);
  const children = Array.isArray(value) ? value : isRecord(value) ? Object.values(value) : [];
  for (const child2 of children) {
    const found = firstUnknown(child2);
    if (found) return found;
  }
  return void 0;
}
function typeName(value) {
  if (value === null || value === void 0) return "null";
  if (isUnknown(value)) return "unknown";
  if (typeof value === "string") return "string";
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "bool";
  return Array.isArray(value) ? "list" : "object";
}
function equal(a, b) {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => equal(v, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && equal(a[k], b[k]));
  }
  return a === b;
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/resolve/terraform/eval/convert.ts
function asString2(value, what = "value") {
  if (typeof value === "string" || isUnknown(value)) return value;
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "boolean") return String(value);
  return failure(`${what}: a ${typeName(value)} is not a string`);
}
function asNumber2(value, what = "value") {
  if (typeof value === "number" || isUnknown(value)) return value;
  if (typeof value === "string" && /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(value.trim()) && value.trim() === value) return Number(value);
  return failure(`${what}: ${typeName(value)} ${typeof value === "string" ? "that is not numeric " : ""}is not a number`);
}
function asBool2(value, what = "value") {
  if (typeof value === "boolean" || isUnknown(value)) return value;
  if (value === "true" || value === "false") return value === "true";
  return failure(`${what}: a ${typeName(value)} is not a bool`);
}
function formatNumber(n) {
  return Number.isInteger(n) && Math.abs(n) < 1e21 ? n.toFixed(0) : String(n);
}

// src/resolve/terraform/eval/scope.ts
var EMPTY_SCOPE = { vars: /* @__PURE__ */ new Map(), locals: /* @__PURE__ */ new Map(), bindings: {} };
function withBindings(scope, bindings) {
  return { ...scope, bindings: { ...scope.bindings, ...bindings } };
}

// src/resolve/terraform/eval/for-expr.ts
function iterate(collection, what) {
  if (isUnknown(collection)) return collection;
  if (isSensitive(collection)) return unknown(`${what}: iterating over a sensitive value is not evaluated`);
  if (Array.isArray(collection)) return collection.map((v, i) => [isSet(collection) ? v : i, v]);
  if (isRecord(collection)) return Object.keys(collection).sort(compareStrings).map((k) => [k, collection[k]]);
  return failure(`${what}: cannot iterate over a ${collection === null ? "null value" : typeof collection}`);
}
function loopBindings(keyVar, valueVar, key3, value) {
  return keyVar === void 0 ? { [valueVar]: value } : { [keyVar]: key3, [valueVar]: value };
}
function evaluateFor(expr, scope, evaluate2) {
  const pairs = iterate(evaluate2(expr.collection, scope), expr.text);
  if (!Array.isArray(pairs)) return expr.key === void 0 ? elementsOrigin(expr, pairs, scope, evaluate2) : withOrigin(pairs, void 0);
  const tuple = [];
  const object2 = {};
  for (const [k, v] of pairs) {
    const inner = withBindings(scope, loopBindings(expr.keyVar, expr.valueVar, k, v));
    if (expr.condition !== void 0) {
      const keep = asBool2(evaluate2(expr.condition, inner), "for condition");
      if (isUnknown(keep)) return isFailure(keep) ? keep : unknown(`${expr.text}: the condition is unknown (${keep.reason ?? ""})`);
      if (keep === false) continue;
    }
    const value = evaluate2(expr.value, inner);
    if (expr.key === void 0) {
      tuple.push(value);
      continue;
    }
    const converted = asString2(evaluate2(expr.key, inner), "for key");
    if (isUnknown(converted)) return isFailure(converted) ? converted : unknown(`${expr.text}: a key is unknown`);
    const key3 = converted;
    if (expr.grouping) object2[key3] = [...object2[key3] ?? [], value];
    else if (Object.hasOwn(object2, key3)) return failure(`${expr.text}: duplicate key "${key3}" (Terraform reports an error)`);
    else object2[key3] = value;
  }
  const result = expr.key === void 0 ? tuple : object2;
  return scope.budget?.chargeValue(result, "this for expression", expr) ?? result;
}
function elementsOrigin(expr, collection, scope, evaluate2) {
  if (collection.origin === void 0 || isFailure(collection)) return withOrigin(collection, void 0);
  const element2 = stepOrigin(collection, "[*]");
  const inner = withBindings(scope, loopBindings(expr.keyVar, expr.valueVar, unknown(`${expr.text}: the key is unknown`), element2));
  return withOrigin(collection, originOf(evaluate2(expr.value, inner)));
}

// src/resolve/terraform/eval/functions/spec.ts
var FunctionError = class extends Error {
};
function check(condition, message) {
  if (!condition) throw new FunctionError(message);
}
var Unsupported = class extends Error {
};

// src/resolve/terraform/eval/functions/args.ts
function str(value, what = "argument") {
  const out = value === null ? void 0 : asString2(value, what);
  if (typeof out !== "string") throw new FunctionError(`${what} must be a string, not ${typeName(value)}`);
  return out;
}
function num2(value, what = "argument") {
  const out = value === null ? void 0 : asNumber2(value, what);
  if (typeof out !== "number") throw new FunctionError(`${what} must be a number, not ${typeName(value)}`);
  return out;
}
function int(value, what = "argument") {
  const out = num2(value, what);
  if (!Number.isInteger(out)) throw new FunctionError(`${what} must be a whole number`);
  return out;
}
function list(value, what = "argument") {
  if (!Array.isArray(value)) throw new FunctionError(`${what} must be a list, not ${typeName(value)}`);
  return value;
}
function map(value, what = "argument") {
  if (!isRecord(value)) throw new FunctionError(`${what} must be a map or object, not ${isUnknown(value) ? "unknown" : typeName(value)}`);
  return value;
}
function graphemeCount(text2) {
  if (/^[\x00-\x7f]*$/.test(text2) && !text2.includes("\r\n")) return text2.length;
  return graphemes(text2).length;
}
var SEGMENT_WINDOW = 256;
var segmenter = new Intl.Segmenter(void 0, { granularity: "grapheme" });
function graphemes(text2) {
  if (/^[\x00-\x7f]*$/.test(text2) && !text2.includes("\r\n")) return [...text2];
  const out = [];
  let start = 0;
  let window = SEGMENT_WINDOW;
  while (start < text2.length) {
    const end = Math.min(text2.length, start + window);
    const segments = [...segmenter.segment(text2.slice(start, end))].map((s) => s.segment);
    if (end === text2.length) return out.concat(segments);
    if (segments.length < 2) {
      window *= 2;
      continue;
    }
    const last = segments.pop();
    out.push(...segments);
    start = end - last.length;
    window = SEGMENT_WINDOW;
  }
  return out;
}

// src/resolve/terraform/eval/functions/distinct.ts
var IDS = /* @__PURE__ */ new WeakMap();
var nextId = 0;
function keyOf(value) {
  if (value === null || typeof value !== "object") return `${typeof value}:${String(value)}`;
  if (Array.isArray(value)) return `[${value.map(keyOf).join(",")}]`;
  if (isRecord(value)) return `{${Object.keys(value).sort(compareStrings).map((k) => `${JSON.stringify(k)}:${keyOf(value[k])}`).join(",")}}`;
  let id = IDS.get(value);
  if (id === void 0) IDS.set(value, id = nextId++);
  return `#${id}`;
}
function distinctValues(items) {
  const seen = /* @__PURE__ */ new Set();
  return items.filter((item) => {
    const key3 = keyOf(item);
    if (seen.has(key3)) return false;
    seen.add(key3);
    return true;
  });
}

// src/resolve/terraform/eval/functions/types.ts
var PRIMITIVE = /* @__PURE__ */ new Set(["string", "number", "bool"]);
function unify(values) {
  const kinds = new Set(values.filter((v) => v !== null && !isUnknown(v)).map(typeName));
  if (kinds.size <= 1) return values;
  check([...kinds].every((k) => PRIMITIVE.has(k)) && kinds.has("string"), `elements of types ${[...kinds].join(", ")} have no common type`);
  return values.map((v) => v === null || isUnknown(v) ? v : asString2(v));
}
function toMap(value) {
  const record3 = map(value, "argument");
  const keys = Object.keys(record3);
  const values = unify(keys.map((k) => record3[k]));
  return Object.fromEntries(keys.map((k, i) => [k, values[i]]));
}
function primitive(value, convert, kind) {
  if (value === null) return null;
  check(PRIMITIVE.has(typeName(value)), `cannot convert a ${typeName(value)} to ${kind}`);
  const out = convert(value);
  check(typeName(out) === kind, `cannot convert ${JSON.stringify(value)} to ${kind}`);
  return out;
}
var TYPE_FUNCTIONS = {
  tolist: { arity: [1, 1], known: "shallow", fn: ([l]) => unify(list(l, "argument")) },
  tomap: { arity: [1, 1], known: "shallow", fn: ([m]) => toMap(m) },
  tostring: { arity: [1, 1], fn: ([v]) => primitive(v, asString2, "string") },
  tonumber: { arity: [1, 1], fn: ([v]) => primitive(v, asNumber2, "number") },
  tobool: { arity: [1, 1], fn: ([v]) => primitive(v, asBool2, "bool") },
  nonsensitive: { arity: [1, 1], known: "shallow", fn: ([v]) => v },
  sensitive: { arity: [1, 1], known: "shallow", fn: ([v]) => v },
  type: { arity: [1, 1], fn: () => unknown("type() is for the console only") }
};

// src/resolve/terraform/eval/functions/collections.ts
function lookup([m, key3, ...fallback]) {
  const record3 = map(m, "map");
  if (isUnknown(key3)) return key3;
  const name = String(key3);
  if (Object.hasOwn(record3, name)) return record3[name];
  check(fallback.length > 0, `the map has no key "${name}" and no default was given`);
  return fallback[0];
}
function eitherOf(rest) {
  const candidates = rest.filter((a) => a !== null && a !== "");
  const origins = candidates.map(originOf);
  return origins.every((o) => o !== void 0) ? origins.flatMap((o) => o ?? []) : void 0;
}
function coalesce(args) {
  for (const [i, arg] of args.entries()) {
    if (containsUnknown(arg)) return unknown("coalesce(): an argument before the first non-empty one is unknown", eitherOf(args.slice(i)));
    if (arg !== null && arg !== "") return unify([arg, ...args.filter((a) => a !== null && a !== "" && !containsUnknown(a))])[0];
  }
  check(false, "no non-null, non-empty argument");
}
function coalescelist(args) {
  for (const arg of args) {
    if (isUnknown(arg)) return arg;
    if (list(arg, "argument").length > 0) return arg;
  }
  check(false, "no non-empty list argument");
}
function flatten(value) {
  const out = [];
  for (const item of value) {
    if (isUnknown(item)) return unknown("flatten(): an element is unknown, so whether it is a list is unknown");
    if (Array.isArray(item)) {
      const inner = flatten(item);
      if (!Array.isArray(inner)) return inner;
      out.push(...inner);
    } else out.push(item);
  }
  return out;
}
function distinct(items) {
  return distinctValues(items);
}
function element(items, index) {
  const i = int(index, "index");
  check(items.length > 0, "cannot use element() on an empty list");
  check(i >= 0, "a negative index is not allowed");
  return items[i % items.length];
}
function slice(items, startArg, endArg) {
  const start = int(startArg, "start index");
  const end = int(endArg, "end index");
  check(start >= 0 && start <= end && end <= items.length, "slice indexes are out of range");
  return items.slice(start, end);
}
function zipmap(keys, values) {
  check(keys.length === values.length, "the keys and values lists have different lengths");
  return Object.fromEntries(keys.map((k, i) => [String(k), values[i]]));
}
function range(args) {
  const [a, b, c] = args.map((v) => int(v, "range argument"));
  const [start, end, step] = args.length === 1 ? [0, a, 1] : [a, b, c ?? (a <= b ? 1 : -1)];
  check(step !== 0 && (step > 0 ? start <= end : start >= end), "the step does not move from start towards end");
  const size = Math.ceil((end - start) / step);
  check(size <= 1024, "more than 1024 elements");
  const out = [];
  for (let n = start; step > 0 ? n < end : n > end; n += step) out.push(n);
  return out;
}
function keysOf(m) {
  return Object.keys(map(m, "map")).sort(compareStrings);
}
function merge(args) {
  const out = {};
  for (const arg of args) if (arg !== null) Object.assign(out, map(arg, "argument"));
  return out;
}
var COLLECTION_FUNCTIONS = {
  merge: { arity: [0], known: "shallow", fn: merge },
  concat: { arity: [0], known: "shallow", fn: (args) => args.flatMap((a) => list(a, "argument")) },
  lookup: { arity: [2, 3], known: "shallow", fn: lookup },
  coalesce: { arity: [1], known: "none", fn: coalesce },
  coalescelist: { arity: [1], known: "none", fn: coalescelist },
  length: { arity: [1, 1], known: "shallow", fn: ([v]) => lengthOf(v) },
  element: { arity: [2, 2], known: "shallow", fn: ([l, i]) => element(list(l, "list"), i) },
  index: { arity: [2, 2], fn: ([l, v]) => indexOf(list(l, "list"), v) },
  keys: { arity: [1, 1], known: "shallow", fn: ([m]) => keysOf(m) },
  values: { arity: [1, 1], known: "shallow", fn: ([m]) => keysOf(m).map((k) => m[k]) },
  flatten: { arity: [1, 1], known: "shallow", fn: ([l]) => flatten(list(l, "list")) },
  distinct: { arity: [1, 1], fn: ([l]) => distinct(list(l, "list")) },
  contains: { arity: [2, 2], fn: ([l, v]) => list(l, "list").some((item) => equal(item, v)) },
  compact: { arity: [1, 1], fn: ([l]) => list(l, "list").filter((v) => v !== null && v !== "") },
  slice: { arity: [3, 3], known: "shallow", fn: ([l, s, e]) => slice(list(l, "list"), s, e) },
  zipmap: { arity: [2, 2], known: "shallow", fn: ([k, v]) => containsUnknown(k) ? unknown("zipmap(): a key is unknown") : zipmap(list(k, "keys"), list(v, "values")) },
  one: { arity: [1, 1], known: "shallow", fn: ([l]) => one(list(l, "list")) },
  range: { arity: [1, 3], fn: range },
  reverse: { arity: [1, 1], known: "shallow", fn: ([l]) => [...list(l, "list")].reverse() },
  sort: { arity: [1, 1], fn: ([l]) => list(l, "list").map((v) => String(v)).sort(compareStrings) },
  sum: { arity: [1, 1], fn: ([l]) => list(l, "list").reduce((a, v) => a + num2(v, "element"), 0) },
  alltrue: { arity: [1, 1], fn: ([l]) => list(l, "list").every((v) => v === true || v === "true") },
  anytrue: { arity: [1, 1], fn: ([l]) => list(l, "list").some((v) => v === true || v === "true") }
};
function lengthOf(value) {
  if (typeof value === "string") return graphemeCount(value);
  if (Array.isArray(value)) return value.length;
  check(isRecord(value), `cannot take the length of a ${typeName(value)}`);
  return Object.keys(value).length;
}
function indexOf(items, value) {
  const i = items.findIndex((item) => equal(item, value));
  check(i >= 0, "the value is not in the list");
  return i;
}
function one(items) {
  check(items.length <= 1, "must be a list of at most one element");
  return items.length === 0 ? null : items[0];
}

// src/resolve/terraform/eval/functions/encoding.ts
var import_yaml = __toESM(require_dist(), 1);
import { createHash } from "node:crypto";
var STRUCTURE = /* @__PURE__ */ new WeakMap();
function jsonStructureOf(value) {
  return typeof value === "object" && value !== null ? STRUCTURE.get(value) : void 0;
}
function jsonEncode(value) {
  if (value === null || typeof value === "boolean" || typeof value === "string") return escapeHtml(JSON.stringify(value));
  if (typeof value === "number") return formatNumber(value);
  if (Array.isArray(value)) return `[${value.map(jsonEncode).join(",")}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value).sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
    return `{${keys.map((k) => `${escapeHtml(JSON.stringify(k))}:${jsonEncode(value[k])}`).join(",")}}`;
  }
  throw new FunctionError("the value cannot be encoded");
}
function escapeHtml(json) {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function jsonencode(value) {
  if (!containsUnknown(value)) return jsonEncode(value);
  const result = unknown("jsonencode(): part of the value is unknown");
  STRUCTURE.set(result, value);
  return result;
}
function jsondecode(text2) {
  try {
    return JSON.parse(text2);
  } catch {
    throw new FunctionError("the string is not valid JSON");
  }
}
function yamldecode(text2) {
  const docs = (0, import_yaml.parseAllDocuments)(text2, { schema: "core", merge: true });
  check(Array.isArray(docs) && docs.length <= 1, "only one YAML document is allowed");
  const [doc] = docs;
  if (doc === void 0) return null;
  check(doc.errors.length === 0, `invalid YAML: ${doc.errors[0]?.message ?? ""}`);
  return doc.toJS({ maxAliasCount: 1e3 });
}
function base64decode(text2) {
  check(/^[A-Za-z0-9+/]*={0,2}$/.test(text2) && text2.length % 4 === 0, "the string is not valid base64");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(text2, "base64"));
  } catch {
    throw new FunctionError("the decoded bytes are not valid UTF-8");
  }
}
var hash = (algorithm, encoding) => ({
  arity: [1, 1],
  fn: ([s]) => createHash(algorithm).update(str(s), "utf8").digest(encoding)
});
var ENCODING_FUNCTIONS = {
  jsonencode: { arity: [1, 1], known: "shallow", fn: ([v]) => jsonencode(v) },
  jsondecode: { arity: [1, 1], fn: ([s]) => jsondecode(str(s)) },
  yamldecode: { arity: [1, 1], fn: ([s]) => yamldecode(str(s)) },
  base64encode: { arity: [1, 1], fn: ([s]) => Buffer.from(str(s), "utf8").toString("base64") },
  base64decode: { arity: [1, 1], fn: ([s]) => base64decode(str(s)) },
  urlencode: { arity: [1, 1], fn: ([s]) => encodeURIComponent(str(s)).replace(/%20/g, "+").replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`) },
  md5: hash("md5", "hex"),
  sha1: hash("sha1", "hex"),
  sha256: hash("sha256", "hex"),
  sha512: hash("sha512", "hex"),
  base64sha256: hash("sha256", "base64")
};

// src/resolve/terraform/eval/functions/files.ts
import { posix } from "node:path";

// src/resolve/terraform/eval/functions/sets.ts
var PRIMITIVE2 = /* @__PURE__ */ new Set(["string", "number", "bool"]);
var distinct2 = distinctValues;
function setOf(items) {
  const unified = distinct2(unify(items));
  const primitive2 = unified.every((v) => v === null || PRIMITIVE2.has(typeName(v)));
  const ordered = primitive2 ? unified.sort((a, b) => typeof a === "number" && typeof b === "number" ? a - b : compareStrings(String(a), String(b))) : unified;
  return markSet(ordered);
}
function sets(args, name) {
  check(args.length > 0, `${name}() needs at least one set`);
  return args.map((a, i) => list(a, `argument ${i + 1}`));
}
var SET_FUNCTIONS = {
  toset: { arity: [1, 1], fn: ([l]) => setOf(list(l, "argument")) },
  setunion: { arity: [1], fn: (args) => setOf(sets(args, "setunion").flat()) },
  setintersection: {
    arity: [1],
    fn: (args) => {
      const [first, ...rest] = sets(args, "setintersection");
      const others = rest.map((other) => new Set(other.map(keyOf)));
      return setOf(first.filter((item) => others.every((keys) => keys.has(keyOf(item)))));
    }
  },
  setsubtract: {
    arity: [2, 2],
    fn: ([a, b]) => {
      const remove = new Set(list(b, "argument 2").map(keyOf));
      return setOf(list(a, "argument 1").filter((item) => !remove.has(keyOf(item))));
    }
  }
};

// src/resolve/terraform/eval/functions/files.ts
function readFile(path, ctx) {
  const files = ctx.scope.files;
  if (files === void 0) return unknown(`file("${path}"): files are not read here`);
  const result = files.read(path);
  return "text" in result ? result.text : unknown(`file("${path}"): ${result.error}`);
}
function templatefile(path, vars, ctx) {
  const text2 = readFile(path, ctx);
  if (typeof text2 !== "string") return text2;
  const template = parseTemplateText(text2, path);
  if (template === void 0) return unknown(`templatefile("${path}"): the template could not be parsed`);
  const scope = { ...ctx.scope, vars: /* @__PURE__ */ new Map(), locals: /* @__PURE__ */ new Map(), modules: /* @__PURE__ */ new Map(), resources: void 0, bindings: vars };
  return ctx.evaluate(template, scope);
}
function fileset(path, pattern, ctx) {
  const files = ctx.scope.files;
  if (files?.list === void 0) return unknown(`fileset("${path}"): files are not read here`);
  const result = files.list(path);
  if ("error" in result) return unknown(`fileset("${path}"): ${result.error}`);
  return setOf(result.files.filter((file) => minimatch(file, pattern, { dot: true })));
}
var FILE_FUNCTIONS = {
  file: { arity: [1, 1], fn: ([p], ctx) => readFile(str(p, "path"), ctx) },
  templatefile: { arity: [2, 2], fn: ([p, v], ctx) => isRecord(v) ? templatefile(str(p, "path"), map(v), ctx) : failure("templatefile(): vars must be an object") },
  fileset: { arity: [2, 2], fn: ([p, g], ctx) => fileset(str(p, "path"), str(g, "pattern"), ctx) },
  basename: { arity: [1, 1], fn: ([p]) => posix.basename(str(p)) },
  dirname: { arity: [1, 1], fn: ([p]) => posix.dirname(str(p)) }
};

// src/resolve/terraform/eval/functions/ip-address.ts
function parseIPv4(text2) {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text2);
  if (match === null) return void 0;
  const octets = match.slice(1, 5);
  if (octets.some((o) => Number(o) > 255)) return void 0;
  return octets.reduce((acc, o) => acc * 256n + BigInt(o), 0n);
}
function parseIPv6(text2) {
  let groups = text2;
  let tail;
  const v4 = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(text2);
  if (v4 !== null) {
    tail = parseIPv4(v4[2]);
    if (tail === void 0) return void 0;
    groups = `${v4[1]}0:0`;
  }
  const halves = groups.split("::");
  if (halves.length > 2) return void 0;
  const split = (s) => s === "" ? [] : s.split(":");
  const head = split(halves[0]);
  const rest = halves.length === 2 ? split(halves[1]) : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 2 && missing < 1 || halves.length === 1 && missing !== 0) return void 0;
  const all = [...head, ...Array(halves.length === 2 ? missing : 0).fill("0"), ...rest];
  if (!all.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return void 0;
  const value = all.reduce((acc, g) => (acc << 16n) + BigInt(parseInt(g, 16)), 0n);
  return tail === void 0 ? value : value & ~0xffffffffn | tail;
}
function parseCidr(text2) {
  const slash = text2.lastIndexOf("/");
  if (slash < 0 || !/^\d{1,3}$/.test(text2.slice(slash + 1))) return void 0;
  const address = text2.slice(0, slash);
  const prefix = Number(text2.slice(slash + 1));
  const width = address.includes(":") ? 128 : 32;
  const value = width === 32 ? parseIPv4(address) : parseIPv6(address);
  if (value === void 0 || prefix > width) return void 0;
  const hostBits = BigInt(width - prefix);
  return { width, prefix, network: value >> hostBits << hostBits };
}
function formatIPv4(value) {
  return [24n, 16n, 8n, 0n].map((shift) => String(value >> shift & 255n)).join(".");
}
function formatIPv6(value) {
  if (value >> 32n === 0xffffn) return formatIPv4(value & 0xffffffffn);
  const groups = Array.from({ length: 8 }, (_, i) => Number(value >> BigInt(112 - 16 * i) & 0xffffn));
  let best = { start: -1, length: 1 };
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > best.length) best = { start: i, length: j - i };
    i = j === i ? i + 1 : j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best.start < 0) return hex.join(":");
  return `${hex.slice(0, best.start).join(":")}::${hex.slice(best.start + best.length).join(":")}`;
}
function formatAddress(value, width) {
  return width === 32 ? formatIPv4(value) : formatIPv6(value);
}

// src/resolve/terraform/eval/functions/network.ts
function cidr(text2) {
  const parsed = parseCidr(text2);
  check(parsed !== void 0, `invalid CIDR address "${text2}"`);
  return parsed;
}
function subnet({ width, network, prefix }, newbits, netnum) {
  const length2 = prefix + newbits;
  check(newbits >= 0 && length2 <= width, `cannot extend a /${prefix} prefix by ${newbits} bits`);
  check(netnum >= 0 && BigInt(netnum) < 1n << BigInt(newbits), `network number ${netnum} does not fit in ${newbits} bits`);
  return `${formatAddress(network | BigInt(netnum) << BigInt(width - length2), width)}/${length2}`;
}
function host({ width, network, prefix }, hostnum) {
  const size = 1n << BigInt(width - prefix);
  const offset = hostnum < 0 ? size + BigInt(hostnum) : BigInt(hostnum);
  check(offset >= 0n && offset < size, `host number ${hostnum} does not fit in a /${prefix}`);
  return formatAddress(network + offset, width);
}
function subnets(base, newbits) {
  let next = base.network;
  const end = base.network + (1n << BigInt(base.width - base.prefix));
  return newbits.map((bits, i) => {
    const length2 = base.prefix + bits;
    check(bits >= 1 && length2 <= base.width, `cannot extend a /${base.prefix} prefix by ${bits} bits (argument ${i + 2})`);
    const size = 1n << BigInt(base.width - length2);
    const start = (next + size - 1n) / size * size;
    check(start + size <= end, `not enough remaining address space for a subnet with a prefix of ${length2} bits after ${formatAddress(next - 1n, base.width)}`);
    next = start + size;
    return `${formatAddress(start, base.width)}/${length2}`;
  });
}
var NETWORK_FUNCTIONS = {
  cidrsubnet: { arity: [3, 3], fn: ([p, b, n]) => subnet(cidr(str(p)), int(b, "newbits"), int(n, "netnum")) },
  cidrsubnets: { arity: [1], fn: ([p, ...bits]) => subnets(cidr(str(p)), bits.map((b) => int(b, "newbits"))) },
  cidrhost: { arity: [2, 2], fn: ([p, h]) => host(cidr(str(p)), int(h, "hostnum")) },
  cidrnetmask: {
    arity: [1, 1],
    fn: ([p]) => {
      const { width, prefix } = cidr(str(p));
      check(width === 32, `IPv6 addresses cannot have a netmask: ${str(p)}`);
      return formatAddress((1n << 32n) - 1n ^ (1n << BigInt(32 - prefix)) - 1n, 32);
    }
  }
};

// src/resolve/terraform/eval/functions/numeric.ts
var nums = (args) => args.map((a) => num2(a, "argument"));
function parseInteger(text2, base) {
  check(base >= 2 && base <= 62, "base must be between 2 and 62");
  check(base <= 36 && new RegExp(`^[-+]?[${"0123456789abcdefghijklmnopqrstuvwxyz".slice(0, base)}]+$`, "i").test(text2), `"${text2}" is not a base ${base} integer`);
  const n = parseInt(text2, base);
  check(Number.isSafeInteger(n), "the number is too large to be exact");
  return n;
}
var NUMERIC_FUNCTIONS = {
  min: { arity: [1], fn: (args) => nums(args).reduce((a, b) => Math.min(a, b), Infinity) },
  max: { arity: [1], fn: (args) => nums(args).reduce((a, b) => Math.max(a, b), -Infinity) },
  abs: { arity: [1, 1], fn: ([n]) => Math.abs(num2(n)) },
  ceil: { arity: [1, 1], fn: ([n]) => Math.ceil(num2(n)) },
  floor: { arity: [1, 1], fn: ([n]) => Math.floor(num2(n)) },
  signum: { arity: [1, 1], fn: ([n]) => Math.sign(num2(n)) },
  pow: { arity: [2, 2], fn: ([a, b]) => num2(a) ** num2(b) },
  parseint: { arity: [2, 2], fn: ([s, b]) => parseInteger(String(s), num2(b)) }
};

// src/resolve/terraform/eval/functions/format.ts
var VERB = /%([-+# 0]*)([1-9]\d*)?(?:\.(\d+))?([a-zA-Z%])/g;
function pad(text2, flags, width) {
  if (width === void 0) return text2;
  const n = Number(width);
  if (flags.includes("-")) return text2.padEnd(n);
  return flags.includes("0") && /^-?\d/.test(text2) ? text2.startsWith("-") ? "-" + text2.slice(1).padStart(n - 1, "0") : text2.padStart(n, "0") : text2.padStart(n);
}
function verb(letter, value, precision) {
  switch (letter) {
    case "s":
      return str(value, "%s argument");
    case "d":
      return String(int(value, "%d argument"));
    case "f":
      return num2(value, "%f argument").toFixed(precision === void 0 ? 6 : Number(precision));
    case "t":
      check(typeof value === "boolean", "%t needs a bool");
      return String(value);
    case "q": {
      const text2 = str(value, "%q argument");
      return /^[\x20-\x7e]*$/.test(text2) ? JSON.stringify(text2) : void 0;
    }
    case "v":
      if (typeof value === "number") return formatNumber(value);
      if (typeof value === "string" || typeof value === "boolean") return String(value);
      return Array.isArray(value) || isRecord(value) ? jsonEncode(value) : void 0;
    default:
      return void 0;
  }
}
function formatString(format, args, charge = () => void 0) {
  if (format.includes("%[")) return unknown("format(): explicit argument indexes are not rendered by posture-gate");
  let next = 0;
  let unsupported;
  const out = format.replace(VERB, (whole, flags, width, precision, letter) => {
    if (letter === "%") return "%";
    check(next < args.length, `not enough arguments for ${whole}`);
    const value = args[next++];
    const text2 = flags.replace(/[-0]/g, "") === "" ? verb(letter, value, precision) : void 0;
    if (text2 === void 0) unsupported ??= whole;
    charge(Math.max(text2?.length ?? 0, Number(width ?? 0)));
    return pad(text2 ?? "", flags, width);
  });
  if (unsupported !== void 0) return unknown(`format(): the verb ${unsupported} is not rendered by posture-gate`);
  check(next === args.length, `format string uses ${next} of ${args.length} arguments`);
  return out;
}

// node_modules/re2js/build/index.js
var RE2Flags = class RE2Flags2 {
  static FOLD_CASE = 1;
  static LITERAL = 2;
  static CLASS_NL = 4;
  static DOT_NL = 8;
  static ONE_LINE = 16;
  static NON_GREEDY = 32;
  static PERL_X = 64;
  static UNICODE_GROUPS = 128;
  static WAS_DOLLAR = 256;
  static LOOKBEHIND = 512;
  static MATCH_NL = RE2Flags2.CLASS_NL | RE2Flags2.DOT_NL;
  static PERL = RE2Flags2.CLASS_NL | RE2Flags2.ONE_LINE | RE2Flags2.PERL_X | RE2Flags2.UNICODE_GROUPS;
  static POSIX = 0;
  static UNANCHORED = 0;
  static ANCHOR_START = 1;
  static ANCHOR_BOTH = 2;
};
var PublicFlags = {
  CASE_INSENSITIVE: 1,
  DOTALL: 2,
  MULTILINE: 4,
  DISABLE_UNICODE_GROUPS: 8,
  LONGEST_MATCH: 16,
  LOOKBEHINDS: 512
};
var ASCII_SIZE = 128;
var ASCII_TO_UPPER = new Int32Array(ASCII_SIZE);
var ASCII_TO_LOWER = new Int32Array(ASCII_SIZE);
var MAX_BMP = 65535;
for (let i = 0; i < ASCII_SIZE; i++) {
  if (i >= 97 && i <= 122) ASCII_TO_UPPER[i] = i - 32;
  else ASCII_TO_UPPER[i] = i;
  if (i >= 65 && i <= 90) ASCII_TO_LOWER[i] = i + 32;
  else ASCII_TO_LOWER[i] = i;
}
var Codepoint = class {
  static CODES = Object.freeze({
    "\x07": 7,
    "\b": 8,
    "	": 9,
    "\n": 10,
    "\v": 11,
    "\f": 12,
    "\r": 13,
    " ": 32,
    '"': 34,
    $: 36,
    "&": 38,
    "'": 39,
    "(": 40,
    ")": 41,
    "*": 42,
    "+": 43,
    "-": 45,
    ".": 46,
    0: 48,
    1: 49,
    2: 50,
    3: 51,
    4: 52,
    5: 53,
    6: 54,
    7: 55,
    8: 56,
    9: 57,
    ":": 58,
    "<": 60,
    ">": 62,
    "?": 63,
    A: 65,
    B: 66,
    C: 67,
    F: 70,
    P: 80,
    Q: 81,
    U: 85,
    Z: 90,
    "[": 91,
    "\\": 92,
    "]": 93,
    "^": 94,
    _: 95,
    "`": 96,
    a: 97,
    b: 98,
    f: 102,
    i: 105,
    m: 109,
    n: 110,
    r: 114,
    s: 115,
    t: 116,
    v: 118,
    x: 120,
    z: 122,
    "{": 123,
    "|": 124,
    "}": 125
  });
  static toUpperCase(codepoint) {
    if (codepoint < ASCII_SIZE) return ASCII_TO_UPPER[codepoint];
    const s = String.fromCodePoint(codepoint).toUpperCase();
    const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (s.length > expectedLen) return codepoint;
    const sOrigin = String.fromCodePoint(s.codePointAt(0)).toLowerCase();
    const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
    return s.codePointAt(0);
  }
  static toLowerCase(codepoint) {
    if (codepoint < ASCII_SIZE) return ASCII_TO_LOWER[codepoint];
    const s = String.fromCodePoint(codepoint).toLowerCase();
    const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (s.length > expectedLen) return codepoint;
    const sOrigin = String.fromCodePoint(s.codePointAt(0)).toUpperCase();
    const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
    return s.codePointAt(0);
  }
};
var UnicodeRangeTable = class {
  /**
  * @param {Uint32Array | number[]} data
  * @param {boolean} isStride1
  */
  constructor(data, isStride1 = false) {
    this.data = data;
    this.isStride1 = isStride1;
    this.SIZE = isStride1 ? 2 : 3;
  }
  getLo(index) {
    return this.data[index * this.SIZE];
  }
  getHi(index) {
    return this.data[index * this.SIZE + 1];
  }
  getStride(index) {
    return this.isStride1 ? 1 : this.data[index * this.SIZE + 2];
  }
  get length() {
    return this.data.length / this.SIZE;
  }
};
var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-";
var B64_MAP = /* @__PURE__ */ new Uint8Array(256);
for (let i = 0; i < 64; i++) B64_MAP[B64.charCodeAt(i)] = i;
var decodeVLQ = (str3) => {
  const res = [];
  let value = 0;
  let shift = 0;
  for (let i = 0; i < str3.length; i++) {
    const digit = B64_MAP[str3.charCodeAt(i)];
    value |= (digit & 31) << shift;
    if ((digit & 32) === 0) {
      res.push(value);
      value = 0;
      shift = 0;
    } else shift += 5;
  }
  return res;
};
var decodeRanges = (str3, isStride1) => {
  const res = decodeVLQ(str3);
  const numRanges = isStride1 ? res.length / 2 : res.length / 3;
  const out = new Uint32Array(numRanges * 3);
  let current = 0;
  let resIdx = 0;
  for (let i = 0; i < numRanges; i++) {
    current += res[resIdx++];
    out[i * 3] = current;
    current += res[resIdx++];
    out[i * 3 + 1] = current;
    out[i * 3 + 2] = isStride1 ? 1 : res[resIdx++];
  }
  return out;
};
var decodeOrbit = (str3) => {
  const res = decodeVLQ(str3);
  const map2 = /* @__PURE__ */ new Map();
  let currentKey = 0;
  for (let i = 0; i < res.length; i += 2) {
    currentKey += res[i];
    const zz = res[i + 1];
    const delta = zz >>> 1 ^ -(zz & 1);
    map2.set(currentKey, currentKey + delta);
  }
  return map2;
};
var LazyMap = class {
  constructor(initializer) {
    this.initializer = initializer;
    this.cache = /* @__PURE__ */ new Map();
  }
  has(key3) {
    return Object.hasOwn(this.initializer, key3);
  }
  get(key3) {
    if (this.cache.has(key3)) return this.cache.get(key3);
    const val = this.has(key3) ? this.initializer[key3]() : null;
    this.cache.set(key3, val);
    return val;
  }
};
var UnicodeTables = class {
  static _CASE_ORBIT = null;
  static get CASE_ORBIT() {
    if (!this._CASE_ORBIT) this._CASE_ORBIT = decodeOrbit("rCgCIgCY+rQI4QiCuuBLgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCCgCBgCBgCBgCBgCBgCBgCB+7OB-BB-BB-BB-BB-BBskQB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BC-BB-BB-BB-BB-BB-BB-BByHBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBxHBCBBBCBBBCBBB3SBmMBkNBCBBBCBBB8MBCBBB6MB6MBCBBC+EB0MB2MBCBBB6MB+MBiGBmNBiNBCBBBmKBikzCBmNBqNBkIBsNBCBBBCBBBCBBB0NBCBBB0NDCBBB0NBCBBByNByNBCBBBCBBB2NBCBBDCBBCwDFCBCBDBCBCBDBCBCBDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB9EBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBCBDBCBBBhGBvDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBjICCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBH2iVBCBBBlKBwiVB+jVB+jVBCBBBlMBqEBuEBCBBBCBBBCBBBCBBBCBBB+hVB4hVB8hVBjNB7MC5MB5MCzMC1MB+0yCE5MB20yCC9MBu2yCBwyyCBo0yCChNBlNBo0yCBu-UBi0yCDlNC6-UBpNDrNIu+UDzNCm0yCBzNE0yyCBzNBpEBxNBxNBtEG1NLqxyCBkxyCnFoFrBCBBBCBBDCBBEkIBkIBkICoHHsCCqCBqCBqCCgEC+DB+DBmkOBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCC+BBgCBgCBgCBgCBgCBgCBgCBgCBrCBpCBpCBpCBmjOB-BB8BB-BB-BBgEB-BB-BByBBqgOBsDB-BBtwBB-BB-BB-BBsBBgDBCB-BB-BB-BBeB-BB-BB61OB-BB-BB-DB9DB9DBQB7DBmCE9CBrDBPBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBrFB-EBOBnHB3FB-FCCBBBNBCBBCjIBjIBjIBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB8kMB-BB6kMB-BB-BB-BB-BB-BB-BB-BB-BB-BBokMB-BB-BBkkMBkkMB-BB-BB-BB-BB-BB-BB-BB4jMB-BB-BB-BB-BB-BB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EBCBBBCBoiMBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBJCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBeBCBBBCBBBCBBBCBBBCBBBCBBBCBBBdBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDL-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-C64CgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOCgmOGgmODg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FDg8FBg8FBg8FhVg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBQBQBQBQBQBQDPBPBPBPBPBPjkC7mMB5mMBnmMBjmMBCBlmMB3lMBpiMBk8kCBCBBG-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FD-7FB-7FB-7F6FoglCEsuHRwjlCyDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCB0DBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBG1DD97OCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPEQCQCQCQCPCPCPCPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPB0EB0EBsFBsFBsFBsFBoGBoGBgIBgIBgHBgHB8HB8HDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQCSFPBPBzEBzEBRCxnOFSFrFBrFBrFBrFBREQBQClkOFPBPBnGBnGFQBQCljOCODPBPB-GB-GBNHSF-HB-HB7HB7HBRqJ53OE9tQBrmQH4Bc3BSgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfECBByZ0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzB34BgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CBCBBBt-UBruHBt+UB1iVBviVBCBBBCBBBCBBB3hVB5-UB9hVB7hVCCBBCCBBI9jVB9jVBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBICBBBCBBECBBN-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOC-lOG-lOzoeCBBBCBBBCBBBCBBBCBBBCBl8kCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBTCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBnECBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBKCBBBCBBBnglCBCBBBCBBBCBBBCBBBCBBECBBBvyyCDCBBBCBBBgDCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBn0yCB90yCB10yCBh0yCBn0yCCjxyCBzyyCBpxyCBg6BBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB-CBl0yCBvjlCBCBBBCBBBt2yCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBhkzCZCBB9a-5Bd-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCm6TCBB7gBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCH-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BmlBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvChDwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCFvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvC1DuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCCuCBuCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCCtCBtCk2BgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEO-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-D+CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCL-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-B74CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhrVgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BD1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BtxekCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjC");
    return this._CASE_ORBIT;
  }
  static _Print = null;
  static get Print() {
    if (!this._Print) this._Print = new UnicodeRangeTable(decodeRanges("hB9CBjBLBCpWBDFBFGBCCCBSBCsMBClBBDxBBDCBC2BBJaBFFBSVBC-FBCvBBD6BBDkDBP6BBDwBBDOBCbBDCCBJBGfBIqCBCgFBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYBDCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPBLCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGBCCBCHBDBBDVBCGBCBBCEBDIBDBBDCBICBFBBCEBDRBLBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBGMBCCBCWBCPBDIBCCBCDBIBBCCBCBBDDBDJBIVBCCBCWBCJBCEBDIBCCBCDBIBBGCBCDBDJBCCBNMBCCBCyBBCCBCFBFPBDZBCCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBN5BBFcBmBBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDBhBnCBCjBBFmBBCjBBCOBCMBmBlGBCGGD4LBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBH1CBDFBD-TBCbBE4CBIVBKXBKTBNMBCCBCBBN9CBDJBHJBHNBCKBH4CBIqBBGlCBLeBCLBFLBFEEBoBBDEBMrBBFZBHKBE9BBDgCBCcBDKBHJBHNBDtBBDLBVsCBClFBJ7BBEOBE9BBGqBBDKBJqBBG1QBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBSXBJuBBSBBDaBCMBEhBBPgBBQrEBF5UBXKBWz4BBD9LBGsBBCGGD3BBIBBPXBKGBCGBCGBCGBCGBCGBCGBCGBC9DBjBZBC4CBN1GBbPBC+BBC1CBDmDBGqBBC9CBC1CBKvBBCszcBE2BBK7KBV3FBJ8GBV7BBEJBH3BBJlCBJLBHzDBMdBEtCBCKBFgBBC2BBKNBDJBDmDBZbBLFBDFBDFBKGBCGBC7BBF9DBDJBHj9KBNWBFwBBloItLBDpDBnBGBNEBGZBCEBCCCBCCBCCBoUBhBpBBHyBBCSBCDBFEBCmEBF9FBEFBDFBDFBDCBEGBCGBOBBDLBCZBCSBCBBCOBDNBjB6DBGCBFsBBE3CBCMBEwBwBBsBBjEcBEwBBQbBFjBBKdBGqBBGdBCkBBFNBrB9EBDJBHjBBFjBBFnBBJzBBMLBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBCnCBJIBxBSBCBBGgBBEaBGaBnB3BBFTBDxBBCBBGHBCCBCcBDCBFJBIIBI-BBhBmBBFLBK1BBEcBDaBGZBIDBNGBxCoCB4ByBBOyBBItBBJJBHlBBEcBJBBxGeBCpBBCCBDBBRFBJIBiBtBBJpBBXZBnBbBVWBKtCBFjBBK9BBCEBOYBIJBH0BBCRBJmBBK-CBCTBMRBCuBB-BGBCCCBCBCOBCKBH6BBGJBHDBCHBDBBDVBCGBCBBCEBCJBDBBDCBDHHGGBDGBEEBMJBCDDClBBCJBCDDCDBCJBCBBJBBe7CBCEBfnCBJJBnF1BBDlBBjBkCBMJBHMBU5BBHJBHTBdaBDOBFWB6F7BBlDyCBNHBDDDBGBCBBCdBCBBDLBKJBnCHBDtBBDKBcnCBJyCBOoCBIJB3CHB5ChBBPJBHIBCsBBCNBLcBEfBDVBCNBqCGBCBBCrBBECCBCCBHBJJBHFBCBBCkBBCBBCFBIJBHrBBFJB3HYBIQBCoBBEcB2CQQBwBBO6cBnDuDBCEBMjGBtyCiDBOvhBBRVBL68DBGmSB61G5BBn2B4RBIeBCJBFwCBCJBHdBDFBLlCBLJBCGBCUBGSBxN5BBnG6CBGYBDYBtBqCBF4BBIQBhCEBMGBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBDDBh7D8HBEzNBHWBQQBQtBBDWBKzDB9B1HBLmBBDpCBJvDBWlCB7DTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBD9VBQEBCOBxiBeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBENBDJBFBBhKeBS5BBGxOxOBoBB3GqBBFhGhGBdBCVBJBBhHGBCDBCBBCOBCkGBDPBqBrCBFJBFBByYjCBtC8BBjGDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBBvIrBBFjDBNOBDOBCOBCkBBLtFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBmgB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIBnkzVvHB", false));
    return this._Print;
  }
  static CATEGORIES = new LazyMap({
    C: () => new UnicodeRangeTable(decodeRanges("AfBgDgBBOrWrWBHHBCBICCVuMuMnBBBzBBBE4B4BBGBcDBHQBXhGhGxBBB8BBBmDNB8BBByBBBQddBCCMEBhBGBsCiFiFJBBDBBXIICCBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBPMMBEB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKMMBDBbEByBPBDBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCB-FCBHBBHBBHBBECBIIIBLBDBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIB-BGGBLBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMBxhBPBXJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBF-6DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBrCHBxDUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIlkzVBxHvw-FB", false)),
    Cc: () => new UnicodeRangeTable(decodeRanges("AfgDgB", true)),
    Cf: () => new UnicodeRangeTable(decodeRanges("tFzqBzqBBEBXhGhGyBhMhMBxCxCs5D9-B9-BBDBbEByBEBCJBw03B6H6HBBBimEQQj7IPBhjiBDBwmFHBn0rYffB+CB", false)),
    Cn: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBDBvzIBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-BB---BBB---BBB", false)),
    Co: () => new UnicodeRangeTable(decodeRanges("gg4B-nGh4hc9--BD9--B", true)),
    Cs: () => new UnicodeRangeTable(decodeRanges("gg2B--B", true)),
    L: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICCiEEBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoCaBFDBuBqBBkBBBCiDBCQQBIIBLLBBBDRRCdBe4CBMZZBfBKBBFGGBUBFKKEYYBXBIKBGXBCGBRpBB7B1BBETTIJBQPBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNGB7BBBCCCBDBCXBCCCBIBCBBKDDBDBCWWBCBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNSSBkBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBkBFFkC4CBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBzC+C+CBtBBSHB3BdBOBBLrBBbjBBqBCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBhC1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBF1B1BB8zC8zCBjHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBxC2O2OBrBrBBDBGBBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBReBDlCByBIBDmDBDxCBVQBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBdRRBDBCJBLEBCoBBYCBCHBVWBEEEBwBBCEEBDDBDBDCCZCBDKBICBNFBDFBDFBKGBCGBCqBBCNBHyDBej9KBNWBFwBBloItLBDpDBnBGBNEBGCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBxB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOjBBnBbBKWB7HpBBHBBRFB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB1D-BBgBHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBqBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBGjCjCBLBhCBBCPPBNNB0mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBn7F0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFBmI9BBzEsBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCCBCBBCGBDEBKBBhHGBCDBCBBCOBCkGB8BjCBI1lB1lBBCBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    LC: () => new UnicodeRangeTable(decodeRanges("hCZBHZB7BLLBVBCeBCiGBCDBFvGBDZBhGDBDBBECBCHHCCBCCCBSBCyCBCqEBJlFBClBBKoBB44ClBBCGGDqBBDCBhV1CBDFBjkCKBGqBBDCBhCrBBgCMBChBBmD1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGBmIFFDJBCEEBDBHGCBCBCFBFDDBCBGEBF1B1BB8zC8zCB6DBDmDBHDBEBBNlBBCGGzoetBBTbBnEtCBCWBEDBCsCBZBBE2Z2ZBpBBGIBIvCBh6TGBNEBqgBZBHZBmlBvCBhDjBBFjBB1DKBCOBCGBCBBCKBCOBCGBCBBk2ByBBOyBB+CVBLVB74C-BBhrV-BBhBYBDYBtpZ0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BJBCTBHFB2uCjCB", false)),
    Ll: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDZBiGCCEEEBBBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBDCB5XFBjkCIBC2D2DBqBBgCMBChBBnD0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBBzIEEBEEcKFDBBJDBF2B2Bs1CvBBCEEBGCFCCBCCBEBGiDCBIICFFNlBBCGG0oesBCUaCoEMCBBBC+BCBGBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCbEE2ZqBBGIBIvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFB4vChBB", false)),
    Lm: () => new UnicodeRangeTable(decodeRanges("wVRBFLBPEBICCmEGG-OnHnHlFBBuIBBFgBgBKEEhFoFoF1mBgEgE2R72B72BsDkTkTxOFBvF+BBOjBjBBjBByVOORMBg-CBByHgGgG2OsBsBBDBGiDiDB+C+CBBB34bjnBjnBBEBvIzDzDdBB6DIBxCYYpDDBEBB2OXXqEtDtDWBBoDDBKngVngVuBBBh-BFBCpBBCIB0sBhBhB2K04D04DnrTDB9PCBpBBBnRMBhCBBCPPB9-P9-PBCBCGBCBByhM9BBqGGBud0Q0QsSAB", false)),
    Lo: () => new UnicodeRangeTable(decodeRanges("qFQQhIFFBCBxGBB7ZaBFDBuBfBCJBkBBBCiDBCZZBLLBBBDRRCdBe4CBMZZBfBWVBrBYBIKBGXBCGBRoBB8B1BBETTIJBROBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNFB8BBBCCCBDBCXBCCCBIBCBBKDDBDBYDBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNyDyDBnKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPByDrTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBpBkCkCBhBBC0BBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBxFuBBSHB3BdBOBBLrBBbjBBqBCBLdByDDBCFBCBBE7hB7hBBCB4-C3BBZWBKGBCGBCGBCGBCGBCGBCGBCGBoR2B2BF1CBJCCB4CBFGGBpBBC9CBSfBxBPBhQ-tGBhC0wUBC2jBBkCnBBJrIBFPBLBBjCyByBBkCBqFoDoDEGBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBuBEBDIBLEBCoBBYCBCHBVPBCFBEEEBwBBCEEBDDBDBDCCZBBEKBIPPBEBDFBDFBKGBCGByEiBBej9KBNWBFwBBloItLBDpDBkCCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBqDJBCsBBDeBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBhEtCBjDnBBJzBB9CzBBN2JBKVBLHB5EFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4FjBBnBDBCxJxJBoBBHBBRCBCBB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB0GHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBnBBCBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBB0BUBGSB0NnBB2MqCBGwFwFB0mHBqBfBiDyDBuwIiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBxzI2P2PBrBBiBiKiKBcBTrBBlPaBmHdBDwGwGBdBCCBCBBCGBDEBKiHiHBFBCDBCBBCOBCkGB8pBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Lt: () => new UnicodeRangeTable(decodeRanges("lOGDnB2sH2sHBGBJHBJHBNQQwBAB", false)),
    Lu: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBG+B+B9zCvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBB", false)),
    M: () => new UnicodeRangeTable(decodeRanges("gYvDB0IGBoIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCgBB3BCBCRBCGBLBBeCB5BCCBFBDBBDCBKLLBbbDCB5BCCBDBFBBDCBEffBEEMCB5BCCBGBCCBCCBVBBXFBCCB5BCCBFBDBBDCBICBLBBf8B8BBDBECBCDBKpBpBBDB4BCCBFBCCBCDBIBBMBBeCB5BCCBFBCCBCDBIBBMBBQNNBCB4BBBCGBCCBCDBKLLBeeBBBnCFFBEBCCCBGBTBB+BDDBFBNHBjDDDBHBMGBqCBBcECFBByBTBCBBGKBCjBBKlDlDBSBYDBFCBCCBDGBEDBOLBCLLBCBgWCBzdDBdCBeBBfBBhCfBKuBuBBBBC2D2DBjBjB3DLBFLB8GEB6BJBCcBDxBxBBsBBDLBVEBwBQBnBIBNCBfMB5BNBxBTB5ECBCUBFHHDCBnG-BBxWgBB--CCBuEhDhDBeBrRFBqDBB1udDBCJBhBBBxCBBxIEEFYYBDBF0C0CBzBzBBQBbRBOnBnBBGBaMBtBDBwBNBlBkCkCBMBNJJBuBuBBBBzBCCBBBDBBGBBCqBqBBDBGBBtHHBCBBx5TiXiXBOBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB7DCB2BOBqBDDBLLBCBuBKBI+B+BBBBlBNBRBBtBNNBBBxBNBJDBCBB9CLBHDD+ELBWDB4BBBCGBDBBDCBKLLBDDBFBEEBkCIBCDDCDBCEBCPPBzCzCBQBYyCyCBSBsHGBDIBcBBzCQBrDMBmDOBhIOB2HFBCBBDDBCCCBuEuEBFBDGBEddBIBpBGBCDBJKKBJBvBPBnGHBoGHBCHBzCVBCNB7DFBECCBCCBFBCjCjCBDBCBBCEB8KDBKBBCxBxBBFBEEBYmnFmnFHOBpmLRBhuCEB8BGB5gBCCB1BBIDByCMMBslTslTBizEizEBsBBDWB-QEBEFBJHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
    Mc: () => new UnicodeRangeTable(decodeRanges("joC4B4BDCBJDBCBBzBBB7BCBHBBDBBLsBsB7BCBjC7B7BBBBJCCB2B2BB7B7BCHHBDDBLLnDBBCBBECBCCBLqBqBBBB+BDB+BBB7BCCBDBDBBCBBKBBdPPB7B7BBBBGCBCCBLrBrBBsCsCBBBHHBTBBrKBBgCsFsFBFFHDDBaaBLLBBBDGBWBBDFBDLLBBB5zBffiEIIBGBCBB7KDBDCBFBBCFBhHBB7BCCKCCBJJBEByExBxBGCCBDBCBB+BffFBBD9B9BDCBCEEBxBxBBGBJBBsFWW35EBB0-dBBD5C5CBzBzBBOBvEBBwBxBxBBFFBDDBBBvDBBDBBZuBuBCuDuDDBBGuHuHBCCBCCBCC0gZCCgEuBuBBBBFBB0DZZB8B8BxBCBKBBO+C+CBBBEBBCrFrFBBBgBBB7BBBCDBDBBDCBKLLB1C1CBBBIDDCDBCBBCmDmDBBBJBBErDrDBBBHCCBCBDuHuHBBBHDBDyDyDBBBJBBCuDuDCBBHoDoDCBBFmImIBBBK4H4HBEBCBBFDDCvEvEBBBJDBF1C1CeBB-BqGqGECCoGPPrDIID2G2GBDBFBBC-K-KBNNxBBBJBBCpvQpvQBBBlxD2BBpDBB0rYBBHFB", false)),
    Me: () => new UnicodeRangeTable(decodeRanges("okBBB1xF-wB-wBBCBCCBsshBCB", false)),
    Mn: () => new UnicodeRangeTable(decodeRanges("gYvDB0IEBqIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCfB4BCCFHBFEEBFBLBBe7B7BFDBJVVBbbDBB6BFFBFFBDDBBBEffBEEMBB6BFFBDBCBBFVVBXXBEBC7B7BDCCBCBJIIBMMBff+BNNzBEE4BCCBBBGCBCDBIBBMBBe7B7BDHHGBBVBBdBB6BBBFDBJVVBeepCIIBBBC7C7CDGBNHBjDDDBHBMGBqCBBcEC4BNBCEBCBBGKBCjBBKnDnDBCBCFBCBBDBBaBBFCBRDBODDBHHQgWgWBBBzdCBeBBfBBfBBhCBBCGBJDDBJBKuBuBBBBC2D2DBjBjB3DCBFBBKHHBBB8GBBD7B7BCGBCCCDHBHJBDxBxBBMBCeBDLBVDBxBCCBDBCGGpBIBNBBhBDBDBBCCB5BCCBEECCB7BHBDBB5ECBCMBCGBFHHEBBnG-BBxWMBFEEBKB--CCBuEhDhDBeBrRDBsDBB1udFFBIBhBBBxCBBxIEEFaaBGG4EBBbRBOnBnBBGBaKBvBCBxBDDBCBDBBoBkCkCBEBDBBDBBNJJwB0B0BCCBDBBGBBCrBrBBJJvHDDFx5Tx5TiXPBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB8D3B3BBNBqBDDBLLBBByBDBDBBI+B+BBBBlBEBCHB-BNNB1B1BBHBLDBDgDgDBBBDCCBHHD+E+EEHBWBB6BBBEmBmBBFBEEBnCFBOECPBB2CHBDCBCYY1CFBCFFBCCBvHvHBCBHBBCBBcBB2CHBDCCBrDrDCDDBEBCmDmDCDDBCBCEBkIIBCBBhIBBCFFxEDBDBBFhBhBBIBpBFBDDBJKKBEBDCBvBMBCBBnGCCBBBCqGqGBFBCFBCzCzCBUBDGBCBBCBB7DFBECCBCCBFBCpCpCBEEC8K8KBMMB1B1BBDBGCCYmnFmnFHOBpmLLBECBhuCEB8BGB5gBgCgCBCByC5lT5lTBizEizEBsBBDWBhRCBSHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
    N: () => new UnicodeRangeTable(decodeRanges("wBJB5DBBGDDBBBitBJBnEJBnGJB9MJB3DJBFFBtDJB3DJB3DJBDFBvDMB0DJBJGBoDJBpDGBISBuDJBhDJB3DJBnCTBtIJBnCJBwWTBybCBwHJBHJBXJBtJJBhEKBmFJBHJB3FJB3CJBnEJBHJB3gBEEBEBHJBnGyBBDEB3W7BBvCVB3TdBqrBqYqYaIBPCB4KDBrEJBfHBCOBhBJBoBOBh7cJB9FJBhKFB7EJBnBJBnGJBXJB3CJB3MJB34UJBuPsBBN4BBSBB2KaBlBDBeJJnEEBrGJBvdHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBxBJBHJB3IeB-EJBrBDBxDGBnEdBhEJB9BJBxEJBITB8HJB3KJB3DJB3LJBnDJBHTBtCLBlNSB+CJB3UJB3CcBkHJBnCJB3BJBnLJBnDUBshBuDBimPJBnpCJB3CJBnEJBCGBvQJBnIWB+KCB6nXJBnuBTBNTBtDYB2iBxBBhqCJBnNJB3PJB4HJBtWIBhEJB4Y6BBCCBCDBtCsBBCOBjeMBk3CJB", false)),
    Nd: () => new UnicodeRangeTable(decodeRanges("wBJnxBJnEJnGJ9MJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJhDJ3DJnCJ3IJnCJn6BJnBJtJJhEJnFJHJ3FJ3CJnEJHJnuiBJnVJnBJnGJXJ3CJ3MJ34UJnsBJnkCJHJ9YJhEJ9BJxEJ3IJ3KJ3DJ3LJnDJHTtCJnNJnDJ3UJ3CJ3HJnCJ3BJnLJ3uQJnpCJ3CJnEJ3QJ37XJ12CxBhqCJnNJ3PJ4HJ2aJ30EJ", true)),
    Nl: () => new UnicodeRangeTable(decodeRanges("u3FCBwzCiBBDDB-zDaaBHBPCBs1dJBxyW0BBtOJJnEEBrhIuDBm8SCB", false)),
    No: () => new UnicodeRangeTable(decodeRanges("yFBBGDDBBB2pCFB5LFB5DCBmEGB6GGBSIByNJB2hBTB0jBJBhP20B20BEFBHJBnGPBqB3W3WB6BBvCVB3TdBqrB1kB1kBBCBrEJBfHBCOBhBJBoBOBxrdFBymWsBBiCDBSBB2KaBlBDB1pBHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBhLeB-EJBrBDBxDGBnETB8LTBmqBBBvNIBobSB0aUBn8SGB-YWBqhZTBNTBtDYBvqFIBid6BBCCBCDBtCsBBCOBjeMB", false)),
    P: () => new UnicodeRangeTable(decodeRanges("hBCBCFBCDBLBBEBBbCBCccCkBkBGEELBBEEE-VJJzOFBqBBB0BCCDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCmBmBBCBoCrCrCBDBFBBwDFBsFlTlTBHB4EuTuTtBBBvCCBoCBB+ECBCCBmBKB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBM9Z9ZBWBJTBCMBCLBfBBPBB6TDBeBB+hBNBwCBBgBJB0MVBgCDBhBBB8XDBCBBxDwEwEBtBBCfBDLBkNCBFJBDLBRNNjD7C7CjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HzqUzqUBxGxGBIBXiBBCNBCFFCBB2ECBCFBCDBLBBEBBbCBCccCCCBFB7MCB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDByO-J-JjBlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
    Pc: () => new UnicodeRangeTable(decodeRanges("-Cg-Hg-HBUU-u3BBBZCBwHAB", false)),
    Pd: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEBiwDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
    Pe: () => new UnicodeRangeTable(decodeRanges("pB0B0BgB+1D+1DC-6B-6BqtC4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECtBGCtNICEGCDBB-ozB6G6GeOCESSCCCrF0B0BgBGD", false)),
    Pf: () => new UnicodeRangeTable(decodeRanges("7F+6H+6HEddpuDCCFDDQEE", false)),
    Pi: () => new UnicodeRangeTable(decodeRanges("rFt7Ht7HDBBDaapuDCCFDDQEE", false)),
    Po: () => new UnicodeRangeTable(decodeRanges("hBCBCCBDECBLLBEEBcclCGGPBBI-V-VJzOzOBEBqB3B3BDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCxDxDrCEBFBBwDFBsFlTlTBHBmY9D9DBBBoCBB+ECBCCBmBFBCDB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBMjajaBJJBGBJIBDDBDCBEKBCCCBIB7kDDBCBBxDwEwEBFFBBBDDDBHBCBBCDDBLLBDBCJBDDBCCCBLBDCBtNCB6B+F+FjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HlxUlxUBFBDXXVBBDDBECBCDBICBHCCB2E2EBBBCCBDECBLLBEEBcclBDDB7M7MBBB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDB0ZlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
    Ps: () => new UnicodeRangeTable(decodeRanges("oBzBzBgB-1D-1DC-6B-6B-rCEEnB4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECaTTCECtNICEGCDipzBipzB4GeeCMCESSCCCrFzBzBgBEEDAB", false)),
    S: () => new UnicodeRangeTable(decodeRanges("kBHHRCBgBCCcCCkBEBCBBDCCBCBDEEfgBgBrODBNNBGGBCCCBPB2DPPBxDxDsErIrIBBB3DCBDDDBvGvGLUUB4H4HIBBpEqLqLBHHB2H2H-DjEjEBGBlEwGwGqBmGmGiGCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WuLuLlL+E+EBgBBiLJBKIBhiBCCBBBMCBOCBOCBOBBmCOOoBCBOCBUhBB-BBBCDBCBBLCCBBBGFBCECFMMBFFBDBGDBC7B7BBFFB2LBFcBD+HBXKByCtCBXnTBtBwBBDeBLyMBX+BBFfBD1LBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBB8CBB0HBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BB6RWBKBBoDBB+EDBLDB+RCBiHPPB+9T+9TpEgBBuLPBhCBB3BHBtBDBjDCCBBBD7E7EHRRBBBgBCCcCCiEGBCGBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSmWmWBiKiKBGBnjC2kC2kCBbBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQQBgDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBrbaagBaagBaagBaagBaa9B-PB4BDBzBHBCNBCBBp2BwNwNttCEE+DiOiOBvIvIBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
    Sc: () => new UnicodeRangeTable(decodeRanges("kB+D+DBCBqnB8D8DzPBBzPBBI2H2HoImSmS8sClmClmCBgBB37hBkuVkuVtD7E7E8GBBEBB3-HDB-4wBxtCxtC", false)),
    Sk: () => new UnicodeRangeTable(decodeRanges("+CCCoCHHFEEqQDBNNBGGBCCCBPB2DPPBjoBjoB15FCCBBBMCBOCBOCBOBB9kEBBkzdWBKBBoDBBxePPBniUniUBPB8bCCjF4g9B4g9BBDB", false)),
    Sm: () => new UnicodeRangeTable(decodeRanges("rBRRBBB+BCCuBFFmBgBgB-XwQwQBBB8xGOOoBCBOCBsEoBoBBDBHlClCBDBGBBFGDIgBgBBDDCgBgBBqIBhBBB7CffBXBpBFB2OKK3BHBwDxKxKBDBDeBLPBhIiEBX+BBFfBDhIBxBUBDFB9+zB5Z5ZCCBlFRRBBB+BCCkEHHBCBitDBBhrwBx+Bx+BagBgBagBgBagBgBagBgBat5Ft5FB-uC-uCBHB", false)),
    So: () => new UnicodeRangeTable(decodeRanges("mFDDFCCyerIrIBgEgEBvGvGLUUB4H4HkQ2L2LjEFBClElEwGqBqBoMCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WzWzW+EhBBiLJBKIBksBBBCDBCBBLCCBHHBEBCECFMMBPPCBBC7B7BBKKBDBDDBCBBCBBCGBCeBDBBCCCBdBtIHBFTBDGBDwCBCdBanBBHnCBXKByCtCBX2FBCIBC1BBJuDBC3HBtBrBBhC-HBhQvBBWBBHmBBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBBxKBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BBibDBLBBC+R+RBBBqqUPBuLPBhCBB3BHBuBCBlPEEFBBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSpgBpgBBGBnjC2kC2kCBGBFQBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQPBhDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBqlB-PB4BDBzBHBCNBCBBp2B96C96CiEyWyWBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E6HBG4WBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBB-B3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
    Z: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBeBBGwBwBh9DAB", false)),
    Zl: () => new UnicodeRangeTable(decodeRanges("ohIA", true)),
    Zp: () => new UnicodeRangeTable(decodeRanges("phIA", true)),
    Zs: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBlBwBwBh9DAB", false)),
    ASCII_Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbF", true)),
    Alphabetic: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICC3CeeBQBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoBNBCCCBCCBCCJaBFDBeKBG3BBCGBPlDBCHBFHBFCBLCBDRRBuBBOkDBZgBBKBBFGGBWBDSBUYBIKBGXBCGBIJJBoBBLLBEGBHrCBCPBCCBFOBOSBCHBDBBDVBCGBCEEBCBEHBDBBDBBCJJFBBCEBNBBLFFBBBCFBFBBDVBCGBCBBCBBCBBFEBFBBDBBFIIBCBCSSBEBMCBCIBCCBCVBCGBCBBCEBEIBCCBCBBEQQBCBWDBFCBCHBDBBDVBCGBCBBCEBEHBDBBDBBKBBFBBCEBORRBCCBEBECBCDBEBBCCCBEEBEEBBBELBFEBECBCCBEHHpBMBCCBCWBCPBEHBCCBCCBJBBCCBCBBDDBdDBCHBCCBCWBCJBCEBEHBCCBCCBJBBGCBCDBOCBNMBCCBCoBBDHBCCBCCBCGGBCBIEBXFBCCBCRBEXBCIBCDDBFBJFBCCCBGBTBBO5BBGGBH0B0BBECBDBCXBCCCBRBCCBDEBCHHPDBhBgCgCBGBCjBBFSBFPBCjBBkC2BBCDDBDBR-BBLDBDlBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBEKBITBMUBNTBNMBCCBCBBNzBBDSBPFFkC4CBIqBBGlCBLeBCLBFIBYdBDEBMrBBFZB3BbBF+BBDTBzBYYBMMBBByBzBBCOBCHB0BpBBDDBLrBBCKBP2BBXCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBUhBBM1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBFSSBnBBuZzBB34BkHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBCfBwB2O2OBBBaIBIEBDEBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBGHBEwDBoBIBDmDBDxCBVUBCgBBZzBBNjCBCtBtBBEBECCBBBLgBBGiBBOcBEyBBCLBQRRBOBLEBC2BBKNBTWBEkCBCCCZCBDPBDDBMFBDFBDFBKGBCGBCqBBCNBH6DBWj9KBNWBFwBBloItLBDpDBnBGBNEBGLBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmC0BBsIcBEwBBwBfBOdBGqBBGdBDjBBFHBCEBrB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCDBCBBGHBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOnBBjBbBEGGBVB7HpBBCBBEBBRFBzBCBEcBLJJBUBrBRBvBUBcWBKlCBsBEBL4BBKOOBXBYyBBSDBJiBBEKKB+BBCDBKBBLCCkBRBChBBDHHBCB-BGBCCCBCBCOBCJBI4BBYDBCHBDBBDVBCGBCBBCEBEHBDBBDBBEHHGGBdJBCDDClBBCJBCDDCDBCBBECCtBhCBCCBCDBVCBfhCBDBBC5F5FB0BBDGBaFBjB+BBCEE8B1BBDoCoCBZBDNBWGB6F4BBoD-BBgBHBDDDBGBCBBCdBCBBDBBDDB+CHBDtBBDFBCCCBccBxBBDJBSnCBGTTBnCBoDHB5CgBBgBIBCsBBCGBCyByBBcBDVBCNBqCGBCBBCrBBECCBCCBBBCDDBZZBEBCBBCkBBCBBCDBCYYBqBBlIWBKQBCoBBECBwDwCwCB4cBnDuDBSjGBtyCgDBQvhBBSFBa68DBGmSB61GuBBy2B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBF4BBIQBhCBBCNNBFBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBFi7Fi7FBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCVBJBBhHGBCDBCBBCOBCkGB8BjCBEEE1lBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1TZBHZBHZB3zD-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Dash: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEB+BoBoBQnMnMlgDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
    Emoji: () => new UnicodeRangeTable(decodeRanges("jBHHGJBwDFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDrGrGhFBBNBBPDDBIBsCZBCBBYVVDIBWBBvFhBBDvDBDBBCCBDyCBDCBCmIBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDDBEJBECCBEEDJBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
    Emoji_Component: () => new UnicodeRangeTable(decodeRanges("jBHHGJB0+H2G2Gsp3B3+8B3+8BBYB8PEBxtBDBtzhY-CB", false)),
    Emoji_Modifier: () => new UnicodeRangeTable(decodeRanges("7-8DE", true)),
    Emoji_Modifier_Base: () => new UnicodeRangeTable(decodeRanges("9wJ8G8GRDB4jzD9B9BBBBDDDBBB2DBBDKBWSBEFFBBBCCBICCZqGqGBFFWFFBvFvFBBBEEB0CRRBBBKMMgSDDJHBHKKBIBDCB5B+B+BBCCBCCSCBCMBmHCBrBIB", false)),
    Emoji_Presentation: () => new UnicodeRangeTable(decodeRanges("64IBBuGDBEDDqQBBWBBzBLBsBUUOJJBSSBGGBJJGWWIBBCFFDIIFBBdkBkBCFFBBBC+B+BBBBZPP8aBB0BFFvlxDrGrG-FDDBIBsCZBCZZVDDBDBCCBWBBvFgBBNIBClCBCVBNqBBFEBNQBEEEBlCBCCCB5FBD+BBODBCXBTbbBOO3C0CBxBlCBHEEBBBDDBEDBMBBIIBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
    Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("pFFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDoBoBBCBlDLBQBBQPPBmBmBBIBxDBBNBBPDDBIBU3BBcOBLVVDIBCDBKWBH7FBDvDBDBBCCBDyCBDCBCDBG9HBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDQBECCBEBDMB7GlBBNDB5BHBLFBpBHBfBBNDBDNBKmBBNuBBCJBC4FB5CHBPxEBhI9fB", false)),
    Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbFq1-BJIFbF", true)),
    Lowercase: () => new UnicodeRangeTable(decodeRanges("hDZBwBLLFlBlBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDiBBIBBfEBhDsBsBCEEDDBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBCDB5XFBjkCIBC2D2DB+FBiC0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBB6DOORMBuDEEBEEcKFDBBJDBFiBiBBOBFsasaBYBn6BvBBCEEBGCFCCBCCBGBEiDCBIICFFNlBBCGG0oesBCUaCBBBmEMCBBBC8BCBIBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCWDBCCCBBB2ZqBBCNBHvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBkODDBBBCpBBCIBmoByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFBmI9BB1lChBB", false)),
    Math: () => new UnicodeRangeTable(decodeRanges("rBRRBBBgBeeCuBuBFmBmBgB5W5WBBBDbbBDDBBBwQCBuwGccBBBMEEOPPBCBWEBMEBiCMBFEEBFFBDBTFFDJBCDDBEBHEEBDDBCCBBBCFBENBClClCBWBCFBCBBFBBFfBCHHBPPBqIBJDBVBB7CffBZBCZZMGB+NBBNJBFFBFBBDBBEEBPCCDFBMHBGBB6BCCeDBKCBxK-BBhI-PBxBUBDFB9+zB4Z4ZBEBCjFjFRCBeCCeCCkEHHBCBitDBBhrwBwoBwoBBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBBhwFDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB-uCIB", false)),
    Quotation_Mark: () => new UnicodeRangeTable(decodeRanges("iBFFkEQQ96HHBaBBowDqOqOBCBOCBixzBDB+FFF7CBB", false)),
    Terminal_Punctuation: () => new UnicodeRangeTable(decodeRanges("hBLLCMMBEE-ZJJiQ6B6BpCPPCCB1FsBsBBJBCsHsHB3B3BBEBCHBgBmImIB1nB1nBBtFtFFFB4JBB2YHBmY9D9DBBBoCBB+ECBEoBoBBCBDBB7JBBjLDBjFBBLBBCCBeCB8FEB-BBBldYYBKKBBBwlDCBzJOOFLLCBBEBBtNBB8ndBBuICBkHEB-LBB3CBBgD4E4EBBB0ECBgERRB6H6HnxUDDB6B6BBBBCDBqFLLCMMBEEiCDD7hBxBxBnkBoGoG3JBB5EFBlCFB6CDB5dEBtBDB+FGBxDDBgECBiEBBHRRB5C5CBDBtDrJrJB2D2DBBBNBBnLDBEOBqDBB6HCBmQCC8HBB4CBBFBB-MCBuBmUmUBrCrCBspBspBBDB6vRBBmEiCiCBBBLqRqRBoJoJBnwTnwTovHDB", false)),
    Uppercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBGbbBOBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBBvgCZBHZBHZB", false)),
    White_Space: () => new UnicodeRangeTable(decodeRanges("JEBTlDlDbgvFgvFgsCKBeBBGwBwBh9DAB", false))
  });
  static SCRIPTS = new LazyMap({
    Adlam: () => new UnicodeRangeTable(decodeRanges("go6DrCFJFB", true)),
    Ahom: () => new UnicodeRangeTable(decodeRanges("g4lCaDOFW", true)),
    Anatolian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggxCmS", true)),
    Arabic: () => new UnicodeRangeTable(decodeRanges("gwBEBCFBCNBCCBCfBCJBMZBCrDBChBBxCvBBxHhBBGqCBCcBxy8BtPBDvEBhBPBxDEBCmEBk7DeBkCFBJIBiBFBh43BDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB", false)),
    Armenian: () => new UnicodeRangeTable(decodeRanges("xpBlBDxBDCks9BE", true)),
    Avestan: () => new UnicodeRangeTable(decodeRanges("g4iC1BEG", true)),
    Balinese: () => new UnicodeRangeTable(decodeRanges("g4GsCCxB", true)),
    Bamum: () => new UnicodeRangeTable(decodeRanges("g1pB3CpowB4R", true)),
    Bassa_Vah: () => new UnicodeRangeTable(decodeRanges("w26CdDF", true)),
    Batak: () => new UnicodeRangeTable(decodeRanges("g+GzBJD", true)),
    Bengali: () => new UnicodeRangeTable(decodeRanges("gsCDBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYB", false)),
    Beria_Erfe: () => new UnicodeRangeTable(decodeRanges("g17CYDY", true)),
    Bhaiksuki: () => new UnicodeRangeTable(decodeRanges("ggnCICsBCNLc", true)),
    Bopomofo: () => new UnicodeRangeTable(decodeRanges("qXB6wLqBxDf", true)),
    Brahmi: () => new UnicodeRangeTable(decodeRanges("ggkCtCFjBKA", true)),
    Braille: () => new UnicodeRangeTable(decodeRanges("ggK-H", true)),
    Buginese: () => new UnicodeRangeTable(decodeRanges("gwGbDB", true)),
    Buhid: () => new UnicodeRangeTable(decodeRanges("g6FT", true)),
    Canadian_Aboriginal: () => new UnicodeRangeTable(decodeRanges("ggF-TxRlC7tgCP", true)),
    Carian: () => new UnicodeRangeTable(decodeRanges("g1gCwB", true)),
    Caucasian_Albanian: () => new UnicodeRangeTable(decodeRanges("wphCzBMA", true)),
    Chakma: () => new UnicodeRangeTable(decodeRanges("gokC0BCR", true)),
    Cham: () => new UnicodeRangeTable(decodeRanges("gwqB2BKNDJDD", true)),
    Cherokee: () => new UnicodeRangeTable(decodeRanges("g9E1CDFz7lBvC", true)),
    Chorasmian: () => new UnicodeRangeTable(decodeRanges("w9jCb", true)),
    Common: () => new UnicodeRangeTable(decodeRanges("AgCBbFBbuBBCOBCEBYgBgBiOmBBGEBDTB1DKKHCC+THHPEEhB9E9ElQiEiEB6mB6mB2MDBjJwvBwvBBBBoCBBsGBBCumBumBOIIBCBCFBCCBDmYmYBKBD2CBCKBEKBCOBShBB-BlBBCCBDFBCaBCQBqBCBF5UBXKBW-cBhIzTBDpEBhQ9CBzMUBCCCBXBQHBFDB8CBBE7C7CB0E0EBOBhBlBBKxBxBB+BBgBwCBwB5C5CBmFBhuG-BBhoWhBBnDCBmFJB1HhFhFsMPPBzuUzuUBxGxGBIBXiBBCSBCDB0ECCBeBbFBbKBLuBuBBhChCBFBCGBLEBjICBFsBBEIBxCMB0BsBBlHaBltuBDB96D8HBEzNBHWBQQBgDzDB9B1HBLmBBD9BBEQBJBBIdBF8BB2GTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBByjFjCBtC8BBjWrBBFjDBNOBDOBCOBCkBBLtFB5BZBCBBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBnghYffB+CB", false)),
    Coptic: () => new UnicodeRangeTable(decodeRanges("ifNxkKzDGG", true)),
    Cuneiform: () => new UnicodeRangeTable(decodeRanges("ggoC5cnDuDCEMjG", true)),
    Cypriot: () => new UnicodeRangeTable(decodeRanges("ggiCFBDCCBqBBCBBEDD", false)),
    Cypro_Minoan: () => new UnicodeRangeTable(decodeRanges("w8rCiD", true)),
    Cyrillic: () => new UnicodeRangeTable(decodeRanges("ggBkEBDoFBx6FKBhFtCtCojEfBhie-CBv8VBBhw4B9BBiBAB", false)),
    Deseret: () => new UnicodeRangeTable(decodeRanges("gghCvC", true)),
    Devanagari: () => new UnicodeRangeTable(decodeRanges("goCwCFODZh7nBfhwcJ", true)),
    Dives_Akuru: () => new UnicodeRangeTable(decodeRanges("gomCGBDDDBGBCBBCdBCBBDLBKJB", false)),
    Dogra: () => new UnicodeRangeTable(decodeRanges("ggmC7B", true)),
    Duployan: () => new UnicodeRangeTable(decodeRanges("ggvDqDGMEIIJDD", true)),
    Egyptian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggsC1iBL68D", true)),
    Elbasan: () => new UnicodeRangeTable(decodeRanges("gohCnB", true)),
    Elymaic: () => new UnicodeRangeTable(decodeRanges("g-jCW", true)),
    Ethiopic: () => new UnicodeRangeTable(decodeRanges("gwEoCBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBnvGWBKGBCGBCGBCGBCGBCGBCGBCGBjpfFBDFBDFBKGBCGBylvCGBCDBCBBCOB", false)),
    Garay: () => new UnicodeRangeTable(decodeRanges("gqjClBEcJB", true)),
    Georgian: () => new UnicodeRangeTable(decodeRanges("glElBBCGGDqBBCDBx8CqBBDCBhiElBBCGG", false)),
    Glagolitic: () => new UnicodeRangeTable(decodeRanges("ggL-Ch9sDGCQDGCBCE", true)),
    Gothic: () => new UnicodeRangeTable(decodeRanges("w5gCa", true)),
    Grantha: () => new UnicodeRangeTable(decodeRanges("g4kCDBCHBDBBDVBCGBCBBCEBDIBDBBDCBDHHGGBDGBEEB", false)),
    Greek: () => new UnicodeRangeTable(decodeRanges("wbDBCCBDDBCFFCCCBBBCCCBSBC+BBPPBnpGEBzBEBFEB1ChKhKBUBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBoJ-xiB-xiB7uVuCBSgj0Bgj0BBkCB", false)),
    Gujarati: () => new UnicodeRangeTable(decodeRanges("h0CCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGB", false)),
    Gunjala_Gondi: () => new UnicodeRangeTable(decodeRanges("grnCFCBCkBCBCFIJ", true)),
    Gurmukhi: () => new UnicodeRangeTable(decodeRanges("hwCCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPB", false)),
    Gurung_Khema: () => new UnicodeRangeTable(decodeRanges("go4C5B", true)),
    Han: () => new UnicodeRangeTable(decodeRanges("g0LZBC4CBN1GBwBCCaIBPDBle-tGBhC-vUBhoWtLBDpDBpodBBNGBqgkB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Hangul: () => new UnicodeRangeTable(decodeRanges("goE-HvxHBiI9CyDeiCei3dckUj9KNWFwBl9JeEFDFDFDC", true)),
    Hanifi_Rohingya: () => new UnicodeRangeTable(decodeRanges("gojCnBJJ", true)),
    Hanunoo: () => new UnicodeRangeTable(decodeRanges("g5FU", true)),
    Hatran: () => new UnicodeRangeTable(decodeRanges("gniCSCBGE", true)),
    Hebrew: () => new UnicodeRangeTable(decodeRanges("xsB2BBJaBFFBpp9BZBCEBCCCBCCBCCBIB", false)),
    Hiragana: () => new UnicodeRangeTable(decodeRanges("hiM1CBHCBi7-C+IBTeeBBBulQAB", false)),
    Imperial_Aramaic: () => new UnicodeRangeTable(decodeRanges("giiCVCI", true)),
    Inherited: () => new UnicodeRangeTable(decodeRanges("gYvDB2IBBlOKBbhXhXBCB8qEtBBDLBlPCBCMBCGBFHHEBBnG-BBtQBBjGgBB65DDBsDBBmrzBPBRNBwejHjH7iEl+uBl+uBBsBBDWBhRCBSHBDGBfDBz6rYvHB", false)),
    Inscriptional_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g7iCSGH", true)),
    Inscriptional_Parthian: () => new UnicodeRangeTable(decodeRanges("g6iCVDH", true)),
    Javanese: () => new UnicodeRangeTable(decodeRanges("gsqBtCDJFB", true)),
    Kaithi: () => new UnicodeRangeTable(decodeRanges("gkkCiCLA", true)),
    Kannada: () => new UnicodeRangeTable(decodeRanges("gkDMCCCWCJCEDICCCDIBGCCDDJCC", true)),
    Katakana: () => new UnicodeRangeTable(decodeRanges("hlM5CBDCBxHPBxGuBBC3CBvgzBJBCsBBzisBDBCGBCBBCgJgJBBBzBPPBCB", false)),
    Kawi: () => new UnicodeRangeTable(decodeRanges("g4nCQCoBEc", true)),
    Kayah_Li: () => new UnicodeRangeTable(decodeRanges("goqBtBCA", true)),
    Kharoshthi: () => new UnicodeRangeTable(decodeRanges("gwiCDCBGHCCCcDCFJII", true)),
    Khitan_Small_Script: () => new UnicodeRangeTable(decodeRanges("k-7C84G84GB0OBqBAB", false)),
    Khmer: () => new UnicodeRangeTable(decodeRanges("g8F9CDJHJnPf", true)),
    Khojki: () => new UnicodeRangeTable(decodeRanges("gwkCRCuB", true)),
    Khudawadi: () => new UnicodeRangeTable(decodeRanges("w1kC6BGJ", true)),
    Kirat_Rai: () => new UnicodeRangeTable(decodeRanges("gq7C5B", true)),
    Lao: () => new UnicodeRangeTable(decodeRanges("h0DBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDB", false)),
    Latin: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBQQGWBCeBCgOBoBEB8wGlBBHwBBGDBGMBClCBiC-HByLOORMBuEBBHccSoBB42CfBj1elDBExCBVOBxZqBBCIBCDB38TGB7gBZBHZBmhCFBCpBBCIBm61BeBHFB", false)),
    Lepcha: () => new UnicodeRangeTable(decodeRanges("ggH3BEOEC", true)),
    Limbu: () => new UnicodeRangeTable(decodeRanges("goGeBCLBFLBFEEBKB", false)),
    Linear_A: () => new UnicodeRangeTable(decodeRanges("gwhC2JKVLH", true)),
    Linear_B: () => new UnicodeRangeTable(decodeRanges("gggCLCZCSCBCODNjB6D", true)),
    Lisu: () => new UnicodeRangeTable(decodeRanges("wmpBvBx1eA", true)),
    Lycian: () => new UnicodeRangeTable(decodeRanges("g0gCc", true)),
    Lydian: () => new UnicodeRangeTable(decodeRanges("gpiCZGA", true)),
    Mahajani: () => new UnicodeRangeTable(decodeRanges("wqkCmB", true)),
    Makasar: () => new UnicodeRangeTable(decodeRanges("g3nCY", true)),
    Malayalam: () => new UnicodeRangeTable(decodeRanges("goDMCCCyBCCCFFPDZ", true)),
    Mandaic: () => new UnicodeRangeTable(decodeRanges("giCbDA", true)),
    Manichaean: () => new UnicodeRangeTable(decodeRanges("g2iCmBFL", true)),
    Marchen: () => new UnicodeRangeTable(decodeRanges("wjnCfDVCN", true)),
    Masaram_Gondi: () => new UnicodeRangeTable(decodeRanges("gonCGBCBBCrBBECCBCCBHBJJB", false)),
    Medefaidrin: () => new UnicodeRangeTable(decodeRanges("gy7C6C", true)),
    Meetei_Mayek: () => new UnicodeRangeTable(decodeRanges("g3qBWqGtBDJ", true)),
    Mende_Kikakui: () => new UnicodeRangeTable(decodeRanges("gg6DkGDP", true)),
    Meroitic_Cursive: () => new UnicodeRangeTable(decodeRanges("gtiCXFTDtB", true)),
    Meroitic_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("gsiCf", true)),
    Miao: () => new UnicodeRangeTable(decodeRanges("g47CqCF4BIQ", true)),
    Modi: () => new UnicodeRangeTable(decodeRanges("gwlCkCMJ", true)),
    Mongolian: () => new UnicodeRangeTable(decodeRanges("ggGBBDCCBSBH4CBIqBB2t-BMB", false)),
    Mro: () => new UnicodeRangeTable(decodeRanges("gy6CeCJFB", true)),
    Multani: () => new UnicodeRangeTable(decodeRanges("g0kCGBCCCBCBCOBCKB", false)),
    Myanmar: () => new UnicodeRangeTable(decodeRanges("ggE-EhqmBeiDfxibT", true)),
    Nabataean: () => new UnicodeRangeTable(decodeRanges("gkiCeJI", true)),
    Nag_Mundari: () => new UnicodeRangeTable(decodeRanges("wm5DpB", true)),
    Nandinagari: () => new UnicodeRangeTable(decodeRanges("gtmCHDtBDK", true)),
    New_Tai_Lue: () => new UnicodeRangeTable(decodeRanges("gsGrBFZHKEB", true)),
    Newa: () => new UnicodeRangeTable(decodeRanges("gglC7CCE", true)),
    Nko: () => new UnicodeRangeTable(decodeRanges("g+B6BDC", true)),
    Nushu: () => new UnicodeRangeTable(decodeRanges("h-7CvsQvsQBqMB", false)),
    Nyiakeng_Puachue_Hmong: () => new UnicodeRangeTable(decodeRanges("go4DsBENDJFB", true)),
    Ogham: () => new UnicodeRangeTable(decodeRanges("g0Fc", true)),
    Ol_Chiki: () => new UnicodeRangeTable(decodeRanges("wiHvB", true)),
    Ol_Onal: () => new UnicodeRangeTable(decodeRanges("wu5DqBFA", true)),
    Old_Hungarian: () => new UnicodeRangeTable(decodeRanges("gkjCyBOyBIF", true)),
    Old_Italic: () => new UnicodeRangeTable(decodeRanges("g4gCjBKC", true)),
    Old_North_Arabian: () => new UnicodeRangeTable(decodeRanges("g0iCf", true)),
    Old_Permic: () => new UnicodeRangeTable(decodeRanges("w6gCqB", true)),
    Old_Persian: () => new UnicodeRangeTable(decodeRanges("g9gCjBFN", true)),
    Old_Sogdian: () => new UnicodeRangeTable(decodeRanges("g4jCnB", true)),
    Old_South_Arabian: () => new UnicodeRangeTable(decodeRanges("gziCf", true)),
    Old_Turkic: () => new UnicodeRangeTable(decodeRanges("ggjCoC", true)),
    Old_Uyghur: () => new UnicodeRangeTable(decodeRanges("w7jCZ", true)),
    Oriya: () => new UnicodeRangeTable(decodeRanges("h4CCCHDBDVCGCBCEDIDBDCICFBCEDR", true)),
    Osage: () => new UnicodeRangeTable(decodeRanges("wlhCjBFjB", true)),
    Osmanya: () => new UnicodeRangeTable(decodeRanges("gkhCdDJ", true)),
    Pahawh_Hmong: () => new UnicodeRangeTable(decodeRanges("g46ClCLJCGCUGS", true)),
    Palmyrene: () => new UnicodeRangeTable(decodeRanges("gjiCf", true)),
    Pau_Cin_Hau: () => new UnicodeRangeTable(decodeRanges("g2mC4B", true)),
    Phags_Pa: () => new UnicodeRangeTable(decodeRanges("giqB3B", true)),
    Phoenician: () => new UnicodeRangeTable(decodeRanges("goiCbEA", true)),
    Psalter_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g8iCRIDNG", true)),
    Rejang: () => new UnicodeRangeTable(decodeRanges("wpqBjBMA", true)),
    Runic: () => new UnicodeRangeTable(decodeRanges("g1FqCEK", true)),
    Samaritan: () => new UnicodeRangeTable(decodeRanges("ggCtBDO", true)),
    Saurashtra: () => new UnicodeRangeTable(decodeRanges("gkqBlCJL", true)),
    Sharada: () => new UnicodeRangeTable(decodeRanges("gskC-ChsCH", true)),
    Shavian: () => new UnicodeRangeTable(decodeRanges("wihCvB", true)),
    Siddham: () => new UnicodeRangeTable(decodeRanges("gslC1BDlB", true)),
    Sidetic: () => new UnicodeRangeTable(decodeRanges("gqiCZ", true)),
    SignWriting: () => new UnicodeRangeTable(decodeRanges("gg2DrUQECO", true)),
    Sinhala: () => new UnicodeRangeTable(decodeRanges("hsDCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBt-gCTB", false)),
    Sogdian: () => new UnicodeRangeTable(decodeRanges("w5jCpB", true)),
    Sora_Sompeng: () => new UnicodeRangeTable(decodeRanges("wmkCYIJ", true)),
    Soyombo: () => new UnicodeRangeTable(decodeRanges("wymCyC", true)),
    Sundanese: () => new UnicodeRangeTable(decodeRanges("g8G-BhIH", true)),
    Sunuwar: () => new UnicodeRangeTable(decodeRanges("g+mChBPJ", true)),
    Syloti_Nagri: () => new UnicodeRangeTable(decodeRanges("ggqBsB", true)),
    Syriac: () => new UnicodeRangeTable(decodeRanges("g4BNC7BDCxIK", true)),
    Tagalog: () => new UnicodeRangeTable(decodeRanges("g4FVKA", true)),
    Tagbanwa: () => new UnicodeRangeTable(decodeRanges("g7FMCCCB", true)),
    Tai_Le: () => new UnicodeRangeTable(decodeRanges("wqGdDE", true)),
    Tai_Tham: () => new UnicodeRangeTable(decodeRanges("gxG+BCcDKHJHN", true)),
    Tai_Viet: () => new UnicodeRangeTable(decodeRanges("g0qBiCZE", true)),
    Tai_Yo: () => new UnicodeRangeTable(decodeRanges("g25DeCVJB", true)),
    Takri: () => new UnicodeRangeTable(decodeRanges("g0lC5BHJ", true)),
    Tamil: () => new UnicodeRangeTable(decodeRanges("i8CBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBm+kCxBBOAB", false)),
    Tangsa: () => new UnicodeRangeTable(decodeRanges("wz6CuCCJ", true)),
    Tangut: () => new UnicodeRangeTable(decodeRanges("g-7CgBgBB+3GBhQeBiDyDB", false)),
    Telugu: () => new UnicodeRangeTable(decodeRanges("ggDMCCCWCPDICCCDIBCCCBDDDJII", true)),
    Thaana: () => new UnicodeRangeTable(decodeRanges("g8BxB", true)),
    Thai: () => new UnicodeRangeTable(decodeRanges("hwD5BGb", true)),
    Tibetan: () => new UnicodeRangeTable(decodeRanges("g4DnCCjBFmBCjBCOCGFB", true)),
    Tifinagh: () => new UnicodeRangeTable(decodeRanges("wpL3BIBPA", true)),
    Tirhuta: () => new UnicodeRangeTable(decodeRanges("gklCnCJJ", true)),
    Todhri: () => new UnicodeRangeTable(decodeRanges("guhCzB", true)),
    Tolong_Siki: () => new UnicodeRangeTable(decodeRanges("wtnCrBFJ", true)),
    Toto: () => new UnicodeRangeTable(decodeRanges("w04De", true)),
    Tulu_Tigalari: () => new UnicodeRangeTable(decodeRanges("g8kCJBCDDClBBCJBCDDCDBCJBCBBJBB", false)),
    Ugaritic: () => new UnicodeRangeTable(decodeRanges("g8gCdCA", true)),
    Unknown: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-FB", false)),
    Vai: () => new UnicodeRangeTable(decodeRanges("gopBrJ", true)),
    Vithkuqi: () => new UnicodeRangeTable(decodeRanges("wrhCKCOCGCBCKCOCGCB", true)),
    Wancho: () => new UnicodeRangeTable(decodeRanges("g24D5BGA", true)),
    Warang_Citi: () => new UnicodeRangeTable(decodeRanges("glmCyCNA", true)),
    Yezidi: () => new UnicodeRangeTable(decodeRanges("g0jCpBCCDB", true)),
    Yi: () => new UnicodeRangeTable(decodeRanges("ggoBskBE2B", true)),
    Zanabazar_Square: () => new UnicodeRangeTable(decodeRanges("gwmCnC", true))
  });
  static FOLD_CATEGORIES = new LazyMap({
    L: () => new UnicodeRangeTable(decodeRanges("laA", true)),
    LC: () => new UnicodeRangeTable(decodeRanges("laA", true)),
    Ll: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGC3HrBrBCEEJHHCCBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHxC9zC9zCBuBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
    Lt: () => new UnicodeRangeTable(decodeRanges("kOCCBCCBCClBCCtsHHBJHBJHBMQQwBAB", false)),
    Lu: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpL2B2Bs1CvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false)),
    M: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
    Mn: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
    Emoji: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
    Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
    Lowercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHuBPBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
    Math: () => new UnicodeRangeTable(decodeRanges("ycGDCHHFMMDDDCHHFAB", false)),
    Uppercase: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpLiBiBBOBFsasaBYBn6BvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false))
  });
  static FOLD_SCRIPT = new LazyMap({
    Common: () => new UnicodeRangeTable(decodeRanges("8cgBgB", false)),
    Greek: () => new UnicodeRangeTable(decodeRanges("1FwUwU", false)),
    Inherited: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false))
  });
};
var Unicode = class Unicode2 {
  static MAX_RUNE = 1114111;
  static RUNE_ERROR = 65533;
  static isUnsearchable(r) {
    return r === Unicode2.RUNE_ERROR || r >= Unicode2.MIN_HIGH_SURROGATE && r <= Unicode2.MAX_LOW_SURROGATE;
  }
  static MAX_ASCII = 127;
  static MAX_LATIN1 = 255;
  static MAX_BMP = 65535;
  static MIN_FOLD = 65;
  static MAX_FOLD = 125251;
  static MIN_HIGH_SURROGATE = 55296;
  static MAX_HIGH_SURROGATE = 56319;
  static MIN_LOW_SURROGATE = 56320;
  static MAX_LOW_SURROGATE = 57343;
  static MIN_SUPPLEMENTARY_CODE_POINT = 65536;
  static is32(ranges, r) {
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const m = lo + Math.floor((hi - lo) / 2);
      const rlo = ranges.getLo(m);
      const rhi = ranges.getHi(m);
      if (rlo <= r && r <= rhi) {
        const stride = ranges.getStride(m);
        return (r - rlo) % stride === 0;
      }
      if (r < rlo) hi = m;
      else lo = m + 1;
    }
    return false;
  }
  static is(ranges, r) {
    if (r <= Unicode2.MAX_LATIN1) {
      for (let i = 0; i < ranges.length; i++) {
        if (r > ranges.getHi(i)) continue;
        const rlo = ranges.getLo(i);
        if (r < rlo) return false;
        const stride = ranges.getStride(i);
        return (r - rlo) % stride === 0;
      }
      return false;
    }
    return ranges.length > 0 && r >= ranges.getLo(0) && Unicode2.is32(ranges, r);
  }
  static isPrint(r) {
    if (r <= Unicode2.MAX_LATIN1) return r >= 32 && r < Unicode2.MAX_ASCII || r >= 161 && r !== 173;
    return Unicode2.is(UnicodeTables.Print, r);
  }
  static simpleFold(r) {
    if (UnicodeTables.CASE_ORBIT.has(r)) return UnicodeTables.CASE_ORBIT.get(r);
    if (r <= Unicode2.MAX_ASCII) {
      const l = Codepoint.toLowerCase(r);
      return l !== r ? l : Codepoint.toUpperCase(r);
    }
    return r;
  }
  static equalsIgnoreCase(r1, r2) {
    if (r1 === r2) return true;
    if (r1 < 0 || r2 < 0) return false;
    if (r1 <= Unicode2.MAX_ASCII && r2 <= Unicode2.MAX_ASCII) {
      if (65 <= r1 && r1 <= 90) r1 |= 32;
      if (65 <= r2 && r2 <= 90) r2 |= 32;
      return r1 === r2;
    }
    for (let r = Unicode2.simpleFold(r1); r !== r1; r = Unicode2.simpleFold(r)) if (r === r2) return true;
    return false;
  }
};
var RE2JSException = class extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSException";
  }
};
var RE2JSSyntaxException = class extends RE2JSException {
  /**
  * @param {string} error
  * @param {string|null} [input=null]
  */
  constructor(error, input = null) {
    let message = `error parsing regexp: ${error}`;
    if (input) message += `: \`${input}\``;
    super(message);
    this.name = "RE2JSSyntaxException";
    this.message = message;
    this.error = error;
    this.input = input;
  }
  /**
  * Retrieves the description of the error.
  * @returns {string}
  */
  getDescription() {
    return this.error;
  }
  /**
  * Retrieves the erroneous regular-expression pattern.
  * @returns {string|null}
  */
  getPattern() {
    return this.input;
  }
};
var RE2JSCompileException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSCompileException";
  }
};
var RE2JSGroupException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSGroupException";
  }
};
var RE2JSFlagsException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSFlagsException";
  }
};
var RE2JSInternalException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSInternalException";
  }
};
var FAST_PATH_TABLE_SIZE = 256;
var WORD_RUNE_TABLE = new Uint8Array(FAST_PATH_TABLE_SIZE);
for (let i = 0; i < FAST_PATH_TABLE_SIZE; i++) WORD_RUNE_TABLE[i] = 97 <= i && i <= 122 || 65 <= i && i <= 90 || 48 <= i && i <= 57 || i === 95 ? 1 : 0;
var cachedNativeEncoder = null;
var cachedNativeDecoder = null;
var Utils = class Utils2 {
  static METACHARACTERS = "\\.+*?()|[]{}^$";
  static EMPTY_BEGIN_LINE = 1;
  static EMPTY_END_LINE = 2;
  static EMPTY_BEGIN_TEXT = 4;
  static EMPTY_END_TEXT = 8;
  static EMPTY_WORD_BOUNDARY = 16;
  static EMPTY_NO_WORD_BOUNDARY = 32;
  static EMPTY_ALL = -1;
  static emptyInts() {
    return [];
  }
  static isString(value) {
    return typeof value === "string" || Object.prototype.toString.call(value) === "[object String]";
  }
  static typeName(value) {
    if (value === null || typeof value !== "object" && typeof value !== "function") return value === null ? "null" : typeof value;
    return Object.prototype.toString.call(value).slice(8, -1);
  }
  static checkPattern(pattern) {
    if (!Utils2.isString(pattern)) throw new TypeError(`The pattern must be a string, not ${Utils2.typeName(pattern)} (RE2JS.translateRegExp() converts a RegExp)`);
  }
  static checkInput(input) {
    if (!Utils2.isString(input) && !Utils2.isByteArray(input)) throw new TypeError(`The input must be a string or a byte array (Uint8Array or number[]), not ${Utils2.typeName(input)}`);
  }
  static checkFlags(flags) {
    const known = PublicFlags.MULTILINE | PublicFlags.DOTALL | PublicFlags.CASE_INSENSITIVE | PublicFlags.DISABLE_UNICODE_GROUPS | PublicFlags.LONGEST_MATCH | PublicFlags.LOOKBEHINDS;
    if (!Number.isInteger(flags) || (flags & ~known) !== 0) throw new RE2JSFlagsException("Flags should only be a combination of MULTILINE, DOTALL, CASE_INSENSITIVE, DISABLE_UNICODE_GROUPS, LONGEST_MATCH, LOOKBEHINDS");
  }
  static isByteArray(input) {
    return Array.isArray(input) || Object.prototype.toString.call(input) === "[object Uint8Array]";
  }
  static isalnum(c) {
    return Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"] || Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["z"] || Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["Z"];
  }
  static unhex(c) {
    if (Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"]) return c - Codepoint.CODES["0"];
    if (Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["f"]) return c - Codepoint.CODES["a"] + 10;
    if (Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["F"]) return c - Codepoint.CODES["A"] + 10;
    return -1;
  }
  static escapeRune(rune) {
    let out = "";
    if (Unicode.isPrint(rune)) {
      if (Utils2.METACHARACTERS.indexOf(String.fromCodePoint(rune)) >= 0) out += "\\";
      out += String.fromCodePoint(rune);
    } else switch (rune) {
      case Codepoint.CODES['"']:
        out += '\\"';
        break;
      case Codepoint.CODES["\\"]:
        out += "\\\\";
        break;
      case Codepoint.CODES["	"]:
        out += "\\t";
        break;
      case Codepoint.CODES["\n"]:
        out += "\\n";
        break;
      case Codepoint.CODES["\r"]:
        out += "\\r";
        break;
      case Codepoint.CODES["\b"]:
        out += "\\b";
        break;
      case Codepoint.CODES["\f"]:
        out += "\\f";
        break;
      default: {
        let s = rune.toString(16);
        if (rune < 256) {
          out += "\\x";
          if (s.length === 1) out += "0";
          out += s;
        } else out += `\\x{${s}}`;
        break;
      }
    }
    return out;
  }
  static stringToRunes(str3) {
    const string = String(str3);
    const runes = [];
    let i = 0;
    while (i < string.length) {
      const cp = string.codePointAt(i);
      runes.push(cp);
      i += cp > Unicode.MAX_BMP ? 2 : 1;
    }
    return new Int32Array(runes);
  }
  static runeToString(r) {
    return String.fromCodePoint(r);
  }
  static isWordRune(r) {
    return r < FAST_PATH_TABLE_SIZE ? WORD_RUNE_TABLE[r] === 1 : false;
  }
  static emptyOpContext(r1, r2) {
    let op = 0;
    if (r1 < 0) op |= Utils2.EMPTY_BEGIN_TEXT | Utils2.EMPTY_BEGIN_LINE;
    if (r1 === 10) op |= Utils2.EMPTY_BEGIN_LINE;
    if (r2 < 0) op |= Utils2.EMPTY_END_TEXT | Utils2.EMPTY_END_LINE;
    if (r2 === 10) op |= Utils2.EMPTY_END_LINE;
    if (Utils2.isWordRune(r1) !== Utils2.isWordRune(r2)) op |= Utils2.EMPTY_WORD_BOUNDARY;
    else op |= Utils2.EMPTY_NO_WORD_BOUNDARY;
    return op;
  }
  /**
  * Returns a string that quotes all regular expression metacharacters inside the argument text;
  * the returned string is a regular expression matching the literal text. For example,
  * {@code quoteMeta("[foo]").equals("\\[foo\\]")}.
  * @param {string} str
  * @returns {string}
  */
  static quoteMeta(str3) {
    return str3.split("").map((s) => {
      if (Utils2.METACHARACTERS.indexOf(s) >= 0) return `\\${s}`;
      return s;
    }).join("");
  }
  static charCount(codePoint) {
    return codePoint > Unicode.MAX_BMP ? 2 : 1;
  }
  /**
  * High-speed conversion from TypedArrays to standard JS Arrays.
  * Bypasses the expensive Symbol.iterator overhead of Array.from()
  */
  static toArray(typedArray) {
    const len = typedArray.length;
    const res = new Array(len);
    for (let i = 0; i < len; i++) res[i] = typedArray[i];
    return res;
  }
  static stringToUtf8ByteArray(str3) {
    if (globalThis.TextEncoder) {
      if (!cachedNativeEncoder) cachedNativeEncoder = new TextEncoder();
      return cachedNativeEncoder.encode(str3);
    } else {
      let out = [], p = 0;
      for (let i = 0; i < str3.length; i++) {
        let c = str3.charCodeAt(i);
        if (c < 128) out[p++] = c;
        else if (c < 2048) {
          out[p++] = c >> 6 | 192;
          out[p++] = c & 63 | 128;
        } else if ((c & 64512) === Unicode.MIN_HIGH_SURROGATE && i + 1 < str3.length && (str3.charCodeAt(i + 1) & 64512) === Unicode.MIN_LOW_SURROGATE) {
          c = Unicode.MIN_SUPPLEMENTARY_CODE_POINT + ((c & 1023) << 10) + (str3.charCodeAt(++i) & 1023);
          out[p++] = c >> 18 | 240;
          out[p++] = c >> 12 & 63 | 128;
          out[p++] = c >> 6 & 63 | 128;
          out[p++] = c & 63 | 128;
        } else {
          out[p++] = c >> 12 | 224;
          out[p++] = c >> 6 & 63 | 128;
          out[p++] = c & 63 | 128;
        }
      }
      return out;
    }
  }
  static utf8ByteArrayToString(bytes) {
    if (globalThis.TextDecoder) {
      if (!cachedNativeDecoder) cachedNativeDecoder = new TextDecoder("utf-8");
      const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
      return cachedNativeDecoder.decode(view);
    } else {
      let out = [], pos = 0, c = 0;
      while (pos < bytes.length) {
        let c1 = bytes[pos++];
        if (c1 < 128) out[c++] = String.fromCharCode(c1);
        else if (c1 > 191 && c1 < 224) {
          let c2 = bytes[pos++];
          out[c++] = String.fromCharCode((c1 & 31) << 6 | c2 & 63);
        } else if (c1 > 239 && c1 < 365) {
          let c2 = bytes[pos++];
          let c3 = bytes[pos++];
          let c4 = bytes[pos++];
          let u = ((c1 & 7) << 18 | (c2 & 63) << 12 | (c3 & 63) << 6 | c4 & 63) - Unicode.MIN_SUPPLEMENTARY_CODE_POINT;
          out[c++] = String.fromCharCode(Unicode.MIN_HIGH_SURROGATE + (u >> 10));
          out[c++] = String.fromCharCode(Unicode.MIN_LOW_SURROGATE + (u & 1023));
        } else {
          let c2 = bytes[pos++];
          let c3 = bytes[pos++];
          out[c++] = String.fromCharCode((c1 & 15) << 12 | (c2 & 63) << 6 | c3 & 63);
        }
      }
      return out.join("");
    }
  }
};
var createEnum = (values = [], initNum = 0) => {
  const enumObject = /* @__PURE__ */ Object.create(null);
  for (let i = 0; i < values.length; i++) {
    const val = values[i];
    const keyVal = initNum + i;
    enumObject[val] = keyVal;
    enumObject[keyVal] = val;
  }
  return Object.freeze(enumObject);
};
var MatcherInputBase = class MatcherInputBase2 {
  static Encoding = createEnum(["UTF_16", "UTF_8"]);
  getEncoding() {
    throw Error("not implemented");
  }
  /** @returns {string} */
  asCharSequence() {
    throw Error("not implemented");
  }
  /** @returns {Uint8Array|number[]|null} */
  asBytes() {
    throw Error("not implemented");
  }
  /** @returns {number} */
  length() {
    throw Error("not implemented");
  }
  /**
  *
  * @returns {boolean}
  */
  isUTF8Encoding() {
    return this.getEncoding() === MatcherInputBase2.Encoding.UTF_8;
  }
  /**
  *
  * @returns {boolean}
  */
  isUTF16Encoding() {
    return this.getEncoding() === MatcherInputBase2.Encoding.UTF_16;
  }
};
var Utf8MatcherInput = class extends MatcherInputBase {
  /** @param {Uint8Array|number[]|null} bytes */
  constructor(bytes = null) {
    super();
    this.bytes = bytes;
  }
  getEncoding() {
    return MatcherInputBase.Encoding.UTF_8;
  }
  /**
  *
  * @returns {string}
  */
  asCharSequence() {
    return Utils.utf8ByteArrayToString(this.bytes);
  }
  /**
  *
  * @returns {Uint8Array|number[]|null}
  */
  asBytes() {
    return this.bytes;
  }
  /**
  *
  * @returns {number}
  */
  length() {
    return this.bytes.length;
  }
};
var Utf16MatcherInput = class extends MatcherInputBase {
  /** @param {string|null} charSequence */
  constructor(charSequence = null) {
    super();
    this.charSequence = charSequence;
  }
  getEncoding() {
    return MatcherInputBase.Encoding.UTF_16;
  }
  /**
  *
  * @returns {string}
  */
  asCharSequence() {
    return this.charSequence;
  }
  /**
  *
  * @returns {number[]}
  */
  asBytes() {
    return Utils.stringToUtf8ByteArray(this.charSequence.toString());
  }
  /**
  *
  * @returns {number}
  */
  length() {
    return this.charSequence.length;
  }
};
var MatcherInput = class {
  /**
  * Return the MatcherInput for UTF_16 encoding.
  * @returns {Utf16MatcherInput}
  */
  static utf16(charSequence) {
    Utils.checkInput(charSequence);
    return new Utf16MatcherInput(charSequence);
  }
  /**
  * Return the MatcherInput for UTF_8 encoding.
  * @returns {Utf8MatcherInput}
  */
  static utf8(input) {
    if (Utils.isByteArray(input)) return new Utf8MatcherInput(input);
    return new Utf8MatcherInput(Utils.stringToUtf8ByteArray(input));
  }
};
var MachineInputBase = class {
  static EOF() {
    return -8;
  }
  constructor() {
    this.start = 0;
    this.end = 0;
  }
  canCheckPrefix() {
    return true;
  }
  endPos() {
    return this.end - this.start;
  }
  hasString() {
    return false;
  }
  hasAnyString() {
    return false;
  }
  prefixLength() {
    return 0;
  }
};
var MachineUTF8Input = class MachineUTF8Input2 extends MachineInputBase {
  static RUNE_ERROR_STEP = Unicode.RUNE_ERROR << 3 | 1;
  constructor(bytes, start = 0, end = bytes.length) {
    super();
    this.bytes = bytes;
    this.start = start;
    this.end = end;
  }
  hasString(prefilter, pos) {
    const target2 = prefilter.bytes;
    if (target2.length === 0) return true;
    const idx = this.indexOf(this.bytes, target2, this.start + pos);
    return idx !== -1 && idx <= this.end - target2.length;
  }
  hasAnyString(prefilter, pos) {
    return prefilter.automaton8().searchUTF8(this.bytes, this.start + pos, this.end);
  }
  step(pos) {
    pos += this.start;
    if (pos >= this.end) return MachineInputBase.EOF();
    const c = this.bytes[pos] & 255;
    if (c < 128) return c << 3 | 1;
    let size;
    let rune;
    let lo = 128;
    let hi = 191;
    if (c >= 194 && c <= 223) {
      size = 2;
      rune = c & 31;
    } else if (c >= 224 && c <= 239) {
      size = 3;
      rune = c & 15;
      if (c === 224) lo = 160;
      else if (c === 237) hi = 159;
    } else if (c >= 240 && c <= 244) {
      size = 4;
      rune = c & 7;
      if (c === 240) lo = 144;
      else if (c === 244) hi = 143;
    } else return MachineUTF8Input2.RUNE_ERROR_STEP;
    if (pos + size > this.end) return MachineUTF8Input2.RUNE_ERROR_STEP;
    const c1 = this.bytes[pos + 1] & 255;
    if (c1 < lo || c1 > hi) return MachineUTF8Input2.RUNE_ERROR_STEP;
    rune = rune << 6 | c1 & 63;
    if (size > 2) {
      const c2 = this.bytes[pos + 2] & 255;
      if ((c2 & 192) !== 128) return MachineUTF8Input2.RUNE_ERROR_STEP;
      rune = rune << 6 | c2 & 63;
      if (size > 3) {
        const c3 = this.bytes[pos + 3] & 255;
        if ((c3 & 192) !== 128) return MachineUTF8Input2.RUNE_ERROR_STEP;
        rune = rune << 6 | c3 & 63;
      }
    }
    return rune << 3 | size;
  }
  index(re2, pos) {
    pos += this.start;
    const i = this.indexOf(this.bytes, re2.prefixUTF8, pos);
    return i < 0 ? i : i - pos;
  }
  context(pos) {
    pos += this.start;
    let r1 = -1;
    if (pos > this.start && pos <= this.end) {
      let start = pos - 1;
      r1 = this.bytes[start--];
      if (r1 >= 128) {
        let lim = pos - 4;
        if (lim < this.start) lim = this.start;
        while (start >= lim && (this.bytes[start] & 192) === 128) start--;
        if (start < this.start) start = this.start;
        const r = this.step(start - this.start);
        r1 = start + (r & 7) === pos ? r >> 3 : Unicode.RUNE_ERROR;
      }
    }
    const r2 = pos < this.end ? this.step(pos - this.start) >> 3 : -1;
    return Utils.emptyOpContext(r1, r2);
  }
  indexOf(source, target2, fromIndex = 0) {
    let targetLength = target2.length;
    if (targetLength === 0) return fromIndex <= this.end ? fromIndex : -1;
    const firstByte = target2[0];
    let limit = this.end - targetLength;
    const hasNativeIndexOf = typeof source.indexOf === "function";
    let i = fromIndex;
    while (i <= limit) {
      if (hasNativeIndexOf) {
        i = source.indexOf(firstByte, i);
        if (i === -1 || i > limit) return -1;
      } else {
        while (i <= limit && source[i] !== firstByte) i++;
        if (i > limit) return -1;
      }
      let match = true;
      for (let j = 1; j < targetLength; j++) if (source[i + j] !== target2[j]) {
        match = false;
        break;
      }
      if (match) return i;
      i++;
    }
    return -1;
  }
  prefixLength(re2) {
    return re2.prefixUTF8.length;
  }
};
var MachineUTF16Input = class extends MachineInputBase {
  constructor(charSequence, start = 0, end = charSequence.length) {
    super();
    this.charSequence = charSequence;
    this.start = start;
    this.end = end;
  }
  hasString(prefilter, pos) {
    const idx = this.charSequence.indexOf(prefilter.str, this.start + pos);
    return idx !== -1 && idx <= this.end - prefilter.str.length;
  }
  hasAnyString(prefilter, pos) {
    return prefilter.automaton16().searchUTF16(this.charSequence, this.start + pos, this.end);
  }
  step(pos) {
    pos += this.start;
    if (pos >= this.end) return MachineInputBase.EOF();
    const c1 = this.charSequence.charCodeAt(pos);
    if (c1 < Unicode.MIN_HIGH_SURROGATE || c1 > Unicode.MAX_HIGH_SURROGATE || pos + 1 >= this.end) return c1 << 3 | 1;
    const c2 = this.charSequence.charCodeAt(pos + 1);
    if (c2 >= Unicode.MIN_LOW_SURROGATE && c2 <= Unicode.MAX_LOW_SURROGATE) return (c1 - Unicode.MIN_HIGH_SURROGATE) * 1024 + (c2 - Unicode.MIN_LOW_SURROGATE) + Unicode.MIN_SUPPLEMENTARY_CODE_POINT << 3 | 2;
    return c1 << 3 | 1;
  }
  index(re2, pos) {
    pos += this.start;
    const i = this.charSequence.indexOf(re2.prefix, pos);
    if (i < 0 || i > this.end - re2.prefix.length) return -1;
    return i - pos;
  }
  context(pos) {
    pos += this.start;
    const r1 = pos > this.start && pos <= this.end ? this.charSequence.charCodeAt(pos - 1) : -1;
    const r2 = pos < this.end ? this.charSequence.charCodeAt(pos) : -1;
    return Utils.emptyOpContext(r1, r2);
  }
  prefixLength(re2) {
    return re2.prefix.length;
  }
};
var MachineInput = class {
  static fromUTF8(bytes, start = 0, end = bytes.length) {
    return new MachineUTF8Input(bytes, start, end);
  }
  static fromUTF16(charSequence, start = 0, end = void 0) {
    Utils.checkInput(charSequence);
    return new MachineUTF16Input(charSequence, start, end ?? charSequence.length);
  }
};
var Matcher = class Matcher2 {
  /**
  * V8 and WebKit have historical hard limits on the number of arguments
  * that can be passed to a function. We cap replacer arguments to prevent
  * Call Stack Overflow (DoS) vulnerabilities on massive ASTs.
  */
  static MAX_REPLACER_ARGS = 65535;
  /**
  * Quotes '\' and '$' in {@code s}, so that the returned string could be used in
  * {@link #appendReplacement} as a literal replacement of {@code s}.
  *
  * @param {string} str the string to be quoted
  * @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
  * @returns {string} the quoted string
  */
  static quoteReplacement(str3, javaMode = false) {
    if (javaMode) {
      if (str3.indexOf("\\") < 0 && str3.indexOf("$") < 0) return str3;
      return str3.split("").map((s) => {
        const c = s.codePointAt(0);
        if (c === Codepoint.CODES["\\"] || c === Codepoint.CODES["$"]) return `\\${s}`;
        return s;
      }).join("");
    }
    if (str3.indexOf("$") < 0) return str3;
    return str3.split("").map((s) => {
      if (s.codePointAt(0) === Codepoint.CODES["$"]) return "$$";
      return s;
    }).join("");
  }
  /**
  *
  * @param {import('./index.js').RE2JS} pattern
  * @param {string|number[]|Uint8Array|MatcherInputBase} input
  */
  constructor(pattern, input) {
    if (pattern === null) throw new Error("pattern is null");
    this.patternInput = pattern;
    const re2 = this.patternInput.re2();
    this.patternGroupCount = re2.numberOfCapturingGroups();
    this.groups = [];
    this.namedGroups = re2.namedGroups;
    this.hasNamedGroups = Object.keys(this.namedGroups).length > 0;
    this.numberOfInstructions = re2.numberOfInstructions();
    this.lookbehindState = null;
    if (input instanceof MatcherInputBase) this.resetMatcherInput(input);
    else if (Utils.isByteArray(input)) this.resetMatcherInput(MatcherInput.utf8(input));
    else this.resetMatcherInput(MatcherInput.utf16(input));
  }
  /**
  * Returns the {@code RE2JS} associated with this {@code Matcher}.
  * @returns {import('./index.js').RE2JS}
  */
  pattern() {
    return this.patternInput;
  }
  /**
  * Resets the {@code Matcher}, rewinding input and discarding any match information.
  *
  * @returns {Matcher} the {@code Matcher} itself, for chained method calls
  */
  reset() {
    this.matcherInputLength = this.matcherInput.length();
    this.appendPos = 0;
    this.hasMatch = false;
    this.hasGroups = false;
    this.anchorFlag = 0;
    return this;
  }
  /**
  * Resets the {@code Matcher} and changes the input.
  * @param {string|number[]|Uint8Array|MatcherInputBase} input
  * @returns {Matcher} the {@code Matcher} itself, for chained method calls
  */
  resetMatcherInput(input) {
    if (input === null) throw new Error("input is null");
    if (!(input instanceof MatcherInputBase)) {
      if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
      else input = MatcherInput.utf16(input);
    }
    this.matcherInput = input;
    if (this.lookbehindState !== null) this.lookbehindState.reset();
    else this.lookbehindState = this.patternInput.re2().createLookbehindState();
    this.reset();
    return this;
  }
  /**
  * Returns the start of the named group of the most recent match, or -1 if the group was not
  * matched.
  * @param {string|number} [group=0]
  * @returns {number}
  */
  start(group = 0) {
    if (typeof group === "string") {
      const groupInt = this.namedGroups[group];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
      group = groupInt;
    }
    this.loadGroup(group);
    return this.groups[2 * group];
  }
  /**
  * Returns the end of the named group of the most recent match, or -1 if the group was not
  * matched.
  * @param {string|number} [group=0]
  * @returns {number}
  */
  end(group = 0) {
    if (typeof group === "string") {
      const groupInt = this.namedGroups[group];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
      group = groupInt;
    }
    this.loadGroup(group);
    return this.groups[2 * group + 1];
  }
  /**
  * Returns the program size of this pattern.
  *
  * <p>
  * Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
  * "cost". Larger numbers are more expensive than smaller numbers.
  * </p>
  *
  * @returns {number} the program size of this pattern
  */
  programSize() {
    return this.numberOfInstructions;
  }
  /**
  * Returns the named group of the most recent match, or {@code null} if the group was not matched.
  * @param {string|number} [group=0]
  * @returns {string|null}
  */
  group(group = 0) {
    if (typeof group === "string") {
      const groupInt = this.namedGroups[group];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
      group = groupInt;
    }
    const start = this.start(group);
    const end = this.end(group);
    if (start < 0 && end < 0) return null;
    return this.substring(start, end);
  }
  /**
  * Returns a dictionary map of all named capturing groups and their matched values.
  * If a group was not matched, its value will be `null`.
  * @returns {Record<string, string|null>}
  */
  getNamedGroups() {
    if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
    const result = /* @__PURE__ */ Object.create(null);
    for (const name of Object.keys(this.namedGroups)) result[name] = this.group(name);
    return result;
  }
  /**
  * Returns the number of subgroups in this pattern.
  *
  * @returns {number} the number of subgroups; the overall match (group 0) does not count
  */
  groupCount() {
    return this.patternGroupCount;
  }
  /**
  * Helper: finds subgroup information if needed for group.
  * @param {number} group
  * @private
  */
  loadGroup(group) {
    if (!Number.isInteger(group) || group < 0 || group > this.patternGroupCount) throw new RE2JSGroupException(`Group index out of bounds: ${group}`);
    if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
    if (group === 0 || this.hasGroups) return;
    const end = this.matcherInputLength;
    const res = this.patternInput.re2().matchMachineInput(this.matcherInput, this.groups[0], end, this.anchorFlag, 1 + this.patternGroupCount, this.lookbehindState);
    if (!res[0]) throw new RE2JSGroupException("inconsistency in matching group data");
    this.groups = res[1];
    this.hasGroups = true;
  }
  /**
  * Matches the entire input against the pattern (anchored start and end). If there is a match,
  * {@code matches} sets the match state to describe it.
  *
  * @returns {boolean} true if the entire input matches the pattern
  */
  matches() {
    return this.genMatch(0, RE2Flags.ANCHOR_BOTH);
  }
  /**
  * Matches the beginning of input against the pattern (anchored start). If there is a match,
  * {@code lookingAt} sets the match state to describe it.
  *
  * @returns {boolean} true if the beginning of the input matches the pattern
  */
  lookingAt() {
    return this.genMatch(0, RE2Flags.ANCHOR_START);
  }
  /**
  * Matches the input against the pattern (unanchored), starting at a specified position. If there
  * is a match, {@code find} sets the match state to describe it.
  *
  * @param {number|null} [start=null] the input position where the search begins
  * @returns {boolean} if it finds a match
  * @throws IndexOutOfBoundsException if start is not a valid input position
  */
  find(start = null) {
    if (start !== null) {
      if (!Number.isInteger(start) || start < 0 || start > this.matcherInputLength) throw new RE2JSGroupException(`start index out of bounds: ${start}`);
      this.reset();
      return this.genMatch(start, 0);
    }
    start = 0;
    if (this.hasMatch) {
      start = this.groups[1];
      if (this.groups[0] === this.groups[1]) {
        const r = (this.matcherInput.isUTF16Encoding() ? MachineInput.fromUTF16(this.matcherInput.asCharSequence(), 0, this.matcherInputLength) : MachineInput.fromUTF8(this.matcherInput.asBytes(), 0, this.matcherInputLength)).step(start);
        if (r < 0) start++;
        else start += r & 7;
      }
    }
    return this.genMatch(start, RE2Flags.UNANCHORED);
  }
  /**
  * Helper: does match starting at start, with RE2 anchor flag.
  * @param {number} startByte
  * @param {number} anchor
  * @returns {boolean}
  * @private
  */
  genMatch(startByte, anchor) {
    const res = this.patternInput.re2().matchMachineInput(this.matcherInput, startByte, this.matcherInputLength, anchor, 1, this.lookbehindState);
    if (!res[0]) {
      this.hasMatch = false;
      return false;
    }
    this.groups = res[1];
    this.hasMatch = true;
    this.hasGroups = this.patternGroupCount === 0;
    this.anchorFlag = anchor;
    return true;
  }
  /**
  * Helper: return substring for [start, end).
  * @param {number} start
  * @param {number} end
  * @returns {string}
  */
  substring(start, end) {
    if (this.matcherInput.isUTF8Encoding()) return Utils.utf8ByteArrayToString(this.matcherInput.asBytes().slice(start, end));
    return this.matcherInput.asCharSequence().substring(start, end).toString();
  }
  /**
  * Helper for Pattern: return input length.
  * @returns {number}
  */
  inputLength() {
    return this.matcherInputLength;
  }
  /**
  * Appends to result two strings: the text from the append position up to the beginning of the
  * most recent match, and then the replacement with submatch groups substituted for references to
  * them. It advances the append position to where the most recent match ended.
  *
  * By default the replacement is expanded as by String.prototype.replace (see
  * appendReplacementInternalJs). In Java mode it follows re2j / java.util.regex: $n takes as
  * many digits as still form a valid group number, ${name} is a named group, and a backslash
  * escapes the next character (so "\\$" in a JS string literal inserts a literal $).
  *
  * @param {string} replacement the replacement string
  * @param {boolean} [javaMode=false] activate java mode (different behaviour for capture groups and special characters)
  * @returns {string}
  * @throws IllegalStateException if there was no most recent match
  * @throws IndexOutOfBoundsException in Java mode, if replacement refers to an invalid group
  * @private
  */
  appendReplacement(replacement, javaMode = false) {
    let res = "";
    const s = this.start();
    const e = this.end();
    if (this.appendPos < s) res += this.substring(this.appendPos, s);
    this.appendPos = e;
    res += javaMode ? this.appendReplacementInternalJava(replacement) : this.appendReplacementInternalJs(replacement);
    return res;
  }
  /**
  * @param {string} replacement - the replacement string
  * @returns {string}
  * @private
  */
  appendReplacementInternalJava(replacement) {
    let res = "";
    let last = 0;
    const m = replacement.length;
    let i = 0;
    while (i < m) {
      const cCode = replacement.codePointAt(i);
      if (cCode === Codepoint.CODES["\\"]) {
        if (last < i) res += replacement.substring(last, i);
        i++;
        if (i >= m) throw new RE2JSGroupException("character to be escaped is missing");
        last = i;
        i++;
        continue;
      }
      if (cCode === Codepoint.CODES["$"]) {
        if (last < i) res += replacement.substring(last, i);
        if (i + 1 >= m) throw new RE2JSGroupException("Illegal group reference: group index is missing");
        const nextCode = replacement.codePointAt(i + 1);
        if (Codepoint.CODES["0"] <= nextCode && nextCode <= Codepoint.CODES["9"]) {
          let n = nextCode - Codepoint.CODES["0"];
          let j = i + 2;
          for (; j < m; j++) {
            const digit = replacement.codePointAt(j);
            if (digit < Codepoint.CODES["0"] || digit > Codepoint.CODES["9"] || n * 10 + digit - Codepoint.CODES["0"] > this.patternGroupCount) break;
            n = n * 10 + digit - Codepoint.CODES["0"];
          }
          if (n > this.patternGroupCount) throw new RE2JSGroupException(`n > number of groups: ${n}`);
          const group = this.group(n);
          if (group !== null) res += group;
          i = j;
          last = i;
        } else if (nextCode === Codepoint.CODES["{"]) {
          let j = i + 2;
          while (j < m && replacement.codePointAt(j) !== Codepoint.CODES["}"]) j++;
          if (j >= m) throw new RE2JSGroupException("named capture group is missing trailing '}'");
          const groupName = replacement.substring(i + 2, j);
          const groupVal = this.group(groupName);
          if (groupVal !== null) res += groupVal;
          i = j + 1;
          last = i;
        } else throw new RE2JSGroupException("Illegal group reference");
        continue;
      }
      i++;
    }
    if (last < m) res += replacement.substring(last, m);
    return res;
  }
  /**
  * Expands |replacement| for the current match by the rules of String.prototype.replace
  * (ECMAScript GetSubstitution): $$ is "$", $& the match, $` the text before it, $' the text
  * after it, $n and $nn a group (two digits only when they form a valid group number, so with
  * one group "$10" is group 1 then "0"; an unmatched group is empty), and $<name> a named group
  * (empty when no such group), only when the pattern has named groups. Anything else, such as
  * "$0" or "$<" without a closing ">", is kept as is.
  * @param {string} replacement - the replacement string
  * @returns {string}
  * @private
  */
  appendReplacementInternalJs(replacement) {
    const isDigit2 = (c) => c >= 48 && c <= 57;
    const groupCount = this.patternGroupCount;
    let res = "";
    let i = 0;
    while (i < replacement.length) {
      const dollar = replacement.indexOf("$", i);
      if (dollar < 0) break;
      res += replacement.substring(i, dollar);
      i = dollar;
      const c = replacement.charCodeAt(i + 1);
      if (c === Codepoint.CODES["$"]) {
        res += "$";
        i += 2;
      } else if (c === Codepoint.CODES["&"]) {
        res += this.group(0);
        i += 2;
      } else if (c === Codepoint.CODES["`"]) {
        res += this.substring(0, this.start(0));
        i += 2;
      } else if (c === Codepoint.CODES["'"]) {
        res += this.substring(this.end(0), this.matcherInputLength);
        i += 2;
      } else if (isDigit2(c)) {
        let digits = 1;
        let index = c - 48;
        const c2 = replacement.charCodeAt(i + 2);
        if (isDigit2(c2) && index * 10 + c2 - 48 <= groupCount) {
          digits = 2;
          index = index * 10 + c2 - 48;
        }
        if (index >= 1 && index <= groupCount) {
          const group = this.group(index);
          if (group !== null) res += group;
        } else res += replacement.substring(i, i + 1 + digits);
        i += 1 + digits;
      } else if (c === Codepoint.CODES["<"] && this.hasNamedGroups) {
        const gt = replacement.indexOf(">", i + 2);
        if (gt < 0) {
          res += "$<";
          i += 2;
        } else {
          const name = replacement.substring(i + 2, gt);
          if (Object.hasOwn(this.namedGroups, name)) {
            const group = this.group(name);
            if (group !== null) res += group;
          }
          i = gt + 1;
        }
      } else {
        res += "$";
        i += 1;
      }
    }
    return res + replacement.substring(i);
  }
  /**
  * Return the substring of the input from the append position to the end of the
  * input.
  * @returns {string}
  */
  appendTail() {
    return this.substring(this.appendPos, this.matcherInputLength);
  }
  /**
  * Returns the input with all matches replaced by {@code replacement}, interpreted as for
  * {@code appendReplacement}.
  *
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string} the input string with the matches replaced
  * @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
  */
  replaceAll(replacement, javaMode = false) {
    return this.replace(replacement, true, javaMode);
  }
  /**
  * Returns the input with the first match replaced by {@code replacement}, interpreted as for
  * {@code appendReplacement}.
  *
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string} the input string with the first match replaced
  * @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
  */
  replaceFirst(replacement, javaMode = false) {
    return this.replace(replacement, false, javaMode);
  }
  /**
  * Helper: replaceAll/replaceFirst hybrid.
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [all=true] - replace all matches
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string}
  * @private
  */
  replace(replacement, all = true, javaMode = false) {
    let res = "";
    this.reset();
    const isFunc = typeof replacement === "function";
    let originalInput = null;
    if (isFunc) {
      if (this.groupCount() >= Matcher2.MAX_REPLACER_ARGS) throw new RE2JSGroupException("Too many capture groups to safely invoke replacer function");
      originalInput = this.matcherInput.isUTF8Encoding() ? this.matcherInput.asBytes() : this.matcherInput.asCharSequence();
    }
    while (this.find()) {
      res += isFunc ? this.appendReplacementFunc(replacement, originalInput) : this.appendReplacement(replacement, javaMode);
      if (!all) break;
    }
    res += this.appendTail();
    return res;
  }
  /**
  * Evaluates a replacer function for the current match and appends the result,
  * along with any un-matched preceding text, advancing the append position.
  * @param {Function} replacer - the replacer function
  * @param {string|Uint8Array|number[]} originalInput - the cached original input reference
  * @returns {string} the evaluated string to append
  * @private
  */
  appendReplacementFunc(replacer, originalInput) {
    let res = "";
    const s = this.start();
    const e = this.end();
    if (this.appendPos < s) res += this.substring(this.appendPos, s);
    this.appendPos = e;
    const args = this.matchArray();
    args.push(s, originalInput);
    if (this.hasNamedGroups) args.push(this.namedGroupsObject());
    res += String(replacer(...args));
    return res;
  }
  /**
  * The match and its groups, as the elements of a JS RegExpExecArray: undefined for a group that
  * did not take part in the match. Used by exec(), matchAll() and replacer functions.
  * @returns {Array<string|undefined>}
  * @private
  */
  matchArray() {
    const result = [this.group(0)];
    for (let i = 1; i <= this.patternGroupCount; i++) {
      const group = this.group(i);
      result.push(group === null ? void 0 : group);
    }
    return result;
  }
  /**
  * The named groups, as the groups property of a JS RegExpExecArray: an object without a
  * prototype mapping each name to its group (undefined when it did not take part in the match),
  * or undefined when the pattern has no named groups.
  * @returns {Record<string, string|undefined>|undefined}
  * @private
  */
  namedGroupsObject() {
    if (!this.hasNamedGroups) return;
    const result = this.getNamedGroups();
    for (const name in result) if (result[name] === null) result[name] = void 0;
    return result;
  }
};
var Inst = class Inst2 {
  static ALT = 1;
  static ALT_MATCH = 2;
  static CAPTURE = 3;
  static EMPTY_WIDTH = 4;
  static FAIL = 5;
  static MATCH = 6;
  static NOP = 7;
  static RUNE = 8;
  static RUNE1 = 9;
  static RUNE_ANY = 10;
  static RUNE_ANY_NOT_NL = 11;
  static LB_WRITE = 12;
  static LB_CHECK = 13;
  static isRuneOp(op) {
    return Inst2.RUNE <= op && op <= Inst2.RUNE_ANY_NOT_NL;
  }
  static escapeRunes(runes) {
    let out = '"';
    for (let rune of runes) out += Utils.escapeRune(rune);
    out += '"';
    return out;
  }
  constructor(op) {
    this.op = op;
    this.out = 0;
    this.arg = 0;
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.next = null;
  }
  matchRune(r) {
    if (this.runes.length === 1) {
      const r0 = this.runes[0];
      if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r);
      return r === r0;
    }
    const len = this.runes.length;
    if (len === 0) return false;
    if (len === 2 || len === 4 || len === 6 || len === 8) {
      for (let j = 0; j < len; j += 2) {
        if (r < this.runes[j]) return false;
        if (r <= this.runes[j + 1]) return true;
      }
      return false;
    }
    let base = 0;
    let n = len >> 1;
    while (n > 1) {
      const half = n >> 1;
      base += this.runes[base + half << 1] <= r ? half : 0;
      n -= half;
    }
    base += this.runes[base << 1] <= r ? 1 : 0;
    const m = base - 1;
    return m >= 0 && r <= this.runes[m << 1 | 1];
  }
  matchRunePos(r) {
    if (this.runes.length === 1) {
      const r0 = this.runes[0];
      if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r) ? 0 : -1;
      return r === r0 ? 0 : -1;
    }
    const len = this.runes.length;
    if (len === 0) return -1;
    if (len === 2 || len === 4 || len === 6 || len === 8) {
      for (let j = 0; j < len; j += 2) {
        if (r < this.runes[j]) return -1;
        if (r <= this.runes[j + 1]) return Math.floor(j / 2);
      }
      return -1;
    }
    let base = 0;
    let n = len >> 1;
    while (n > 1) {
      const half = n >> 1;
      base += this.runes[base + half << 1] <= r ? half : 0;
      n -= half;
    }
    base += this.runes[base << 1] <= r ? 1 : 0;
    const m = base - 1;
    return m >= 0 && r <= this.runes[m << 1 | 1] ? m : -1;
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    switch (this.op) {
      case Inst2.ALT:
        return `alt -> ${this.out}, ${this.arg}`;
      case Inst2.ALT_MATCH:
        return `altmatch -> ${this.out}, ${this.arg}`;
      case Inst2.CAPTURE:
        return `cap ${this.arg} -> ${this.out}`;
      case Inst2.EMPTY_WIDTH:
        return `empty ${this.arg} -> ${this.out}`;
      case Inst2.MATCH:
        return `match${this.arg !== 0 ? ` ${this.arg}` : ""}`;
      case Inst2.FAIL:
        return "fail";
      case Inst2.NOP:
        return `nop -> ${this.out}`;
      case Inst2.LB_WRITE:
        return `lbwrite ${this.arg} -> ${this.out}`;
      case Inst2.LB_CHECK:
        return `lbcheck ${this.arg} -> ${this.out}`;
      case Inst2.RUNE:
        if (this.runes === null) return "rune <null>";
        return [
          "rune ",
          Inst2.escapeRunes(this.runes),
          (this.arg & RE2Flags.FOLD_CASE) !== 0 ? "/i" : "",
          " -> ",
          this.out
        ].join("");
      case Inst2.RUNE1:
        return `rune1 ${Inst2.escapeRunes(this.runes)} -> ${this.out}`;
      case Inst2.RUNE_ANY:
        return `any -> ${this.out}`;
      case Inst2.RUNE_ANY_NOT_NL:
        return `anynotnl -> ${this.out}`;
      default:
        throw new Error("unhandled case in Inst.toString");
    }
  }
};
var Queue = class Queue2 {
  constructor(numInst) {
    this.sparse = new Int32Array(numInst);
    this.densePcs = new Int32Array(numInst);
    this.denseCaps = null;
    this.size = 0;
    this.ncap = 0;
    this.mainThreads = 0;
  }
  static INITIAL_THREADS = 32;
  init(ncap) {
    this.ncap = ncap;
    const needed = Math.min(this.densePcs.length, Queue2.INITIAL_THREADS) * ncap;
    if (!this.denseCaps || this.denseCaps.length < needed) this.denseCaps = new Int32Array(needed);
  }
  growCaps(needed) {
    const limit = this.densePcs.length * this.ncap;
    const grown = new Int32Array(Math.min(limit, Math.max(needed, 2 * this.denseCaps.length)));
    grown.set(this.denseCaps);
    this.denseCaps = grown;
  }
  contains(pc) {
    const j = this.sparse[pc];
    return j < this.size && this.densePcs[j] === pc;
  }
  isEmpty() {
    return this.size === 0;
  }
  add(pc) {
    const j = this.size++;
    this.sparse[pc] = j;
    this.densePcs[j] = pc;
    return j;
  }
  clear() {
    this.size = 0;
    this.mainThreads = 0;
  }
  toString() {
    let out = "{";
    for (let i = 0; i < this.size; i++) {
      if (i !== 0) out += ", ";
      out += this.densePcs[i];
    }
    out += "}";
    return out;
  }
};
var LookbehindState = class {
  constructor(prog) {
    this.pos = -1;
    this.pcs = new Int32Array(prog.numInst());
    this.size = 0;
    this.lbTable = new Int32Array(prog.numLb + 1);
  }
  reset() {
    this.pos = -1;
    this.size = 0;
  }
};
var Machine = class Machine2 {
  static fromRE2(re2) {
    const m = new Machine2();
    m.prog = re2.prog;
    m.re2 = re2;
    m.q0 = new Queue(m.prog.numInst());
    m.q1 = new Queue(m.prog.numInst());
    m.addStack = new Int32Array(2 * (m.prog.numInst() + 1));
    m.matched = false;
    m.matchcap = new Int32Array(m.prog.numCap < 2 ? 2 : m.prog.numCap);
    m.ncap = 0;
    return m;
  }
  constructor() {
    this.prog = null;
    this.re2 = null;
    this.q0 = null;
    this.q1 = null;
    this.addStack = null;
    this.matched = false;
    this.matchcap = null;
    this.ncap = 0;
    this.lbTable = null;
  }
  init(ncap) {
    this.ncap = ncap;
    if (ncap > this.matchcap.length) this.matchcap = new Int32Array(ncap).fill(-1);
    else this.matchcap.fill(-1);
    this.q0.init(ncap);
    this.q1.init(ncap);
    if (this.prog.numLb > 0) {
      if (!this.lbTable || this.lbTable.length < this.prog.numLb + 1) this.lbTable = new Int32Array(this.prog.numLb + 1);
      this.lbTable.fill(-1);
    }
  }
  submatches() {
    if (this.ncap === 0) return Utils.emptyInts();
    return Utils.toArray(this.matchcap.subarray(0, this.ncap));
  }
  match(input, pos, anchor, lbState = null) {
    const startCond = this.re2.cond;
    if (startCond === Utils.EMPTY_ALL) return false;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
    this.matched = false;
    this.matchcap.fill(-1);
    const hasLookbehinds = this.prog.numLb > 0;
    const matchStartPos = pos;
    let currentPos = pos;
    let resumeLookbehinds = false;
    if (hasLookbehinds) {
      if (lbState !== null && lbState.pos >= 0 && lbState.pos <= pos) {
        currentPos = lbState.pos;
        resumeLookbehinds = true;
      } else currentPos = 0;
    }
    let saveLookbehinds = hasLookbehinds && lbState !== null;
    let runq = this.q0;
    let nextq = this.q1;
    let r = input.step(currentPos);
    let rune = r >> 3;
    let width = r & 7;
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r = input.step(currentPos + width);
      rune1 = r >> 3;
      width1 = r & 7;
    }
    let flag3;
    if (currentPos === 0) flag3 = Utils.emptyOpContext(-1, rune);
    else flag3 = input.context(currentPos);
    if (hasLookbehinds) {
      if (resumeLookbehinds) this.restoreLookbehinds(lbState, runq, flag3);
      else this.spawnLookbehinds(runq, currentPos, flag3);
    }
    while (true) {
      if (runq.mainThreads === 0) {
        if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
        if (this.matched) break;
        if (this.prog.numLb === 0 && runq.isEmpty() && !(this.re2.prefix.length === 0) && rune1 !== this.re2.prefixRune && input.canCheckPrefix()) {
          const advance = input.index(this.re2, currentPos);
          if (advance < 0) break;
          currentPos += advance;
          r = input.step(currentPos);
          rune = r >> 3;
          width = r & 7;
          r = input.step(currentPos + width);
          rune1 = r >> 3;
          width1 = r & 7;
          flag3 = input.context(currentPos);
        }
      }
      if (currentPos >= matchStartPos) {
        if (saveLookbehinds) {
          this.saveLookbehinds(lbState, runq, currentPos);
          saveLookbehinds = false;
        }
        if (!this.matched && (currentPos === 0 || anchor === RE2Flags.UNANCHORED)) {
          if (this.ncap > 0) this.matchcap[0] = currentPos;
          this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag3);
        }
      }
      const nextPos = currentPos + width;
      flag3 = input.context(nextPos);
      this.step(runq, nextq, currentPos, nextPos, rune, flag3, anchor, currentPos === input.endPos());
      if (width === 0) break;
      if (this.ncap === 0 && this.matched) break;
      currentPos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r = input.step(currentPos + width);
        rune1 = r >> 3;
        width1 = r & 7;
      }
      const tmpq = runq;
      runq = nextq;
      nextq = tmpq;
    }
    runq.clear();
    nextq.clear();
    return this.matched;
  }
  matchSet(input, pos, anchor) {
    const startCond = this.re2.cond;
    if (startCond === Utils.EMPTY_ALL) return [];
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
    let currentPos = this.prog.numLb > 0 ? 0 : pos;
    let matchStartPos = pos;
    let runq = this.q0;
    let nextq = this.q1;
    let r = input.step(currentPos);
    let rune = r >> 3;
    let width = r & 7;
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r = input.step(currentPos + width);
      rune1 = r >> 3;
      width1 = r & 7;
    }
    let flag3 = currentPos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(currentPos);
    const matches = /* @__PURE__ */ new Set();
    if (this.prog.numLb > 0) this.spawnLookbehinds(runq, currentPos, flag3);
    while (true) {
      if (runq.mainThreads === 0) {
        if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
      }
      if (currentPos === 0 || anchor === RE2Flags.UNANCHORED) {
        if (currentPos >= matchStartPos) this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag3);
      }
      const nextPos = currentPos + width;
      flag3 = input.context(nextPos);
      for (let j = 0; j < runq.size; j++) {
        const pc = runq.densePcs[j];
        const i = this.prog.inst[pc];
        const capOffset = j * this.ncap;
        let add = false;
        switch (i.op) {
          case Inst.MATCH:
            if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== input.endPos()) break;
            matches.add(i.arg);
            break;
          case Inst.RUNE:
            add = i.matchRune(rune);
            break;
          case Inst.RUNE1:
            add = rune === i.runes[0];
            break;
          case Inst.RUNE_ANY:
            add = true;
            break;
          case Inst.RUNE_ANY_NOT_NL:
            add = rune !== 10;
            break;
          default:
            continue;
        }
        if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, flag3);
      }
      runq.clear();
      if (width === 0) break;
      currentPos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r = input.step(currentPos + width);
        rune1 = r >> 3;
        width1 = r & 7;
      }
      const tmpq = runq;
      runq = nextq;
      nextq = tmpq;
    }
    nextq.clear();
    return Array.from(matches).sort((a, b) => a - b);
  }
  step(runq, nextq, pos, nextPos, c, nextCond, anchor, atEnd) {
    const longest = this.re2.longest;
    for (let j = 0; j < runq.size; j++) {
      const pc = runq.densePcs[j];
      const capOffset = j * this.ncap;
      if (longest && this.matched && this.ncap > 0 && this.matchcap[0] < runq.denseCaps[capOffset]) continue;
      const i = this.prog.inst[pc];
      let add = false;
      switch (i.op) {
        case Inst.MATCH:
          if (anchor === RE2Flags.ANCHOR_BOTH && !atEnd) break;
          if (this.ncap > 0 && (!longest || !this.matched || this.matchcap[1] < pos)) {
            runq.denseCaps[capOffset + 1] = pos;
            for (let k = 0; k < this.ncap; k++) this.matchcap[k] = runq.denseCaps[capOffset + k];
          }
          if (!longest) runq.size = 0;
          this.matched = true;
          break;
        case Inst.RUNE:
          add = i.matchRune(c);
          break;
        case Inst.RUNE1:
          add = c === i.runes[0];
          break;
        case Inst.RUNE_ANY:
          add = true;
          break;
        case Inst.RUNE_ANY_NOT_NL:
          add = c !== 10;
          break;
        default:
          continue;
      }
      if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, nextCond);
    }
    runq.clear();
  }
  spawnLookbehinds(q, pos, flag3) {
    for (let i = 0; i < this.prog.lbStarts.length; i++) this.add(q, this.prog.lbStarts[i], pos, this.matchcap, 0, flag3);
  }
  restoreLookbehinds(lbState, q, flag3) {
    this.lbTable.set(lbState.lbTable);
    for (let j = 0; j < lbState.size; j++) this.add(q, lbState.pcs[j], lbState.pos, this.matchcap, 0, flag3);
  }
  saveLookbehinds(lbState, q, pos) {
    let size = 0;
    for (let j = 0; j < q.size; j++) {
      const pc = q.densePcs[j];
      if (this.prog.lbInst[pc] === 1 && Inst.isRuneOp(this.prog.inst[pc].op)) lbState.pcs[size++] = pc;
    }
    lbState.size = size;
    lbState.pos = pos;
    lbState.lbTable.set(this.lbTable);
  }
  add(q, pc, pos, capArray, capOffset, cond) {
    const stk = this.addStack;
    let nstk = 0;
    for (; ; ) {
      while (pc !== 0 && !q.contains(pc)) {
        const d = q.add(pc);
        const inst = this.prog.inst[pc];
        switch (inst.op) {
          case Inst.FAIL:
            pc = 0;
            break;
          case Inst.ALT:
          case Inst.ALT_MATCH:
            stk[nstk++] = inst.arg;
            stk[nstk++] = 0;
            pc = inst.out;
            break;
          case Inst.EMPTY_WIDTH:
            pc = (inst.arg & ~cond) === 0 ? inst.out : 0;
            break;
          case Inst.NOP:
            pc = inst.out;
            break;
          case Inst.CAPTURE:
            if (inst.arg < this.ncap) {
              stk[nstk++] = -inst.arg - 1;
              stk[nstk++] = capArray[capOffset + inst.arg];
              capArray[capOffset + inst.arg] = pos;
            }
            pc = inst.out;
            break;
          case Inst.LB_WRITE:
            this.lbTable[Math.abs(inst.arg)] = pos;
            pc = inst.out;
            break;
          case Inst.LB_CHECK:
            if (inst.arg > 0) pc = this.lbTable[inst.arg] === pos ? inst.out : 0;
            else pc = this.lbTable[-inst.arg] !== pos ? inst.out : 0;
            break;
          case Inst.MATCH:
          case Inst.RUNE:
          case Inst.RUNE1:
          case Inst.RUNE_ANY:
          case Inst.RUNE_ANY_NOT_NL:
            if (this.prog.lbInst[pc] === 0) q.mainThreads++;
            if (this.ncap > 0) {
              const destOffset = d * this.ncap;
              if (destOffset + this.ncap > q.denseCaps.length) q.growCaps(destOffset + this.ncap);
              for (let c = 0; c < this.ncap; c++) q.denseCaps[destOffset + c] = capArray[capOffset + c];
            }
            pc = 0;
            break;
          default:
            throw new RE2JSInternalException("unhandled");
        }
      }
      if (nstk === 0) return;
      nstk -= 2;
      const entry = stk[nstk];
      if (entry < 0) {
        capArray[capOffset - entry - 1] = stk[nstk + 1];
        pc = 0;
      } else pc = entry;
    }
  }
};
var hashState = (pcs, flag3, ids) => {
  let h = -2128831035;
  for (let i = 0; i < pcs.length; i++) {
    h ^= pcs[i];
    h = Math.imul(h, 16777619);
  }
  h ^= flag3;
  h = Math.imul(h, 16777619);
  for (let i = 0; i < ids.length; i++) {
    h ^= ids[i];
    h = Math.imul(h, 16777619);
  }
  return h;
};
var arraysEqual = (a, b) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};
var isState = (state, pcs, flag3, ids) => state.flag === flag3 && arraysEqual(state.nfaStates, pcs) && arraysEqual(state.matchIDs, ids);
var NO_IDS = [];
var END_TEXT = -1;
var DFAState = class {
  constructor(nfaStates, flag3, matchIDs) {
    this.nfaStates = nfaStates;
    this.flag = flag3;
    this.isMatch = (flag3 & DFA.FLAG_MATCH) !== 0;
    this.matchIDs = matchIDs;
    this.next = null;
    this.nextAnchored = null;
  }
};
var DFA = class DFA2 {
  static FLAG_EMPTY_MASK = 255;
  static FLAG_MATCH = 256;
  static FLAG_LAST_WORD = 512;
  static FLAG_NEED_SHIFT = 16;
  static STATE_OVERHEAD = 150;
  static ARRAY_OVERHEAD = 40;
  static ELEMENT_SIZE = 8;
  static TABLE_OVERHEAD = 48;
  static PROGRESS_PER_STATE = 10;
  constructor(prog, maxMem = 8388608) {
    this.prog = prog;
    this.maxMem = maxMem;
    this.stateCache = /* @__PURE__ */ new Map();
    this.stateCount = 0;
    this.startStates = /* @__PURE__ */ new Map();
    this.failed = false;
    for (let pc = 0; pc < prog.numInst(); pc++) {
      const op = prog.getInst(pc).op;
      if (op === Inst.LB_WRITE || op === Inst.LB_CHECK) {
        this.failed = true;
        break;
      }
    }
    this.computeRuneClasses();
    this.stateBudget = maxMem;
    this.memBudget = maxMem;
  }
  computeRuneClasses() {
    const bounds = /* @__PURE__ */ new Set();
    const addRange = (lo, hi) => {
      bounds.add(lo);
      bounds.add(hi + 1);
    };
    for (let pc = 0; pc < this.prog.numInst(); pc++) {
      const inst = this.prog.getInst(pc);
      switch (inst.op) {
        case Inst.RUNE:
        case Inst.RUNE1:
          if (inst.runes.length === 1) {
            addRange(inst.runes[0], inst.runes[0]);
            if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) for (let f = Unicode.simpleFold(inst.runes[0]); f !== inst.runes[0]; f = Unicode.simpleFold(f)) addRange(f, f);
          } else for (let j = 0; j < inst.runes.length; j += 2) addRange(inst.runes[j], inst.runes[j + 1]);
          break;
        case Inst.RUNE_ANY_NOT_NL:
          addRange(10, 10);
          break;
        case Inst.EMPTY_WIDTH:
          if ((inst.arg & (Utils.EMPTY_BEGIN_LINE | Utils.EMPTY_END_LINE)) !== 0) addRange(10, 10);
          if ((inst.arg & (Utils.EMPTY_WORD_BOUNDARY | Utils.EMPTY_NO_WORD_BOUNDARY)) !== 0) {
            addRange(48, 57);
            addRange(65, 90);
            addRange(95, 95);
            addRange(97, 122);
          }
      }
    }
    bounds.delete(0);
    this.classBounds = Int32Array.from(bounds).sort();
    this.numClasses = this.classBounds.length + 1;
    const latin1Class = new Int32Array(Unicode.MAX_LATIN1 + 1);
    for (let r = 0; r <= Unicode.MAX_LATIN1; r++) latin1Class[r] = this.searchClass(r);
    this.latin1Class = latin1Class;
  }
  runeClass(r) {
    if (r <= Unicode.MAX_LATIN1) return this.latin1Class[r];
    return this.searchClass(r);
  }
  searchClass(r) {
    const bounds = this.classBounds;
    let lo = 0;
    let hi = bounds.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (bounds[mid] <= r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  closure(pcs, flag3) {
    const closure = /* @__PURE__ */ new Set();
    const stack = Array.from(pcs);
    let needflags = 0;
    while (stack.length > 0) {
      const pc = stack.pop();
      if (pc === 0 || closure.has(pc)) continue;
      closure.add(pc);
      const inst = this.prog.getInst(pc);
      switch (inst.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          stack.push(inst.out);
          stack.push(inst.arg);
          break;
        case Inst.NOP:
        case Inst.CAPTURE:
          stack.push(inst.out);
          break;
        case Inst.EMPTY_WIDTH:
          needflags |= inst.arg;
          if ((inst.arg & ~flag3) === 0) stack.push(inst.out);
      }
    }
    return {
      pcs: Array.from(closure).sort((a, b) => a - b),
      needflags
    };
  }
  getState(pcs, flag3, ids) {
    const hash2 = hashState(pcs, flag3, ids);
    const cached = this.stateCache.get(hash2);
    if (cached instanceof DFAState) {
      if (isState(cached, pcs, flag3, ids)) return cached;
    } else if (cached !== void 0) {
      for (let i = 0; i < cached.length; i++) if (isState(cached[i], pcs, flag3, ids)) return cached[i];
    }
    const cost = DFA2.stateCost(pcs, ids);
    if (this.memBudget < cost) return null;
    this.memBudget -= cost;
    const state = new DFAState(pcs, flag3, ids);
    if (cached === void 0) this.stateCache.set(hash2, state);
    else if (cached instanceof DFAState) this.stateCache.set(hash2, [cached, state]);
    else cached.push(state);
    this.stateCount++;
    return state;
  }
  static stateCost(pcs, ids) {
    const idsCost = ids.length === 0 ? 0 : DFA2.ARRAY_OVERHEAD + DFA2.ELEMENT_SIZE * ids.length;
    return DFA2.STATE_OVERHEAD + DFA2.ELEMENT_SIZE * pcs.length + idsCost;
  }
  *cachedStates() {
    for (const cached of this.stateCache.values()) if (cached instanceof DFAState) yield cached;
    else yield* cached;
  }
  makeState(pcs, flag3, ids) {
    const closure = this.closure(pcs, flag3 & DFA2.FLAG_EMPTY_MASK);
    let stateFlag = flag3;
    if (closure.needflags === 0) stateFlag &= DFA2.FLAG_MATCH;
    stateFlag |= closure.needflags << DFA2.FLAG_NEED_SHIFT;
    return this.getState(closure.pcs, stateFlag, ids);
  }
  allocTable(state, anchor) {
    const size = this.numClasses + 1;
    const cost = DFA2.TABLE_OVERHEAD + DFA2.ELEMENT_SIZE * size;
    if (this.memBudget < cost) return null;
    this.memBudget -= cost;
    const table = new Array(size).fill(null);
    if (anchor === RE2Flags.UNANCHORED) state.next = table;
    else state.nextAnchored = table;
    return table;
  }
  clearCache() {
    this.stateCache.clear();
    this.stateCount = 0;
    this.startStates.clear();
    this.memBudget = this.stateBudget;
  }
  resetCache(current) {
    this.clearCache();
    return this.getState(current.nfaStates, current.flag, current.matchIDs);
  }
  step(state, cls, rune, anchor) {
    let table = anchor === RE2Flags.UNANCHORED ? state.next : state.nextAnchored;
    if (table !== null) {
      const cached = table[cls];
      if (cached !== null) return cached;
    } else {
      table = this.allocTable(state, anchor);
      if (table === null) return null;
    }
    const needflag = state.flag >>> DFA2.FLAG_NEED_SHIFT;
    const oldbeforeflag = state.flag & DFA2.FLAG_EMPTY_MASK;
    let beforeflag = oldbeforeflag;
    let afterflag = 0;
    if (rune === 10) {
      beforeflag |= Utils.EMPTY_END_LINE;
      afterflag |= Utils.EMPTY_BEGIN_LINE;
    }
    if (rune === END_TEXT) beforeflag |= Utils.EMPTY_END_LINE | Utils.EMPTY_END_TEXT;
    const islastword = (state.flag & DFA2.FLAG_LAST_WORD) !== 0;
    const isword = rune !== END_TEXT && Utils.isWordRune(rune);
    beforeflag |= isword === islastword ? Utils.EMPTY_NO_WORD_BOUNDARY : Utils.EMPTY_WORD_BOUNDARY;
    let pcs = state.nfaStates;
    if ((beforeflag & ~oldbeforeflag & needflag) !== 0) pcs = this.closure(pcs, beforeflag).pcs;
    const nextPCs = [];
    let ismatch = false;
    let ids = NO_IDS;
    for (let i = 0; i < pcs.length; i++) {
      const inst = this.prog.getInst(pcs[i]);
      if (inst.op === Inst.MATCH) {
        if (!ismatch) {
          ismatch = true;
          ids = [];
        }
        ids.push(inst.arg);
      } else if (rune !== END_TEXT && Inst.isRuneOp(inst.op) && inst.matchRune(rune)) nextPCs.push(inst.out);
    }
    if (ids.length > 1) ids.sort((a, b) => a - b);
    if (anchor === RE2Flags.UNANCHORED && rune !== END_TEXT) nextPCs.push(this.prog.start);
    let flag3 = afterflag;
    if (ismatch) flag3 |= DFA2.FLAG_MATCH;
    if (isword) flag3 |= DFA2.FLAG_LAST_WORD;
    const nextState = this.makeState(nextPCs, flag3, ids);
    if (nextState === null) return null;
    table[cls] = nextState;
    return nextState;
  }
  start(input, pos) {
    const context = input.context(pos);
    let flags;
    if ((context & Utils.EMPTY_BEGIN_TEXT) !== 0) flags = Utils.EMPTY_BEGIN_TEXT | Utils.EMPTY_BEGIN_LINE;
    else if ((context & Utils.EMPTY_BEGIN_LINE) !== 0) flags = Utils.EMPTY_BEGIN_LINE;
    else {
      const r = input.step(pos);
      const nextIsWord = r >= 0 && Utils.isWordRune(r >> 3);
      flags = (context & Utils.EMPTY_WORD_BOUNDARY) !== 0 !== nextIsWord ? DFA2.FLAG_LAST_WORD : 0;
    }
    let state = this.startStates.get(flags);
    if (state === void 0) {
      state = this.makeState([this.prog.start], flags, NO_IDS);
      if (state === null) {
        this.clearCache();
        state = this.makeState([this.prog.start], flags, NO_IDS);
        if (state === null) return null;
      }
      this.startStates.set(flags, state);
    }
    return state;
  }
  stepOrReset(state, cls, rune, anchor, pos, search) {
    let next = this.step(state, cls, rune, anchor);
    if (next !== null) return next;
    if (search.resetPos >= 0 && pos - search.resetPos < DFA2.PROGRESS_PER_STATE * this.stateCount) return null;
    search.resetPos = pos;
    const restored = this.resetCache(state);
    if (restored === null) return null;
    next = this.step(restored, cls, rune, anchor);
    return next;
  }
  run(input, pos, anchor, state, onMatch) {
    const endPos = input.endPos();
    const latin1Class = this.latin1Class;
    const unanchored = anchor === RE2Flags.UNANCHORED;
    const search = { resetPos: -1 };
    let i = pos;
    while (i < endPos) {
      const r = input.step(i);
      const rune = r >> 3;
      const width = r & 7;
      if (width === 0) break;
      const cls = rune <= Unicode.MAX_LATIN1 ? latin1Class[rune] : this.runeClass(rune);
      let next = unanchored && state.next !== null ? state.next[cls] : null;
      if (next === null) {
        next = this.stepOrReset(state, cls, rune, anchor, i, search);
        if (next === null) return null;
      }
      state = next;
      if (state.isMatch && onMatch(state, false)) return true;
      if (!unanchored && state.nfaStates.length === 0) return false;
      i += width;
    }
    state = this.stepOrReset(state, this.numClasses, END_TEXT, anchor, i, search);
    if (state === null) return null;
    return state.isMatch && onMatch(state, true);
  }
  match(input, pos, anchor) {
    if (this.failed) return null;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
    const startState = this.start(input, pos);
    if (startState === null) return null;
    return this.run(input, pos, anchor, startState, (state, atEnd) => anchor !== RE2Flags.ANCHOR_BOTH || atEnd);
  }
  matchSet(input, pos, anchor) {
    if (this.failed) return null;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
    const startState = this.start(input, pos);
    if (startState === null) return null;
    const matches = /* @__PURE__ */ new Set();
    const collect2 = (state, atEnd) => {
      if (anchor !== RE2Flags.ANCHOR_BOTH || atEnd) for (let k = 0; k < state.matchIDs.length; k++) matches.add(state.matchIDs[k]);
      return false;
    };
    if (this.run(input, pos, anchor, startState, collect2) === null) return null;
    return Array.from(matches).sort((a, b) => a - b);
  }
};
var VISITED_BITS = 32;
var MAX_BACKTRACK_PROG = 500;
var INITIAL_JOB_CAPACITY = 256;
var MAX_BACKTRACK_VECTOR = 262144;
var BitState = class {
  constructor() {
    this.end = 0;
    this.cap = /* @__PURE__ */ new Int32Array(0);
    this.matchcap = /* @__PURE__ */ new Int32Array(0);
    this.ncap = 0;
    this.jobPc = new Int32Array(INITIAL_JOB_CAPACITY);
    this.jobArg = new Uint8Array(INITIAL_JOB_CAPACITY);
    this.jobPos = new Int32Array(INITIAL_JOB_CAPACITY);
    this.jobLen = 0;
    this.visited = /* @__PURE__ */ new Uint32Array(0);
  }
  reset(prog, end, ncap) {
    this.end = end;
    this.jobLen = 0;
    this.ncap = ncap;
    const visitedSize = prog.numInst() * (end + 1) + VISITED_BITS - 1 >>> 5;
    if (this.visited.length < visitedSize) this.visited = new Uint32Array(visitedSize);
    else this.visited.fill(0, 0, visitedSize);
    if (this.cap.length < ncap) this.cap = new Int32Array(ncap).fill(-1);
    else this.cap.fill(-1, 0, ncap);
    if (this.matchcap.length < ncap) this.matchcap = new Int32Array(ncap).fill(-1);
    else this.matchcap.fill(-1, 0, ncap);
  }
  shouldVisit(pc, pos) {
    const n = pc * (this.end + 1) + pos;
    const idx = n >>> 5;
    const mask = 1 << (n & 31);
    if ((this.visited[idx] & mask) !== 0) return false;
    this.visited[idx] |= mask;
    return true;
  }
  push(re2, pc, pos, arg) {
    if (re2.prog.getInst(pc).op !== Inst.FAIL && (arg || this.shouldVisit(pc, pos))) {
      if (this.jobLen >= this.jobPc.length) {
        const newSize = this.jobPc.length * 2;
        const newPc = new Int32Array(newSize);
        newPc.set(this.jobPc);
        this.jobPc = newPc;
        const newArg = new Uint8Array(newSize);
        newArg.set(this.jobArg);
        this.jobArg = newArg;
        const newPos = new Int32Array(newSize);
        newPos.set(this.jobPos);
        this.jobPos = newPos;
      }
      this.jobPc[this.jobLen] = pc;
      this.jobArg[this.jobLen] = arg ? 1 : 0;
      this.jobPos[this.jobLen] = pos;
      this.jobLen++;
    }
  }
  tryBacktrack(re2, input, pc, pos, anchor) {
    const longest = re2.longest;
    this.push(re2, pc, pos, false);
    while (this.jobLen > 0) {
      this.jobLen--;
      let currentPc = this.jobPc[this.jobLen];
      let arg = this.jobArg[this.jobLen] === 1;
      let currentPos = this.jobPos[this.jobLen];
      let skipShouldVisit = true;
      while (true) {
        if (!skipShouldVisit) {
          if (!this.shouldVisit(currentPc, currentPos)) break;
        }
        skipShouldVisit = false;
        const inst = re2.prog.getInst(currentPc);
        switch (inst.op) {
          case Inst.FAIL:
            break;
          case Inst.ALT:
            if (arg) {
              arg = false;
              currentPc = inst.arg;
              continue;
            } else {
              this.push(re2, currentPc, currentPos, true);
              currentPc = inst.out;
              continue;
            }
          case Inst.ALT_MATCH: {
            const outInst = re2.prog.getInst(inst.out);
            if (Inst.isRuneOp(outInst.op)) {
              this.push(re2, inst.arg, currentPos, false);
              currentPc = inst.arg;
              currentPos = this.end;
              continue;
            }
            this.push(re2, inst.out, this.end, false);
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (!inst.matchRune(r >> 3)) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE1: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (r >> 3 !== inst.runes[0]) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE_ANY_NOT_NL: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (r >> 3 === 10) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE_ANY: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.CAPTURE:
            if (arg) {
              this.cap[inst.arg] = currentPos;
              break;
            } else {
              if (inst.arg < this.ncap) {
                this.push(re2, currentPc, this.cap[inst.arg], true);
                this.cap[inst.arg] = currentPos;
              }
              currentPc = inst.out;
              continue;
            }
          case Inst.EMPTY_WIDTH: {
            const flag3 = input.context(currentPos);
            if ((inst.arg & ~flag3) !== 0) break;
            currentPc = inst.out;
            continue;
          }
          case Inst.NOP:
            currentPc = inst.out;
            continue;
          case Inst.MATCH: {
            if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== this.end) break;
            if (this.ncap === 0) return true;
            if (this.ncap > 1) this.cap[1] = currentPos;
            const old = this.matchcap[1];
            if (old === -1 || longest && currentPos > 0 && currentPos > old) this.matchcap.set(this.cap);
            if (!longest) return true;
            if (currentPos === this.end) return true;
            break;
          }
          case Inst.LB_WRITE:
          case Inst.LB_CHECK:
            throw new RE2JSInternalException("Backtracker cannot evaluate Lookbehind instructions");
          default:
            throw new RE2JSInternalException("bad inst");
        }
        break;
      }
    }
    return longest && this.matchcap.length > 1 && this.matchcap[1] >= 0;
  }
};
var bitStatePool = [];
var Backtracker = class Backtracker2 {
  static shouldBacktrack(prog) {
    return prog.numInst() <= MAX_BACKTRACK_PROG;
  }
  static maxBitStateLen(prog) {
    if (!Backtracker2.shouldBacktrack(prog)) return 0;
    return Math.floor(MAX_BACKTRACK_VECTOR / prog.numInst());
  }
  static execute(re2, input, pos, anchor, ncap) {
    const startCond = re2.cond;
    if (startCond === Utils.EMPTY_ALL) return null;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
    if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && pos !== 0) return null;
    const b = bitStatePool.length > 0 ? bitStatePool.pop() : new BitState();
    const end = input.endPos();
    b.reset(re2.prog, end, ncap);
    let matched = false;
    if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 || anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) {
      if (b.ncap > 0) b.cap[0] = pos;
      if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) matched = true;
    } else {
      let width = -1;
      for (; pos <= end && width !== 0; pos += width) {
        if (re2.prefix.length > 0) {
          const advance = input.index(re2, pos);
          if (advance < 0) break;
          pos += advance;
        }
        if (b.ncap > 0) b.cap[0] = pos;
        if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) {
          matched = true;
          break;
        }
        const r = input.step(pos);
        width = r === MachineInputBase.EOF() ? 0 : r & 7;
      }
    }
    if (!matched) {
      bitStatePool.push(b);
      return null;
    }
    const result = ncap === 0 ? [] : Utils.toArray(b.matchcap.subarray(0, ncap));
    bitStatePool.push(b);
    return result;
  }
};
var QueueOnePass = class {
  constructor(size) {
    this.sparse = new Uint32Array(size);
    this.dense = new Uint32Array(size);
    this.size = 0;
    this.nextIndex = 0;
  }
  empty() {
    return this.nextIndex >= this.size;
  }
  next() {
    return this.dense[this.nextIndex++];
  }
  clear() {
    this.size = 0;
    this.nextIndex = 0;
  }
  contains(u) {
    return u < this.sparse.length && this.sparse[u] < this.size && this.dense[this.sparse[u]] === u;
  }
  insert(u) {
    if (!this.contains(u)) this.insertNew(u);
  }
  insertNew(u) {
    if (u >= this.sparse.length) return;
    this.sparse[u] = this.size;
    this.dense[this.size] = u;
    this.size++;
  }
};
var mergeRuneSets = (leftRunes, rightRunes, leftPC, rightPC) => {
  const leftLen = leftRunes.length;
  const rightLen = rightRunes.length;
  let lx = 0, rx = 0;
  const merged = [];
  const next = [];
  let ok = true;
  let ix = -1;
  const extend = (isLeft) => {
    const newArray = isLeft ? leftRunes : rightRunes;
    const low = isLeft ? lx : rx;
    const pc = isLeft ? leftPC : rightPC;
    if (ix > 0 && newArray[low] <= merged[ix]) return false;
    merged.push(newArray[low], newArray[low + 1]);
    if (isLeft) lx += 2;
    else rx += 2;
    ix += 2;
    next.push(pc);
    return true;
  };
  while (lx < leftLen || rx < rightLen) {
    if (rx >= rightLen) ok = extend(true);
    else if (lx >= leftLen) ok = extend(false);
    else if (rightRunes[rx] < leftRunes[lx]) ok = extend(false);
    else ok = extend(true);
    if (!ok) return null;
  }
  return {
    merged,
    next
  };
};
var OnePassProg = class {
  constructor(prog) {
    this.start = prog.start;
    this.numCap = prog.numCap;
    this.inst = new Array(prog.inst.length);
    for (let i = 0; i < prog.inst.length; i++) {
      const orig = prog.inst[i];
      const inst = new Inst(orig.op);
      inst.out = orig.out;
      inst.arg = orig.arg;
      inst.runes = orig.runes ? new Int32Array(orig.runes) : /* @__PURE__ */ new Int32Array(0);
      inst.next = null;
      this.inst[i] = inst;
    }
  }
};
var onePassCopy = (prog) => {
  const p = new OnePassProg(prog);
  for (let pc = 0; pc < p.inst.length; pc++) {
    const inst = p.inst[pc];
    if (inst.op !== Inst.ALT && inst.op !== Inst.ALT_MATCH) continue;
    let pAOther = "out";
    let pAAlt = "arg";
    let instAlt = p.inst[inst[pAAlt]];
    if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) {
      pAOther = "arg";
      pAAlt = "out";
      instAlt = p.inst[inst[pAAlt]];
      if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) continue;
    }
    const instOther = p.inst[inst[pAOther]];
    if (instOther.op === Inst.ALT || instOther.op === Inst.ALT_MATCH) continue;
    let pBAlt = "out";
    let pBOther = "arg";
    let patch = false;
    if (instAlt.out === pc) patch = true;
    else if (instAlt.arg === pc) {
      patch = true;
      pBAlt = "arg";
      pBOther = "out";
    }
    if (patch) instAlt[pBAlt] = inst[pAOther];
    if (inst[pAOther] === instAlt[pBAlt]) inst[pAAlt] = instAlt[pBOther];
  }
  return p;
};
var makeOnePass = (p) => {
  if (p.inst.length >= 1e3) return null;
  const instQueue = new QueueOnePass(p.inst.length);
  const visitQueue = new QueueOnePass(p.inst.length);
  const onePassRunes = new Array(p.inst.length);
  const m = new Array(p.inst.length).fill(false);
  const check2 = (pc) => {
    let ok = true;
    const inst = p.inst[pc];
    if (visitQueue.contains(pc)) return true;
    visitQueue.insert(pc);
    switch (inst.op) {
      case Inst.ALT:
      case Inst.ALT_MATCH: {
        ok = check2(inst.out) && check2(inst.arg);
        let matchOut = m[inst.out];
        let matchArg = m[inst.arg];
        if (matchOut && matchArg) return false;
        if (matchArg) {
          const tempOut = inst.out;
          inst.out = inst.arg;
          inst.arg = tempOut;
          const tempMatch = matchOut;
          matchOut = matchArg;
          matchArg = tempMatch;
        }
        if (matchOut) {
          m[pc] = true;
          inst.op = Inst.ALT_MATCH;
        }
        const leftRunes = onePassRunes[inst.out] || [];
        const rightRunes = onePassRunes[inst.arg] || [];
        const mergeRes = mergeRuneSets(leftRunes, rightRunes, inst.out, inst.arg);
        if (!mergeRes) return false;
        onePassRunes[pc] = new Int32Array(mergeRes.merged);
        inst.next = new Uint32Array(mergeRes.next);
        break;
      }
      case Inst.CAPTURE:
      case Inst.EMPTY_WIDTH:
      case Inst.NOP:
        ok = check2(inst.out);
        m[pc] = m[inst.out];
        onePassRunes[pc] = onePassRunes[inst.out] ? new Int32Array(onePassRunes[inst.out]) : /* @__PURE__ */ new Int32Array(0);
        inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
        break;
      case Inst.MATCH:
      case Inst.FAIL:
        m[pc] = inst.op === Inst.MATCH;
        break;
      case Inst.RUNE: {
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        if (!inst.runes || inst.runes.length === 0) {
          onePassRunes[pc] = /* @__PURE__ */ new Int32Array(0);
          inst.next = new Uint32Array([inst.out]);
          break;
        }
        let runes = [];
        if (inst.runes.length === 1 && (inst.arg & RE2Flags.FOLD_CASE) !== 0) {
          const r0 = inst.runes[0];
          runes.push(r0, r0);
          for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
          runes.sort((a, b) => a - b);
        } else for (let j = 0; j < inst.runes.length; j++) runes.push(inst.runes[j]);
        onePassRunes[pc] = new Int32Array(runes);
        inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
        inst.op = Inst.RUNE;
        break;
      }
      case Inst.RUNE1: {
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        let runes = [];
        if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) {
          const r0 = inst.runes[0];
          runes.push(r0, r0);
          for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
          runes.sort((a, b) => a - b);
        } else runes.push(inst.runes[0], inst.runes[0]);
        onePassRunes[pc] = new Int32Array(runes);
        inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
        inst.op = Inst.RUNE;
        break;
      }
      case Inst.RUNE_ANY:
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        onePassRunes[pc] = new Int32Array([0, Unicode.MAX_RUNE]);
        inst.next = new Uint32Array([inst.out]);
        break;
      case Inst.RUNE_ANY_NOT_NL:
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        onePassRunes[pc] = new Int32Array([
          0,
          9,
          11,
          Unicode.MAX_RUNE
        ]);
        inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
    }
    return ok;
  };
  instQueue.clear();
  instQueue.insert(p.start);
  while (!instQueue.empty()) {
    visitQueue.clear();
    if (!check2(instQueue.next())) return null;
  }
  for (let i = 0; i < p.inst.length; i++) if (onePassRunes[i]) p.inst[i].runes = onePassRunes[i];
  return p;
};
var cleanupOnePass = (p, original) => {
  for (let ix = 0; ix < original.inst.length; ix++) {
    const instOriginal = original.inst[ix];
    switch (instOriginal.op) {
      case Inst.ALT:
      case Inst.ALT_MATCH:
      case Inst.RUNE:
        break;
      case Inst.CAPTURE:
      case Inst.EMPTY_WIDTH:
      case Inst.NOP:
      case Inst.MATCH:
      case Inst.FAIL:
        p.inst[ix].next = null;
        break;
      case Inst.RUNE1:
      case Inst.RUNE_ANY:
      case Inst.RUNE_ANY_NOT_NL:
        p.inst[ix].next = null;
        p.inst[ix].op = instOriginal.op;
        p.inst[ix].runes = instOriginal.runes ? new Int32Array(instOriginal.runes) : /* @__PURE__ */ new Int32Array(0);
    }
  }
};
var OnePass = class OnePass2 {
  static compile(prog) {
    if (prog.start === 0) return null;
    if (prog.numLb > 0) return null;
    const startInst = prog.inst[prog.start];
    if (startInst.op !== Inst.EMPTY_WIDTH || (startInst.arg & Utils.EMPTY_BEGIN_TEXT) === 0) return null;
    let hasAlt = false;
    for (let i = 0; i < prog.inst.length; i++) if (prog.inst[i].op === Inst.ALT || prog.inst[i].op === Inst.ALT_MATCH) {
      hasAlt = true;
      break;
    }
    for (let i = 0; i < prog.inst.length; i++) {
      const inst = prog.inst[i];
      const opOut = prog.inst[inst.out].op;
      switch (inst.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          if (opOut === Inst.MATCH || prog.inst[inst.arg].op === Inst.MATCH) return null;
          break;
        case Inst.EMPTY_WIDTH:
          if (opOut === Inst.MATCH) {
            if ((inst.arg & Utils.EMPTY_END_TEXT) === Utils.EMPTY_END_TEXT) continue;
            return null;
          }
          break;
        default:
          if (opOut === Inst.MATCH && hasAlt) return null;
      }
    }
    let p = onePassCopy(prog);
    p = makeOnePass(p);
    if (p !== null) cleanupOnePass(p, prog);
    return p;
  }
  static next(inst, r) {
    const nextIdx = inst.matchRunePos(r);
    if (nextIdx >= 0) return inst.next[nextIdx];
    if (inst.op === Inst.ALT_MATCH) return inst.out;
    return 0;
  }
  static execute(re2, input, pos, anchor, ncap) {
    const onepass = re2.onepass;
    if (!onepass) return null;
    const matchcap = new Int32Array(ncap).fill(-1);
    let matched = false;
    let r = input.step(pos);
    let rune = r >> 3;
    let width = r & 7;
    let r1 = MachineInputBase.EOF();
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r1 = input.step(pos + width);
      if (r1 !== MachineInputBase.EOF()) {
        rune1 = r1 >> 3;
        width1 = r1 & 7;
      }
    }
    let flag3 = pos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(pos);
    let pc = onepass.start;
    let inst;
    while (true) {
      inst = onepass.inst[pc];
      pc = inst.out;
      switch (inst.op) {
        case Inst.MATCH:
          if (anchor === RE2Flags.ANCHOR_BOTH && pos !== input.endPos()) return null;
          matched = true;
          if (matchcap.length > 0) {
            matchcap[0] = 0;
            matchcap[1] = pos;
          }
          return ncap === 0 ? [] : Utils.toArray(matchcap);
        case Inst.RUNE:
          if (!inst.matchRune(rune)) return null;
          break;
        case Inst.RUNE1:
          if (rune !== inst.runes[0]) return null;
          break;
        case Inst.RUNE_ANY:
          break;
        case Inst.RUNE_ANY_NOT_NL:
          if (rune === 10) return null;
          break;
        case Inst.ALT:
        case Inst.ALT_MATCH:
          pc = OnePass2.next(inst, rune);
          continue;
        case Inst.FAIL:
          return null;
        case Inst.NOP:
          continue;
        case Inst.EMPTY_WIDTH:
          if ((inst.arg & ~flag3) !== 0) return null;
          continue;
        case Inst.CAPTURE:
          if (inst.arg < matchcap.length) matchcap[inst.arg] = pos;
          continue;
        default:
          throw new RE2JSInternalException("bad inst");
      }
      if (width === 0) break;
      flag3 = Utils.emptyOpContext(rune, rune1);
      pos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r1 = input.step(pos + width);
        if (r1 !== MachineInputBase.EOF()) {
          rune1 = r1 >> 3;
          width1 = r1 & 7;
        } else {
          rune1 = -1;
          width1 = 0;
        }
      }
    }
    if (!matched) return null;
    return ncap === 0 ? [] : Utils.toArray(matchcap);
  }
};
var Regexp = class Regexp2 {
  static Op = createEnum([
    "NO_MATCH",
    "EMPTY_MATCH",
    "LITERAL",
    "CHAR_CLASS",
    "ANY_CHAR_NOT_NL",
    "ANY_CHAR",
    "BEGIN_LINE",
    "END_LINE",
    "BEGIN_TEXT",
    "END_TEXT",
    "WORD_BOUNDARY",
    "NO_WORD_BOUNDARY",
    "CAPTURE",
    "STAR",
    "PLUS",
    "QUEST",
    "REPEAT",
    "CONCAT",
    "ALTERNATE",
    "PLB",
    "NLB",
    "LEFT_PAREN",
    "VERTICAL_BAR"
  ]);
  static isPseudoOp(op) {
    return op >= Regexp2.Op.LEFT_PAREN;
  }
  static emptySubs() {
    return [];
  }
  static quoteIfHyphen(rune) {
    if (rune === Codepoint.CODES["-"]) return "\\";
    return "";
  }
  static fromRegexp(re) {
    const regex = new Regexp2(re.op);
    regex.flags = re.flags;
    regex.subs = re.subs;
    regex.runes = re.runes;
    regex.cap = re.cap;
    regex.min = re.min;
    regex.max = re.max;
    regex.name = re.name;
    regex.namedGroups = re.namedGroups;
    regex.lb = re.lb;
    return regex;
  }
  constructor(op) {
    this.op = op;
    this.flags = 0;
    this.subs = Regexp2.emptySubs();
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.min = 0;
    this.max = 0;
    this.cap = 0;
    this.name = null;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.lb = 0;
  }
  reinit() {
    this.flags = 0;
    this.subs = Regexp2.emptySubs();
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.cap = 0;
    this.min = 0;
    this.max = 0;
    this.name = null;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.lb = 0;
  }
  toString() {
    return this.appendTo();
  }
  appendTo() {
    let out = "";
    switch (this.op) {
      case Regexp2.Op.NO_MATCH:
        out += "[^\\x00-\\x{10FFFF}]";
        break;
      case Regexp2.Op.EMPTY_MATCH:
        out += "(?:)";
        break;
      case Regexp2.Op.STAR:
      case Regexp2.Op.PLUS:
      case Regexp2.Op.QUEST:
      case Regexp2.Op.REPEAT: {
        const sub = this.subs[0];
        if (sub.op > Regexp2.Op.CAPTURE || sub.op === Regexp2.Op.LITERAL && sub.runes.length > 1) out += `(?:${sub.appendTo()})`;
        else out += sub.appendTo();
        switch (this.op) {
          case Regexp2.Op.STAR:
            out += "*";
            break;
          case Regexp2.Op.PLUS:
            out += "+";
            break;
          case Regexp2.Op.QUEST:
            out += "?";
            break;
          case Regexp2.Op.REPEAT:
            out += `{${this.min}`;
            if (this.min !== this.max) {
              out += ",";
              if (this.max >= 0) out += this.max;
            }
            out += "}";
        }
        if ((this.flags & RE2Flags.NON_GREEDY) !== 0) out += "?";
        break;
      }
      case Regexp2.Op.CONCAT:
        for (let sub of this.subs) if (sub.op === Regexp2.Op.ALTERNATE) out += `(?:${sub.appendTo()})`;
        else out += sub.appendTo();
        break;
      case Regexp2.Op.ALTERNATE: {
        let sep = "";
        for (let sub of this.subs) {
          out += sep;
          sep = "|";
          out += sub.appendTo();
        }
        break;
      }
      case Regexp2.Op.LITERAL:
        if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += "(?i:";
        for (let rune of this.runes) out += Utils.escapeRune(rune);
        if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += ")";
        break;
      case Regexp2.Op.ANY_CHAR_NOT_NL:
        out += "(?-s:.)";
        break;
      case Regexp2.Op.ANY_CHAR:
        out += "(?s:.)";
        break;
      case Regexp2.Op.PLB:
        out += `(?<=${this.subs[0].appendTo()})`;
        break;
      case Regexp2.Op.NLB:
        out += `(?<!${this.subs[0].appendTo()})`;
        break;
      case Regexp2.Op.CAPTURE:
        if (this.name === null || this.name.length === 0) out += "(";
        else out += `(?P<${this.name}>`;
        if (this.subs[0].op !== Regexp2.Op.EMPTY_MATCH) out += this.subs[0].appendTo();
        out += ")";
        break;
      case Regexp2.Op.BEGIN_TEXT:
        out += "\\A";
        break;
      case Regexp2.Op.END_TEXT:
        if ((this.flags & RE2Flags.WAS_DOLLAR) !== 0) out += "(?-m:$)";
        else out += "\\z";
        break;
      case Regexp2.Op.BEGIN_LINE:
        out += "^";
        break;
      case Regexp2.Op.END_LINE:
        out += "$";
        break;
      case Regexp2.Op.WORD_BOUNDARY:
        out += "\\b";
        break;
      case Regexp2.Op.NO_WORD_BOUNDARY:
        out += "\\B";
        break;
      case Regexp2.Op.CHAR_CLASS:
        if (this.runes.length % 2 !== 0) {
          out += "[invalid char class]";
          break;
        }
        out += "[";
        if (this.runes.length === 0) out += "^\\x00-\\x{10FFFF}";
        else if (this.runes[0] === 0 && this.runes[this.runes.length - 1] === Unicode.MAX_RUNE) {
          out += "^";
          for (let i = 1; i < this.runes.length - 1; i += 2) {
            const lo = this.runes[i] + 1;
            const hi = this.runes[i + 1] - 1;
            out += Regexp2.quoteIfHyphen(lo);
            out += Utils.escapeRune(lo);
            if (lo !== hi) {
              out += "-";
              out += Regexp2.quoteIfHyphen(hi);
              out += Utils.escapeRune(hi);
            }
          }
        } else for (let i = 0; i < this.runes.length; i += 2) {
          const lo = this.runes[i];
          const hi = this.runes[i + 1];
          out += Regexp2.quoteIfHyphen(lo);
          out += Utils.escapeRune(lo);
          if (lo !== hi) {
            out += "-";
            out += Regexp2.quoteIfHyphen(hi);
            out += Utils.escapeRune(hi);
          }
        }
        out += "]";
        break;
      default:
        out += this.op;
    }
    return out;
  }
  maxCap() {
    let m = 0;
    if (this.op === Regexp2.Op.CAPTURE) m = this.cap;
    if (this.subs !== null) for (let sub of this.subs) {
      const n = sub.maxCap();
      if (m < n) m = n;
    }
    return m;
  }
  equals(that) {
    if (!(that !== null && that instanceof Regexp2)) return false;
    if (this.op !== that.op) return false;
    switch (this.op) {
      case Regexp2.Op.END_TEXT:
        if ((this.flags & RE2Flags.WAS_DOLLAR) !== (that.flags & RE2Flags.WAS_DOLLAR)) return false;
        break;
      case Regexp2.Op.LITERAL:
      case Regexp2.Op.CHAR_CLASS:
        if ((this.flags & RE2Flags.FOLD_CASE) !== (that.flags & RE2Flags.FOLD_CASE)) return false;
        if (this.runes === null && that.runes === null) break;
        if (this.runes === null || that.runes === null) return false;
        if (this.runes.length !== that.runes.length) return false;
        for (let i = 0; i < this.runes.length; i++) if (this.runes[i] !== that.runes[i]) return false;
        break;
      case Regexp2.Op.ALTERNATE:
      case Regexp2.Op.CONCAT:
        if (this.subs.length !== that.subs.length) return false;
        for (let i = 0; i < this.subs.length; ++i) if (!this.subs[i].equals(that.subs[i])) return false;
        break;
      case Regexp2.Op.STAR:
      case Regexp2.Op.PLUS:
      case Regexp2.Op.QUEST:
        if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.REPEAT:
        if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || this.min !== that.min || this.max !== that.max || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.CAPTURE:
        if (this.cap !== that.cap || (this.name === null ? that.name !== null : this.name !== that.name) || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.PLB:
      case Regexp2.Op.NLB:
        if (this.lb !== that.lb || !this.subs[0].equals(that.subs[0])) return false;
    }
    return true;
  }
};
var RegexpWalker = class {
  static walk(root, handler) {
    const stack = [];
    let re = root;
    let result;
    for (; ; ) {
      if (re.subs.length === 0) result = handler.leaf(re);
      else {
        const state = handler.enter(re);
        if (state.result === void 0) {
          stack.push({
            re,
            state,
            i: 0
          });
          re = re.subs[0];
          continue;
        }
        result = state.result;
      }
      for (; ; ) {
        if (stack.length === 0) return result;
        const frame = stack[stack.length - 1];
        handler.child(frame.re, frame.state, result, frame.i);
        frame.i++;
        if (frame.state.result === void 0 && frame.i < frame.re.subs.length) {
          re = frame.re.subs[frame.i];
          break;
        }
        stack.pop();
        result = frame.state.result !== void 0 ? frame.state.result : handler.leave(frame.re, frame.state);
      }
    }
  }
};
var AhoCorasick = class {
  constructor(words, alphabetSize) {
    const edges = /* @__PURE__ */ new Map();
    const parent = [0];
    const unit = [0];
    const depth = [0];
    const terminal = [0];
    for (const word of words) {
      let node = 0;
      for (let i = 0; i < word.length; i++) {
        const key3 = node * alphabetSize + word[i];
        let child2 = edges.get(key3);
        if (child2 === void 0) {
          child2 = parent.length;
          edges.set(key3, child2);
          parent.push(node);
          unit.push(word[i]);
          depth.push(depth[node] + 1);
          terminal.push(0);
        }
        node = child2;
      }
      terminal[node] = 1;
    }
    const numNodes = parent.length;
    const children = new Int32Array(numNodes - 1);
    for (let c = 1; c < numNodes; c++) children[c - 1] = c;
    children.sort((a, b) => parent[a] - parent[b] || unit[a] - unit[b]);
    const childStart = new Int32Array(numNodes + 1);
    for (let c = 1; c < numNodes; c++) childStart[parent[c] + 1]++;
    for (let n = 0; n < numNodes; n++) childStart[n + 1] += childStart[n];
    const childUnit = new Int32Array(numNodes - 1);
    for (let k = 0; k < children.length; k++) childUnit[k] = unit[children[k]];
    this.childStart = childStart;
    this.childUnit = childUnit;
    this.childNode = children;
    const byDepth = new Int32Array(numNodes);
    for (let n = 0; n < numNodes; n++) byDepth[n] = n;
    byDepth.sort((a, b) => depth[a] - depth[b]);
    const fail = new Int32Array(numNodes);
    const match = Uint8Array.from(terminal);
    for (let k = 1; k < numNodes; k++) {
      const c = byDepth[k];
      const p = parent[c];
      if (p !== 0) {
        let f = fail[p];
        let next = this.next(f, unit[c]);
        while (next < 0 && f !== 0) {
          f = fail[f];
          next = this.next(f, unit[c]);
        }
        fail[c] = next >= 0 ? next : 0;
      }
      match[c] |= match[fail[c]];
    }
    this.fail = fail;
    this.match = match;
  }
  next(node, u) {
    let lo = this.childStart[node];
    let hi = this.childStart[node + 1];
    const units = this.childUnit;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      const m = units[mid];
      if (m === u) return this.childNode[mid];
      if (m < u) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }
  advance(node, u) {
    for (; ; ) {
      const next = this.next(node, u);
      if (next >= 0) return next;
      if (node === 0) return 0;
      node = this.fail[node];
    }
  }
  searchUTF16(charSeq, start, end) {
    let node = 0;
    for (let i = start; i < end; i++) {
      node = this.advance(node, charSeq.charCodeAt(i));
      if (this.match[node] === 1) return true;
    }
    return false;
  }
  searchUTF8(bytes, start, end) {
    let node = 0;
    for (let i = start; i < end; i++) {
      node = this.advance(node, bytes[i]);
      if (this.match[node] === 1) return true;
    }
    return false;
  }
};
var Prefilter = class Prefilter2 {
  static Type = {
    NONE: 0,
    EXACT: 1,
    AND: 2,
    OR: 3
  };
  static MAX_SCANS = 32;
  static MAX_AC_UNITS = 1 << 18;
  constructor(type) {
    this.type = type;
    this.subs = [];
    this.str = "";
    this.bytes = null;
    this.cost = type === Prefilter2.Type.EXACT ? 1 : 0;
    this.allExact = false;
    this.ac16 = null;
    this.ac8 = null;
  }
  automaton16() {
    if (this.ac16 === null) {
      const words = this.subs.map((s) => {
        const arr = new Array(s.str.length);
        for (let i = 0; i < s.str.length; i++) arr[i] = s.str.charCodeAt(i);
        return arr;
      });
      this.ac16 = new AhoCorasick(words, 65536);
    }
    return this.ac16;
  }
  automaton8() {
    if (this.ac8 === null) this.ac8 = new AhoCorasick(this.subs.map((s) => s.bytes), 256);
    return this.ac8;
  }
  eval(input, pos) {
    switch (this.type) {
      case Prefilter2.Type.NONE:
        return true;
      case Prefilter2.Type.EXACT:
        return input.hasString(this, pos);
      case Prefilter2.Type.AND:
        for (let i = 0; i < this.subs.length; i++) if (!this.subs[i].eval(input, pos)) return false;
        return true;
      case Prefilter2.Type.OR:
        if (this.allExact) return input.hasAnyString(this, pos);
        for (let i = 0; i < this.subs.length; i++) if (this.subs[i].eval(input, pos)) return true;
        return false;
      default:
        return true;
    }
  }
};
var PrefilterTree = class PrefilterTree2 {
  static build(re) {
    if (!re) return new Prefilter(Prefilter.Type.NONE);
    return RegexpWalker.walk(re, PrefilterTree2.WALKER);
  }
  static WALKER = {
    leaf: (re) => PrefilterTree2.leaf(re),
    enter: (re) => PrefilterTree2.enter(re),
    child: (re, state, result) => PrefilterTree2.child(re, state, result),
    leave: (re, state) => PrefilterTree2.leave(re, state)
  };
  static leaf(re) {
    if (re.op !== Regexp.Op.LITERAL) return new Prefilter(Prefilter.Type.NONE);
    if (re.runes.length === 0 || (re.flags & RE2Flags.FOLD_CASE) !== 0) return new Prefilter(Prefilter.Type.NONE);
    let str3 = "";
    for (let i = 0; i < re.runes.length; i++) {
      if (Unicode.isUnsearchable(re.runes[i])) return new Prefilter(Prefilter.Type.NONE);
      str3 += String.fromCodePoint(re.runes[i]);
    }
    const pf = new Prefilter(Prefilter.Type.EXACT);
    pf.str = str3;
    pf.bytes = Utils.stringToUtf8ByteArray(pf.str);
    return pf;
  }
  static enter(re) {
    switch (re.op) {
      case Regexp.Op.CAPTURE:
      case Regexp.Op.PLUS:
        return { sub: null };
      case Regexp.Op.REPEAT:
        if (re.min >= 1) return { sub: null };
        return { result: new Prefilter(Prefilter.Type.NONE) };
      case Regexp.Op.CONCAT:
        return {
          pf: new Prefilter(Prefilter.Type.AND),
          subs: []
        };
      case Regexp.Op.ALTERNATE:
        return {
          pf: new Prefilter(Prefilter.Type.OR),
          subs: []
        };
      default:
        return { result: new Prefilter(Prefilter.Type.NONE) };
    }
  }
  static child(re, state, s) {
    if (state.subs === void 0) {
      state.sub = s;
      return;
    }
    if (state.pf.type === Prefilter.Type.AND) {
      if (s.type === Prefilter.Type.NONE) return;
      if (s.type === Prefilter.Type.AND) {
        for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
        return;
      }
      state.subs.push(s);
      return;
    }
    if (s.type === Prefilter.Type.NONE) {
      state.result = new Prefilter(Prefilter.Type.NONE);
      return;
    }
    if (s.type === Prefilter.Type.OR) {
      for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
      return;
    }
    state.subs.push(s);
  }
  static leave(re, state) {
    if (state.subs === void 0) return state.sub;
    const pf = state.pf;
    const seen = /* @__PURE__ */ new Set();
    const subs = [];
    for (const sub of state.subs) {
      if (sub.type === Prefilter.Type.EXACT) {
        if (seen.has(sub.str)) continue;
        seen.add(sub.str);
      }
      subs.push(sub);
    }
    if (pf.type === Prefilter.Type.AND) {
      const kept = [];
      let cost2 = 0;
      for (const sub of subs) {
        if (cost2 + sub.cost > Prefilter.MAX_SCANS) continue;
        kept.push(sub);
        cost2 += sub.cost;
      }
      if (kept.length === 0) return new Prefilter(Prefilter.Type.NONE);
      if (kept.length === 1) return kept[0];
      pf.subs = kept;
      pf.cost = cost2;
      return pf;
    }
    if (subs.length === 0) return new Prefilter(Prefilter.Type.NONE);
    if (subs.length === 1) return subs[0];
    pf.subs = subs;
    let allExact = true;
    let cost = 0;
    let units = 0;
    for (const sub of subs) {
      if (sub.type !== Prefilter.Type.EXACT) allExact = false;
      else units += sub.bytes.length;
      cost += sub.cost;
    }
    if (allExact) {
      if (units > Prefilter.MAX_AC_UNITS) return new Prefilter(Prefilter.Type.NONE);
      pf.allExact = true;
      pf.cost = 1;
      return pf;
    }
    if (cost > Prefilter.MAX_SCANS) return new Prefilter(Prefilter.Type.NONE);
    pf.cost = cost;
    return pf;
  }
};
var PatchList = class {
  /**
  * @param {number} head - Encoded pointer to the start of the patch list.
  * @param {number} tail - Encoded pointer to the end of the patch list.
  */
  constructor(head = 0, tail = 0) {
    this.head = head;
    this.tail = tail;
  }
};
var Prog = class {
  constructor() {
    this.inst = [];
    this.start = 0;
    this.numCap = 2;
    this.lbStarts = [];
    this.numLb = 0;
    this.lbInst = null;
  }
  getInst(pc) {
    return this.inst[pc];
  }
  numInst() {
    return this.inst.length;
  }
  addInst(op) {
    this.inst.push(new Inst(op));
  }
  markLookbehindInsts() {
    const lbInst = new Uint8Array(this.inst.length);
    const pending = this.lbStarts.slice();
    while (pending.length > 0) {
      const pc = pending.pop();
      if (pc === 0 || lbInst[pc] === 1) continue;
      lbInst[pc] = 1;
      const i = this.inst[pc];
      switch (i.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          pending.push(i.out, i.arg);
          break;
        case Inst.MATCH:
        case Inst.FAIL:
          break;
        default:
          pending.push(i.out);
      }
    }
    this.lbInst = lbInst;
  }
  skipNop(pc) {
    let i = this.inst[pc];
    while (i.op === Inst.NOP || i.op === Inst.CAPTURE) {
      i = this.inst[pc];
      pc = i.out;
    }
    return i;
  }
  /** @returns {[boolean, string]} */
  prefix() {
    let prefix = "";
    let i = this.skipNop(this.start);
    if (!Inst.isRuneOp(i.op) || i.runes.length !== 1) return [i.op === Inst.MATCH, prefix];
    while (Inst.isRuneOp(i.op) && i.runes.length === 1 && (i.arg & RE2Flags.FOLD_CASE) === 0 && !Unicode.isUnsearchable(i.runes[0])) {
      prefix += String.fromCodePoint(i.runes[0]);
      i = this.skipNop(i.out);
    }
    return [i.op === Inst.MATCH, prefix];
  }
  startCond() {
    let flag3 = 0;
    let pc = this.start;
    loop: for (; ; ) {
      const i = this.inst[pc];
      switch (i.op) {
        case Inst.EMPTY_WIDTH:
          flag3 |= i.arg;
          break;
        case Inst.FAIL:
          return -1;
        case Inst.CAPTURE:
        case Inst.NOP:
          break;
        default:
          break loop;
      }
      pc = i.out;
    }
    return flag3;
  }
  patch(l, val) {
    let head = l.head;
    while (head !== 0) {
      const i = this.inst[head >> 1];
      if ((head & 1) === 0) {
        head = i.out;
        i.out = val;
      } else {
        head = i.arg;
        i.arg = val;
      }
    }
  }
  append(l1, l2) {
    if (l1.head === 0) return l2;
    if (l2.head === 0) return l1;
    const i = this.inst[l1.tail >> 1];
    if ((l1.tail & 1) === 0) i.out = l2.head;
    else i.arg = l2.head;
    return new PatchList(l1.head, l2.tail);
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    let out = "";
    for (let pc = 0; pc < this.inst.length; pc++) {
      const len = out.length;
      out += pc;
      if (pc === this.start) out += "*";
      out += "        ".substring(out.length - len);
      out += this.inst[pc];
      out += "\n";
    }
    return out;
  }
};
var ANY_RUNE_NOT_NL = new Int32Array([
  0,
  Codepoint.CODES["\n"] - 1,
  Codepoint.CODES["\n"] + 1,
  Unicode.MAX_RUNE
]);
var ANY_RUNE = new Int32Array([0, Unicode.MAX_RUNE]);
var Frag = class {
  constructor(i = 0, out = new PatchList(), nullable2 = false) {
    this.i = i;
    this.out = out;
    this.nullable = nullable2;
  }
};
var Compiler = class Compiler2 {
  static compileRegexp(re) {
    const c = new Compiler2();
    const f = c.compile(re);
    c.prog.patch(f.out, c.newInst(Inst.MATCH).i);
    c.prog.start = f.i;
    c.prog.markLookbehindInsts();
    return c.prog;
  }
  static compileSet(regexps) {
    const c = new Compiler2();
    if (regexps.length === 0) {
      c.prog.start = c.newInst(Inst.FAIL).i;
      c.prog.markLookbehindInsts();
      return c.prog;
    }
    let starts = [];
    for (let i = 0; i < regexps.length; i++) {
      c.lbOffset = c.prog.numLb;
      const f = c.compile(regexps[i]);
      const m = c.newInst(Inst.MATCH);
      c.prog.getInst(m.i).arg = i;
      c.prog.patch(f.out, m.i);
      starts.push(f.i);
    }
    let start = starts[0];
    for (let i = 1; i < starts.length; i++) {
      const f = c.newInst(Inst.ALT);
      const inst = c.prog.getInst(f.i);
      inst.out = start;
      inst.arg = starts[i];
      start = f.i;
    }
    c.prog.start = start;
    c.prog.markLookbehindInsts();
    return c.prog;
  }
  constructor() {
    this.prog = new Prog();
    this.newInst(Inst.FAIL);
    this.lbOffset = 0;
    this.runeCache = /* @__PURE__ */ new Map();
    this.walker = {
      leaf: (re) => this.leaf(re),
      enter: (re) => this.enter(re),
      child: (re, state, result) => this.child(re, state, result),
      leave: (re, state) => this.leave(re, state)
    };
  }
  newInst(op) {
    this.prog.addInst(op);
    return new Frag(this.prog.numInst() - 1, new PatchList(), true);
  }
  nop() {
    const f = this.newInst(Inst.NOP);
    f.out = new PatchList(f.i << 1, f.i << 1);
    return f;
  }
  fail() {
    return new Frag();
  }
  cap(arg) {
    const f = this.newInst(Inst.CAPTURE);
    f.out = new PatchList(f.i << 1, f.i << 1);
    this.prog.getInst(f.i).arg = arg;
    if (this.prog.numCap < arg + 1) this.prog.numCap = arg + 1;
    return f;
  }
  cat(f1, f2) {
    if (f1.i === 0 || f2.i === 0) {
      this.prog.patch(f1.out, 0);
      this.prog.patch(f2.out, 0);
      return this.fail();
    }
    this.prog.patch(f1.out, f2.i);
    return new Frag(f1.i, f2.out, f1.nullable && f2.nullable);
  }
  alt(f1, f2) {
    if (f1.i === 0) return f2;
    if (f2.i === 0) return f1;
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    i.out = f1.i;
    i.arg = f2.i;
    f.out = this.prog.append(f1.out, f2.out);
    f.nullable = f1.nullable || f2.nullable;
    return f;
  }
  loop(f1, nongreedy) {
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    if (nongreedy) {
      i.arg = f1.i;
      f.out = new PatchList(f.i << 1, f.i << 1);
    } else {
      i.out = f1.i;
      f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
    }
    this.prog.patch(f1.out, f.i);
    return f;
  }
  quest(f1, nongreedy) {
    if (f1.i === 0) return this.nop();
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    if (nongreedy) {
      i.arg = f1.i;
      f.out = new PatchList(f.i << 1, f.i << 1);
    } else {
      i.out = f1.i;
      f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
    }
    f.out = this.prog.append(f.out, f1.out);
    return f;
  }
  star(f1, nongreedy) {
    if (f1.i === 0) return this.nop();
    if (f1.nullable) return this.quest(this.plus(f1, nongreedy), nongreedy);
    return this.loop(f1, nongreedy);
  }
  plus(f1, nongreedy) {
    if (f1.i === 0) return this.fail();
    return new Frag(f1.i, this.loop(f1, nongreedy).out, f1.nullable);
  }
  empty(op) {
    const f = this.newInst(Inst.EMPTY_WIDTH);
    this.prog.getInst(f.i).arg = op;
    f.out = new PatchList(f.i << 1, f.i << 1);
    return f;
  }
  rune(runes, flags) {
    const f = this.newInst(Inst.RUNE);
    f.nullable = false;
    const i = this.prog.getInst(f.i);
    i.runes = runes;
    flags &= RE2Flags.FOLD_CASE;
    if (runes.length !== 1 || Unicode.simpleFold(runes[0]) === runes[0]) flags &= ~RE2Flags.FOLD_CASE;
    i.arg = flags;
    f.out = new PatchList(f.i << 1, f.i << 1);
    if ((flags & RE2Flags.FOLD_CASE) === 0 && runes.length === 1 || runes.length === 2 && runes[0] === runes[1]) i.op = Inst.RUNE1;
    else if (runes.length === 2 && runes[0] === 0 && runes[1] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY;
    else if (runes.length === 4 && runes[0] === 0 && runes[1] === Codepoint.CODES["\n"] - 1 && runes[2] === Codepoint.CODES["\n"] + 1 && runes[3] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY_NOT_NL;
    return f;
  }
  lookBehind(a, parsedLb) {
    const lb = Math.sign(parsedLb) * (Math.abs(parsedLb) + this.lbOffset);
    const id = this.newInst(Inst.LB_WRITE);
    this.prog.getInst(id.i).arg = lb;
    const any = this.rune(ANY_RUNE, 0);
    const dotStar = this.star(any, true);
    const lbAutomaton = this.cat(dotStar, a);
    this.prog.patch(lbAutomaton.out, id.i);
    const checkId = this.newInst(Inst.LB_CHECK);
    this.prog.getInst(checkId.i).arg = lb;
    this.prog.lbStarts.push(lbAutomaton.i);
    if (Math.abs(lb) > this.prog.numLb) this.prog.numLb = Math.abs(lb);
    checkId.out = new PatchList(checkId.i << 1, checkId.i << 1);
    return checkId;
  }
  compile(re) {
    return RegexpWalker.walk(re, this.walker);
  }
  leaf(re) {
    switch (re.op) {
      case Regexp.Op.NO_MATCH:
        return this.fail();
      case Regexp.Op.EMPTY_MATCH:
        return this.nop();
      case Regexp.Op.LITERAL: {
        if (re.runes.length === 0) return this.nop();
        let f = null;
        for (let r of re.runes) {
          let singleRune = this.runeCache.get(r);
          if (singleRune === void 0) {
            singleRune = new Int32Array([r]);
            this.runeCache.set(r, singleRune);
          }
          const f1 = this.rune(singleRune, re.flags);
          f = f === null ? f1 : this.cat(f, f1);
        }
        return f;
      }
      case Regexp.Op.CHAR_CLASS:
        return this.rune(re.runes, re.flags);
      case Regexp.Op.ANY_CHAR_NOT_NL:
        return this.rune(ANY_RUNE_NOT_NL, 0);
      case Regexp.Op.ANY_CHAR:
        return this.rune(ANY_RUNE, 0);
      case Regexp.Op.BEGIN_LINE:
        return this.empty(Utils.EMPTY_BEGIN_LINE);
      case Regexp.Op.END_LINE:
        return this.empty(Utils.EMPTY_END_LINE);
      case Regexp.Op.BEGIN_TEXT:
        return this.empty(Utils.EMPTY_BEGIN_TEXT);
      case Regexp.Op.END_TEXT:
        return this.empty(Utils.EMPTY_END_TEXT);
      case Regexp.Op.WORD_BOUNDARY:
        return this.empty(Utils.EMPTY_WORD_BOUNDARY);
      case Regexp.Op.NO_WORD_BOUNDARY:
        return this.empty(Utils.EMPTY_NO_WORD_BOUNDARY);
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return this.nop();
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
  enter(re) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return { sub: null };
      case Regexp.Op.CAPTURE:
        return {
          bra: this.cap(re.cap << 1),
          sub: null
        };
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return { f: null };
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
  child(re, state, f1) {
    if (re.op === Regexp.Op.CONCAT) state.f = state.f === null ? f1 : this.cat(state.f, f1);
    else if (re.op === Regexp.Op.ALTERNATE) state.f = state.f === null ? f1 : this.alt(state.f, f1);
    else state.sub = f1;
  }
  leave(re, state) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
        return this.lookBehind(state.sub, re.lb);
      case Regexp.Op.CAPTURE: {
        const ket = this.cap(re.cap << 1 | 1);
        return this.cat(this.cat(state.bra, state.sub), ket);
      }
      case Regexp.Op.STAR:
        return this.star(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.PLUS:
        return this.plus(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.QUEST:
        return this.quest(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return state.f;
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
};
var Simplify = class Simplify2 {
  static simplify(re) {
    if (re === null) return null;
    return RegexpWalker.walk(re, Simplify2.WALKER);
  }
  static WALKER = {
    leaf: (re) => Simplify2.leaf(re),
    enter: (re) => Simplify2.enter(re),
    child: (re, state, result, i) => Simplify2.child(re, state, result, i),
    leave: (re, state) => Simplify2.leave(re, state)
  };
  static leaf(re) {
    if (re.op === Regexp.Op.CHAR_CLASS) {
      if (re.runes === null) return re;
      if (re.runes.length === 0) return new Regexp(Regexp.Op.NO_MATCH);
      if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR);
      if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR_NOT_NL);
    }
    return re;
  }
  static enter(re) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE:
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return { sub: null };
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return {
          subs: [],
          changed: false
        };
      case Regexp.Op.REPEAT:
        if (re.min === 0 && re.max === 0) return { result: new Regexp(Regexp.Op.EMPTY_MATCH) };
        return { sub: null };
      default:
        return { result: re };
    }
  }
  static child(re, state, nsub, i) {
    if (state.subs === void 0) {
      state.sub = nsub;
      return;
    }
    if (nsub !== re.subs[i]) state.changed = true;
    if (re.op === Regexp.Op.CONCAT) {
      if (nsub.op === Regexp.Op.NO_MATCH) {
        state.result = new Regexp(Regexp.Op.NO_MATCH);
        return;
      }
      if (nsub.op === Regexp.Op.EMPTY_MATCH) {
        state.changed = true;
        return;
      }
      if (nsub.op === Regexp.Op.CONCAT) {
        state.changed = true;
        for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
        return;
      }
    } else {
      if (nsub.op === Regexp.Op.NO_MATCH) {
        state.changed = true;
        return;
      }
      if (nsub.op === Regexp.Op.ALTERNATE) {
        state.changed = true;
        for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
        return;
      }
    }
    state.subs.push(nsub);
  }
  static leave(re, state) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE: {
        const sub = state.sub;
        if (sub !== re.subs[0]) {
          const nre = Regexp.fromRegexp(re);
          nre.runes = /* @__PURE__ */ new Int32Array(0);
          nre.subs = [sub];
          return nre;
        }
        return re;
      }
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        if (state.changed) {
          const newSubs = state.subs;
          if (newSubs.length === 0) return new Regexp(re.op === Regexp.Op.CONCAT ? Regexp.Op.EMPTY_MATCH : Regexp.Op.NO_MATCH);
          if (newSubs.length === 1) return newSubs[0];
          const nre = Regexp.fromRegexp(re);
          nre.runes = /* @__PURE__ */ new Int32Array(0);
          nre.subs = newSubs;
          return nre;
        }
        return re;
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return Simplify2.simplify1(re.op, re.flags, state.sub, re);
      case Regexp.Op.REPEAT:
        return Simplify2.simplifyRepeat(re, state.sub);
      default:
        return re;
    }
  }
  static simplifyRepeat(re, sub) {
    if (re.max === -1) {
      if (re.min === 0) return Simplify2.simplify1(Regexp.Op.STAR, re.flags, sub, null);
      if (re.min === 1) return Simplify2.simplify1(Regexp.Op.PLUS, re.flags, sub, null);
      const subs = [];
      for (let i = 0; i < re.min - 1; i++) subs.push(sub);
      subs.push(Simplify2.simplify1(Regexp.Op.PLUS, re.flags, sub, null));
      return Simplify2.concat(subs);
    }
    if (re.min === 1 && re.max === 1) return sub;
    let prefixSubs = null;
    if (re.min > 0) {
      prefixSubs = [];
      for (let i = 0; i < re.min; i++) prefixSubs.push(sub);
    }
    if (re.max > re.min) {
      let suffix = Simplify2.simplify1(Regexp.Op.QUEST, re.flags, sub, null);
      for (let i = re.min + 1; i < re.max; i++) suffix = Simplify2.simplify1(Regexp.Op.QUEST, re.flags, Simplify2.concat([sub, suffix]), null);
      if (prefixSubs === null) return suffix;
      prefixSubs.push(suffix);
    }
    if (prefixSubs !== null) return Simplify2.concat(prefixSubs);
    return new Regexp(Regexp.Op.NO_MATCH);
  }
  static concat(subs) {
    const newSubs = [];
    for (let i = 0; i < subs.length; i++) {
      const sub = subs[i];
      if (sub.op === Regexp.Op.NO_MATCH) return new Regexp(Regexp.Op.NO_MATCH);
      if (sub.op === Regexp.Op.EMPTY_MATCH) continue;
      if (sub.op === Regexp.Op.CONCAT) {
        for (let j = 0; j < sub.subs.length; j++) newSubs.push(sub.subs[j]);
        continue;
      }
      newSubs.push(sub);
    }
    if (newSubs.length === 0) return new Regexp(Regexp.Op.EMPTY_MATCH);
    if (newSubs.length === 1) return newSubs[0];
    const nre = new Regexp(Regexp.Op.CONCAT);
    nre.subs = newSubs;
    return nre;
  }
  static simplify1(op, flags, sub, re) {
    if (sub.op === Regexp.Op.EMPTY_MATCH) return sub;
    if (sub.op === Regexp.Op.NO_MATCH) {
      if (op === Regexp.Op.PLUS) return sub;
      return new Regexp(Regexp.Op.EMPTY_MATCH);
    }
    if (op === sub.op && (flags & RE2Flags.NON_GREEDY) === (sub.flags & RE2Flags.NON_GREEDY)) return sub;
    if (re !== null && re.op === op && (re.flags & RE2Flags.NON_GREEDY) === (flags & RE2Flags.NON_GREEDY) && sub === re.subs[0]) return re;
    const nre = new Regexp(op);
    nre.flags = flags;
    nre.subs = [sub];
    return nre;
  }
};
var CharGroup = class {
  constructor(sign, cls) {
    this.sign = sign;
    this.cls = cls;
  }
};
var code1 = [48, 57];
var code2 = [
  9,
  10,
  12,
  13,
  32,
  32
];
var code3 = [
  48,
  57,
  65,
  90,
  95,
  95,
  97,
  122
];
var PERL_GROUPS = /* @__PURE__ */ new Map([
  ["\\d", new CharGroup(1, code1)],
  ["\\D", new CharGroup(-1, code1)],
  ["\\s", new CharGroup(1, code2)],
  ["\\S", new CharGroup(-1, code2)],
  ["\\w", new CharGroup(1, code3)],
  ["\\W", new CharGroup(-1, code3)]
]);
var code4 = [
  48,
  57,
  65,
  90,
  97,
  122
];
var code5 = [
  65,
  90,
  97,
  122
];
var code6 = [0, 127];
var code7 = [
  9,
  9,
  32,
  32
];
var code8 = [
  0,
  31,
  127,
  127
];
var code9 = [48, 57];
var code10 = [33, 126];
var code11 = [97, 122];
var code12 = [32, 126];
var code13 = [
  33,
  47,
  58,
  64,
  91,
  96,
  123,
  126
];
var code14 = [
  9,
  13,
  32,
  32
];
var code15 = [65, 90];
var code16 = [
  48,
  57,
  65,
  90,
  95,
  95,
  97,
  122
];
var code17 = [
  48,
  57,
  65,
  70,
  97,
  102
];
var POSIX_GROUPS = /* @__PURE__ */ new Map([
  ["[:alnum:]", new CharGroup(1, code4)],
  ["[:^alnum:]", new CharGroup(-1, code4)],
  ["[:alpha:]", new CharGroup(1, code5)],
  ["[:^alpha:]", new CharGroup(-1, code5)],
  ["[:ascii:]", new CharGroup(1, code6)],
  ["[:^ascii:]", new CharGroup(-1, code6)],
  ["[:blank:]", new CharGroup(1, code7)],
  ["[:^blank:]", new CharGroup(-1, code7)],
  ["[:cntrl:]", new CharGroup(1, code8)],
  ["[:^cntrl:]", new CharGroup(-1, code8)],
  ["[:digit:]", new CharGroup(1, code9)],
  ["[:^digit:]", new CharGroup(-1, code9)],
  ["[:graph:]", new CharGroup(1, code10)],
  ["[:^graph:]", new CharGroup(-1, code10)],
  ["[:lower:]", new CharGroup(1, code11)],
  ["[:^lower:]", new CharGroup(-1, code11)],
  ["[:print:]", new CharGroup(1, code12)],
  ["[:^print:]", new CharGroup(-1, code12)],
  ["[:punct:]", new CharGroup(1, code13)],
  ["[:^punct:]", new CharGroup(-1, code13)],
  ["[:space:]", new CharGroup(1, code14)],
  ["[:^space:]", new CharGroup(-1, code14)],
  ["[:upper:]", new CharGroup(1, code15)],
  ["[:^upper:]", new CharGroup(-1, code15)],
  ["[:word:]", new CharGroup(1, code16)],
  ["[:^word:]", new CharGroup(-1, code16)],
  ["[:xdigit:]", new CharGroup(1, code17)],
  ["[:^xdigit:]", new CharGroup(-1, code17)]
]);
var CharClass = class CharClass2 {
  static charClassToString(r, len) {
    let result = "[";
    for (let i = 0; i < len; i += 2) {
      if (i > 0) result += " ";
      const lo = r[i];
      const hi = r[i + 1];
      if (lo === hi) result += `0x${lo.toString(16)}`;
      else result += `0x${lo.toString(16)}-0x${hi.toString(16)}`;
    }
    result += "]";
    return result;
  }
  static sortRanges(array, len) {
    const n = len >> 1;
    const order = new Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => array[2 * a] - array[2 * b] || array[2 * b + 1] - array[2 * a + 1]);
    const sorted = array.slice(0, len);
    for (let i = 0; i < n; i++) {
      array[2 * i] = sorted[2 * order[i]];
      array[2 * i + 1] = sorted[2 * order[i] + 1];
    }
  }
  /**
  * @param {number[]|Int32Array} [r]
  */
  constructor(r = Utils.emptyInts()) {
    this.r = r;
    this.len = r.length;
  }
  toArray() {
    if (this.r instanceof Int32Array) return this.len === this.r.length ? this.r : this.r.subarray(0, this.len);
    return new Int32Array(this.len === this.r.length ? this.r : this.r.slice(0, this.len));
  }
  toGrowableArray() {
    if (Array.isArray(this.r)) {
      this.r.length = this.len;
      return this.r;
    }
    return Array.from(this.r.subarray(0, this.len));
  }
  cleanClass() {
    if (this.len < 4) return this;
    CharClass2.sortRanges(this.r, this.len);
    let w = 2;
    for (let i = 2; i < this.len; i += 2) {
      const lo = this.r[i];
      const hi = this.r[i + 1];
      if (lo <= this.r[w - 1] + 1) {
        if (hi > this.r[w - 1]) this.r[w - 1] = hi;
        continue;
      }
      this.r[w] = lo;
      this.r[w + 1] = hi;
      w += 2;
    }
    this.len = w;
    return this;
  }
  appendLiteral(x, flags) {
    return (flags & RE2Flags.FOLD_CASE) !== 0 ? this.appendFoldedRange(x, x) : this.appendRange(x, x);
  }
  appendRange(lo, hi) {
    if (this.len > 0) {
      for (let i = 2; i <= 4; i += 2) if (this.len >= i) {
        const rlo = this.r[this.len - i];
        const rhi = this.r[this.len - i + 1];
        if (lo <= rhi + 1 && rlo <= hi + 1) {
          if (lo < rlo) this.r[this.len - i] = lo;
          if (hi > rhi) this.r[this.len - i + 1] = hi;
          return this;
        }
      }
    }
    this.r[this.len++] = lo;
    this.r[this.len++] = hi;
    return this;
  }
  appendFoldedRange(lo, hi) {
    if (lo <= Unicode.MIN_FOLD && hi >= Unicode.MAX_FOLD) return this.appendRange(lo, hi);
    if (hi < Unicode.MIN_FOLD || lo > Unicode.MAX_FOLD) return this.appendRange(lo, hi);
    if (lo < Unicode.MIN_FOLD) {
      this.appendRange(lo, Unicode.MIN_FOLD - 1);
      lo = Unicode.MIN_FOLD;
    }
    if (hi > Unicode.MAX_FOLD) {
      this.appendRange(Unicode.MAX_FOLD + 1, hi);
      hi = Unicode.MAX_FOLD;
    }
    for (let c = lo; c <= hi; c++) {
      this.appendRange(c, c);
      for (let f = Unicode.simpleFold(c); f !== c; f = Unicode.simpleFold(f)) this.appendRange(f, f);
    }
    return this;
  }
  appendClass(x) {
    for (let i = 0; i < x.length; i += 2) this.appendRange(x[i], x[i + 1]);
    return this;
  }
  appendFoldedClass(x) {
    for (let i = 0; i < x.length; i += 2) this.appendFoldedRange(x[i], x[i + 1]);
    return this;
  }
  appendNegatedClass(x) {
    let nextLo = 0;
    for (let i = 0; i < x.length; i += 2) {
      const lo = x[i];
      const hi = x[i + 1];
      if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
      nextLo = hi + 1;
    }
    if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
    return this;
  }
  appendTable(table) {
    for (let i = 0; i < table.length; ++i) {
      const lo = table.getLo(i);
      const hi = table.getHi(i);
      const stride = table.getStride(i);
      if (stride === 1) {
        this.appendRange(lo, hi);
        continue;
      }
      for (let c = lo; c <= hi; c += stride) this.appendRange(c, c);
    }
    return this;
  }
  appendNegatedTable(table) {
    let nextLo = 0;
    for (let i = 0; i < table.length; ++i) {
      const lo = table.getLo(i);
      const hi = table.getHi(i);
      const stride = table.getStride(i);
      if (stride === 1) {
        if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
        nextLo = hi + 1;
        continue;
      }
      for (let c = lo; c <= hi; c += stride) {
        if (nextLo <= c - 1) this.appendRange(nextLo, c - 1);
        nextLo = c + 1;
      }
    }
    if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
    return this;
  }
  appendTableWithSign(table, sign) {
    return sign < 0 ? this.appendNegatedTable(table) : this.appendTable(table);
  }
  negateClass() {
    let nextLo = 0;
    let w = 0;
    for (let i = 0; i < this.len; i += 2) {
      const lo = this.r[i];
      const hi = this.r[i + 1];
      if (nextLo <= lo - 1) {
        this.r[w] = nextLo;
        this.r[w + 1] = lo - 1;
        w += 2;
      }
      nextLo = hi + 1;
    }
    this.len = w;
    if (nextLo <= Unicode.MAX_RUNE) {
      this.r[this.len++] = nextLo;
      this.r[this.len++] = Unicode.MAX_RUNE;
    }
    return this;
  }
  appendClassWithSign(x, sign) {
    return sign < 0 ? this.appendNegatedClass(x) : this.appendClass(x);
  }
  appendGroup(g, foldCase) {
    let cls = g.cls;
    if (foldCase) cls = new CharClass2().appendFoldedClass(cls).cleanClass().toArray();
    return this.appendClassWithSign(cls, g.sign);
  }
  toString() {
    return CharClass2.charClassToString(this.r, this.len);
  }
};
var StringIterator = class {
  constructor(str3) {
    this.str = str3;
    this.position = 0;
  }
  pos() {
    return this.position;
  }
  rewindTo(pos) {
    this.position = pos;
  }
  more() {
    return this.position < this.str.length;
  }
  peek() {
    return this.str.codePointAt(this.position);
  }
  skip(n) {
    this.position += n;
  }
  skipString(s) {
    this.position += s.length;
  }
  pop() {
    const r = this.str.codePointAt(this.position);
    this.position += Utils.charCount(r);
    return r;
  }
  lookingAt(s) {
    return this.str.startsWith(s, this.position);
  }
  rest() {
    return this.str.substring(this.position);
  }
  from(beforePos) {
    return this.str.substring(beforePos, this.position);
  }
  toString() {
    return this.rest();
  }
};
var Parser = class Parser2 {
  static ERR_INTERNAL_ERROR = "regexp/syntax: internal error";
  static ERR_INVALID_CHAR_RANGE = "invalid character class range";
  static ERR_INVALID_ESCAPE = "invalid escape sequence";
  static ERR_INVALID_NAMED_CAPTURE = "invalid named capture";
  static ERR_INVALID_PERL_OP = "invalid or unsupported Perl syntax";
  static ERR_INVALID_REPEAT_OP = "invalid nested repetition operator";
  static ERR_INVALID_REPEAT_SIZE = "invalid repeat count";
  static ERR_MISSING_BRACKET = "missing closing ]";
  static ERR_MISSING_PAREN = "missing closing )";
  static ERR_MISSING_REPEAT_ARGUMENT = "missing argument to repetition operator";
  static ERR_TRAILING_BACKSLASH = "trailing backslash at end of expression";
  static ERR_DUPLICATE_NAMED_CAPTURE = "duplicate capture group name";
  static ERR_UNEXPECTED_PAREN = "unexpected )";
  static ERR_NESTING_DEPTH = "expression nests too deeply";
  static ERR_LARGE = "expression too large";
  static ERR_INVALID_CAPTURE_IN_LOOKBEHIND = "invalid capture in lookbehind";
  static MAX_HEIGHT = 1e3;
  static MAX_SIZE = 1398101;
  static MAX_RUNES = 33554432;
  static ANY_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    Unicode.MAX_RUNE,
    1
  ]));
  static ASCII_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    127,
    1
  ]));
  static ASCII_FOLD_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    127,
    1,
    383,
    383,
    1,
    8490,
    8490,
    1
  ]));
  static unicodeTable(name) {
    if (name === "Any") return {
      tab: Parser2.ANY_TABLE,
      fold: Parser2.ANY_TABLE,
      sign: 1
    };
    if (name === "Ascii") return {
      tab: Parser2.ASCII_TABLE,
      fold: Parser2.ASCII_FOLD_TABLE,
      sign: 1
    };
    if (name === "Assigned") return {
      tab: UnicodeTables.CATEGORIES.get("Cn"),
      fold: UnicodeTables.CATEGORIES.get("Cn"),
      sign: -1
    };
    if (name === "Lc") return {
      tab: UnicodeTables.CATEGORIES.get("LC"),
      fold: UnicodeTables.FOLD_CATEGORIES.get("LC"),
      sign: 1
    };
    if (UnicodeTables.CATEGORIES.has(name)) return {
      tab: UnicodeTables.CATEGORIES.get(name),
      fold: UnicodeTables.FOLD_CATEGORIES.get(name),
      sign: 1
    };
    if (UnicodeTables.SCRIPTS.has(name)) return {
      tab: UnicodeTables.SCRIPTS.get(name),
      fold: UnicodeTables.FOLD_SCRIPT.get(name),
      sign: 1
    };
    return null;
  }
  static minFoldRune(r) {
    if (r < Unicode.MIN_FOLD || r > Unicode.MAX_FOLD) return r;
    let min = r;
    const r0 = r;
    for (r = Unicode.simpleFold(r); r !== r0; r = Unicode.simpleFold(r)) if (min > r) min = r;
    return min;
  }
  static leadingRegexp(re) {
    if (re.op === Regexp.Op.EMPTY_MATCH) return null;
    if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
      const sub = re.subs[0];
      if (sub.op === Regexp.Op.EMPTY_MATCH) return null;
      return sub;
    }
    return re;
  }
  static literalRegexp(s, flags) {
    const re = new Regexp(Regexp.Op.LITERAL);
    re.flags = flags;
    re.runes = Utils.stringToRunes(s);
    return re;
  }
  /**
  * Parse regular expression pattern {@code pattern} with mode flags {@code flags}.
  * @param {string} pattern
  * @param {number} flags
  */
  static parse(pattern, flags) {
    return new Parser2(pattern, flags).parseInternal();
  }
  static parseRepeat(t) {
    const start = t.pos();
    if (!t.more() || !t.lookingAt("{")) return -1;
    t.skip(1);
    const min = Parser2.parseInt(t);
    if (min === -1) return -1;
    if (!t.more()) return -1;
    let max;
    if (!t.lookingAt(",")) max = min;
    else {
      t.skip(1);
      if (!t.more()) return -1;
      if (t.lookingAt("}")) max = -1;
      else if ((max = Parser2.parseInt(t)) === -1) return -1;
    }
    if (!t.more() || !t.lookingAt("}")) return -1;
    t.skip(1);
    if (min < 0 || min > 1e3 || max === -2 || max > 1e3 || max >= 0 && min > max) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_SIZE, t.from(start));
    return min << 16 | max & Unicode.MAX_BMP;
  }
  static isValidCaptureName(name) {
    if (name.length === 0) return false;
    for (let i = 0; i < name.length; i++) {
      const c = name.codePointAt(i);
      if (c !== Codepoint.CODES["_"] && !Utils.isalnum(c)) return false;
    }
    return true;
  }
  static parseInt(t) {
    const start = t.pos();
    while (t.more() && t.peek() >= Codepoint.CODES["0"] && t.peek() <= Codepoint.CODES["9"]) t.skip(1);
    const n = t.from(start);
    if (n.length === 0 || n.length > 1 && n.codePointAt(0) === Codepoint.CODES["0"]) return -1;
    if (n.length > 8) return -2;
    return parseInt(n, 10);
  }
  static isCharClass(re) {
    return re.op === Regexp.Op.LITERAL && re.runes.length === 1 || re.op === Regexp.Op.CHAR_CLASS || re.op === Regexp.Op.ANY_CHAR_NOT_NL || re.op === Regexp.Op.ANY_CHAR;
  }
  static matchRune(re, r) {
    switch (re.op) {
      case Regexp.Op.LITERAL:
        return re.runes.length === 1 && re.runes[0] === r;
      case Regexp.Op.CHAR_CLASS:
        for (let i = 0; i < re.runes.length; i += 2) if (re.runes[i] <= r && r <= re.runes[i + 1]) return true;
        return false;
      case Regexp.Op.ANY_CHAR_NOT_NL:
        return r !== Codepoint.CODES["\n"];
      case Regexp.Op.ANY_CHAR:
        return true;
    }
    return false;
  }
  static mergeCharClass(dst, src) {
    switch (dst.op) {
      case Regexp.Op.ANY_CHAR:
        break;
      case Regexp.Op.ANY_CHAR_NOT_NL:
        if (Parser2.matchRune(src, Codepoint.CODES["\n"])) dst.op = Regexp.Op.ANY_CHAR;
        break;
      case Regexp.Op.CHAR_CLASS: {
        const cc = new CharClass(Array.isArray(dst.runes) ? dst.runes : Array.from(dst.runes));
        if (src.op === Regexp.Op.LITERAL) cc.appendLiteral(src.runes[0], src.flags);
        else cc.appendClass(src.runes);
        dst.runes = cc.toGrowableArray();
        break;
      }
      case Regexp.Op.LITERAL:
        if (src.runes[0] === dst.runes[0] && src.flags === dst.flags) break;
        dst.op = Regexp.Op.CHAR_CLASS;
        dst.runes = new CharClass().appendLiteral(dst.runes[0], dst.flags).appendLiteral(src.runes[0], src.flags).toGrowableArray();
    }
  }
  static parseEscape(t) {
    const startPos = t.pos();
    t.skip(1);
    if (!t.more()) throw new RE2JSSyntaxException(Parser2.ERR_TRAILING_BACKSLASH);
    let c = t.pop();
    bigswitch: switch (c) {
      case Codepoint.CODES["1"]:
      case Codepoint.CODES["2"]:
      case Codepoint.CODES["3"]:
      case Codepoint.CODES["4"]:
      case Codepoint.CODES["5"]:
      case Codepoint.CODES["6"]:
      case Codepoint.CODES["7"]:
        if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
      case Codepoint.CODES["0"]: {
        let r = c - Codepoint.CODES["0"];
        for (let i = 1; i < 3; i++) {
          if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
          r = r * 8 + t.peek() - Codepoint.CODES["0"];
          t.skip(1);
        }
        return r;
      }
      case Codepoint.CODES["x"]: {
        if (!t.more()) break;
        c = t.pop();
        if (c === Codepoint.CODES["{"]) {
          let nhex = 0;
          let r = 0;
          while (true) {
            if (!t.more()) break bigswitch;
            c = t.pop();
            if (c === Codepoint.CODES["}"]) break;
            const v = Utils.unhex(c);
            if (v < 0) break bigswitch;
            r = r * 16 + v;
            if (r > Unicode.MAX_RUNE) break bigswitch;
            nhex++;
          }
          if (nhex === 0) break bigswitch;
          return r;
        }
        const x = Utils.unhex(c);
        if (!t.more()) break;
        c = t.pop();
        const y = Utils.unhex(c);
        if (x < 0 || y < 0) break;
        return x * 16 + y;
      }
      case Codepoint.CODES["a"]:
        return Codepoint.CODES["\x07"];
      case Codepoint.CODES["f"]:
        return Codepoint.CODES["\f"];
      case Codepoint.CODES["n"]:
        return Codepoint.CODES["\n"];
      case Codepoint.CODES["r"]:
        return Codepoint.CODES["\r"];
      case Codepoint.CODES["t"]:
        return Codepoint.CODES["	"];
      case Codepoint.CODES["v"]:
        return Codepoint.CODES["\v"];
      default:
        if (c <= Unicode.MAX_ASCII && !Utils.isalnum(c)) return c;
    }
    throw new RE2JSSyntaxException(Parser2.ERR_INVALID_ESCAPE, t.from(startPos));
  }
  static parseClassChar(t, wholeClassPos) {
    if (!t.more()) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_BRACKET, t.from(wholeClassPos));
    if (t.lookingAt("\\")) return Parser2.parseEscape(t);
    return t.pop();
  }
  static hasCapture(re) {
    if (re === null) return false;
    if (re.op === Regexp.Op.CAPTURE) return true;
    if (re.subs) {
      for (let sub of re.subs) if (Parser2.hasCapture(sub)) return true;
    }
    return false;
  }
  constructor(wholeRegexp, flags = 0) {
    this.wholeRegexp = wholeRegexp;
    this.flags = flags;
    this.numCap = 0;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.stack = [];
    this.free = null;
    this.numRegexp = 0;
    this.numRunes = 0;
    this.repeats = 0;
    this.height = null;
    this.size = null;
    this.nlb = 0;
  }
  newRegexp(op) {
    let re = this.free;
    if (re !== null && re.subs !== null && re.subs.length > 0) {
      this.free = re.subs[0];
      re.reinit();
      re.op = op;
    } else {
      re = new Regexp(op);
      this.numRegexp += 1;
    }
    return re;
  }
  reuse(re) {
    if (this.height !== null && this.height.has(re)) this.height.delete(re);
    if (re.subs !== null && re.subs.length > 0) re.subs[0] = this.free;
    this.free = re;
  }
  checkLimits(re) {
    if (this.numRunes > Parser2.MAX_RUNES) throw new RE2JSSyntaxException(Parser2.ERR_LARGE);
    this.checkSize(re);
    this.checkHeight(re);
  }
  checkSize(re) {
    if (this.size === null) {
      if (this.repeats === 0) this.repeats = 1;
      if (re.op === Regexp.Op.REPEAT) {
        let n = re.max;
        if (n === -1) n = re.min;
        if (n <= 0) n = 1;
        if (n > Math.floor(Parser2.MAX_SIZE / this.repeats)) this.repeats = Parser2.MAX_SIZE;
        else this.repeats *= n;
      }
      if (this.numRegexp < Math.floor(Parser2.MAX_SIZE / this.repeats)) return;
      this.size = /* @__PURE__ */ new Map();
      for (let reEx of this.stack) this.checkSize(reEx);
    }
    if (this.calcSize(re, true) > Parser2.MAX_SIZE) throw new RE2JSSyntaxException(Parser2.ERR_LARGE);
  }
  calcSize(re, force = false) {
    if (!force && this.size !== null) {
      if (this.size.has(re)) return this.size.get(re);
    }
    let size = 0;
    switch (re.op) {
      case Regexp.Op.LITERAL:
        size = re.runes.length;
        break;
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE:
      case Regexp.Op.STAR:
        size = 2 + this.calcSize(re.subs[0]);
        break;
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        size = 1 + this.calcSize(re.subs[0]);
        break;
      case Regexp.Op.CONCAT:
        for (let sub of re.subs) size = size + this.calcSize(sub);
        break;
      case Regexp.Op.ALTERNATE:
        for (let sub of re.subs) size = size + this.calcSize(sub);
        if (re.subs.length > 1) size = size + re.subs.length - 1;
        break;
      case Regexp.Op.REPEAT: {
        let sub = this.calcSize(re.subs[0]);
        if (re.max === -1) {
          if (re.min === 0) size = 2 + sub;
          else size = 1 + re.min * sub;
          break;
        }
        size = re.max * sub + (re.max - re.min);
        break;
      }
    }
    size = Math.max(1, size);
    if (this.size === null) this.size = /* @__PURE__ */ new Map();
    this.size.set(re, size);
    return size;
  }
  checkHeight(re) {
    if (this.numRegexp < Parser2.MAX_HEIGHT) return;
    if (this.height === null) {
      this.height = /* @__PURE__ */ new Map();
      for (let reEx of this.stack) this.checkHeight(reEx);
    }
    if (this.calcHeight(re, true) > Parser2.MAX_HEIGHT) throw new RE2JSSyntaxException(Parser2.ERR_NESTING_DEPTH);
  }
  calcHeight(re, force = false) {
    if (!force && this.height !== null) {
      if (this.height.has(re)) return this.height.get(re);
    }
    let h = 1;
    for (let sub of re.subs) {
      const hsub = this.calcHeight(sub);
      if (h < 1 + hsub) h = 1 + hsub;
    }
    if (this.height === null) this.height = /* @__PURE__ */ new Map();
    this.height.set(re, h);
    return h;
  }
  pop() {
    return this.stack.pop();
  }
  popToPseudo() {
    const n = this.stack.length;
    let i = n;
    while (i > 0 && !Regexp.isPseudoOp(this.stack[i - 1].op)) i--;
    return this.stack.splice(i, n - i);
  }
  push(re) {
    this.numRunes += re.runes.length;
    if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] === re.runes[1]) {
      if (this.maybeConcat(re.runes[0], this.flags & ~RE2Flags.FOLD_CASE)) return null;
      re.op = Regexp.Op.LITERAL;
      re.runes = [re.runes[0]];
      re.flags = this.flags & ~RE2Flags.FOLD_CASE;
    } else if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 4 && re.runes[0] === re.runes[1] && re.runes[2] === re.runes[3] && Unicode.simpleFold(re.runes[0]) === re.runes[2] && Unicode.simpleFold(re.runes[2]) === re.runes[0] || re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] + 1 === re.runes[1] && Unicode.simpleFold(re.runes[0]) === re.runes[1] && Unicode.simpleFold(re.runes[1]) === re.runes[0]) {
      if (this.maybeConcat(re.runes[0], this.flags | RE2Flags.FOLD_CASE)) return null;
      re.op = Regexp.Op.LITERAL;
      re.runes = [re.runes[0]];
      re.flags = this.flags | RE2Flags.FOLD_CASE;
    } else this.maybeConcat(-1, 0);
    this.stack.push(re);
    this.checkLimits(re);
    return re;
  }
  maybeConcat(r, flags) {
    const n = this.stack.length;
    if (n < 2) return false;
    const re1 = this.stack[n - 1];
    const re2 = this.stack[n - 2];
    if (re1.op !== Regexp.Op.LITERAL || re2.op !== Regexp.Op.LITERAL || (re1.flags & RE2Flags.FOLD_CASE) !== (re2.flags & RE2Flags.FOLD_CASE)) return false;
    if (!Array.isArray(re2.runes)) re2.runes = Array.from(re2.runes);
    for (let i = 0; i < re1.runes.length; i++) re2.runes.push(re1.runes[i]);
    if (r >= 0) {
      re1.runes = [r];
      re1.flags = flags;
      return true;
    }
    this.pop();
    this.reuse(re1);
    return false;
  }
  newLiteral(r, flags) {
    const re = this.newRegexp(Regexp.Op.LITERAL);
    re.flags = flags;
    if ((flags & RE2Flags.FOLD_CASE) !== 0) r = Parser2.minFoldRune(r);
    re.runes = [r];
    return re;
  }
  literal(r) {
    this.push(this.newLiteral(r, this.flags));
  }
  op(op) {
    const re = this.newRegexp(op);
    re.flags = this.flags;
    return this.push(re);
  }
  repeat(op, min, max, beforePos, t, lastRepeatPos) {
    let flags = this.flags;
    if ((flags & RE2Flags.PERL_X) !== 0) {
      if (t.more() && t.lookingAt("?")) {
        t.skip(1);
        flags ^= RE2Flags.NON_GREEDY;
      }
      if (lastRepeatPos !== -1) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_OP, t.from(lastRepeatPos));
    }
    const n = this.stack.length;
    if (n === 0) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
    const sub = this.stack[n - 1];
    if (Regexp.isPseudoOp(sub.op)) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
    const re = this.newRegexp(op);
    re.min = min;
    re.max = max;
    re.flags = flags;
    re.subs = [sub];
    this.stack[n - 1] = re;
    this.checkLimits(re);
    if (op === Regexp.Op.REPEAT && (min >= 2 || max >= 2) && !this.repeatIsValid(re, 1e3)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_SIZE, t.from(beforePos));
  }
  repeatIsValid(re, n) {
    if (re.op === Regexp.Op.REPEAT) {
      let m = re.max;
      if (m === 0) return true;
      if (m < 0) m = re.min;
      if (m > n) return false;
      if (m > 0) n = Math.trunc(n / m);
    }
    for (let sub of re.subs) if (!this.repeatIsValid(sub, n)) return false;
    return true;
  }
  concat() {
    this.maybeConcat(-1, 0);
    const subs = this.popToPseudo();
    if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.EMPTY_MATCH));
    return this.push(this.collapse(subs, Regexp.Op.CONCAT));
  }
  alternate() {
    const subs = this.popToPseudo();
    if (subs.length > 0) this.cleanAlt(subs[subs.length - 1]);
    if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.NO_MATCH));
    return this.push(this.collapse(subs, Regexp.Op.ALTERNATE));
  }
  cleanAlt(re) {
    if (re.op === Regexp.Op.CHAR_CLASS) {
      re.runes = new CharClass(Array.from(re.runes)).cleanClass().toArray();
      if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) {
        re.runes = /* @__PURE__ */ new Int32Array(0);
        re.op = Regexp.Op.ANY_CHAR;
      } else if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) {
        re.runes = /* @__PURE__ */ new Int32Array(0);
        re.op = Regexp.Op.ANY_CHAR_NOT_NL;
      }
    }
  }
  collapse(subs, op) {
    if (subs.length === 1) return subs[0];
    let len = 0;
    for (let sub of subs) len += sub.op === op ? sub.subs.length : 1;
    let newsubs = new Array(len).fill(null);
    let i = 0;
    for (let sub of subs) if (sub.op === op) {
      for (let j = 0; j < sub.subs.length; j++) newsubs[i++] = sub.subs[j];
      this.reuse(sub);
    } else newsubs[i++] = sub;
    let re = this.newRegexp(op);
    re.subs = newsubs;
    if (op === Regexp.Op.ALTERNATE) {
      re.subs = this.factor(re.subs);
      if (re.subs.length === 1) {
        const old = re;
        re = re.subs[0];
        this.reuse(old);
      }
    }
    return re;
  }
  factor(array) {
    if (array.length < 2) return array;
    let s = 0;
    let lensub = array.length;
    let lenout = 0;
    let str3 = null;
    let strlen = 0;
    let strflags = 0;
    let start = 0;
    for (let i = 0; i <= lensub; i++) {
      let istr = null;
      let istrlen = 0;
      let iflags = 0;
      if (i < lensub) {
        let re = array[s + i];
        if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) re = re.subs[0];
        if (re.op === Regexp.Op.LITERAL) {
          istr = re.runes;
          istrlen = re.runes.length;
          iflags = re.flags & RE2Flags.FOLD_CASE;
        }
        if (iflags === strflags) {
          let same2 = 0;
          while (same2 < strlen && same2 < istrlen && str3[same2] === istr[same2]) same2++;
          if (same2 > 0) {
            strlen = same2;
            continue;
          }
        }
      }
      if (i === start) {
      } else if (i === start + 1) array[lenout++] = array[s + start];
      else {
        const prefix = this.newRegexp(Regexp.Op.LITERAL);
        prefix.flags = strflags;
        prefix.runes = str3.slice(0, strlen);
        for (let j = start; j < i; j++) {
          array[s + j] = this.removeLeadingString(array[s + j], strlen);
          this.checkLimits(array[s + j]);
        }
        const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
        const re = this.newRegexp(Regexp.Op.CONCAT);
        re.subs = [prefix, suffix];
        array[lenout++] = re;
      }
      start = i;
      str3 = istr;
      strlen = istrlen;
      strflags = iflags;
    }
    lensub = lenout;
    s = 0;
    start = 0;
    lenout = 0;
    let first = null;
    for (let i = 0; i <= lensub; i++) {
      let ifirst = null;
      if (i < lensub) {
        ifirst = Parser2.leadingRegexp(array[s + i]);
        if (first !== null && first.equals(ifirst) && (Parser2.isCharClass(first) || first.op === Regexp.Op.REPEAT && first.min === first.max && Parser2.isCharClass(first.subs[0]))) continue;
      }
      if (i === start) {
      } else if (i === start + 1) array[lenout++] = array[s + start];
      else {
        const prefix = first;
        for (let j = start; j < i; j++) {
          const reuse = j !== start;
          array[s + j] = this.removeLeadingRegexp(array[s + j], reuse);
          this.checkLimits(array[s + j]);
        }
        const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
        const re = this.newRegexp(Regexp.Op.CONCAT);
        re.subs = [prefix, suffix];
        array[lenout++] = re;
      }
      start = i;
      first = ifirst;
    }
    lensub = lenout;
    s = 0;
    start = 0;
    lenout = 0;
    for (let i = 0; i <= lensub; i++) {
      if (i < lensub && Parser2.isCharClass(array[s + i])) continue;
      if (i === start) {
      } else if (i === start + 1) array[lenout++] = array[s + start];
      else {
        let max = start;
        for (let j = start + 1; j < i; j++) {
          const subMax = array[s + max];
          const subJ = array[s + j];
          if (subMax.op < subJ.op || subMax.op === subJ.op && (subMax.runes !== null ? subMax.runes.length : 0) < (subJ.runes !== null ? subJ.runes.length : 0)) max = j;
        }
        const tmp = array[s + start];
        array[s + start] = array[s + max];
        array[s + max] = tmp;
        for (let j = start + 1; j < i; j++) {
          Parser2.mergeCharClass(array[s + start], array[s + j]);
          this.reuse(array[s + j]);
        }
        this.cleanAlt(array[s + start]);
        array[lenout++] = array[s + start];
      }
      if (i < lensub) array[lenout++] = array[s + i];
      start = i + 1;
    }
    lensub = lenout;
    s = 0;
    start = 0;
    lenout = 0;
    for (let i = 0; i < lensub; ++i) {
      if (i + 1 < lensub && array[s + i].op === Regexp.Op.EMPTY_MATCH && array[s + i + 1].op === Regexp.Op.EMPTY_MATCH) continue;
      array[lenout++] = array[s + i];
    }
    lensub = lenout;
    s = 0;
    return array.slice(s, lensub);
  }
  removeLeadingString(re, n) {
    if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
      const sub = this.removeLeadingString(re.subs[0], n);
      re.subs[0] = sub;
      if (sub.op === Regexp.Op.EMPTY_MATCH) {
        this.reuse(sub);
        switch (re.subs.length) {
          case 0:
          case 1:
            re.op = Regexp.Op.EMPTY_MATCH;
            re.subs = Regexp.emptySubs();
            break;
          case 2: {
            const old = re;
            re = re.subs[1];
            this.reuse(old);
            break;
          }
          default:
            re.subs = re.subs.slice(1, re.subs.length);
        }
      }
      return re;
    }
    if (re.op === Regexp.Op.LITERAL) {
      re.runes = re.runes.slice(n, re.runes.length);
      if (re.runes.length === 0) re.op = Regexp.Op.EMPTY_MATCH;
    }
    return re;
  }
  removeLeadingRegexp(re, reuse) {
    if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
      if (reuse) this.reuse(re.subs[0]);
      re.subs = re.subs.slice(1, re.subs.length);
      switch (re.subs.length) {
        case 0:
          re.op = Regexp.Op.EMPTY_MATCH;
          re.subs = Regexp.emptySubs();
          break;
        case 1: {
          const old = re;
          re = re.subs[0];
          this.reuse(old);
          break;
        }
      }
      return re;
    }
    if (reuse) this.reuse(re);
    return this.newRegexp(Regexp.Op.EMPTY_MATCH);
  }
  parseInternal() {
    if ((this.flags & RE2Flags.LITERAL) !== 0) return Parser2.literalRegexp(this.wholeRegexp, this.flags);
    let lastRepeatPos = -1;
    let min = -1;
    let max = -1;
    const t = new StringIterator(this.wholeRegexp);
    while (t.more()) {
      let repeatPos = -1;
      bigswitch: switch (t.peek()) {
        case Codepoint.CODES["("]:
          if ((this.flags & RE2Flags.LOOKBEHIND) !== 0) {
            if (t.lookingAt("(?<=")) {
              this.parsePosLookBehind();
              t.skip(4);
              break;
            }
            if (t.lookingAt("(?<!")) {
              this.parseNegLookBehind();
              t.skip(4);
              break;
            }
          }
          if ((this.flags & RE2Flags.PERL_X) !== 0 && t.lookingAt("(?")) {
            this.parsePerlFlags(t);
            break;
          }
          this.op(Regexp.Op.LEFT_PAREN).cap = ++this.numCap;
          t.skip(1);
          break;
        case Codepoint.CODES["|"]:
          this.parseVerticalBar();
          t.skip(1);
          break;
        case Codepoint.CODES[")"]:
          this.parseRightParen();
          t.skip(1);
          break;
        case Codepoint.CODES["^"]:
          if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.BEGIN_TEXT);
          else this.op(Regexp.Op.BEGIN_LINE);
          t.skip(1);
          break;
        case Codepoint.CODES["$"]:
          if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.END_TEXT).flags |= RE2Flags.WAS_DOLLAR;
          else this.op(Regexp.Op.END_LINE);
          t.skip(1);
          break;
        case Codepoint.CODES["."]:
          if ((this.flags & RE2Flags.DOT_NL) !== 0) this.op(Regexp.Op.ANY_CHAR);
          else this.op(Regexp.Op.ANY_CHAR_NOT_NL);
          t.skip(1);
          break;
        case Codepoint.CODES["["]:
          this.parseClass(t);
          break;
        case Codepoint.CODES["*"]:
        case Codepoint.CODES["+"]:
        case Codepoint.CODES["?"]: {
          repeatPos = t.pos();
          let op = null;
          switch (t.pop()) {
            case Codepoint.CODES["*"]:
              op = Regexp.Op.STAR;
              break;
            case Codepoint.CODES["+"]:
              op = Regexp.Op.PLUS;
              break;
            case Codepoint.CODES["?"]:
              op = Regexp.Op.QUEST;
          }
          this.repeat(op, min, max, repeatPos, t, lastRepeatPos);
          break;
        }
        case Codepoint.CODES["{"]: {
          const before = t.pos();
          const minMax = Parser2.parseRepeat(t);
          if (minMax < 0) {
            t.rewindTo(before);
            this.literal(t.pop());
            break;
          }
          repeatPos = before;
          min = minMax >> 16;
          max = (minMax & Unicode.MAX_BMP) << 16 >> 16;
          this.repeat(Regexp.Op.REPEAT, min, max, repeatPos, t, lastRepeatPos);
          break;
        }
        case Codepoint.CODES["\\"]: {
          const savedPos = t.pos();
          t.skip(1);
          if ((this.flags & RE2Flags.PERL_X) !== 0 && t.more()) switch (t.pop()) {
            case Codepoint.CODES["A"]:
              this.op(Regexp.Op.BEGIN_TEXT);
              break bigswitch;
            case Codepoint.CODES["b"]:
              this.op(Regexp.Op.WORD_BOUNDARY);
              break bigswitch;
            case Codepoint.CODES["B"]:
              this.op(Regexp.Op.NO_WORD_BOUNDARY);
              break bigswitch;
            case Codepoint.CODES["C"]:
              throw new RE2JSSyntaxException(Parser2.ERR_INVALID_ESCAPE, "\\C");
            case Codepoint.CODES["Q"]: {
              let lit = t.rest();
              const i = lit.indexOf("\\E");
              if (i >= 0) {
                lit = lit.substring(0, i);
                t.skipString(lit);
                t.skipString("\\E");
              } else t.skipString(lit);
              let j = 0;
              while (j < lit.length) {
                const codepoint = lit.codePointAt(j);
                this.literal(codepoint);
                j += Utils.charCount(codepoint);
              }
              break bigswitch;
            }
            case Codepoint.CODES["z"]:
              this.op(Regexp.Op.END_TEXT);
              break bigswitch;
            default:
              t.rewindTo(savedPos);
          }
          else t.rewindTo(savedPos);
          const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
          re.flags = this.flags;
          if (t.lookingAt("\\p") || t.lookingAt("\\P")) {
            const cc2 = new CharClass();
            if (this.parseUnicodeClass(t, cc2)) {
              re.runes = cc2.toArray();
              this.push(re);
              break bigswitch;
            }
          }
          const cc = new CharClass();
          if (this.parsePerlClassEscape(t, cc)) {
            re.runes = cc.toArray();
            this.push(re);
            break bigswitch;
          }
          t.rewindTo(savedPos);
          this.reuse(re);
          this.literal(Parser2.parseEscape(t));
          break;
        }
        default:
          this.literal(t.pop());
      }
      lastRepeatPos = repeatPos;
    }
    this.concat();
    if (this.swapVerticalBar()) this.pop();
    this.alternate();
    if (this.stack.length !== 1) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_PAREN, this.wholeRegexp);
    this.stack[0].namedGroups = this.namedGroups;
    return this.stack[0];
  }
  parsePerlFlags(t) {
    const startPos = t.pos();
    const s = t.rest();
    if (s.startsWith("(?P<") || s.startsWith("(?<")) {
      const begin = s.charAt(2) === "P" ? 4 : 3;
      const end = s.indexOf(">");
      if (end < 0) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_NAMED_CAPTURE, s);
      const name = s.substring(begin, end);
      t.skipString(name);
      t.skip(begin + 1);
      if (!Parser2.isValidCaptureName(name)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_NAMED_CAPTURE, s.substring(0, end + 1));
      const re = this.op(Regexp.Op.LEFT_PAREN);
      re.cap = ++this.numCap;
      if (this.namedGroups[name]) throw new RE2JSSyntaxException(Parser2.ERR_DUPLICATE_NAMED_CAPTURE, name);
      this.namedGroups[name] = this.numCap;
      re.name = name;
      return;
    }
    t.skip(2);
    let flags = this.flags;
    let sign = 1;
    let sawFlag = false;
    loop: while (t.more()) {
      const c = t.pop();
      switch (c) {
        case Codepoint.CODES["i"]:
          flags |= RE2Flags.FOLD_CASE;
          sawFlag = true;
          break;
        case Codepoint.CODES["m"]:
          flags &= ~RE2Flags.ONE_LINE;
          sawFlag = true;
          break;
        case Codepoint.CODES["s"]:
          flags |= RE2Flags.DOT_NL;
          sawFlag = true;
          break;
        case Codepoint.CODES["U"]:
          flags |= RE2Flags.NON_GREEDY;
          sawFlag = true;
          break;
        case Codepoint.CODES["-"]:
          if (sign < 0) break loop;
          sign = -1;
          flags = ~flags;
          sawFlag = false;
          break;
        case Codepoint.CODES[":"]:
        case Codepoint.CODES[")"]:
          if (sign < 0) {
            if (!sawFlag) break loop;
            flags = ~flags;
          }
          if (c === Codepoint.CODES[":"]) this.op(Regexp.Op.LEFT_PAREN);
          this.flags = flags;
          return;
        default:
          break loop;
      }
    }
    throw new RE2JSSyntaxException(Parser2.ERR_INVALID_PERL_OP, t.from(startPos));
  }
  parsePosLookBehind() {
    const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
    re.flags = this.flags;
    re.lb = ++this.nlb;
    return this.push(re);
  }
  parseNegLookBehind() {
    const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
    re.flags = this.flags;
    re.lb = -++this.nlb;
    return this.push(re);
  }
  parseVerticalBar() {
    this.concat();
    if (!this.swapVerticalBar()) this.op(Regexp.Op.VERTICAL_BAR);
  }
  swapVerticalBar() {
    const n = this.stack.length;
    if (n >= 3 && this.stack[n - 2].op === Regexp.Op.VERTICAL_BAR && Parser2.isCharClass(this.stack[n - 1]) && Parser2.isCharClass(this.stack[n - 3])) {
      let re1 = this.stack[n - 1];
      let re3 = this.stack[n - 3];
      if (re1.op > re3.op) {
        const tmp = re3;
        re3 = re1;
        re1 = tmp;
        this.stack[n - 3] = re3;
      }
      Parser2.mergeCharClass(re3, re1);
      this.reuse(re1);
      this.pop();
      return true;
    }
    if (n >= 2) {
      const re1 = this.stack[n - 1];
      const re2 = this.stack[n - 2];
      if (re2.op === Regexp.Op.VERTICAL_BAR) {
        if (n >= 3) this.cleanAlt(this.stack[n - 3]);
        this.stack[n - 2] = re1;
        this.stack[n - 1] = re2;
        return true;
      }
    }
    return false;
  }
  parseRightParen() {
    this.concat();
    if (this.swapVerticalBar()) this.pop();
    this.alternate();
    if (this.stack.length < 2) throw new RE2JSSyntaxException(Parser2.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
    const re1 = this.pop();
    const re2 = this.pop();
    if (re2.op !== Regexp.Op.LEFT_PAREN) throw new RE2JSSyntaxException(Parser2.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
    this.flags = re2.flags;
    if (re2.lb !== 0) {
      if (Parser2.hasCapture(re1)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CAPTURE_IN_LOOKBEHIND, this.wholeRegexp);
      if (re2.lb > 0) re2.op = Regexp.Op.PLB;
      else re2.op = Regexp.Op.NLB;
      re2.subs = [re1];
      this.push(re2);
      return;
    }
    if (re2.cap === 0) this.push(re1);
    else {
      re2.op = Regexp.Op.CAPTURE;
      re2.subs = [re1];
      this.push(re2);
    }
  }
  parsePerlClassEscape(t, cc) {
    const beforePos = t.pos();
    if ((this.flags & RE2Flags.PERL_X) === 0 || !t.more() || t.pop() !== Codepoint.CODES["\\"] || !t.more()) return false;
    t.pop();
    const p = t.from(beforePos);
    const g = PERL_GROUPS.has(p) ? PERL_GROUPS.get(p) : null;
    if (g === null) return false;
    cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
    return true;
  }
  parseNamedClass(t, cc) {
    const cls = t.rest();
    const i = cls.indexOf(":]");
    if (i < 0) return false;
    const name = cls.substring(0, i + 2);
    t.skipString(name);
    const g = POSIX_GROUPS.has(name) ? POSIX_GROUPS.get(name) : null;
    if (g === null) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, name);
    cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
    return true;
  }
  parseUnicodeClass(t, cc) {
    const startPos = t.pos();
    if ((this.flags & RE2Flags.UNICODE_GROUPS) === 0 || !t.lookingAt("\\p") && !t.lookingAt("\\P")) return false;
    t.skip(1);
    let sign = 1;
    let c = t.pop();
    if (c === Codepoint.CODES["P"]) sign = -1;
    if (!t.more()) {
      t.rewindTo(startPos);
      throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
    }
    c = t.pop();
    let name;
    if (c !== Codepoint.CODES["{"]) name = Utils.runeToString(c);
    else {
      const rest = t.rest();
      const end = rest.indexOf("}");
      if (end < 0) {
        t.rewindTo(startPos);
        throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
      }
      name = rest.substring(0, end);
      t.skipString(name);
      t.skip(1);
    }
    if (!(name.length === 0) && name.codePointAt(0) === Codepoint.CODES["^"]) {
      sign = 0 - sign;
      name = name.substring(1);
    }
    const pair = Parser2.unicodeTable(name);
    if (pair === null) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.from(startPos));
    if (pair.sign < 0) sign = 0 - sign;
    const tab = pair.tab;
    const fold = pair.fold;
    if ((this.flags & RE2Flags.FOLD_CASE) === 0 || fold === null) cc.appendTableWithSign(tab, sign);
    else {
      const tmp = new CharClass().appendTable(tab).appendTable(fold).cleanClass().toArray();
      cc.appendClassWithSign(Array.from(tmp), sign);
    }
    return true;
  }
  parseClass(t) {
    const startPos = t.pos();
    t.skip(1);
    const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
    re.flags = this.flags;
    const cc = new CharClass();
    let sign = 1;
    if (t.more() && t.lookingAt("^")) {
      sign = -1;
      t.skip(1);
      if ((this.flags & RE2Flags.CLASS_NL) === 0) cc.appendRange(Codepoint.CODES["\n"], Codepoint.CODES["\n"]);
    }
    let first = true;
    while (!t.more() || t.peek() !== Codepoint.CODES["]"] || first) {
      if (t.more() && t.lookingAt("-") && (this.flags & RE2Flags.PERL_X) === 0 && !first) {
        const s = t.rest();
        if (s === "-" || !s.startsWith("-]")) {
          t.rewindTo(startPos);
          throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
        }
      }
      first = false;
      const beforePos = t.pos();
      if (t.lookingAt("[:")) {
        if (this.parseNamedClass(t, cc)) continue;
        t.rewindTo(beforePos);
      }
      if (this.parseUnicodeClass(t, cc)) continue;
      if (this.parsePerlClassEscape(t, cc)) continue;
      t.rewindTo(beforePos);
      const lo = Parser2.parseClassChar(t, startPos);
      let hi = lo;
      if (t.more() && t.lookingAt("-")) {
        t.skip(1);
        if (t.more() && t.lookingAt("]")) t.skip(-1);
        else {
          hi = Parser2.parseClassChar(t, startPos);
          if (hi < lo) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.from(beforePos));
        }
      }
      if ((this.flags & RE2Flags.FOLD_CASE) === 0) cc.appendRange(lo, hi);
      else cc.appendFoldedRange(lo, hi);
    }
    t.skip(1);
    cc.cleanClass();
    if (sign < 0) cc.negateClass();
    re.runes = cc.toArray();
    this.push(re);
  }
};
var RE2 = class RE22 {
  static initTest(expr) {
    const re2 = RE22.compile(expr);
    const res = new RE22(re2.expr, re2.prog, re2.numSubexp, re2.longest);
    res.cond = re2.cond;
    res.prefix = re2.prefix;
    res.prefixUTF8 = re2.prefixUTF8;
    res.prefixComplete = re2.prefixComplete;
    res.prefixRune = re2.prefixRune;
    res.prefilter = re2.prefilter;
    res.namedGroups = re2.namedGroups;
    return res;
  }
  /**
  * Parses a regular expression and returns, if successful, an {@code RE2} instance that can be
  * used to match against text.
  *
  * When matching against text, the regexp returns a match that begins as early as possible in the
  * input (leftmost), and among those it chooses the one that a backtracking search would have
  * found first. This so-called leftmost-first matching is the same semantics that Perl, Python,
  * and other implementations use, although this package implements it without the expense of
  * backtracking. For POSIX leftmost-longest matching, see {@link #compilePOSIX}.
  */
  static compile(expr) {
    return RE22.compileImpl(expr, RE2Flags.PERL, false);
  }
  /**
  * {@code compilePOSIX} is like {@link #compile} but restricts the regular expression to POSIX ERE
  * (egrep) syntax and changes the match semantics to leftmost-longest.
  *
  * That is, when matching against text, the regexp returns a match that begins as early as
  * possible in the input (leftmost), and among those it chooses a match that is as long as
  * possible. This so-called leftmost-longest matching is the same semantics that early regular
  * expression implementations used and that POSIX specifies.
  *
  * However, there can be multiple leftmost-longest matches, with different submatch choices, and
  * here this package diverges from POSIX. Among the possible leftmost-longest matches, this
  * package chooses the one that a backtracking search would have found first, while POSIX
  * specifies that the match be chosen to maximize the length of the first subexpression, then the
  * second, and so on from left to right. The POSIX rule is computationally prohibitive and not
  * even well-defined. See http://swtch.com/~rsc/regexp/regexp2.html#posix
  */
  static compilePOSIX(expr) {
    return RE22.compileImpl(expr, RE2Flags.POSIX, true);
  }
  static compileImpl(expr, mode, longest) {
    let re = Parser.parse(expr, mode);
    const maxCap = re.maxCap();
    const namedGroups = re.namedGroups;
    re = Simplify.simplify(re);
    const prefilter = PrefilterTree.build(re);
    const prog = Compiler.compileRegexp(re);
    const re2 = new RE22(expr, prog, maxCap, longest);
    re2.prefilter = prefilter.type === Prefilter.Type.NONE ? null : prefilter;
    const [prefixCompl, prefixStr] = prog.prefix();
    re2.prefixComplete = prefixCompl;
    re2.prefix = prefixStr;
    re2.prefixUTF8 = Utils.stringToUtf8ByteArray(re2.prefix);
    if (re2.prefix.length > 0) re2.prefixRune = re2.prefix.codePointAt(0);
    re2.namedGroups = namedGroups;
    return re2;
  }
  /**
  * Returns true iff textual regular expression {@code pattern} matches string {@code s}.
  *
  * More complicated queries need to use {@link #compile} and the full {@code RE2} interface.
  */
  static match(pattern, s) {
    return RE22.compile(pattern).match(s);
  }
  constructor(expr, prog, numSubexp = 0, longest = 0) {
    this.expr = expr;
    this.prog = prog;
    this.numSubexp = numSubexp;
    this.longest = longest;
    this.cond = prog.startCond();
    this.prefix = null;
    this.prefixUTF8 = null;
    this.prefixComplete = false;
    this.prefixRune = 0;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.machinePool = [];
    this.lazyDFA = null;
    this.onepass = OnePass.compile(this.prog);
    this.prefilter = null;
  }
  get dfa() {
    if (this.lazyDFA === null) this.lazyDFA = new DFA(this.prog);
    return this.lazyDFA;
  }
  matchPrefixComplete(input, pos, anchor, ncap) {
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
    let matchStart = -1;
    let matchEnd = -1;
    const pLen = input.prefixLength(this);
    if (anchor === RE2Flags.UNANCHORED) {
      const idx = input.index(this, pos);
      if (idx < 0) return null;
      matchStart = pos + idx;
      matchEnd = matchStart + pLen;
    } else if (anchor === RE2Flags.ANCHOR_BOTH) {
      if (input.endPos() !== pLen) return null;
      if (input.index(this, 0) !== 0) return null;
      matchStart = 0;
      matchEnd = pLen;
    } else if (anchor === RE2Flags.ANCHOR_START) {
      if (input.index(this, 0) !== 0) return null;
      matchStart = 0;
      matchEnd = pLen;
    }
    if (matchStart < 0) return null;
    if (ncap > 0) {
      const matchcap = new Int32Array(ncap).fill(-1);
      matchcap[0] = matchStart;
      matchcap[1] = matchEnd;
      return Array.from(matchcap);
    }
    return [];
  }
  createLookbehindState() {
    return this.prog.numLb > 0 ? new LookbehindState(this.prog) : null;
  }
  executeEngine(input, pos, anchor, ncap, lbState = null) {
    if (this.prefixComplete && (ncap === 0 || this.numSubexp === 0)) return this.matchPrefixComplete(input, pos, anchor, ncap);
    if (this.prefilter !== null && anchor === RE2Flags.UNANCHORED) {
      if (!this.prefilter.eval(input, pos)) return null;
    }
    if (this.onepass !== null) return OnePass.execute(this, input, pos, anchor, ncap);
    if (ncap > 0) {
      if (this.prog.numLb === 0 && input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
      return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
    }
    if (this.prog.numLb === 0) {
      const dfaResult = this.dfa.match(input, pos, anchor);
      if (dfaResult !== null) return dfaResult ? [] : null;
      if (input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
    }
    return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
  }
  /**
  * Returns the number of parenthesized subexpressions in this regular expression.
  */
  numberOfCapturingGroups() {
    return this.numSubexp;
  }
  /**
  * Returns the number of instructions in this compiled regular expression program.
  */
  numberOfInstructions() {
    return this.prog.numInst();
  }
  get() {
    return this.machinePool.length > 0 ? this.machinePool.pop() : null;
  }
  reset() {
    this.machinePool.length = 0;
  }
  put(m) {
    this.machinePool.push(m);
  }
  toString() {
    return this.expr;
  }
  doExecuteNFA(input, pos, anchor, ncap, lbState = null) {
    let m = this.get();
    if (!m) m = Machine.fromRE2(this);
    m.init(ncap);
    const cap = m.match(input, pos, anchor, lbState) ? m.submatches() : null;
    this.put(m);
    return cap;
  }
  match(s) {
    return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 0) !== null;
  }
  /**
  * Matches the regular expression against input starting at position start and ending at position
  * end, with the given anchoring. Records the submatch boundaries in group, which is [start, end)
  * pairs of byte offsets. The number of boundaries needed is inferred from the size of the group
  * array. It is most efficient not to ask for submatch boundaries.
  *
  * @param input the input byte array
  * @param start the beginning position in the input
  * @param end the end position in the input
  * @param anchor the anchoring flag (UNANCHORED, ANCHOR_START, ANCHOR_BOTH)
  * @param group the array to fill with submatch positions
  * @param ngroup the number of array pairs to fill in
  * @param lbState optional state carried between successive matches over the same input (see
  *   createLookbehindState); omit it to evaluate lookbehinds from the beginning of the input
  * @returns true if a match was found
  */
  matchWithGroup(input, start, end, anchor, ngroup, lbState = null) {
    if (!(input instanceof MatcherInputBase)) {
      if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
      else input = MatcherInput.utf16(input);
    }
    return this.matchMachineInput(input, start, end, anchor, ngroup, lbState);
  }
  matchMachineInput(input, start, end, anchor, ngroup, lbState = null) {
    if (start > end) return [false, null];
    const machineInput = input.isUTF16Encoding() ? MachineInput.fromUTF16(input.asCharSequence(), 0, end) : MachineInput.fromUTF8(input.asBytes(), 0, end);
    const groupMatch = this.executeEngine(machineInput, start, anchor, 2 * ngroup, lbState);
    if (groupMatch === null) return [false, null];
    return [true, groupMatch];
  }
  /**
  * Returns true iff this regexp matches the UTF-8 byte array {@code b}.
  */
  matchUTF8(b) {
    return this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 0) !== null;
  }
  /**
  * Returns a copy of {@code src} in which all matches for this regexp have been replaced by
  * {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceAll(src, repl) {
    return this.replaceAllFunc(src, () => repl, 2 * src.length + 1);
  }
  /**
  * Returns a copy of {@code src} in which only the first match for this regexp has been replaced
  * by {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceFirst(src, repl) {
    return this.replaceAllFunc(src, () => repl, 1);
  }
  /**
  * Returns a copy of {@code src} in which at most {@code maxReplaces} matches for this regexp have
  * been replaced by the return value of of function {@code repl} (whose first argument is the
  * matched string). No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceAllFunc(src, replFunc, maxReplaces) {
    let lastMatchEnd = 0;
    let searchPos = 0;
    let out = "";
    const input = MachineInput.fromUTF16(src);
    const lbState = this.createLookbehindState();
    let numReplaces = 0;
    while (searchPos <= src.length) {
      const a = this.executeEngine(input, searchPos, RE2Flags.UNANCHORED, 2, lbState);
      if (a === null || a.length === 0) break;
      out += src.substring(lastMatchEnd, a[0]);
      if (a[1] > lastMatchEnd || a[0] === 0) {
        out += replFunc(src.substring(a[0], a[1]));
        numReplaces++;
      }
      lastMatchEnd = a[1];
      const width = input.step(searchPos) & 7;
      if (searchPos + width > a[1]) searchPos += width;
      else if (searchPos + 1 > a[1]) searchPos++;
      else searchPos = a[1];
      if (numReplaces >= maxReplaces) break;
    }
    out += src.substring(lastMatchEnd);
    return out;
  }
  pad(a) {
    if (a === null) return null;
    let n = (1 + this.numSubexp) * 2;
    if (a.length < n) {
      let a2 = new Array(n).fill(-1);
      for (let i = 0; i < a.length; i++) a2[i] = a[i];
      a = a2;
    }
    return a;
  }
  allMatches(input, n, deliverFun = (v) => v) {
    let result = [];
    const end = input.endPos();
    if (n < 0) n = end + 1;
    let pos = 0;
    let i = 0;
    let prevMatchEnd = -1;
    const lbState = this.createLookbehindState();
    while (i < n && pos <= end) {
      const matches = this.executeEngine(input, pos, RE2Flags.UNANCHORED, this.prog.numCap, lbState);
      if (matches === null || matches.length === 0) break;
      let accept = true;
      if (matches[1] === pos) {
        if (matches[0] === prevMatchEnd) accept = false;
        const r = input.step(pos);
        if (r < 0) pos = end + 1;
        else pos += r & 7;
      } else pos = matches[1];
      prevMatchEnd = matches[1];
      if (accept) {
        result.push(deliverFun(this.pad(matches)));
        i++;
      }
    }
    return result;
  }
  /**
  * Returns an array holding the text of the leftmost match in {@code b} of this regular
  * expression.
  *
  * A return value of null indicates no match.
  */
  findUTF8(b) {
    const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
    if (a === null) return null;
    return b.slice(a[0], a[1]);
  }
  /**
  * Returns a two-element array of integers defining the location of the leftmost match in
  * {@code b} of this regular expression. The match itself is at {@code b[loc[0]...loc[1]]}.
  *
  * A return value of null indicates no match.
  */
  findUTF8Index(b) {
    const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
    if (a === null) return null;
    return a.slice(0, 2);
  }
  /**
  * Returns a string holding the text of the leftmost match in {@code s} of this regular
  * expression.
  *
  * If there is no match, the return value is an empty string, but it will also be empty if the
  * regular expression successfully matches an empty string. Use {@link #findIndex} or
  * {@link #findSubmatch} if it is necessary to distinguish these cases.
  */
  find(s) {
    const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
    if (a === null) return "";
    return s.substring(a[0], a[1]);
  }
  /**
  * Returns a two-element array of integers defining the location of the leftmost match in
  * {@code s} of this regular expression. The match itself is at
  * {@code s.substring(loc[0], loc[1])}.
  *
  * A return value of null indicates no match.
  */
  findIndex(s) {
    return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
  }
  /**
  * Returns an array of arrays the text of the leftmost match of the regular expression in
  * {@code b} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findUTF8Submatch(b) {
    const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap);
    if (a === null) return null;
    const ret = new Array(1 + this.numSubexp).fill(null);
    for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = b.slice(a[2 * i], a[2 * i + 1]);
    return ret;
  }
  /**
  * Returns an array holding the index pairs identifying the leftmost match of this regular
  * expression in {@code b} and the matches, if any, of its subexpressions, as defined by the the
  * <a href='#submatch'>Submatch</a> and <a href='#index'>Index</a> descriptions above.
  *
  * A return value of null indicates no match.
  */
  findUTF8SubmatchIndex(b) {
    return this.pad(this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap));
  }
  /**
  * Returns an array of strings holding the text of the leftmost match of the regular expression in
  * {@code s} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findSubmatch(s) {
    const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap);
    if (a === null) return null;
    const ret = new Array(1 + this.numSubexp).fill(null);
    for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = s.substring(a[2 * i], a[2 * i + 1]);
    return ret;
  }
  /**
  * Returns an array holding the index pairs identifying the leftmost match of this regular
  * expression in {@code s} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findSubmatchIndex(s) {
    return this.pad(this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap));
  }
  /**
  * {@code findAllUTF8()} is the <a href='#all'>All</a> version of {@link #findUTF8}; it returns a
  * list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  *
  * TODO(adonovan): think about defining a byte slice view class, like a read-only Go slice backed
  * by |b|.
  */
  findAllUTF8(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => b.slice(match[0], match[1]));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllUTF8Index} is the <a href='#all'>All</a> version of {@link #findUTF8Index}; it
  * returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8Index(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => match.slice(0, 2));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAll} is the <a href='#all'>All</a> version of {@link #find}; it returns a list of up
  * to {@code n} successive matches of the expression, as defined by the <a href='#all'>All</a>
  * description above.
  *
  * A return value of null indicates no match.
  */
  findAll(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => s.substring(match[0], match[1]));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllIndex} is the <a href='#all'>All</a> version of {@link #findIndex}; it returns a
  * list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllIndex(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => match.slice(0, 2));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllUTF8Submatch} is the <a href='#all'>All</a> version of {@link #findUTF8Submatch};
  * it returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8Submatch(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => {
      let slice2 = new Array(match.length / 2 | 0).fill(null);
      for (let j = 0; j < slice2.length; j++) if (match[2 * j] >= 0) slice2[j] = b.slice(match[2 * j], match[2 * j + 1]);
      return slice2;
    });
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllUTF8SubmatchIndex} is the <a href='#all'>All</a> version of
  * {@link #findUTF8SubmatchIndex}; it returns a list of up to {@code n} successive matches of the
  * expression, as defined by the <a href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8SubmatchIndex(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n);
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllSubmatch} is the <a href='#all'>All</a> version of {@link #findSubmatch}; it
  * returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllSubmatch(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => {
      let slice2 = new Array(match.length / 2 | 0).fill(null);
      for (let j = 0; j < slice2.length; j++) if (match[2 * j] >= 0) slice2[j] = s.substring(match[2 * j], match[2 * j + 1]);
      return slice2;
    });
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllSubmatchIndex} is the <a href='#all'>All</a> version of
  * {@link #findSubmatchIndex}; it returns a list of up to {@code n} successive matches of the
  * expression, as defined by the <a href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllSubmatchIndex(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n);
    if (result.length === 0) return null;
    return result;
  }
};
var RE2Set = class RE2Set2 {
  /** @type {number} */
  static UNANCHORED = RE2Flags.UNANCHORED;
  /** @type {number} */
  static ANCHOR_START = RE2Flags.ANCHOR_START;
  /** @type {number} */
  static ANCHOR_BOTH = RE2Flags.ANCHOR_BOTH;
  /**
  * Constructs a new RE2Set with the specified anchor mode and flags.
  * @param {number} [anchor=RE2Set.UNANCHORED] - The anchoring mode (e.g., RE2Set.UNANCHORED).
  * @param {number} [flags=0] - The public flags to apply to all patterns in the set.
  * @param {number} [maxMem=8388608] - The maximum memory in bytes to use for the DFA (default 8MB).
  */
  constructor(anchor = RE2Set2.UNANCHORED, flags = 0, maxMem = 8388608) {
    if (![
      RE2Set2.UNANCHORED,
      RE2Set2.ANCHOR_START,
      RE2Set2.ANCHOR_BOTH
    ].includes(anchor)) throw new RE2JSFlagsException("The anchor should be RE2Set.UNANCHORED, RE2Set.ANCHOR_START or RE2Set.ANCHOR_BOTH");
    Utils.checkFlags(flags);
    this.anchor = anchor;
    this.jsFlags = flags;
    this.maxMem = maxMem;
    let re2Flags = RE2Flags.PERL;
    if ((flags & PublicFlags.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
    if ((flags & PublicFlags.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
    this.re2Flags = re2Flags;
    this.regexps = [];
    this.prog = null;
    this.dfa = null;
    this.dummyRe2 = null;
  }
  /**
  * Adds a new regular expression pattern to the set.
  * Patterns cannot be added after the set has been compiled.
  * @param {string} pattern - The regular expression pattern to add.
  * @returns {number} The integer index assigned to the added pattern.
  * @throws {RE2JSCompileException} If patterns are added after compilation.
  */
  add(pattern) {
    if (this.prog) throw new RE2JSCompileException("Cannot add patterns after compile");
    Utils.checkPattern(pattern);
    let fregex = pattern;
    if ((this.jsFlags & PublicFlags.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
    if ((this.jsFlags & PublicFlags.DOTALL) !== 0) fregex = `(?s)${fregex}`;
    if ((this.jsFlags & PublicFlags.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
    const re = Parser.parse(fregex, this.re2Flags);
    this.regexps.push(Simplify.simplify(re));
    return this.regexps.length - 1;
  }
  /**
  * Compiles the added patterns into a single state machine.
  * This is automatically called on the first match if not called explicitly.
  * @returns {void}
  */
  compile() {
    if (this.prog) return;
    const prog = Compiler.compileSet(this.regexps);
    if (prog.numInst() > Parser.MAX_SIZE) throw new RE2JSCompileException(`${Parser.ERR_LARGE}: the set compiles to ${prog.numInst()} instructions, more than ${Parser.MAX_SIZE}`);
    this.prog = prog;
    this.dfa = new DFA(this.prog, this.maxMem);
    this.dummyRe2 = {
      prog: this.prog,
      cond: this.prog.startCond(),
      prefix: "",
      prefixRune: 0,
      longest: false
    };
  }
  /**
  * Matches the input against the compiled set of regular expressions.
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to match against.
  * @returns {number[]} An array of indices representing the patterns that successfully matched the input.
  */
  match(input) {
    if (!this.prog) this.compile();
    const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
    let internalAnchor = RE2Flags.UNANCHORED;
    if (this.anchor === RE2Set2.ANCHOR_START) internalAnchor = RE2Flags.ANCHOR_START;
    else if (this.anchor === RE2Set2.ANCHOR_BOTH) internalAnchor = RE2Flags.ANCHOR_BOTH;
    const dfaResult = this.dfa.matchSet(machineInput, 0, internalAnchor);
    if (dfaResult !== null) return dfaResult;
    const machine = Machine.fromRE2(this.dummyRe2);
    machine.init(0);
    return machine.matchSet(machineInput, 0, internalAnchor);
  }
};
var TranslateRegExpString = class TranslateRegExpString2 {
  static isHexadecimal(ch) {
    return "0" <= ch && ch <= "9" || "A" <= ch && ch <= "F" || "a" <= ch && ch <= "f";
  }
  static translate(data) {
    let prefixFlags = "";
    if (Object.prototype.toString.call(data) === "[object RegExp]") {
      if (data.ignoreCase) prefixFlags += "i";
      if (data.multiline) prefixFlags += "m";
      if (data.dotAll) prefixFlags += "s";
      data = data.source;
    }
    if (typeof data !== "string") return data;
    let result = "";
    let changed = false;
    let size = data.length;
    if (size === 0) {
      result = "(?:)";
      changed = true;
    }
    let inCharClass = false;
    let i = 0;
    while (i < size) {
      let ch = data[i];
      if (ch === "\\") {
        if (i + 1 < size) {
          ch = data[i + 1];
          switch (ch) {
            case "\\":
              result += "\\\\";
              i += 2;
              continue;
            case "c":
              if (i + 2 < size) {
                let code = data[i + 2].charCodeAt(0);
                if (code >= 65 && code <= 90 || code >= 97 && code <= 122) {
                  let val = code % 32;
                  result += "\\x";
                  result += (val >> 4).toString(16).toUpperCase();
                  result += (val & 15).toString(16).toUpperCase();
                  i += 3;
                  changed = true;
                  continue;
                }
              }
              result += "c";
              i += 2;
              changed = true;
              continue;
            case "u":
              if (i + 2 < size) {
                if (data[i + 2] === "{") {
                  let j = i + 3;
                  let hasHex = false;
                  let closed = false;
                  while (j < size) {
                    const hexChar = data[j];
                    if (hexChar === "}") {
                      closed = true;
                      break;
                    }
                    if (!TranslateRegExpString2.isHexadecimal(hexChar)) break;
                    hasHex = true;
                    j++;
                  }
                  if (closed && hasHex) {
                    result += "\\x";
                    i += 2;
                    changed = true;
                    continue;
                  }
                } else if (i + 5 < size) {
                  let isHex4 = true;
                  for (let j = 0; j < 4; j++) if (!TranslateRegExpString2.isHexadecimal(data[i + 2 + j])) {
                    isHex4 = false;
                    break;
                  }
                  if (isHex4) {
                    result += "\\x{" + data.substring(i + 2, i + 6) + "}";
                    i += 6;
                    changed = true;
                    continue;
                  }
                }
              }
              result += "u";
              i += 2;
              changed = true;
              continue;
            case "x": {
              let isValidHex = false;
              if (i + 2 < size && data[i + 2] === "{") {
                let j = i + 3;
                let hasHex = false;
                let closed = false;
                while (j < size) {
                  const hexChar = data[j];
                  if (hexChar === "}") {
                    closed = true;
                    break;
                  }
                  if (!TranslateRegExpString2.isHexadecimal(hexChar)) break;
                  hasHex = true;
                  j++;
                }
                if (closed && hasHex) isValidHex = true;
              } else if (i + 3 < size && TranslateRegExpString2.isHexadecimal(data[i + 2]) && TranslateRegExpString2.isHexadecimal(data[i + 3])) isValidHex = true;
              if (isValidHex) {
                result += "\\x";
                i += 2;
              } else {
                result += "x";
                i += 2;
                changed = true;
              }
              continue;
            }
            case "n":
            case "r":
            case "t":
            case "a":
            case "f":
            case "v":
            case "d":
            case "D":
            case "s":
            case "S":
            case "w":
            case "W":
            case "b":
            case "B":
            case "p":
            case "P":
            case "A":
            case "z":
            case "Q":
            case "E":
            case "0":
            case "1":
            case "2":
            case "3":
            case "4":
            case "5":
            case "6":
            case "7":
              result += "\\" + ch;
              i += 2;
              continue;
            default: {
              let cp2 = data.codePointAt(i + 1);
              if (cp2 >= 48 && cp2 <= 57 || cp2 >= 65 && cp2 <= 90 || cp2 >= 97 && cp2 <= 122) {
                let symSize2 = Utils.charCount(cp2);
                result += data.substring(i + 1, i + 1 + symSize2);
                i += symSize2 + 1;
                changed = true;
              } else {
                result += "\\";
                let symSize2 = Utils.charCount(cp2);
                result += data.substring(i + 1, i + 1 + symSize2);
                i += symSize2 + 1;
              }
              continue;
            }
          }
        }
      } else if (ch === "/") {
        result += "\\/";
        i += 1;
        changed = true;
        continue;
      } else if (ch === "[") {
        if (!inCharClass && data[i + 1] === "]") {
          result += "[^\\x00-\\x{10FFFF}]";
          i += 2;
          changed = true;
          continue;
        }
        if (!inCharClass && data[i + 1] === "^" && data[i + 2] === "]") {
          result += "[\\x00-\\x{10FFFF}]";
          i += 3;
          changed = true;
          continue;
        }
        inCharClass = true;
      } else if (ch === "]") inCharClass = false;
      else if (!inCharClass && ch === "(" && i + 2 < size && data[i + 1] === "?" && data[i + 2] === "<") {
        if (i + 3 < size && !"=!>)".includes(data[i + 3])) {
          result += "(?P<";
          i += 3;
          changed = true;
          continue;
        }
      }
      let cp = data.codePointAt(i);
      let symSize = Utils.charCount(cp);
      result += data.substring(i, i + symSize);
      i += symSize;
    }
    const finalResult = changed ? result : data;
    if (prefixFlags.length > 0) return `(?${prefixFlags})${finalResult}`;
    return finalResult;
  }
};
var execResult = (m, input) => {
  const result = m.matchArray();
  result.index = m.start(0);
  result.input = input;
  result.groups = m.namedGroupsObject();
  return result;
};
var RE2JS = class RE2JS2 {
  /**
  * Flag: case insensitive matching.
  */
  static CASE_INSENSITIVE = PublicFlags.CASE_INSENSITIVE;
  /**
  * Flag: dot ({@code .}) matches all characters, including newline.
  */
  static DOTALL = PublicFlags.DOTALL;
  /**
  * Flag: multiline matching: {@code ^} and {@code $} match at beginning and end of line, not just
  * beginning and end of input.
  */
  static MULTILINE = PublicFlags.MULTILINE;
  /**
  * Flag: Unicode groups (e.g. {@code \p\ Greek\} ) will be syntax errors.
  */
  static DISABLE_UNICODE_GROUPS = PublicFlags.DISABLE_UNICODE_GROUPS;
  /**
  * Flag: matches longest possible string.
  */
  static LONGEST_MATCH = PublicFlags.LONGEST_MATCH;
  /**
  * Flag: enable linear-time captureless lookbehinds.
  */
  static LOOKBEHINDS = PublicFlags.LOOKBEHINDS;
  /**
  * Returns a literal pattern string for the specified string.
  *
  * This method produces a string that can be used to create a <code>RE2JS</code> that would
  * match the string <code>s</code> as if it were a literal pattern.
  *
  * Metacharacters or escape sequences in the input sequence will be given no special meaning.
  *
  * @param {string} str The string to be literalized
  * @returns {string} A literal string replacement
  */
  static quote(str3) {
    return Utils.quoteMeta(str3);
  }
  /**
  * Quotes '\' and '$' in {@code str}, so that the returned string could be used in
  * replacement methods as a literal replacement of {@code str}.
  *
  * This is a convenience delegation to {@link Matcher.quoteReplacement}.
  *
  * @param {string} str the string to be quoted
  * @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
  * @returns {string} the quoted string
  */
  static quoteReplacement(str3, javaMode = false) {
    return Matcher.quoteReplacement(str3, javaMode);
  }
  /**
  * Translates a given regular expression string to ensure compatibility with RE2JS.
  *
  * This function preprocesses the input regex string by applying necessary transformations,
  * such as escaping special characters (e.g., `/`), converting named capture groups to
  * RE2JS-compatible syntax, and handling Unicode sequences properly. It ensures that the
  * resulting regex is safe and properly formatted before compilation.
  *
  * @param {string|RegExp} expr - The regular expression string to be translated.
  * @returns {string} - The transformed regular expression string, ready for compilation.
  */
  static translateRegExp(expr) {
    return TranslateRegExpString.translate(expr);
  }
  /**
  * Helper: create new RE2JS with given regex and flags. Flregex is the regex with flags applied.
  * @param {string} regex
  * @param {number} [flags=0]
  * @returns {RE2JS}
  */
  static compile(regex, flags = 0) {
    Utils.checkPattern(regex);
    Utils.checkFlags(flags);
    let fregex = regex;
    if ((flags & RE2JS2.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
    if ((flags & RE2JS2.DOTALL) !== 0) fregex = `(?s)${fregex}`;
    if ((flags & RE2JS2.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
    let re2Flags = RE2Flags.PERL;
    if ((flags & RE2JS2.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
    if ((flags & RE2JS2.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
    const p = new RE2JS2(regex, flags);
    p.re2Input = RE2.compileImpl(fregex, re2Flags, (flags & RE2JS2.LONGEST_MATCH) !== 0);
    return p;
  }
  /**
  * Matches a string against a regular expression.
  *
  * @param {string} regex the regular expression
  * @param {string|number[]|Uint8Array} input the input
  * @returns {boolean} true if the regular expression matches the entire input
  * @throws RE2JSSyntaxException if the regular expression is malformed
  */
  static matches(regex, input) {
    return RE2JS2.compile(regex).testExact(input);
  }
  /**
  * This is visible for testing.
  * @private
  */
  static initTest(pattern, flags, re2) {
    if (pattern == null) throw new Error("pattern is null");
    if (re2 == null) throw new Error("re2 is null");
    const p = new RE2JS2(pattern, flags);
    p.re2Input = re2;
    return p;
  }
  /**
  *
  * @param {string} pattern
  * @param {number} flags
  */
  constructor(pattern, flags) {
    this.patternInput = pattern;
    this.flagsInput = flags;
    this.re2Input = null;
  }
  /**
  * Releases memory used by internal caches associated with this pattern. Does not change the
  * observable behaviour. Useful for tests that detect memory leaks via allocation tracking.
  */
  reset() {
    this.re2Input.reset();
  }
  /**
  * Returns the flags used in the constructor.
  * @returns {number}
  */
  flags() {
    return this.flagsInput;
  }
  /**
  * Returns the pattern used in the constructor.
  * @returns {string}
  */
  pattern() {
    return this.patternInput;
  }
  re2() {
    return this.re2Input;
  }
  /**
  * Matches a string against a regular expression.
  *
  * @param {string|number[]|Uint8Array} input the input
  * @returns {boolean} true if the regular expression matches the entire input
  */
  matches(input) {
    return this.testExact(input);
  }
  /**
  * Creates a new {@code Matcher} matching the pattern against the input.
  *
  * @param {string|number[]|Uint8Array|MatcherInputBase} input the input string
  * @returns {Matcher}
  */
  matcher(input) {
    if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
    return new Matcher(this, input);
  }
  /**
  * Tests whether the regular expression matches any part of the input string.
  * Performance Note: This method is highly optimized. Because it only returns
  * a boolean and does not extract capture groups, it bypasses the `Matcher` overhead
  * and guarantees execution on the high-speed DFA engine whenever possible.
  *
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
  * @returns {boolean} `true` if the pattern is found anywhere in the input, `false` otherwise.
  */
  test(input) {
    if (Utils.isByteArray(input)) return this.re2Input.matchUTF8(input);
    return this.re2Input.match(input);
  }
  /**
  * Tests whether the regular expression matches the ENTIRE input string.
  * * **Performance Note:** This operates identically to `.matches()`, but is significantly
  * faster because it does not request capture group data. By requesting 0 capture groups,
  * it securely routes execution through the DFA fast-path.
  *
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
  * @returns {boolean} `true` if the exact input string fully matches the pattern, `false` otherwise.
  */
  testExact(input) {
    const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
    return this.re2Input.executeEngine(machineInput, 0, RE2Flags.ANCHOR_BOTH, 0) !== null;
  }
  /**
  * Executes a search for a match in a specified string.
  * Returns a result array, or null if no match is found.
  * The returned array perfectly mirrors standard JavaScript `RegExpExecArray`,
  * including `.index`, `.input`, and `.groups` properties.
  *
  * @param {string|number[]|Uint8Array} input the input string or byte array
  * @returns {Array|null} the match array with index, input, and groups properties, or null
  */
  exec(input) {
    const m = this.matcher(input);
    return m.find() ? execResult(m, input) : null;
  }
  /**
  * Splits input around instances of the regular expression. It returns an array giving the strings
  * that occur before, between, and after instances of the regular expression.
  *
  * If {@code limit <= 0}, there is no limit on the size of the returned array. If
  * {@code limit == 0}, empty strings that would occur at the end of the array are omitted. If
  * {@code limit > 0}, at most limit strings are returned. The final string contains the remainder
  * of the input, possibly including additional matches of the pattern.
  *
  * @param {string} input the input string to be split
  * @param {number} [limit=0] the limit
  * @returns {string[]} the split strings
  */
  split(input, limit = 0) {
    const m = this.matcher(input);
    const result = [];
    let emptiesSkipped = 0;
    let last = 0;
    while (m.find()) {
      if (last === 0 && m.end() === 0) {
        last = m.end();
        continue;
      }
      if (limit > 0 && result.length === limit - 1) break;
      if (last === m.start()) {
        if (limit === 0) {
          emptiesSkipped += 1;
          last = m.end();
          continue;
        }
      } else while (emptiesSkipped > 0) {
        result.push("");
        emptiesSkipped -= 1;
      }
      result.push(m.substring(last, m.start()));
      last = m.end();
    }
    if (limit === 0 && last !== m.inputLength()) {
      while (emptiesSkipped > 0) {
        result.push("");
        emptiesSkipped -= 1;
      }
      result.push(m.substring(last, m.inputLength()));
    }
    if (limit !== 0 || result.length === 0 && !(last === m.inputLength() && last > 0)) result.push(m.substring(last, m.inputLength()));
    return result;
  }
  /**
  * Returns an iterator of all results matching a string against the regular expression,
  * including capturing groups.
  *
  * @param {string|number[]|Uint8Array} input the input string or byte array
  * @returns {IterableIterator<RegExpMatchArray>}
  */
  *matchAll(input) {
    const m = this.matcher(input);
    while (m.find()) yield execResult(m, input);
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    return this.patternInput;
  }
  /**
  * Returns the program size of this pattern.
  *
  * <p>
  * Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
  * "cost". Larger numbers are more expensive than smaller numbers.
  * </p>
  *
  * @returns {number} the program size of this pattern
  */
  programSize() {
    return this.re2Input.numberOfInstructions();
  }
  /**
  * Returns the number of capturing groups in this matcher's pattern. Group zero denotes the entire
  * pattern and is excluded from this count.
  *
  * @returns {number} the number of capturing groups in this pattern
  */
  groupCount() {
    return this.re2Input.numberOfCapturingGroups();
  }
  /**
  * Return a map of the capturing groups in this matcher's pattern, where key is the name and value
  * is the index of the group in the pattern.
  * @returns {Record<string, number>}
  */
  namedGroups() {
    return this.re2Input.namedGroups;
  }
  /**
  *
  * @param {*} other
  * @returns {boolean}
  */
  equals(other) {
    if (this === other) return true;
    if (other === null || this.constructor !== other.constructor) return false;
    return this.flagsInput === other.flagsInput && this.patternInput === other.patternInput;
  }
};

// src/resolve/terraform/eval/functions/regex.ts
var MAX_WORK = 5e7;
function compilePattern(pattern) {
  let re;
  try {
    re = RE2JS.compile(pattern);
  } catch (error) {
    if (error instanceof RE2JSException) check(false, `invalid regular expression pattern: ${error.message}`);
    throw error;
  }
  const names = new Map(Object.entries(re.namedGroups()).map(([name, index]) => [index, name]));
  return { re, names };
}
function matcherFor(pattern, s) {
  if (pattern.re.matcher("").programSize() * (s.length + 1) > MAX_WORK) throw new Unsupported("pattern and string too large to match within the budget");
  return pattern.re.matcher(s);
}
function matchValue(pattern, m) {
  const count = pattern.re.groupCount();
  check(pattern.names.size === 0 || pattern.names.size === count, "named and unnamed capture groups cannot be mixed");
  if (count === 0) return m.group(0);
  const groups = Array.from({ length: count }, (_, i) => m.group(i + 1));
  if (pattern.names.size === 0) return groups;
  return Object.fromEntries(groups.map((g, i) => [pattern.names.get(i + 1), g]));
}
function eachMatch(m, s, each) {
  let pos = 0;
  let previousEnd = -1;
  while (pos <= s.length && m.find(pos)) {
    const start = m.start();
    const end = m.end();
    if (end === pos) {
      pos += s.codePointAt(pos) > 65535 ? 2 : 1;
      if (start === previousEnd) {
        previousEnd = end;
        continue;
      }
    } else pos = end;
    previousEnd = end;
    each(m);
  }
}
function regexMatch(pattern, s) {
  const compiled = compilePattern(pattern);
  const m = matcherFor(compiled, s);
  check(m.find(), "pattern did not match any part of the string");
  return matchValue(compiled, m);
}
function regexAll(pattern, s) {
  const compiled = compilePattern(pattern);
  const out = [];
  eachMatch(matcherFor(compiled, s), s, (m) => out.push(matchValue(compiled, m)));
  return out;
}
function regexReplace(s, pattern, template) {
  const compiled = compilePattern(pattern);
  let out = "";
  let copied = 0;
  eachMatch(matcherFor(compiled, s), s, (m) => {
    out += s.slice(copied, m.start()) + expand(template, compiled, m);
    copied = m.end();
  });
  return out + s.slice(copied);
}
var NAME_CHAR = /[\p{L}\p{Nd}_]/u;
function expand(template, compiled, m) {
  let out = "";
  let i = 0;
  while (i < template.length) {
    const dollar = template.indexOf("$", i);
    if (dollar < 0) break;
    out += template.slice(i, dollar);
    i = dollar + 1;
    if (template[i] === "$") {
      out += "$";
      i++;
      continue;
    }
    const brace = template[i] === "{";
    let end = brace ? i + 1 : i;
    while (end < template.length && NAME_CHAR.test(template[end])) end++;
    const name = template.slice(brace ? i + 1 : i, end);
    if (name === "" || brace && template[end] !== "}") {
      out += "$";
      continue;
    }
    i = brace ? end + 1 : end;
    out += groupText(name, compiled, m);
  }
  return out + template.slice(i);
}
function groupText(name, compiled, m) {
  let index = -1;
  if (/^\d{1,8}$/.test(name)) index = Number(name);
  else for (const [n, groupName] of compiled.names) if (groupName === name) index = n;
  if (index < 0 || index > compiled.re.groupCount()) return "";
  return m.group(index) ?? "";
}

// src/resolve/terraform/eval/functions/strings.ts
var charger = (ctx, name) => (n) => ctx.scope.budget?.charge("characters", n, `${name}()`);
var strFn = (fn) => ({ arity: [1, 1], fn: ([s]) => fn(str(s)) });
function trimSet(s, cutset) {
  const set = new Set(graphemes(cutset));
  const chars = graphemes(s);
  let start = 0;
  let end = chars.length;
  while (start < end && set.has(chars[start])) start++;
  while (end > start && set.has(chars[end - 1])) end--;
  return chars.slice(start, end).join("");
}
function endWhile(s, test) {
  let end = s.length;
  while (end > 0 && test(s[end - 1])) end--;
  return end;
}
var isSpace = (c) => new RegExp("^\\p{White_Space}$", "u").test(c);
function trimSpace(s) {
  let start = 0;
  while (start < s.length && isSpace(s[start])) start++;
  return s.slice(start, Math.max(start, endWhile(s, isSpace)));
}
function replace(s, search, replacement) {
  if (search.length > 1 && search.startsWith("/") && search.endsWith("/")) return regexReplace(s, search.slice(1, -1), replacement);
  return s.split(search).join(replacement);
}
function title(s) {
  return s.replace(new RegExp("(^|[^\\p{L}\\p{N}_])(\\p{L})", "gu"), (_, before, letter) => before + letter.toUpperCase());
}
function substr(s, offsetArg, lengthArg) {
  const chars = graphemes(s);
  let offset = int(offsetArg, "offset");
  const length2 = int(lengthArg, "length");
  if (offset < 0) offset = Math.max(0, chars.length + offset);
  check(offset <= chars.length, "offset is out of range");
  return chars.slice(offset, length2 < 0 ? void 0 : offset + length2).join("");
}
var STRING_FUNCTIONS = {
  format: { arity: [1], fn: ([f, ...rest], ctx) => formatString(str(f, "format"), rest, charger(ctx, "format")) },
  formatlist: { arity: [1], fn: ([f, ...rest], ctx) => formatList(str(f, "format"), rest, charger(ctx, "formatlist")) },
  join: { arity: [2], fn: ([sep, ...lists]) => lists.flatMap((l) => list(l, "list").map((v) => str(v, "element"))).join(str(sep)) },
  split: { arity: [2, 2], fn: ([sep, s]) => str(s).split(str(sep)) },
  replace: { arity: [3, 3], fn: ([s, search, r]) => replace(str(s), str(search), str(r)) },
  lower: strFn((s) => s.toLowerCase()),
  upper: strFn((s) => s.toUpperCase()),
  title: strFn(title),
  chomp: strFn((s) => s.slice(0, endWhile(s, (c) => c === "\n" || c === "\r"))),
  strrev: strFn((s) => graphemes(s).reverse().join("")),
  trimspace: strFn(trimSpace),
  trimprefix: { arity: [2, 2], fn: ([s, p]) => str(s).startsWith(str(p)) ? str(s).slice(str(p).length) : str(s) },
  trimsuffix: { arity: [2, 2], fn: ([s, p]) => str(p) !== "" && str(s).endsWith(str(p)) ? str(s).slice(0, -str(p).length) : str(s) },
  trim: { arity: [2, 2], fn: ([s, cut]) => trimSet(str(s), str(cut)) },
  startswith: { arity: [2, 2], fn: ([s, p]) => str(s).startsWith(str(p)) },
  endswith: { arity: [2, 2], fn: ([s, p]) => str(s).endsWith(str(p)) },
  substr: { arity: [3, 3], fn: ([s, o, l]) => substr(str(s), o, l) },
  indent: { arity: [2, 2], fn: ([n, s]) => str(s).replace(/\n/g, `
${" ".repeat(int(n))}`) },
  regex: { arity: [2, 2], fn: ([p, s]) => regexMatch(str(p), str(s)) },
  regexall: { arity: [2, 2], fn: ([p, s]) => regexAll(str(p), str(s)) },
  strcontains: { arity: [2, 2], fn: ([s, sub]) => str(s).includes(str(sub)) }
};
function formatList(format, args, charge) {
  const lengths = args.filter(Array.isArray).map((a) => a.length);
  if (lengths.some((n2) => n2 !== lengths[0])) return failure("formatlist(): list arguments have different lengths");
  const n = lengths[0] ?? 1;
  return Array.from({ length: n }, (_, i) => formatString(format, args.map((a) => Array.isArray(a) ? a[i] : a), charge));
}

// src/resolve/terraform/budget.ts
var LIMITS = {
  /**
   * Resource, module and dynamic-block instances from `count` / `for_each`, all blocks together.
   * 10,000: 100,000 instances of one block took 24 s and 740 MB (the wasm policy's allocator is
   * super-linear past ~20,000 resources in one scope) and a report of hundreds of megabytes.
   */
  instances: 1e4,
  /** List, tuple, map and object elements built (a value shared twice counts twice). */
  elements: 1e6,
  /** Characters built by templates and string functions (32 Mi UTF-16 code units: 64 MB). */
  characters: 32 * 1024 * 1024,
  /**
   * Expressions evaluated inside one another, references between locals and module outputs
   * included; also the deepest value measured (the scan-wide nesting limit). Each level costs
   * about ten stack frames. The parser stops reading expressions and blocks at half this depth.
   */
  depth: MAX_NESTING_DEPTH,
  /**
   * What may be spent in all, refunds included, as a multiple of each meter: an evaluation cut
   * off is refunded so the resources after it are still evaluated, but each cut costs up to a
   * whole meter of work, so a file of many bombs is bounded here (past it, everything is unknown).
   */
  spendable: 3
};
var LimitExceeded = class extends Error {
  constructor(message, range2) {
    super(message);
    this.range = range2;
  }
  range;
};
var SIZES = /* @__PURE__ */ new WeakMap();
function sizeOf(value, depth = 0) {
  if (typeof value === "string") return { elements: 1, characters: value.length };
  if (typeof value !== "object" || value === null) return { elements: 1, characters: 0 };
  const known = SIZES.get(value);
  if (known !== void 0) return known;
  if (depth >= LIMITS.depth) throw new LimitExceeded(`a value nested more than ${LIMITS.depth} levels deep`);
  const size = { elements: 1, characters: 0 };
  for (const child2 of Array.isArray(value) ? value : Object.values(value)) {
    size.elements += 1;
    if (typeof child2 === "string") size.characters += child2.length;
    if (typeof child2 !== "object" || child2 === null) continue;
    const inner = sizeOf(child2, depth + 1);
    size.elements += inner.elements - 1;
    size.characters += inner.characters;
  }
  SIZES.set(value, size);
  return size;
}
var Budget = class {
  constructor(report = () => void 0) {
    this.report = report;
  }
  report;
  used = { instances: 0, elements: 0, characters: 0 };
  /** Never refunded: bounds the work of evaluations that were cut off and given back. */
  spent = { instances: 0, elements: 0, characters: 0 };
  /** Expressions currently being evaluated inside one another. */
  depth = 0;
  failed = /* @__PURE__ */ new WeakSet();
  expansions = /* @__PURE__ */ new WeakMap();
  /** Takes `n` from a meter, or throws `LimitExceeded` (taking nothing) when that would go over it. */
  charge(meter, n, what, at) {
    if (this.used[meter] + n <= LIMITS[meter] && this.spent[meter] + n <= LIMITS.spendable * LIMITS[meter]) {
      this.used[meter] += n;
      this.spent[meter] += n;
      return;
    }
    if (this.used[meter] + n > LIMITS[meter]) {
      throw new LimitExceeded(`${what} would take ${describe2(meter, n)} (${describe2(meter, LIMITS[meter] - this.used[meter])} left of ${describe2(meter, LIMITS[meter])} per root module)`, at?.range);
    }
    throw new LimitExceeded(`${what}: the evaluation budget of this root module is spent (${LIMITS.spendable}x ${describe2(meter, LIMITS[meter])}, evaluations cut off before included)`, at?.range);
  }
  /**
   * Whether `n` instances of a block fit, checked before they are built; over the budget it reports
   * once, at `at` (the count or for_each). Charged once per block and module instance (`scope`),
   * however often the expansion is asked for (references to the resource ask again).
   */
  instancesFit(block, scope, n, what, at) {
    let byScope = this.expansions.get(block);
    if (byScope === void 0) this.expansions.set(block, byScope = /* @__PURE__ */ new WeakMap());
    const known = byScope.get(scope);
    if (known !== void 0) return known;
    let fits = true;
    try {
      this.charge("instances", n, what, at);
    } catch (error) {
      if (!(error instanceof LimitExceeded)) throw error;
      this.exceeded(error.message, at.range);
      fits = false;
    }
    byScope.set(scope, fits);
    return fits;
  }
  /** Charges the elements and characters of a value just built; returns it. */
  chargeValue(value, what, at) {
    const size = sizeOf(value);
    if (size.elements > 1) this.charge("elements", size.elements, what, at);
    if (size.characters > 0) this.charge("characters", size.characters, what, at);
    return value;
  }
  /** A LIMIT_EXCEEDED diagnostic and the unknown standing for what was not evaluated. */
  exceeded(message, range2) {
    this.report({ code: "LIMIT_EXCEEDED", level: "warning", message: `${message}: the value is unknown and what depends on it is not checked`, range: range2 });
    return unknownValue(`not evaluated: ${message}`);
  }
  /**
   * Runs one evaluation as a unit: over the budget (or out of an engine limit: stack, string or
   * array length), it is given back what it used and its value is unknown, reported once.
   */
  isolate(at, run) {
    if (this.failed.has(at)) return unknownValue("not evaluated: over the evaluation budget (reported at its first use)");
    const before = { ...this.used };
    try {
      return run();
    } catch (error) {
      if (!(error instanceof LimitExceeded) && !(error instanceof RangeError)) throw error;
      this.used = before;
      this.failed.add(at);
      const range2 = error instanceof LimitExceeded && error.range !== void 0 ? error.range : at.range;
      return this.exceeded(error instanceof LimitExceeded ? error.message : `an engine limit was reached (${error.message})`, range2);
    }
  }
};
function describe2(meter, n) {
  return `${n.toLocaleString("en-US")} ${meter}`;
}

// src/resolve/terraform/eval/functions/costs.ts
var length = (v) => typeof v === "string" || Array.isArray(v) ? v.length : 0;
var sum = (values) => values.reduce((n, v) => n + length(v), 0);
function occurrences(s, search) {
  if (search === "") return s.length + 1;
  let n = 0;
  for (let at = s.indexOf(search); at >= 0; at = s.indexOf(search, at + search.length)) n += 1;
  return n;
}
function replaceCost([s, search, replacement]) {
  if (typeof s !== "string" || typeof search !== "string" || typeof replacement !== "string") return {};
  const regex = search.length > 1 && search.startsWith("/") && search.endsWith("/");
  return { characters: s.length + (regex ? s.length + 1 : occurrences(s, search)) * replacement.length };
}
function indentCost([n, s]) {
  if (typeof n !== "number" || typeof s !== "string") return {};
  return { characters: s.length + occurrences(s, "\n") * Math.max(n, 0) };
}
var COSTS = {
  join: ([sep, ...lists]) => ({
    characters: lists.reduce((n, l) => n + (Array.isArray(l) ? sum(l) + l.length * length(sep) : 0), 0)
  }),
  concat: (args) => ({ elements: sum(args) }),
  split: ([sep, s]) => typeof sep === "string" && typeof s === "string" ? { elements: occurrences(s, sep) + 1 } : {},
  flatten: ([l]) => ({ elements: sizeOf(l).elements }),
  replace: replaceCost,
  indent: indentCost,
  // the grapheme arrays these split a string into
  strrev: ([s]) => ({ elements: length(s) }),
  substr: ([s]) => ({ elements: length(s) }),
  trim: ([s]) => ({ elements: length(s) })
  // the %v and %s of format / formatlist are charged as they are written (see format.ts)
};

// src/resolve/terraform/eval/functions/index.ts
var FUNCTIONS = new Map(
  Object.entries({ ...COLLECTION_FUNCTIONS, ...ENCODING_FUNCTIONS, ...FILE_FUNCTIONS, ...NETWORK_FUNCTIONS, ...NUMERIC_FUNCTIONS, ...SET_FUNCTIONS, ...STRING_FUNCTIONS, ...TYPE_FUNCTIONS })
);
var IMPURE = /* @__PURE__ */ new Set(["timestamp", "uuid", "uuidv5", "bcrypt", "plantimestamp", "abspath", "pathexpand", "shell", "rsadecrypt"]);
var SAME_VALUE = /* @__PURE__ */ new Set(["one", "element", "coalesce", "tostring", "nonsensitive"]);
function tryArgs(args, scope, evaluate2) {
  let last = unknown("try() has no arguments");
  for (const arg of args) {
    const value = evaluate2(arg, scope);
    if (containsFailure(value)) {
      last = firstUnknown(value);
      continue;
    }
    return containsUnknown(value) ? unknown(`try(): ${arg.text} is unknown, so whether it fails is unknown`, originOf(value)) : value;
  }
  return last;
}
function canArg(arg, scope, evaluate2) {
  if (arg === void 0) return unknown("can() needs one argument");
  const value = evaluate2(arg, scope);
  if (containsFailure(value)) return false;
  return containsUnknown(value) ? unknown(`can(): ${arg.text} is unknown`) : true;
}
function argumentValues(expr, scope, evaluate2) {
  const values = expr.args.map((a) => evaluate2(a, scope));
  if (!expr.expandLast) return values;
  const last = values.pop();
  if (Array.isArray(last)) return [...values, ...last];
  return { spreadFailed: isUnknown(last) ? last : unknown(`${expr.name}(...): the expanded argument is not a list`) };
}
function callFunction(expr, scope, evaluate2) {
  const name = expr.name.replace(/^provider::[^:]+::/, "");
  if (name === "try") return tryArgs(expr.args, scope, evaluate2);
  if (name === "can") return canArg(expr.args[0], scope, evaluate2);
  if (IMPURE.has(name)) return unknown(`${name}() depends on when and where Terraform runs`);
  const spec = FUNCTIONS.get(name);
  if (spec === void 0) return unknown(`${name}() is not evaluated by posture-gate`);
  const raw = argumentValues(expr, scope, evaluate2);
  if (!Array.isArray(raw)) return raw.spreadFailed;
  if (name === "sensitive") return sensitive(raw[0]);
  const unmarked = raw.map(unmark);
  const marked = unmarked.some((a) => a.sensitive);
  const args = unmarked.map((a) => a.value);
  const result = charged(expr, name, () => SAME_VALUE.has(name) ? invoke(name, spec, args, { scope, evaluate: evaluate2 }) : derived(invoke(name, spec, args, { scope, evaluate: evaluate2 })), args, scope);
  return marked && name !== "nonsensitive" ? sensitive(result) : result;
}
function charged(expr, name, run, args, scope) {
  const budget = scope.budget;
  if (budget === void 0) return run();
  try {
    const cost = COSTS[name]?.(args) ?? {};
    if (cost.elements !== void 0) budget.charge("elements", cost.elements, `${name}()`, expr);
    if (cost.characters !== void 0) budget.charge("characters", cost.characters, `${name}()`, expr);
    return budget.chargeValue(run(), `${name}()`, expr);
  } catch (error) {
    if (error instanceof LimitExceeded) error.range ??= expr.range;
    throw error;
  }
}
function invoke(name, spec, args, ctx) {
  const [min, max] = spec.arity;
  if (args.length < min || max !== void 0 && args.length > max) return failure(`${name}() takes ${describeArity(min, max)} arguments, not ${args.length}`);
  const blocking = spec.known === "none" ? void 0 : spec.known === "shallow" ? args.find(isUnknown) : args.find(containsUnknown);
  if (blocking !== void 0) {
    if (isFailure(firstUnknown(blocking))) return firstUnknown(blocking);
    const same2 = SAME_VALUE.has(name) && blocking === args[0] ? originOf(blocking) : void 0;
    return unknown(`${name}(): ${firstUnknown(blocking)?.reason ?? "an argument is unknown"}`, same2);
  }
  try {
    return spec.fn(args, ctx);
  } catch (error) {
    if (error instanceof LimitExceeded) throw error;
    if (error instanceof RangeError) throw new LimitExceeded(`${name}(): ${error.message}`);
    if (error instanceof Unsupported) return unknown(`${name}(): ${error.message}`);
    return failure(`${name}(): ${error instanceof Error ? error.message : String(error)}`);
  }
}
function describeArity(min, max) {
  if (max === void 0) return `at least ${min}`;
  return min === max ? String(min) : `${min} to ${max}`;
}

// src/resolve/terraform/eval/operators.ts
function arithmetic(op, a, b) {
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return b === 0 ? failure("division by zero") : a / b;
    case "%":
      return b === 0 ? failure("modulo by zero") : a % b;
    case "<":
      return a < b;
    case "<=":
      return a <= b;
    case ">":
      return a > b;
    default:
      return a >= b;
  }
}
function logical(op, left, right) {
  const a = asBool2(left, `left of ${op}`);
  const b = asBool2(right, `right of ${op}`);
  if (isUnknown(a) || isUnknown(b)) return isUnknown(a) ? a : b;
  return op === "&&" ? a === true && b === true : a === true || b === true;
}
function compute(op, left, right) {
  if (op === "&&" || op === "||") return logical(op, left, right);
  if (containsUnknown(left) || containsUnknown(right)) return firstUnknown(left) ?? firstUnknown(right);
  if (op === "==" || op === "!=") return equal(left, right) === (op === "==");
  const a = asNumber2(left, `left of ${op}`);
  const b = asNumber2(right, `right of ${op}`);
  if (isUnknown(a) || isUnknown(b)) return isUnknown(a) ? a : b;
  return arithmetic(op, a, b);
}
function binary(op, left, right) {
  const l = unmark(left);
  const r = unmark(right);
  const result = derived(compute(op, l.value, r.value));
  return l.sensitive || r.sensitive ? sensitive(result) : result;
}
function unary(op, operand) {
  const { value, sensitive: marked } = unmark(operand);
  const converted = op === "!" ? asBool2(value, "operand of !") : asNumber2(value, "operand of -");
  const result = isUnknown(converted) ? derived(converted) : op === "!" ? !converted : -converted;
  return marked ? sensitive(result) : result;
}

// src/resolve/terraform/eval/template.ts
function render(parts, scope, evaluate2, marks) {
  let out = "";
  for (const part of parts) {
    const piece = part.kind === "template-if" ? renderIf(part, scope, evaluate2, marks) : part.kind === "template-for" ? renderFor(part, scope, evaluate2, marks) : evaluate2(part, scope);
    const { value, sensitive: marked } = unmark(piece);
    marks.sensitive ||= marked;
    const text2 = value === null ? failure(`${part.text}: null cannot be interpolated`) : asString2(value, `\${${part.text}}`);
    if (typeof text2 !== "string") return text2;
    scope.budget?.charge("characters", text2.length, "this template", part);
    out += text2;
  }
  return out;
}
function renderIf(part, scope, evaluate2, marks) {
  const { value, sensitive: marked } = unmark(evaluate2(part.condition, scope));
  marks.sensitive ||= marked;
  const condition = asBool2(value, "%{if} condition");
  if (isUnknown(condition)) return condition;
  return render(condition === true ? part.then : part.else, scope, evaluate2, marks);
}
function renderFor(part, scope, evaluate2, marks) {
  const pairs = iterate(evaluate2(part.collection, scope), part.text);
  if (!Array.isArray(pairs)) return pairs;
  let out = "";
  for (const [k, v] of pairs) {
    const text2 = render(part.body, withBindings(scope, loopBindings(part.keyVar, part.valueVar, k, v)), evaluate2, marks);
    if (typeof text2 !== "string") return text2;
    scope.budget?.charge("characters", text2.length, "this template", part);
    out += text2;
  }
  return out;
}
function evaluateTemplate(parts, scope, evaluate2) {
  const [only] = parts;
  if (parts.length === 1 && only.kind !== "literal" && only.kind !== "template-if" && only.kind !== "template-for") return evaluate2(only, scope);
  const marks = { sensitive: false };
  const result = derived(render(parts, scope, evaluate2, marks));
  return marks.sensitive ? sensitive(result) : result;
}

// src/resolve/terraform/eval/traverse.ts
var stepText = (key3) => typeof key3 === "string" && /^[A-Za-z_][\w-]*$/.test(key3) ? `.${key3}` : `[${JSON.stringify(key3)}]`;
function stepInto(value, key3, text2, indexed = false) {
  if (isUnknown(value)) return isUnknown(key3) ? derived(value) : stepOrigin(value, indexed ? `[${JSON.stringify(key3)}]` : stepText(key3));
  if (isSensitive(value)) return sensitive(stepInto(value.value, key3, text2, indexed));
  if (isUnknown(key3)) return derived(key3);
  if (isSensitive(key3)) return sensitive(stepInto(value, key3.value, text2, indexed));
  if (Array.isArray(value)) {
    const n = asNumber2(key3);
    if (typeof n !== "number" || !Number.isInteger(n)) return failure(`${text2}: a list index must be a whole number`);
    return n >= 0 && n < value.length ? value[n] : failure(`${text2}: index ${n} is out of range`);
  }
  if (isRecord(value) && (typeof key3 === "string" || typeof key3 === "number" || typeof key3 === "boolean")) {
    const name = String(key3);
    if (Object.hasOwn(value, name)) return value[name];
    const address = resourceAddress(value);
    if (address !== void 0) return unknown(`${address}${stepText(name)} is only known after apply`, [`${address}${stepText(name)}`]);
    return failure(`${text2}: no attribute or key "${name}"`);
  }
  return failure(`${text2}: cannot index a ${typeName(value)}`);
}
function applySteps(start, steps, index, text2) {
  let value = start;
  for (const s of steps) {
    if ("attr" in s) value = stepInto(value, s.attr, text2);
    else if ("index" in s) value = stepInto(value, index(s), text2, true);
    else value = splat(value, s.steps, index, text2);
  }
  return value;
}
function splat(value, steps, index, text2) {
  if (isUnknown(value)) return applySteps(stepOrigin(value, "[*]"), steps, index, text2);
  if (isSensitive(value)) return sensitive(splat(value.value, steps, index, text2));
  const items = value === null ? [] : Array.isArray(value) ? value : [value];
  return items.map((item) => applySteps(item, steps, index, text2));
}

// src/resolve/terraform/eval/evaluate.ts
var ROOT_REASONS = {
  data: "is read from a data source",
  self: "is only known after apply",
  terraform: "depends on the workspace selected when Terraform runs"
};
function rootValue(expr, scope) {
  const first = expr.steps[0];
  const name = first !== void 0 && "attr" in first ? first.attr : void 0;
  if (Object.hasOwn(scope.bindings, expr.root)) return { value: scope.bindings[expr.root], used: 0 };
  const named = (map2, missing) => ({
    value: map2?.has(name ?? "") ? map2.get(name ?? "") : unknown(`${expr.root}.${name ?? ""} ${missing}`),
    used: 1
  });
  if (name !== void 0) {
    if (expr.root === "var") return named(scope.vars, "is not declared");
    if (expr.root === "local") return named(scope.locals, "is not resolved");
    if (expr.root === "module") return named(scope.modules, "is not a resolved module call");
    if (expr.root === "path" && scope.path !== void 0 && (name === "module" || name === "root")) return { value: scope.path[name], used: 1 };
  }
  const configured = ROOT_REASONS[expr.root] === void 0 ? scope.resources?.resolve(expr.root, expr.steps, (e) => evaluate(e, scope)) : void 0;
  if (configured !== void 0) return configured;
  const why = ROOT_REASONS[expr.root] ?? (expr.root === "path" ? "is the machine-specific working directory" : "is only known after apply");
  return { value: unknown(`${expr.text} ${why}`), used: expr.steps.length };
}
function conditional(expr, scope) {
  const { value, sensitive: marked } = unmark(evaluate(expr.condition, scope));
  const condition = asBool2(value, "condition");
  const then = evaluate(expr.then, scope);
  const otherwise = evaluate(expr.else, scope);
  let result;
  if (!isUnknown(condition)) result = unifyBranch(condition === true ? then : otherwise, condition === true ? otherwise : then);
  else if (!containsUnknown(then) && equal(then, otherwise)) result = then;
  else result = unknown(`${expr.text}: the condition is unknown (${condition.reason ?? ""})`, eitherOrigin(then, otherwise));
  return marked ? sensitive(result) : result;
}
function eitherOrigin(then, otherwise) {
  const [a, b] = [originOf(then), originOf(otherwise)];
  if (a === void 0 || b === void 0 || isFailure(then) || isFailure(otherwise)) return void 0;
  return [...a, ...b];
}
function unifyBranch(chosen, other) {
  const a = typeof unmark(chosen).value;
  const b = typeof unmark(other).value;
  const primitive2 = (t) => t === "string" || t === "number" || t === "boolean";
  if (other === null || isUnknown(other) || !primitive2(a) || !primitive2(b) || a === b) return chosen;
  if (a !== "string" && b !== "string") return failure("the branches of the conditional have no common type");
  return a === "string" ? chosen : unmark(chosen).sensitive ? sensitive(asString2(unmark(chosen).value)) : asString2(chosen);
}
function object(expr, scope) {
  const out = {};
  for (const item of expr.items) {
    const key3 = asString2(unmark(evaluate(item.key, scope)).value, "object key");
    if (typeof key3 !== "string") return isUnknown(key3) ? key3 : unknown(`${expr.text}: a key is not a string`);
    out[key3] = evaluate(item.value, scope);
  }
  return out;
}
function evaluate(expr, scope) {
  if (scope.budget === void 0) return evaluate(expr, { ...scope, budget: new Budget() });
  return scope.budget.depth === 0 ? evaluateIsolated(expr, scope) : nested(expr, scope);
}
function evaluateIsolated(expr, scope) {
  if (scope.budget === void 0) return evaluate(expr, scope);
  const budget = scope.budget;
  return budget.isolate(expr, () => budget.chargeValue(nested(expr, scope), "this value", expr));
}
function splatCharged(expr, scope, value) {
  return expr.steps.some((s) => "splat" in s) ? scope.budget.chargeValue(value, "this splat", expr) : value;
}
function nested(expr, scope) {
  const budget = scope.budget;
  if (budget.depth >= LIMITS.depth) return budget.exceeded(`expressions or references nested more than ${LIMITS.depth} deep`, expr.range);
  budget.depth += 1;
  try {
    return evaluateNode(expr, scope);
  } finally {
    budget.depth -= 1;
  }
}
function evaluateNode(expr, scope) {
  const index = (s) => evaluate(s.index, scope);
  switch (expr.kind) {
    case "literal":
      return expr.value;
    case "template":
      return evaluateTemplate(expr.parts, scope, evaluate);
    case "traversal": {
      const { value, used } = rootValue(expr, scope);
      return splatCharged(expr, scope, applySteps(value, expr.steps.slice(used), index, expr.text));
    }
    case "access":
      return splatCharged(expr, scope, applySteps(evaluate(expr.target, scope), expr.steps, index, expr.text));
    case "tuple":
      return scope.budget.chargeValue(expr.items.map((item) => evaluate(item, scope)), "this list", expr);
    case "object":
      return scope.budget.chargeValue(object(expr, scope), "this object", expr);
    case "call":
      return callFunction(expr, scope, evaluate);
    case "conditional":
      return conditional(expr, scope);
    case "binary":
      return binary(expr.operator, evaluate(expr.left, scope), evaluate(expr.right, scope));
    case "unary":
      return unary(expr.operator, evaluate(expr.operand, scope));
    case "for":
      return evaluateFor(expr, scope, evaluate);
    case "template-if":
    case "template-for":
      return evaluateTemplate([expr], scope, evaluate);
    default:
      return unknown(`${expr.nodeType.replace(/_/g, " ")} cannot be evaluated`);
  }
}

// src/resolve/terraform/fields.ts
function field(value, range2, expr) {
  return { value, range: range2, rangeAt: (path) => expr ? locateInExpr(expr, path) : range2 };
}
var Fields = class _Fields {
  constructor(range2, attrs, nested2) {
    this.range = range2;
    this.attrs = attrs;
    this.nested = nested2;
  }
  range;
  attrs;
  nested;
  static fromBody(body, scope, range2 = body.range) {
    const attrs = /* @__PURE__ */ new Map();
    for (const [name, a] of Object.entries(body.attributes)) attrs.set(name, field(maskSensitive(evaluate(a.expr, scope)), a.range, a.expr));
    const nested2 = /* @__PURE__ */ new Map();
    const add = (name, items) => void (nested2.get(name) ?? nested2.set(name, []).get(name)).push(...items);
    for (const block of body.blocks) {
      if (block.type === "dynamic" && block.labels[0] !== void 0) add(block.labels[0], expandDynamic(block.labels[0], block.body, scope, block.range));
      else add(block.type, [_Fields.fromBody(block.body, scope, block.range)]);
    }
    for (const [name, a] of Object.entries(body.attributes)) {
      if (!nested2.has(name)) nested2.set(name, objectsOf(a.expr, attrs.get(name), scope));
    }
    return new _Fields(range2, attrs, nested2);
  }
  static fromValue(value, range2) {
    const attrs = new Map(Object.entries(value).map(([k, v]) => [k, field(v, range2)]));
    return new _Fields(range2, attrs, /* @__PURE__ */ new Map());
  }
  get(name) {
    return this.attrs.get(name);
  }
  blocks(name) {
    return this.nested.get(name) ?? [];
  }
  /** The block's resolved values; nested blocks as lists of objects, as Terraform's JSON shows them. */
  raw() {
    const out = {};
    for (const [name, f] of this.attrs) out[name] = f.value;
    for (const [name, items] of this.nested) if (!this.attrs.has(name)) out[name] = items.map((i) => i.raw());
    return out;
  }
  /** Records the range of every attribute and nested block under `prefix`. */
  recordProvenance(prefix, provenance) {
    provenance.set(pathKey(prefix), this.range);
    for (const [name, f] of this.attrs) provenance.set(pathKey([...prefix, name]), f.range);
    for (const [name, items] of this.nested) {
      if (!this.attrs.has(name)) items.forEach((item, i) => item.recordProvenance([...prefix, name, i], provenance));
    }
  }
};
function expandDynamic(name, body, scope, range2) {
  const content = body.blocks.find((b) => b.type === "content");
  if (content === void 0) return [];
  const iteratorAttr = body.attributes.iterator?.expr;
  const iterator = iteratorAttr?.kind === "traversal" ? iteratorAttr.root : name;
  const forEach = body.attributes.for_each ? evaluate(body.attributes.for_each.expr, scope) : unknownValue("dynamic block without for_each");
  const bind = (key3, value) => Fields.fromBody(content.body, withBindings(scope, { [iterator]: { key: key3, value } }), range2);
  const entries = iterate(forEach, `dynamic "${name}"`);
  const at = body.attributes.for_each;
  const fits = !Array.isArray(entries) || at === void 0 || (scope.budget?.instancesFit(body, scope.bindings, entries.length, `${entries.length.toLocaleString("en-US")} "${name}" blocks`, at) ?? true);
  if (!Array.isArray(entries) || !fits) {
    const unknown2 = unknownValue(fits ? `for_each of dynamic "${name}" is unknown` : `dynamic "${name}" is over the instance budget`);
    return [bind(unknown2, unknown2)];
  }
  return entries.map(([k, v]) => bind(k, v));
}
function objectsOf(expr, resolved, scope) {
  const values = Array.isArray(resolved.value) ? resolved.value : [resolved.value];
  const items = expr.kind === "tuple" ? expr.items : values.map(() => expr);
  return items.flatMap((item, i) => {
    if (item.kind === "object") {
      const attributes = Object.fromEntries(
        item.items.filter((o) => o.key.kind === "literal").map((o) => [String(o.key.value), { name: "", expr: o.value, range: o.range }])
      );
      return [Fields.fromBody({ attributes, blocks: [], range: item.range }, scope)];
    }
    const value = values[i];
    const isRecord2 = value !== null && typeof value === "object" && !Array.isArray(value) && !isUnknown(value);
    return isRecord2 ? [Fields.fromValue(value, item.range)] : [];
  });
}

// src/resolve/terraform/links.ts
function referencedId(expr, scope, parentType, attrs) {
  if (expr?.kind === "template" && expr.parts.length === 1) return referencedId(expr.parts[0], scope, parentType, attrs);
  if (expr?.kind !== "traversal" || expr.root !== parentType) return void 0;
  const [nameStep, second, third] = expr.steps;
  if (nameStep === void 0 || !("attr" in nameStep)) return void 0;
  const address = `${scope.module ?? ""}${parentType}.${nameStep.attr}`;
  if (second !== void 0 && "attr" in second) return attrs.includes(second.attr) ? address : void 0;
  if (second === void 0 || !("index" in second) || third === void 0 || !("attr" in third) || !attrs.includes(third.attr)) return void 0;
  const index = evaluate(second.index, scope);
  return typeof index === "string" || typeof index === "number" ? `${address}[${JSON.stringify(index)}]` : `${address}[*]`;
}
function splitReference(ref, parentType) {
  const reader = new AddressReader(ref);
  while (ref.startsWith("module.", reader.at)) {
    reader.at += "module.".length;
    if (!reader.name() || !reader.key() || !reader.dot()) return void 0;
  }
  if (!ref.startsWith(`${parentType}.`, reader.at)) return void 0;
  reader.at += parentType.length + 1;
  if (!reader.name() || !reader.key()) return void 0;
  const id = ref.slice(0, reader.at);
  if (!reader.dot()) return void 0;
  const attrStart = reader.at;
  return reader.name() && reader.at === ref.length ? { id, attr: ref.slice(attrStart) } : void 0;
}
var AddressReader = class {
  constructor(text2) {
    this.text = text2;
  }
  text;
  at = 0;
  name() {
    const start = this.at;
    while (this.at < this.text.length && /[\w-]/.test(this.text[this.at])) this.at++;
    return this.at > start;
  }
  /** An optional `[…]`: digits, `*`, or a quoted string with escapes. False only for a malformed one. */
  key() {
    if (this.text[this.at] !== "[") return true;
    const close = this.text[this.at + 1] === '"' ? this.quotedEnd(this.at + 2) : this.text.indexOf("]", this.at);
    if (close < 0 || this.text[close] !== "]") return false;
    const inner = this.text.slice(this.at + 1, close);
    if (!(inner === "*" || /^\d+$/.test(inner) || inner.startsWith('"'))) return false;
    this.at = close + 1;
    return true;
  }
  dot() {
    if (this.text[this.at] !== ".") return false;
    this.at++;
    return true;
  }
  /** The index of the `]` after a quoted key's closing quote, or -1. */
  quotedEnd(from) {
    for (let i = from; i < this.text.length; i++) {
      if (this.text[i] === "\\") i++;
      else if (this.text[i] === '"') return this.text[i + 1] === "]" ? i + 1 : -1;
    }
    return -1;
  }
};
function originId(value, parentType, attrs) {
  if (!isUnknown(value) || value.origin === void 0) return void 0;
  const ids = /* @__PURE__ */ new Set();
  for (const ref of value.origin) {
    const split = splitReference(ref, parentType);
    if (split === void 0 || !attrs.includes(split.attr)) return void 0;
    ids.add(split.id);
  }
  return ids.size === 1 ? [...ids][0] : void 0;
}
function possibleParents(expr, scope, parentType, attrs, parents) {
  if (expr === void 0) return [];
  const value = evaluate(expr, scope);
  if (!isUnknown(value) || value.origin === void 0) return [];
  const ids = value.origin.map((ref) => splitReference(ref, parentType)).filter((s) => s !== void 0 && attrs.includes(s.attr)).map((s) => s.id);
  const found = new Set(ids.map((id) => parents.get(id) ?? parents.get(`${withoutLastIndex(id)}[*]`)));
  return [...found].filter((p) => p !== void 0);
}
function parentReference(expr, scope, parentType, attrs) {
  const id = referencedId(expr, scope, parentType, attrs);
  if (id !== void 0 || expr === void 0) return { id };
  const value = evaluate(expr, scope);
  return { id: originId(value, parentType, attrs), value };
}
function findParent(expr, scope, parentType, attrs, parents, sameValue) {
  const { id, value } = parentReference(expr, scope, parentType, attrs);
  if (id !== void 0) return parents.get(id) ?? parents.get(`${withoutLastIndex(id)}[*]`);
  if (typeof value !== "string" || sameValue === void 0) return void 0;
  return [...parents.values()].find((p) => sameValue(p, value));
}
function withoutLastIndex(id) {
  if (!id.endsWith("]")) return id;
  const open = id.indexOf("[", id.lastIndexOf("]", id.length - 2) + 1);
  return open >= 0 && open < id.length - 1 ? id.slice(0, open) : id;
}

// src/normalize/aws/cloudfront-log-delivery-cfn.ts
var DELIVERY_SOURCE = "AWS::Logs::DeliverySource";
var DELIVERY = "AWS::Logs::Delivery";
function cfnLogDeliveries(resources, distributions) {
  const sources = resources.filter((r) => r.type === DELIVERY_SOURCE);
  const byId = new Map(sources.map((s) => [s.logicalId, s]));
  const byName = /* @__PURE__ */ new Map();
  for (const s of sources) if (typeof s.properties.Name === "string" && !byName.has(s.properties.Name)) byName.set(s.properties.Name, s);
  const out = { logged: /* @__PURE__ */ new Map(), unresolved: false };
  for (const delivery of resources.filter((r) => r.type === DELIVERY)) {
    const source = sourceOf(delivery, byId, byName);
    if (source === void 0) {
      out.unresolved = true;
      continue;
    }
    const distribution = distributionOf(asRecord(source.raw.Properties)?.ResourceArn, distributions);
    if (distribution !== void 0) {
      if (!out.logged.has(distribution)) out.logged.set(distribution, source.logicalId);
    } else if (isUnknown(source.properties.ResourceArn) && mayNameDistribution(asRecord(source.raw.Properties)?.ResourceArn)) out.unresolved = true;
  }
  return out;
}
function sourceOf(delivery, byId, byName) {
  const ref = asRecord(asRecord(delivery.raw.Properties)?.DeliverySourceName)?.Ref;
  if (typeof ref === "string" && byId.has(ref)) return byId.get(ref);
  const name = delivery.properties.DeliverySourceName;
  return typeof name === "string" ? byName.get(name) : void 0;
}
function distributionOf(written, distributions) {
  const fn = asRecord(written);
  if (fn === void 0) return void 0;
  if ("Fn::Sub" in fn) return fromSub(fn["Fn::Sub"], distributions);
  if ("Fn::Join" in fn) return fromJoin(fn["Fn::Join"], distributions);
  return void 0;
}
function mayNameDistribution(written) {
  const fn = asRecord(written);
  if (fn === void 0 || "Fn::GetAtt" in fn) return false;
  const sub = fn["Fn::Sub"];
  const join = fn["Fn::Join"];
  const text2 = Array.isArray(sub) ? sub[0] : sub ?? (Array.isArray(join) && Array.isArray(join[1]) ? join[1].filter((p) => typeof p === "string").join("") : void 0);
  if (typeof text2 !== "string") return true;
  return text2.includes("cloudfront") || !text2.includes("arn:");
}
function fromSub(arg, distributions) {
  const [text2, vars] = Array.isArray(arg) ? arg : [arg, {}];
  if (typeof text2 !== "string" || !text2.includes(":distribution/")) return void 0;
  for (const match of text2.matchAll(/\$\{([^{}]*)\}/g)) {
    const name = match[1].trim();
    const bound = asRecord(asRecord(vars)?.[name]);
    const found = referenced(bound ?? { Ref: name.replace(/\.Id$/, "") }, distributions);
    if (found !== void 0) return found;
  }
  return void 0;
}
function fromJoin(arg, distributions) {
  const parts = Array.isArray(arg) && Array.isArray(arg[1]) ? arg[1] : [];
  if (!parts.some((p) => typeof p === "string" && p.includes("distribution/"))) return void 0;
  for (const part of parts) {
    const found = referenced(asRecord(part), distributions);
    if (found !== void 0) return found;
  }
  return void 0;
}
function referenced(node, distributions) {
  const ref = node?.Ref;
  if (typeof ref === "string" && distributions.has(ref)) return ref;
  const getAtt = node?.["Fn::GetAtt"];
  const [id, attribute] = Array.isArray(getAtt) ? getAtt : typeof getAtt === "string" ? getAtt.split(".") : [];
  return typeof id === "string" && attribute === "Id" && distributions.has(id) ? id : void 0;
}

// src/normalize/aws/spec.ts
function keyOrNull(value) {
  return typeof value === "string" && value.trim() === "" ? null : value;
}
function setDotted(out, path, value) {
  let target2 = out;
  for (const segment of path.slice(0, -1)) {
    const next = target2[segment];
    if (next === null || typeof next !== "object") target2[segment] = {};
    target2 = target2[segment];
  }
  target2[path[path.length - 1]] = value;
}
var dottedPaths = /* @__PURE__ */ new Map();
function splitDotted(name) {
  let path = dottedPaths.get(name);
  if (path === void 0) dottedPaths.set(name, path = Object.freeze(name.split(".")));
  return path;
}

// src/normalize/aws/cloudfront.ts
var DC = ["DistributionConfig"];
var CONFIG_DC = ["configuration", "distributionConfig"];
function blankToNull(out, set, paths) {
  for (const path of paths) {
    const value = path.reduce((node, key3) => asRecord(node)?.[key3], out);
    if (value === "") set(path, null);
  }
}
var tfText = (f) => ({ value: f === void 0 || f.value === null ? null : toStr(f.value), at: f });
function tfBlocks(ctx, canonical, name, read) {
  const written = ctx.fields.get(name);
  if (written && isUnknown(written.value)) return ctx.set([canonical], written.value, written);
  const blocks = ctx.fields.blocks(name);
  ctx.set([canonical], blocks.map(() => ({})), blocks[0]);
  blocks.forEach((block, i) => {
    ctx.set([canonical, i], {}, block);
    for (const [key3, pick] of Object.entries(read)) {
      const { value, at } = pick(block);
      ctx.set([canonical, i, key3], value, at);
    }
  });
}
function refineTerraform(out, ctx) {
  tfBlocks(ctx, "ordered_cache_behaviors", "ordered_cache_behavior", {
    path_pattern: (b) => tfText(b.get("path_pattern")),
    viewer_protocol_policy: (b) => tfText(b.get("viewer_protocol_policy"))
  });
  tfBlocks(ctx, "origins", "origin", {
    id: (b) => tfText(b.get("origin_id")),
    domain_name: (b) => tfText(b.get("domain_name")),
    custom_origin: (b) => ({ value: b.blocks("custom_origin_config").length > 0 }),
    origin_protocol_policy: (b) => tfText(b.blocks("custom_origin_config")[0]?.get("origin_protocol_policy"))
  });
  if (ctx.fields.blocks("viewer_certificate").length === 0 && ctx.fields.get("viewer_certificate") === void 0) {
    const why = unknownValue("viewer_certificate is not written");
    ctx.set(["viewer_certificate"], { cloudfront_default_certificate: why, minimum_protocol_version: why });
  }
  blankToNull(out, ctx.set, [["default_root_object"], ["web_acl_id"]]);
}
function cfnList(ctx, canonical, property, read, at) {
  const list3 = property.reduce((node, key3) => isUnknown(node) ? node : asRecord(node)?.[key3], ctx.properties);
  if (isUnknown(list3) || list3 !== void 0 && !Array.isArray(list3)) return ctx.set([canonical], isUnknown(list3) ? list3 : unknownValue(`${property.join(".")} is not a list`), property);
  const items = list3 ?? [];
  ctx.set([canonical], items.map(() => ({})), property);
  items.forEach((item, i) => {
    const record3 = asRecord(item);
    for (const [key3, pick] of Object.entries(read)) {
      const value = record3 ? pick(record3) : unknownValue(`${property.join(".")}[${i}] is not resolved`);
      ctx.set([canonical, i, key3], value, [...property, i, ...at[key3] ?? []]);
    }
  });
}
var cfnText = (value) => asString(value) ?? null;
function refineCloudFormation(out, ctx) {
  cfnList(ctx, "ordered_cache_behaviors", [...DC, "CacheBehaviors"], {
    path_pattern: (b) => cfnText(b.PathPattern),
    viewer_protocol_policy: (b) => cfnText(b.ViewerProtocolPolicy)
  }, { path_pattern: ["PathPattern"], viewer_protocol_policy: ["ViewerProtocolPolicy"] });
  cfnList(ctx, "origins", [...DC, "Origins"], {
    id: (o) => cfnText(o.Id),
    domain_name: (o) => cfnText(o.DomainName),
    custom_origin: (o) => isUnknown(o.CustomOriginConfig) ? o.CustomOriginConfig : o.CustomOriginConfig !== void 0,
    origin_protocol_policy: (o) => isUnknown(o.CustomOriginConfig) ? o.CustomOriginConfig : cfnText(asRecord(o.CustomOriginConfig)?.OriginProtocolPolicy)
  }, { id: ["Id"], domain_name: ["DomainName"], custom_origin: ["CustomOriginConfig"], origin_protocol_policy: ["CustomOriginConfig", "OriginProtocolPolicy"] });
  const config = ctx.properties.DistributionConfig;
  if (!isUnknown(config) && asRecord(config)?.ViewerCertificate === void 0) {
    ctx.set(["viewer_certificate"], { cloudfront_default_certificate: true, minimum_protocol_version: null });
  }
  blankToNull(out, ctx.set, [["default_root_object"], ["web_acl_id"]]);
}
function configList(ctx, canonical, name, read, convert = {}) {
  const list3 = child(child(ctx.configuration, "distributionConfig"), name);
  if (!present(list3)) return ctx.set([canonical], unknownValue(`AWS Config recorded no distributionConfig.${name}`));
  const items = elements(child(list3, "items"));
  ctx.set([canonical], items.map(() => ({})), list3);
  items.forEach((item, i) => {
    for (const [key3, pick] of Object.entries(read)) {
      const node = pick(item);
      ctx.set([canonical, i, key3], (convert[key3] ?? ((n) => text(n) ?? null))(node), node);
    }
  });
}
function refineConfig(out, ctx) {
  configList(ctx, "ordered_cache_behaviors", "cacheBehaviors", {
    path_pattern: (b) => child(b, "pathPattern"),
    viewer_protocol_policy: (b) => child(b, "viewerProtocolPolicy")
  });
  configList(ctx, "origins", "origins", {
    id: (o) => child(o, "id"),
    domain_name: (o) => child(o, "domainName"),
    custom_origin: (o) => child(o, "customOriginConfig"),
    origin_protocol_policy: (o) => child(child(o, "customOriginConfig"), "originProtocolPolicy")
  }, { custom_origin: present });
  blankToNull(out, ctx.set, [["default_root_object"], ["web_acl_id"], ["logging", "bucket"]]);
}
var TF_MAPPING = {
  nativeTypes: ["aws_cloudfront_distribution"],
  fields: {
    "default_cache_behavior.viewer_protocol_policy": { path: ["default_cache_behavior", "viewer_protocol_policy"], kind: "string" },
    "viewer_certificate.cloudfront_default_certificate": { path: ["viewer_certificate", "cloudfront_default_certificate"], kind: "bool", absent: false },
    "viewer_certificate.minimum_protocol_version": { path: ["viewer_certificate", "minimum_protocol_version"], kind: "string", absent: "TLSv1" },
    "logging.enabled": { path: ["logging_config"], kind: "present" },
    "logging.bucket": { path: ["logging_config", "bucket"], kind: "string" },
    web_acl_id: { path: ["web_acl_id"], kind: "string" },
    default_root_object: { path: ["default_root_object"], kind: "string" }
  },
  refine: refineTerraform
};
var terraformLogDelivery = {
  nativeTypes: ["aws_cloudfront_distribution", "aws_cloudwatch_log_delivery_source", "aws_cloudwatch_log_delivery"],
  normalize(instances, scope, tools) {
    const of = (type) => instances.filter((i) => i.type === type);
    const distributions = new Map(of("aws_cloudfront_distribution").map((i) => [i.id, tools.bySpec(i, "aws.cloudfront.distribution", TF_MAPPING, scope)]));
    const sources = new Map(of("aws_cloudwatch_log_delivery_source").map((i) => [i.id, i]));
    let unresolved = false;
    for (const delivery of of("aws_cloudwatch_log_delivery")) {
      const source = findParent(delivery.block.body.attributes.delivery_source_name?.expr, delivery.scope, "aws_cloudwatch_log_delivery_source", ["name"], sources);
      const arn = source?.block.body.attributes.resource_arn?.expr;
      const distribution = source && findParent(arn, source.scope, "aws_cloudfront_distribution", ["arn"], distributions);
      if (distribution) {
        setDotted(distribution.attributes, ["logging", "enabled"], true);
        distribution.provenance.set(pathKey(["logging", "enabled"]), source.block.range);
      } else if (!source || isUnknown(Fields.fromBody(source.block.body, source.scope, source.block.range).get("resource_arn")?.value)) unresolved = true;
    }
    const all = [...distributions.values()];
    const why = unknownValue("a CloudWatch log delivery of this module may log a distribution that cannot be resolved");
    if (unresolved) {
      for (const d of all) if (d.attributes.logging.enabled === false) setDotted(d.attributes, ["logging", "enabled"], why);
    }
    return [...all, ...[...of("aws_cloudwatch_log_delivery_source"), ...of("aws_cloudwatch_log_delivery")].map((i) => tools.raw(i, scope))];
  }
};
var CFN_MAPPING = {
  nativeTypes: ["AWS::CloudFront::Distribution"],
  fields: {
    "default_cache_behavior.viewer_protocol_policy": { path: [...DC, "DefaultCacheBehavior", "ViewerProtocolPolicy"], kind: "string" },
    "viewer_certificate.cloudfront_default_certificate": { path: [...DC, "ViewerCertificate", "CloudFrontDefaultCertificate"], kind: "bool", absent: false },
    // required with a custom certificate, so a template that leaves it out cannot be judged
    "viewer_certificate.minimum_protocol_version": {
      path: [...DC, "ViewerCertificate", "MinimumProtocolVersion"],
      kind: "string",
      absent: unknownValue("MinimumProtocolVersion is not written")
    },
    "logging.enabled": { path: [...DC, "Logging"], kind: "present" },
    "logging.bucket": { path: [...DC, "Logging", "Bucket"], kind: "string" },
    web_acl_id: { path: [...DC, "WebACLId"], kind: "string" },
    default_root_object: { path: [...DC, "DefaultRootObject"], kind: "string" }
  },
  refine: refineCloudFormation
};
var cloudformationLogDelivery = {
  nativeTypes: ["AWS::CloudFront::Distribution", DELIVERY_SOURCE, DELIVERY],
  normalize(resources, tools) {
    const distributions = new Map(
      resources.filter((r) => r.type === "AWS::CloudFront::Distribution").map((r) => [r.logicalId, tools.bySpec(r, "aws.cloudfront.distribution", CFN_MAPPING)])
    );
    const { logged, unresolved } = cfnLogDeliveries(resources, new Set(distributions.keys()));
    const why = unknownValue("a CloudWatch log delivery of this template may log a distribution that cannot be resolved");
    for (const [logicalId, distribution] of distributions) {
      const source = logged.get(logicalId);
      if (source !== void 0) {
        setDotted(distribution.attributes, ["logging", "enabled"], true);
        tools.pointAt(distribution, ["logging", "enabled"], source);
      } else if (unresolved && asRecord(distribution.attributes.logging)?.enabled === false) setDotted(distribution.attributes, ["logging", "enabled"], why);
    }
    return [...distributions.values(), ...resources.filter((r) => r.type !== "AWS::CloudFront::Distribution").map((r) => tools.raw(r))];
  }
};
var cloudfront = {
  terraformGroups: [terraformLogDelivery],
  cloudformationGroups: [cloudformationLogDelivery],
  specs: [
    {
      canonicalType: "aws.cloudfront.distribution",
      terraform: TF_MAPPING,
      cloudformation: CFN_MAPPING,
      awsConfig: {
        nativeTypes: ["AWS::CloudFront::Distribution"],
        fields: {
          "default_cache_behavior.viewer_protocol_policy": { path: [...CONFIG_DC, "defaultCacheBehavior", "viewerProtocolPolicy"], kind: "string" },
          "viewer_certificate.cloudfront_default_certificate": { path: [...CONFIG_DC, "viewerCertificate", "cloudFrontDefaultCertificate"], kind: "bool" },
          "viewer_certificate.minimum_protocol_version": { path: [...CONFIG_DC, "viewerCertificate", "minimumProtocolVersion"], kind: "string" },
          "logging.enabled": { path: [...CONFIG_DC, "logging", "enabled"], kind: "bool" },
          "logging.bucket": { path: [...CONFIG_DC, "logging", "bucket"], kind: "string" },
          web_acl_id: { path: [...CONFIG_DC, "webACLId"], kind: "string" },
          default_root_object: { path: [...CONFIG_DC, "defaultRootObject"], kind: "string" }
        },
        refine: refineConfig
      }
    }
  ]
};

// src/normalize/aws/cloudtrail.ts
function noneWhenRecorded(_out, { configuration, set }) {
  if (!present(configuration)) return;
  const keys = [["kms_key_id", "kmsKeyId"], ["cloudwatch_logs_group_arn", "cloudWatchLogsLogGroupArn"]];
  for (const [canonical, key3] of keys) {
    const node = child(configuration, key3);
    if (text(node) === void 0) set([canonical], null, node.value === void 0 ? void 0 : node);
  }
}
var cloudtrail = {
  specs: [
    {
      canonicalType: "aws.cloudtrail.trail",
      terraform: {
        nativeTypes: ["aws_cloudtrail"],
        fields: {
          name: { path: ["name"], kind: "string" },
          multi_region: { path: ["is_multi_region_trail"], kind: "bool", absent: false },
          log_file_validation_enabled: { path: ["enable_log_file_validation"], kind: "bool", absent: false },
          kms_key_id: { path: ["kms_key_id"], kind: "key" },
          cloudwatch_logs_group_arn: { path: ["cloud_watch_logs_group_arn"], kind: "string" },
          logging_enabled: { path: ["enable_logging"], kind: "bool", absent: true }
        }
      },
      cloudformation: {
        nativeTypes: ["AWS::CloudTrail::Trail"],
        fields: {
          name: { path: ["TrailName"], kind: "string", absent: unknownValue("trail name is generated by CloudFormation") },
          multi_region: { path: ["IsMultiRegionTrail"], kind: "bool", absent: false },
          log_file_validation_enabled: { path: ["EnableLogFileValidation"], kind: "bool", absent: false },
          kms_key_id: { path: ["KMSKeyId"], kind: "key" },
          cloudwatch_logs_group_arn: { path: ["CloudWatchLogsLogGroupArn"], kind: "string" },
          // IsLogging is required: a template without it does not deploy, so nothing is known
          logging_enabled: { path: ["IsLogging"], kind: "bool", absent: unknownValue("IsLogging is not written") }
        }
      },
      awsConfig: {
        nativeTypes: ["AWS::CloudTrail::Trail"],
        fields: {
          name: { path: ["configuration", "name"], kind: "string" },
          multi_region: { path: ["configuration", "isMultiRegionTrail"], kind: "bool" },
          log_file_validation_enabled: { path: ["configuration", "logFileValidationEnabled"], kind: "bool" },
          kms_key_id: { path: ["configuration", "kmsKeyId"], kind: "key" },
          cloudwatch_logs_group_arn: { path: ["configuration", "cloudWatchLogsLogGroupArn"], kind: "string" },
          logging_enabled: { path: [], kind: "bool", absent: unknownValue("AWS Config does not record whether a trail is logging") }
        },
        refine: noneWhenRecorded
      }
    }
  ]
};

// src/normalize/aws/cloudwatch.ts
var cloudwatch = {
  specs: [
    {
      canonicalType: "aws.cloudwatch.log_group",
      terraform: {
        nativeTypes: ["aws_cloudwatch_log_group"],
        fields: {
          name: { path: ["name"], kind: "string", absent: unknownValue("log group name is generated by Terraform") },
          retention_in_days: { path: ["retention_in_days"], kind: "number", absent: 0 },
          kms_key_id: { path: ["kms_key_id"], kind: "key" }
        }
      },
      cloudformation: {
        nativeTypes: ["AWS::Logs::LogGroup"],
        fields: {
          name: { path: ["LogGroupName"], kind: "string", absent: unknownValue("log group name is generated by CloudFormation") },
          retention_in_days: { path: ["RetentionInDays"], kind: "number", absent: 0 },
          kms_key_id: { path: ["KmsKeyId"], kind: "key" }
        }
      }
    }
  ]
};

// src/normalize/aws/configservice.ts
var NO_GROUP = unknownValue("no recording group is written: AWS chooses whether global resource types are recorded");
function flag(path, withoutGroup) {
  return { path, kind: "bool", absent: withoutGroup };
}
function terraformGroupDefaults(_out, { fields, set }) {
  const group = fields.blocks("recording_group")[0];
  if (group === void 0) return;
  const defaults = [["all_supported", "all_supported", true], ["include_global_resource_types", "include_global_resource_types", false]];
  for (const [canonical, attr, value] of defaults) {
    if (group.get(attr) === void 0 || group.get(attr)?.value === null) set([canonical], value);
  }
}
function cfnGroupDefaults(_out, { properties, set }) {
  const group = properties.RecordingGroup;
  if (group === null || typeof group !== "object" || Array.isArray(group) || isUnknown(group)) return;
  const record3 = group;
  for (const [canonical, key3] of [["all_supported", "AllSupported"], ["include_global_resource_types", "IncludeGlobalResourceTypes"]]) {
    if (record3[key3] === void 0 || record3[key3] === null) set([canonical], false);
  }
}
var configservice = {
  specs: [
    {
      canonicalType: "aws.config.configuration_recorder",
      terraform: {
        nativeTypes: ["aws_config_configuration_recorder"],
        fields: {
          name: { path: ["name"], kind: "string" },
          all_supported: flag(["recording_group", "all_supported"], true),
          include_global_resource_types: flag(["recording_group", "include_global_resource_types"], NO_GROUP)
        },
        refine: terraformGroupDefaults
      },
      cloudformation: {
        nativeTypes: ["AWS::Config::ConfigurationRecorder"],
        fields: {
          name: { path: ["Name"], kind: "string", absent: unknownValue("recorder name is generated by CloudFormation") },
          all_supported: flag(["RecordingGroup", "AllSupported"], true),
          include_global_resource_types: flag(["RecordingGroup", "IncludeGlobalResourceTypes"], NO_GROUP)
        },
        refine: cfnGroupDefaults
      },
      awsConfig: {
        nativeTypes: ["AWS::Config::ConfigurationRecorder"],
        fields: {
          name: { path: ["configuration", "Name"], kind: "string" },
          all_supported: { path: ["configuration", "RecordingGroup", "AllSupported"], kind: "bool" },
          include_global_resource_types: { path: ["configuration", "RecordingGroup", "IncludeGlobalResourceTypes"], kind: "bool" }
        }
      }
    }
  ]
};

// src/normalize/aws/dynamodb.ts
function customerManagedKey(kmsEnabled, keyId) {
  if (isUnknown(kmsEnabled)) return kmsEnabled;
  if (kmsEnabled !== true || keyId === null || keyId === void 0) return false;
  if (typeof keyId !== "string") return unknownValue("the KMS key of the table is not known");
  return !/(^|:)alias\/aws\//.test(keyId);
}
var CONTINUOUS_BACKUPS = ["supplementaryConfiguration", "ContinuousBackupsDescription", "pointInTimeRecoveryDescription", "pointInTimeRecoveryStatus"];
var KMS_STATUSES = /* @__PURE__ */ new Set(["ENABLED", "ENABLING", "UPDATING"]);
function refineConfig2(_out, { item, configuration, set }) {
  const pitr = dig(item, ...CONTINUOUS_BACKUPS);
  const status = text(pitr);
  if (status === "ENABLED" || status === "DISABLED") set(["point_in_time_recovery_enabled"], status === "ENABLED", pitr);
  const sse = child(configuration, "ssedescription");
  if (sse.value === void 0) return;
  const kms2 = present(sse) && KMS_STATUSES.has(text(child(sse, "status")) ?? "") && text(child(sse, "ssetype")) === "KMS";
  const disabled = !present(sse) || text(child(sse, "status")) === "DISABLED";
  if (!kms2 && !disabled) return;
  set(["encryption", "kms_enabled"], kms2, sse);
  if (disabled) {
    set(["encryption", "kms_key_id"], null, sse);
    set(["encryption", "customer_managed_key"], false, sse);
  }
}
var dynamodb = {
  specs: [
    {
      canonicalType: "aws.dynamodb.table",
      terraform: {
        nativeTypes: ["aws_dynamodb_table"],
        fields: {
          point_in_time_recovery_enabled: { path: ["point_in_time_recovery", "enabled"], kind: "bool", absent: false },
          deletion_protection_enabled: { path: ["deletion_protection_enabled"], kind: "bool", absent: false },
          "encryption.kms_enabled": { path: ["server_side_encryption", "enabled"], kind: "bool", absent: false },
          "encryption.kms_key_id": { path: ["server_side_encryption", "kms_key_arn"], kind: "key", absent: null },
          "encryption.customer_managed_key": { path: [], kind: "bool", absent: false }
        },
        refine: (out, { instance, fields, set }) => {
          const encryption2 = out.encryption;
          const sse = fields.blocks("server_side_encryption")[0];
          const keyExpr = instance.block.body.blocks.find((b) => b.type === "server_side_encryption")?.body.attributes.kms_key_arn?.expr;
          const ownKey = ["aws_kms_key", "aws_kms_alias"].some((type) => referencedId(keyExpr, instance.scope, type, ["arn", "id", "key_id"]) !== void 0);
          const value = ownKey && encryption2.kms_enabled === true ? true : customerManagedKey(encryption2.kms_enabled, encryption2.kms_key_id);
          set(["encryption", "customer_managed_key"], value, sse?.get("kms_key_arn") ?? sse?.get("enabled") ?? sse);
        }
      },
      cloudformation: {
        nativeTypes: ["AWS::DynamoDB::Table"],
        fields: {
          point_in_time_recovery_enabled: { path: ["PointInTimeRecoverySpecification", "PointInTimeRecoveryEnabled"], kind: "bool", absent: false },
          deletion_protection_enabled: { path: ["DeletionProtectionEnabled"], kind: "bool", absent: false },
          "encryption.kms_enabled": { path: ["SSESpecification", "SSEEnabled"], kind: "bool", absent: false },
          "encryption.kms_key_id": { path: ["SSESpecification", "KMSMasterKeyId"], kind: "key", absent: null },
          "encryption.customer_managed_key": { path: [], kind: "bool", absent: false }
        },
        refine: (out, { properties, set }) => {
          const encryption2 = out.encryption;
          const sse = properties.SSESpecification;
          const where = sse === void 0 ? void 0 : "KMSMasterKeyId" in Object(sse) ? ["SSESpecification", "KMSMasterKeyId"] : ["SSESpecification"];
          set(["encryption", "customer_managed_key"], customerManagedKey(encryption2.kms_enabled, encryption2.kms_key_id), where);
        }
      },
      awsConfig: {
        nativeTypes: ["AWS::DynamoDB::Table"],
        fields: {
          point_in_time_recovery_enabled: { path: [], kind: "bool", absent: unknownValue("AWS Config recorded no point-in-time recovery status") },
          deletion_protection_enabled: { path: ["configuration", "deletionProtectionEnabled"], kind: "bool" },
          "encryption.kms_enabled": { path: [], kind: "bool", absent: unknownValue("AWS Config recorded no ssedescription") },
          "encryption.kms_key_id": { path: ["configuration", "ssedescription", "kmsmasterKeyArn"], kind: "key" },
          // the item has the key ARN, not whether the key is AWS or customer managed
          "encryption.customer_managed_key": { path: [], kind: "bool", absent: unknownValue("AWS Config does not record who manages the KMS key") }
        },
        refine: refineConfig2
      }
    }
  ]
};

// src/normalize/aws/ec2.ts
var TOKENS_DECIDED_AT_LAUNCH = unknownValue("http_tokens is not set: the account IMDS default or the AMI decides at launch");
var PUBLIC_IP_FROM_SUBNET = unknownValue("not set: the subnet's map_public_ip_on_launch decides");
var ENCRYPTION_BY_ACCOUNT = unknownValue("encrypted is not set: account-level EBS encryption by default or the snapshot decides");
function metadataFields(tokens, endpoint) {
  return {
    "metadata.http_tokens": { path: tokens, kind: "string", absent: TOKENS_DECIDED_AT_LAUNCH },
    "metadata.http_endpoint": { path: endpoint, kind: "string", absent: "enabled" }
  };
}
function terraformBlockDevices(_out, { fields, set }) {
  const blocks = [
    ...fields.blocks("root_block_device").slice(0, 1).map((block) => ({ block, root: true })),
    ...fields.blocks("ebs_block_device").map((block) => ({ block, root: false }))
  ];
  const devices = blocks.map(({ block, root }) => {
    const name = block.get("device_name");
    return { device_name: name && name.value !== null ? toStr(name.value) : null, root, encrypted: ENCRYPTION_BY_ACCOUNT };
  });
  set(["block_devices"], devices);
  blocks.forEach(({ block }, i) => {
    const encrypted = block.get("encrypted");
    if (encrypted && encrypted.value !== null) set(["block_devices", i, "encrypted"], toBool(encrypted.value), encrypted);
  });
}
function terraformTemplatePublicIp(_out, { fields, set }) {
  const values = fields.blocks("network_interfaces").map((block) => block.get("associate_public_ip_address"));
  const on = values.find((v) => v !== void 0 && v.value !== null && !isUnknown(v.value) && toBool(v.value) === true);
  if (on) return set(["public_ip"], true, on);
  const unknown2 = values.find((v) => v !== void 0 && isUnknown(v.value));
  if (unknown2) return set(["public_ip"], unknown2.value, unknown2);
  if (values.length > 0 && values.every((v) => v !== void 0 && v.value !== null && toBool(v.value) === false)) set(["public_ip"], false, values[0]);
}
var TERRAFORM_INSTANCE = {
  nativeTypes: ["aws_instance"],
  fields: {
    ...metadataFields(["metadata_options", "http_tokens"], ["metadata_options", "http_endpoint"]),
    public_ip: { path: ["associate_public_ip_address"], kind: "bool", absent: PUBLIC_IP_FROM_SUBNET },
    monitoring: { path: ["monitoring"], kind: "bool", absent: false },
    iam_instance_profile: { path: ["iam_instance_profile"], kind: "string" }
  },
  refine: terraformBlockDevices
};
function cfnReference(value, attrs) {
  const record3 = asRecord(value);
  if (!record3) return void 0;
  if (typeof record3.Ref === "string") return record3.Ref;
  const getAtt = record3["Fn::GetAtt"];
  const parts = typeof getAtt === "string" ? getAtt.split(".") : getAtt;
  if (Array.isArray(parts) && parts.length === 2 && typeof parts[0] === "string" && attrs.includes(String(parts[1]))) return parts[0];
  return void 0;
}
function cfnPublicIp(_out, ctx) {
  cfnInterfacesPublicIp(ctx.properties.NetworkInterfaces, [], ctx.set);
}
function cfnInterfacesPublicIp(interfaces, base, set) {
  if (isUnknown(interfaces)) return set(["public_ip"], interfaces);
  if (!Array.isArray(interfaces) || interfaces.length === 0) return;
  const values = interfaces.map((ni) => {
    const record3 = asRecord(ni);
    return record3 === void 0 ? unknownValue("network interface is unknown") : record3.AssociatePublicIpAddress;
  });
  const index = values.findIndex((v) => v !== void 0 && asBool(v, false) === true);
  if (index >= 0) return set(["public_ip"], true, [...base, "NetworkInterfaces", index, "AssociatePublicIpAddress"]);
  if (values.every((v) => v !== void 0 && asBool(v, false) === false)) set(["public_ip"], false, [...base, "NetworkInterfaces", 0, "AssociatePublicIpAddress"]);
}
function cfnBlockDevices(_out, { properties, set }) {
  const mappings = properties.BlockDeviceMappings;
  if (isUnknown(mappings)) return set(["block_devices"], mappings);
  const devices = [];
  const written = [];
  (Array.isArray(mappings) ? mappings : []).forEach((mapping, i) => {
    const record3 = asRecord(mapping);
    const ebs = record3?.Ebs;
    if (record3 === void 0 || ebs === void 0 || ebs === null) return;
    const encrypted = isUnknown(ebs) ? ebs : asRecord(ebs)?.Encrypted;
    devices.push({ device_name: asString(record3.DeviceName) ?? null, root: null, encrypted: encrypted === void 0 ? ENCRYPTION_BY_ACCOUNT : asBool(encrypted, false) });
    written.push(i);
  });
  set(["block_devices"], devices, ["BlockDeviceMappings"]);
  devices.forEach((_, j) => set(["block_devices", j, "encrypted"], devices[j].encrypted, ["BlockDeviceMappings", written[j], "Ebs", "Encrypted"]));
}
var CFN_INSTANCE = {
  nativeTypes: ["AWS::EC2::Instance"],
  fields: {
    // AWS::EC2::Instance has no MetadataOptions: only its launch template can set them (see the group)
    "metadata.http_tokens": { path: [], kind: "string", absent: unknownValue("AWS::EC2::Instance has no MetadataOptions; set them in a launch template") },
    "metadata.http_endpoint": { path: [], kind: "string", absent: "enabled" },
    public_ip: { path: [], kind: "bool", absent: PUBLIC_IP_FROM_SUBNET },
    monitoring: { path: ["Monitoring"], kind: "bool", absent: false },
    iam_instance_profile: { path: ["IamInstanceProfile"], kind: "string" },
    block_devices: { path: [], kind: "value", absent: [] }
  },
  refine: (out, ctx) => {
    cfnPublicIp(out, ctx);
    cfnBlockDevices(out, ctx);
  }
};
var CFN_LAUNCH_TEMPLATE = {
  nativeTypes: ["AWS::EC2::LaunchTemplate"],
  fields: {
    ...metadataFields(["LaunchTemplateData", "MetadataOptions", "HttpTokens"], ["LaunchTemplateData", "MetadataOptions", "HttpEndpoint"]),
    public_ip: { path: [], kind: "bool", absent: PUBLIC_IP_FROM_SUBNET }
  },
  refine: (_out, { properties, set }) => {
    const data = properties.LaunchTemplateData;
    cfnInterfacesPublicIp(isUnknown(data) ? data : asRecord(data)?.NetworkInterfaces, ["LaunchTemplateData"], set);
  }
};
var instanceWithTemplate = {
  nativeTypes: ["AWS::EC2::Instance", "AWS::EC2::LaunchTemplate"],
  normalize(resources, tools) {
    const templates = /* @__PURE__ */ new Map();
    for (const r of resources.filter((r2) => r2.type === "AWS::EC2::LaunchTemplate")) templates.set(r.logicalId, tools.bySpec(r, "aws.ec2.launch_template", CFN_LAUNCH_TEMPLATE));
    return resources.map((r) => {
      if (r.type === "AWS::EC2::LaunchTemplate") return templates.get(r.logicalId);
      const instance = tools.bySpec(r, "aws.ec2.instance", CFN_INSTANCE);
      const logicalId = launchTemplateOf(r);
      const template = logicalId === void 0 ? void 0 : templates.get(logicalId);
      if (logicalId !== void 0 && template) {
        instance.attributes.metadata = { ...template.attributes.metadata };
        for (const key3 of ["http_tokens", "http_endpoint"]) tools.pointAt(instance, ["metadata", key3], logicalId);
      }
      return instance;
    });
  }
};
function launchTemplateOf(resource) {
  const spec = asRecord(asRecord(resource.raw.Properties)?.LaunchTemplate);
  return cfnReference(spec?.LaunchTemplateId, ["LaunchTemplateId"]) ?? cfnReference(spec?.LaunchTemplateName, ["LaunchTemplateName"]);
}
function configInstance(_out, { configuration, set }) {
  const state = dig(configuration, "monitoring", "state");
  const value = text(state)?.toLowerCase();
  if (value === "enabled" || value === "pending") set(["monitoring"], true, state);
  else if (value === "disabled" || value === "disabling") set(["monitoring"], false, state);
  const profile = child(configuration, "iamInstanceProfile");
  if (profile.value === null) set(["iam_instance_profile"], null, profile);
}
var CONFIG_INSTANCE = {
  nativeTypes: ["AWS::EC2::Instance"],
  fields: {
    "metadata.http_tokens": { path: ["configuration", "metadataOptions", "httpTokens"], kind: "string" },
    "metadata.http_endpoint": { path: ["configuration", "metadataOptions", "httpEndpoint"], kind: "string" },
    // written as null when the instance has no public address
    public_ip: { path: ["configuration", "publicIpAddress"], kind: "present" },
    block_devices: { path: [], kind: "value", absent: unknownValue("AWS Config records volume encryption on the AWS::EC2::Volume items") },
    monitoring: { path: [], kind: "bool", absent: unknownValue("AWS Config recorded no monitoring.state") },
    iam_instance_profile: { path: ["configuration", "iamInstanceProfile", "arn"], kind: "string" }
  },
  refine: configInstance
};
var ec2 = {
  specs: [
    { canonicalType: "aws.ec2.instance", terraform: TERRAFORM_INSTANCE, cloudformation: CFN_INSTANCE, awsConfig: CONFIG_INSTANCE },
    {
      canonicalType: "aws.ec2.launch_template",
      terraform: {
        nativeTypes: ["aws_launch_template"],
        fields: {
          ...metadataFields(["metadata_options", "http_tokens"], ["metadata_options", "http_endpoint"]),
          public_ip: { path: [], kind: "bool", absent: PUBLIC_IP_FROM_SUBNET }
        },
        refine: terraformTemplatePublicIp
      },
      cloudformation: CFN_LAUNCH_TEMPLATE,
      awsConfig: {
        nativeTypes: ["AWS::EC2::LaunchTemplate"],
        fields: metadataFields(["configuration", "LaunchTemplateData", "MetadataOptions", "HttpTokens"], ["configuration", "LaunchTemplateData", "MetadataOptions", "HttpEndpoint"])
      }
    },
    {
      canonicalType: "aws.autoscaling.launch_configuration",
      terraform: {
        nativeTypes: ["aws_launch_configuration"],
        fields: {
          ...metadataFields(["metadata_options", "http_tokens"], ["metadata_options", "http_endpoint"]),
          public_ip: { path: ["associate_public_ip_address"], kind: "bool", absent: PUBLIC_IP_FROM_SUBNET },
          block_devices: { path: [], kind: "value", absent: [] }
        },
        refine: terraformBlockDevices
      },
      cloudformation: {
        nativeTypes: ["AWS::AutoScaling::LaunchConfiguration"],
        fields: {
          ...metadataFields(["MetadataOptions", "HttpTokens"], ["MetadataOptions", "HttpEndpoint"]),
          public_ip: { path: ["AssociatePublicIpAddress"], kind: "bool", absent: PUBLIC_IP_FROM_SUBNET },
          block_devices: { path: [], kind: "value", absent: [] }
        },
        refine: cfnBlockDevices
      },
      awsConfig: {
        nativeTypes: ["AWS::AutoScaling::LaunchConfiguration"],
        fields: {
          ...metadataFields(["configuration", "metadataOptions", "httpTokens"], ["configuration", "metadataOptions", "httpEndpoint"]),
          public_ip: { path: ["configuration", "associatePublicIpAddress"], kind: "bool" }
        }
      }
    },
    {
      canonicalType: "aws.ec2.volume",
      terraform: {
        nativeTypes: ["aws_ebs_volume"],
        fields: {
          encrypted: { path: ["encrypted"], kind: "bool", absent: ENCRYPTION_BY_ACCOUNT },
          kms_key_id: { path: ["kms_key_id"], kind: "key" }
        }
      },
      cloudformation: {
        nativeTypes: ["AWS::EC2::Volume"],
        fields: {
          encrypted: { path: ["Encrypted"], kind: "bool", absent: ENCRYPTION_BY_ACCOUNT },
          kms_key_id: { path: ["KmsKeyId"], kind: "key" }
        }
      },
      awsConfig: {
        nativeTypes: ["AWS::EC2::Volume"],
        fields: {
          encrypted: { path: ["configuration", "encrypted"], kind: "bool" },
          kms_key_id: { path: ["configuration", "kmsKeyId"], kind: "key", absent: null }
        }
      }
    },
    {
      // Terraform only: CloudFormation has no such resource type and AWS Config records no item for it
      canonicalType: "aws.ec2.ebs_encryption_by_default",
      terraform: {
        nativeTypes: ["aws_ebs_encryption_by_default"],
        fields: { enabled: { path: ["enabled"], kind: "bool", absent: true } }
      }
    }
  ],
  cloudformationGroups: [instanceWithTemplate]
};

// src/normalize/aws/ecr.ts
var ecr = {
  specs: [
    {
      canonicalType: "aws.ecr.repository",
      terraform: {
        nativeTypes: ["aws_ecr_repository"],
        fields: {
          name: { path: ["name"], kind: "string" },
          scan_on_push: { path: ["image_scanning_configuration", "scan_on_push"], kind: "bool", absent: false },
          tag_mutability: { path: ["image_tag_mutability"], kind: "string", absent: "MUTABLE" },
          encryption_type: { path: ["encryption_configuration", "encryption_type"], kind: "string", absent: "AES256" }
        }
      },
      cloudformation: {
        nativeTypes: ["AWS::ECR::Repository"],
        fields: {
          name: { path: ["RepositoryName"], kind: "string", absent: unknownValue("repository name is generated by CloudFormation") },
          scan_on_push: { path: ["ImageScanningConfiguration", "ScanOnPush"], kind: "bool", absent: false },
          tag_mutability: { path: ["ImageTagMutability"], kind: "string", absent: "MUTABLE" },
          encryption_type: { path: ["EncryptionConfiguration", "EncryptionType"], kind: "string", absent: "AES256" }
        }
      },
      awsConfig: {
        nativeTypes: ["AWS::ECR::Repository"],
        fields: {
          name: { path: ["configuration", "RepositoryName"], kind: "string" },
          scan_on_push: { path: ["configuration", "ImageScanningConfiguration", "ScanOnPush"], kind: "bool" },
          tag_mutability: { path: ["configuration", "ImageTagMutability"], kind: "string" },
          encryption_type: { path: ["configuration", "EncryptionConfiguration", "EncryptionType"], kind: "string" }
        }
      }
    }
  ]
};

// src/normalize/aws/ecs.ts
function key(record3, name) {
  const found = Object.keys(record3).find((k) => k.toLowerCase() === name.toLowerCase());
  return found === void 0 ? void 0 : record3[found];
}
function flag2(value) {
  if (value === void 0 || value === null) return false;
  if (typeof value === "boolean" || isUnknown(value)) return value;
  if (typeof value === "string" && /^(true|false)$/i.test(value)) return value.toLowerCase() === "true";
  return unknownValue(`${JSON.stringify(value)} is not a boolean`);
}
function str2(value) {
  if (value === void 0 || value === null) return null;
  if (typeof value === "string" || isUnknown(value)) return value;
  return typeof value === "number" ? String(value) : unknownValue(`${JSON.stringify(value)} is not a string`);
}
function environmentNames(value) {
  if (value === void 0 || value === null) return [];
  if (isUnknown(value)) return value;
  if (!Array.isArray(value)) return unknownValue("environment is not a list");
  return value.map((entry) => {
    if (isUnknown(entry)) return entry;
    const name = entry !== null && typeof entry === "object" ? str2(key(entry, "name")) : null;
    return typeof name === "string" || isUnknown(name) ? name : unknownValue("environment entry without a name");
  });
}
function container(value) {
  if (isUnknown(value)) return value;
  if (value === null || typeof value !== "object" || Array.isArray(value)) return unknownValue("container definition is not an object");
  const record3 = value;
  return {
    name: str2(key(record3, "name")),
    privileged: flag2(key(record3, "privileged")),
    readonly_root_filesystem: flag2(key(record3, "readonlyRootFilesystem")),
    user: str2(key(record3, "user")),
    environment_names: environmentNames(key(record3, "environment"))
  };
}
function readContainers(value) {
  if (value === void 0 || value === null) return [];
  if (isUnknown(value)) return value;
  const decoded = typeof value === "string" ? decodeJson(value) : value;
  if (!Array.isArray(decoded)) return unknownValue("container definitions are not a JSON list");
  return decoded.map(container);
}
function terraformContainers(written, { instance }) {
  const expr = instance.block.body.attributes.container_definitions?.expr;
  if (!isUnknown(written) || expr?.kind !== "call" || expr.name !== "jsonencode" || expr.args.length !== 1) return readContainers(written);
  return readContainers(maskSensitive(evaluate(expr.args[0], instance.scope)));
}
var ecs = {
  specs: [
    {
      canonicalType: "aws.ecs.task_definition",
      terraform: {
        nativeTypes: ["aws_ecs_task_definition"],
        fields: {
          family: { path: ["family"], kind: "string" },
          network_mode: { path: ["network_mode"], kind: "string", absent: "bridge" },
          containers: { path: ["container_definitions"], kind: "value", absent: [] }
        },
        refine: (out, ctx) => {
          out.containers = terraformContainers(out.containers, ctx);
        }
      },
      cloudformation: {
        nativeTypes: ["AWS::ECS::TaskDefinition"],
        fields: {
          family: { path: ["Family"], kind: "string", absent: unknownValue("family is generated by CloudFormation") },
          network_mode: { path: ["NetworkMode"], kind: "string", absent: "bridge" },
          containers: { path: ["ContainerDefinitions"], kind: "value", absent: [] }
        },
        refine: (out) => {
          out.containers = readContainers(out.containers);
        }
      },
      awsConfig: {
        nativeTypes: ["AWS::ECS::TaskDefinition"],
        fields: {
          family: { path: ["configuration", "Family"], kind: "string" },
          network_mode: { path: ["configuration", "NetworkMode"], kind: "string" },
          containers: { path: ["configuration", "ContainerDefinitions"], kind: "value" }
        },
        refine: (out, { configuration }) => {
          if (!isUnknown(out.containers)) out.containers = readContainers(decodeJson(child(configuration, "ContainerDefinitions").value));
        }
      }
    }
  ]
};

// src/normalize/aws/efs.ts
var efs = {
  specs: [
    {
      canonicalType: "aws.efs.file_system",
      terraform: {
        nativeTypes: ["aws_efs_file_system"],
        fields: {
          encrypted: { path: ["encrypted"], kind: "bool", absent: false },
          kms_key_id: { path: ["kms_key_id"], kind: "key", absent: null }
        }
      },
      cloudformation: {
        nativeTypes: ["AWS::EFS::FileSystem"],
        fields: {
          encrypted: { path: ["Encrypted"], kind: "bool", absent: false },
          kms_key_id: { path: ["KmsKeyId"], kind: "key", absent: null }
        }
      },
      awsConfig: {
        nativeTypes: ["AWS::EFS::FileSystem"],
        fields: {
          encrypted: { path: ["configuration", "Encrypted"], kind: "bool" },
          kms_key_id: { path: ["configuration", "KmsKeyId"], kind: "key", absent: null }
        }
      }
    }
  ]
};

// src/normalize/aws/eks.ts
function field2(record3, name) {
  if (record3 === null || typeof record3 !== "object" || Array.isArray(record3)) return void 0;
  const found = Object.keys(record3).find((k) => k.toLowerCase() === name.toLowerCase());
  return found === void 0 ? void 0 : record3[found];
}
var asList = (value) => Array.isArray(value) ? value : [value];
function secretsEncrypted(configs) {
  if (configs === void 0 || configs === null) return false;
  if (isUnknown(configs)) return configs;
  let unresolved;
  for (const config of asList(configs)) {
    const resources = isUnknown(config) ? config : field2(config, "resources");
    if (isUnknown(resources)) unresolved ??= resources;
    for (const resource of isUnknown(resources) || resources === void 0 ? [] : asList(resources)) {
      if (resource === "secrets") return true;
      if (isUnknown(resource)) unresolved ??= resource;
    }
  }
  return unresolved ?? false;
}
function logTypes(value) {
  if (value === void 0 || value === null) return [];
  if (isUnknown(value)) return value;
  return asList(value).map((item) => typeof item === "string" || isUnknown(item) ? item : field2(item, "type") ?? unknownValue("log type without Type"));
}
var ALL_CIDRS = ["0.0.0.0/0"];
var eks = {
  specs: [
    {
      canonicalType: "aws.eks.cluster",
      terraform: {
        nativeTypes: ["aws_eks_cluster"],
        fields: {
          name: { path: ["name"], kind: "string" },
          endpoint_public_access: { path: ["vpc_config", "endpoint_public_access"], kind: "bool", absent: true },
          public_access_cidrs: { path: ["vpc_config", "public_access_cidrs"], kind: "strings", absent: ALL_CIDRS },
          secrets_encrypted: { path: ["encryption_config"], kind: "value", absent: false },
          enabled_log_types: { path: ["enabled_cluster_log_types"], kind: "strings", absent: [] }
        },
        refine: (out) => {
          out.secrets_encrypted = secretsEncrypted(out.secrets_encrypted === false ? null : out.secrets_encrypted);
        }
      },
      cloudformation: {
        nativeTypes: ["AWS::EKS::Cluster"],
        fields: {
          name: { path: ["Name"], kind: "string", absent: unknownValue("cluster name is generated by CloudFormation") },
          endpoint_public_access: { path: ["ResourcesVpcConfig", "EndpointPublicAccess"], kind: "bool", absent: true },
          public_access_cidrs: { path: ["ResourcesVpcConfig", "PublicAccessCidrs"], kind: "strings", absent: ALL_CIDRS },
          secrets_encrypted: { path: ["EncryptionConfig"], kind: "value", absent: null },
          enabled_log_types: { path: ["Logging", "ClusterLogging", "EnabledTypes"], kind: "value", absent: [] }
        },
        refine: (out) => {
          out.secrets_encrypted = secretsEncrypted(out.secrets_encrypted);
          out.enabled_log_types = logTypes(out.enabled_log_types);
        }
      },
      awsConfig: {
        nativeTypes: ["AWS::EKS::Cluster"],
        fields: {
          name: { path: ["configuration", "Name"], kind: "string" },
          endpoint_public_access: { path: ["configuration", "ResourcesVpcConfig", "EndpointPublicAccess"], kind: "bool" },
          public_access_cidrs: { path: ["configuration", "ResourcesVpcConfig", "PublicAccessCidrs"], kind: "strings" },
          secrets_encrypted: { path: ["configuration", "EncryptionConfig"], kind: "value" },
          enabled_log_types: { path: ["configuration", "Logging", "ClusterLogging", "EnabledTypes"], kind: "value" }
        },
        refine: (out, { configuration }) => {
          const recorded = text(child(configuration, "Name")) !== void 0;
          if (!isUnknown(out.secrets_encrypted) || recorded) out.secrets_encrypted = secretsEncrypted(isUnknown(out.secrets_encrypted) ? null : out.secrets_encrypted);
          out.enabled_log_types = logTypes(out.enabled_log_types);
        }
      }
    }
  ]
};

// src/normalize/aws/elasticache.ts
var ENCRYPTION = [
  { canonical: "at_rest_encryption_enabled", terraform: "at_rest_encryption_enabled", cloudformation: "AtRestEncryptionEnabled" },
  { canonical: "transit_encryption_enabled", terraform: "transit_encryption_enabled", cloudformation: "TransitEncryptionEnabled" }
];
function engineDefault(canonical, engine) {
  if (isUnknown(engine)) return engine;
  const name = typeof engine === "string" ? engine.toLowerCase() : "";
  if (name === "redis") return false;
  if (name === "valkey" && canonical === "at_rest_encryption_enabled") return true;
  return unknownValue(`the ${String(engine)} default for ${canonical} is not known`);
}
function applyDefaults(out, written, global, set) {
  for (const setting of ENCRYPTION) {
    if (written(setting)) continue;
    if (global !== void 0) set([setting.canonical], unknownValue("set by the global datastore"), global);
    else set([setting.canonical], engineDefault(setting.canonical, out.engine));
  }
}
function clusterRetention(out, group, set) {
  const engine = out.engine;
  if (typeof engine === "string" && engine.toLowerCase() === "memcached") set(["snapshot_retention_limit"], null);
  else if (group !== void 0 && out.snapshot_retention_limit === 0) set(["snapshot_retention_limit"], unknownValue("set by the replication group"), group);
  else if (isUnknown(engine) && out.snapshot_retention_limit === 0) set(["snapshot_retention_limit"], engine);
}
var elasticache = {
  specs: [
    {
      canonicalType: "aws.elasticache.replication_group",
      terraform: {
        nativeTypes: ["aws_elasticache_replication_group"],
        fields: {
          engine: { path: ["engine"], kind: "string", absent: "redis" },
          at_rest_encryption_enabled: { path: ["at_rest_encryption_enabled"], kind: "bool" },
          transit_encryption_enabled: { path: ["transit_encryption_enabled"], kind: "bool" },
          snapshot_retention_limit: { path: ["snapshot_retention_limit"], kind: "number", absent: 0 }
        },
        refine: (out, { fields, set }) => {
          const global = fields.get("global_replication_group_id");
          const written = (e) => (fields.get(e.terraform)?.value ?? null) !== null;
          applyDefaults(out, written, global?.value === null ? void 0 : global, set);
        }
      },
      cloudformation: {
        nativeTypes: ["AWS::ElastiCache::ReplicationGroup"],
        fields: {
          engine: { path: ["Engine"], kind: "string", absent: "redis" },
          at_rest_encryption_enabled: { path: ["AtRestEncryptionEnabled"], kind: "bool" },
          transit_encryption_enabled: { path: ["TransitEncryptionEnabled"], kind: "bool" },
          snapshot_retention_limit: { path: ["SnapshotRetentionLimit"], kind: "number", absent: 0 }
        },
        refine: (out, { properties, set }) => {
          const global = properties.GlobalReplicationGroupId === void 0 || properties.GlobalReplicationGroupId === null ? void 0 : ["GlobalReplicationGroupId"];
          const written = (e) => (properties[e.cloudformation] ?? null) !== null;
          applyDefaults(out, written, global, set);
        }
      }
    },
    {
      canonicalType: "aws.elasticache.cluster",
      terraform: {
        nativeTypes: ["aws_elasticache_cluster"],
        fields: {
          engine: { path: ["engine"], kind: "string", absent: null },
          snapshot_retention_limit: { path: ["snapshot_retention_limit"], kind: "number", absent: 0 }
        },
        refine: (out, { fields, set }) => {
          const group = fields.get("replication_group_id");
          clusterRetention(out, group?.value === null ? void 0 : group, set);
        }
      },
      cloudformation: {
        nativeTypes: ["AWS::ElastiCache::CacheCluster"],
        fields: {
          engine: { path: ["Engine"], kind: "string", absent: null },
          snapshot_retention_limit: { path: ["SnapshotRetentionLimit"], kind: "number", absent: 0 }
        },
        refine: (out, { set }) => clusterRetention(out, void 0, set)
      }
    }
  ]
};

// src/normalize/aws/elb.ts
var LB_ATTRIBUTES = [
  [["drop_invalid_header_fields"], "routing.http.drop_invalid_header_fields.enabled"],
  [["access_logs", "enabled"], "access_logs.s3.enabled"],
  [["deletion_protection"], "deletion_protection.enabled"]
];
var DEFAULT_SSL_POLICY = "ELBSecurityPolicy-2016-08";
var TLS_PROTOCOLS = /* @__PURE__ */ new Set(["HTTPS", "TLS"]);
function toFlag(value) {
  if (isUnknown(value) || typeof value === "boolean") return value;
  if (typeof value === "string" && /^(true|false)$/i.test(value)) return value.toLowerCase() === "true";
  return unknownValue(`${JSON.stringify(value)} is not a boolean`);
}
var upper = (value) => typeof value === "string" ? value.toUpperCase() : value;
function redirectsToHttps(actions) {
  const isRedirect = (a) => typeof a.type === "string" && a.type.toLowerCase() === "redirect";
  if (actions.some((a) => isRedirect(a) && upper(a.protocol) === "HTTPS")) return true;
  if (actions.some((a) => isUnknown(a.type) || isRedirect(a) && isUnknown(a.protocol))) return unknownValue("a default action is unknown");
  return false;
}
function defaultSslPolicy(out, set) {
  if (out.ssl_policy !== null) return;
  if (isUnknown(out.protocol)) set(["ssl_policy"], unknownValue("the listener protocol is unknown"));
  else if (TLS_PROTOCOLS.has(String(out.protocol))) set(["ssl_policy"], DEFAULT_SSL_POLICY);
}
function cfnLoadBalancerAttributes(_out, { properties, set }) {
  const written = properties.LoadBalancerAttributes;
  if (written === void 0 || written === null) return;
  const entries = Array.isArray(written) ? written.map((e) => asRecord(e) ?? { Key: unknownValue("attribute entry is unknown") }) : [];
  const anyKey = !Array.isArray(written) || entries.some((e) => isUnknown(e.Key));
  for (const [path, key3] of LB_ATTRIBUTES) {
    const index = entries.findIndex((e) => e.Key === key3);
    if (index >= 0) set(path, toFlag(entries[index].Value), ["LoadBalancerAttributes", index, "Value"]);
    else if (anyKey) set(path, unknownValue(`${key3} may be set by an unknown attribute entry`), ["LoadBalancerAttributes"]);
  }
}
function configLoadBalancerAttributes(_out, { item, set }) {
  const entries = elements(dig(item, "supplementaryConfiguration", "LoadBalancerAttributes"));
  for (const [path, key3] of LB_ATTRIBUTES) {
    const entry = entries.find((e) => text(child(e, "key")) === key3);
    if (entry) set(path, bool(child(entry, "value")) ?? unknownValue(`AWS Config recorded no value for ${key3}`), child(entry, "value"));
  }
}
function terraformListener(out, { fields, set }) {
  const protocol = fields.get("protocol");
  if (protocol && protocol.value !== null) set(["protocol"], upper(protocol.value), protocol);
  const written = fields.get("default_action");
  const blocks = fields.blocks("default_action");
  const actions = blocks.map((b) => ({ type: b.get("type")?.value, protocol: b.blocks("redirect")[0]?.get("protocol")?.value }));
  const unknown2 = written !== void 0 && isUnknown(written.value);
  set(["redirects_to_https"], unknown2 ? written.value : redirectsToHttps(actions), written ?? blocks[0]);
  defaultSslPolicy(out, set);
}
function cfnListener(out, { properties, set }) {
  if (typeof out.protocol === "string") set(["protocol"], upper(out.protocol), ["Protocol"]);
  const written = properties.DefaultActions;
  if (isUnknown(written)) set(["redirects_to_https"], written, ["DefaultActions"]);
  else if (Array.isArray(written)) {
    const actions = written.map((a) => {
      const action = asRecord(a);
      const redirect = action?.RedirectConfig;
      return { type: action ? action.Type : unknownValue("action is unknown"), protocol: isUnknown(redirect) ? redirect : asRecord(redirect)?.Protocol };
    });
    set(["redirects_to_https"], redirectsToHttps(actions), ["DefaultActions"]);
  }
  defaultSslPolicy(out, set);
}
function configListener(out, { configuration, set }) {
  if (typeof out.protocol === "string") set(["protocol"], upper(out.protocol));
  const node = child(configuration, "DefaultActions");
  if (!present(node)) return;
  const actions = elements(node).map((a) => ({ type: text(child(a, "Type")), protocol: text(dig(a, "RedirectConfig", "Protocol")) }));
  set(["redirects_to_https"], redirectsToHttps(actions), node);
}
function terraformClassic(_out, { fields, set }) {
  const written = fields.get("listener");
  const blocks = fields.blocks("listener");
  const listeners = blocks.map((l) => ({
    protocol: upper(l.get("lb_protocol")?.value ?? unknownValue("lb_protocol is not written")),
    port: l.get("lb_port") ? toNum(l.get("lb_port").value) : null
  }));
  set(["listeners"], written !== void 0 && isUnknown(written.value) ? written.value : listeners, written ?? blocks[0]);
  const logs = fields.blocks("access_logs")[0];
  if (logs && (logs.get("enabled") === void 0 || logs.get("enabled")?.value === null)) set(["access_logs", "enabled"], true, logs);
}
function cfnClassic(_out, { properties, set }) {
  const written = properties.Listeners;
  if (isUnknown(written)) return set(["listeners"], written, ["Listeners"]);
  const listeners = (Array.isArray(written) ? written : []).map((l) => {
    const listener = asRecord(l);
    if (!listener) return { protocol: unknownValue("listener is unknown"), port: unknownValue("listener is unknown") };
    return { protocol: upper(listener.Protocol ?? unknownValue("Protocol is not written")), port: asNumber(listener.LoadBalancerPort) ?? null };
  });
  set(["listeners"], listeners, written === void 0 ? void 0 : ["Listeners"]);
}
function configClassic(_out, { configuration, set }) {
  const node = child(configuration, "listenerDescriptions");
  if (!present(node)) return;
  const listeners = elements(node).map((d) => ({
    protocol: upper(text(dig(d, "listener", "protocol")) ?? unknownValue("AWS Config recorded no listener protocol")),
    port: num(dig(d, "listener", "loadBalancerPort")) ?? null
  }));
  set(["listeners"], listeners, node);
}
var NOT_RECORDED = unknownValue("AWS Config recorded no load balancer attributes");
var elb = {
  specs: [
    {
      canonicalType: "aws.elb.load_balancer",
      terraform: {
        nativeTypes: ["aws_lb", "aws_alb"],
        fields: {
          name: { path: ["name"], kind: "string", absent: unknownValue("load balancer name is generated by Terraform") },
          type: { path: ["load_balancer_type"], kind: "string", absent: "application" },
          drop_invalid_header_fields: { path: ["drop_invalid_header_fields"], kind: "bool", absent: false },
          "access_logs.enabled": { path: ["access_logs", "enabled"], kind: "bool", absent: false },
          deletion_protection: { path: ["enable_deletion_protection"], kind: "bool", absent: false }
        }
      },
      cloudformation: {
        nativeTypes: ["AWS::ElasticLoadBalancingV2::LoadBalancer"],
        fields: {
          name: { path: ["Name"], kind: "string", absent: unknownValue("load balancer name is generated by CloudFormation") },
          type: { path: ["Type"], kind: "string", absent: "application" },
          drop_invalid_header_fields: { path: [], kind: "bool", absent: false },
          "access_logs.enabled": { path: [], kind: "bool", absent: false },
          deletion_protection: { path: [], kind: "bool", absent: false }
        },
        refine: cfnLoadBalancerAttributes
      },
      awsConfig: {
        nativeTypes: ["AWS::ElasticLoadBalancingV2::LoadBalancer"],
        fields: {
          name: { path: ["configuration", "loadBalancerName"], kind: "string" },
          type: { path: ["configuration", "type"], kind: "string" },
          drop_invalid_header_fields: { path: [], kind: "bool", absent: NOT_RECORDED },
          "access_logs.enabled": { path: [], kind: "bool", absent: NOT_RECORDED },
          deletion_protection: { path: [], kind: "bool", absent: NOT_RECORDED }
        },
        refine: configLoadBalancerAttributes
      }
    },
    {
      canonicalType: "aws.elb.listener",
      terraform: {
        nativeTypes: ["aws_lb_listener", "aws_alb_listener"],
        fields: {
          protocol: { path: ["protocol"], kind: "string", absent: unknownValue("protocol is not written: HTTP on an Application Load Balancer, none on a Gateway Load Balancer") },
          port: { path: ["port"], kind: "number" },
          ssl_policy: { path: ["ssl_policy"], kind: "string" },
          redirects_to_https: { path: [], kind: "bool", absent: false }
        },
        refine: terraformListener
      },
      cloudformation: {
        nativeTypes: ["AWS::ElasticLoadBalancingV2::Listener"],
        fields: {
          protocol: { path: ["Protocol"], kind: "string", absent: unknownValue("Protocol is not written: HTTP on an Application Load Balancer, none on a Gateway Load Balancer") },
          port: { path: ["Port"], kind: "number" },
          ssl_policy: { path: ["SslPolicy"], kind: "string" },
          redirects_to_https: { path: [], kind: "bool", absent: false }
        },
        refine: cfnListener
      },
      awsConfig: {
        nativeTypes: ["AWS::ElasticLoadBalancingV2::Listener"],
        fields: {
          protocol: { path: ["configuration", "Protocol"], kind: "string" },
          port: { path: ["configuration", "Port"], kind: "number" },
          ssl_policy: { path: ["configuration", "SslPolicy"], kind: "string" },
          redirects_to_https: { path: [], kind: "bool", absent: unknownValue("AWS Config recorded no DefaultActions") }
        },
        refine: configListener
      }
    },
    {
      canonicalType: "aws.elb.classic_load_balancer",
      terraform: {
        nativeTypes: ["aws_elb"],
        fields: {
          name: { path: ["name"], kind: "string", absent: unknownValue("load balancer name is generated by Terraform") },
          "access_logs.enabled": { path: ["access_logs", "enabled"], kind: "bool", absent: false }
        },
        refine: terraformClassic
      },
      cloudformation: {
        nativeTypes: ["AWS::ElasticLoadBalancing::LoadBalancer"],
        fields: {
          name: { path: ["LoadBalancerName"], kind: "string", absent: unknownValue("load balancer name is generated by CloudFormation") },
          "access_logs.enabled": { path: ["AccessLoggingPolicy", "Enabled"], kind: "bool", absent: false }
        },
        refine: cfnClassic
      },
      awsConfig: {
        nativeTypes: ["AWS::ElasticLoadBalancing::LoadBalancer"],
        fields: {
          name: { path: ["configuration", "loadBalancerName"], kind: "string" },
          listeners: { path: [], kind: "value", absent: unknownValue("AWS Config recorded no listenerDescriptions") },
          "access_logs.enabled": { path: ["supplementaryConfiguration", "LoadBalancerAttributes", "accessLog", "enabled"], kind: "bool" }
        },
        refine: configClassic
      }
    }
  ]
};

// src/normalize/aws/policy-document.ts
function policyDocument(value) {
  if (value === void 0 || value === null || value === "") return null;
  if (isUnknown(value)) return value;
  if (typeof value === "object" && !Array.isArray(value)) return value;
  if (typeof value !== "string") return unknownValue("policy is not a JSON document");
  for (const text2 of [value, safeDecodeUri(value)]) {
    if (text2 === void 0) continue;
    try {
      const parsed = JSON.parse(text2);
      if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) return parsed;
    } catch {
    }
  }
  return unknownValue("policy is not valid JSON");
}
function safeDecodeUri(text2) {
  try {
    const decoded = decodeURIComponent(text2);
    return decoded === text2 ? void 0 : decoded;
  } catch {
    return void 0;
  }
}

// src/normalize/aws/iam-cloudformation.ts
var KINDS = [
  { canonical: "aws.iam.user", type: "AWS::IAM::User", nameProperty: "UserName", inline: "AWS::IAM::UserPolicy", inlineLink: "UserName", list: "Users" },
  { canonical: "aws.iam.role", type: "AWS::IAM::Role", nameProperty: "RoleName", inline: "AWS::IAM::RolePolicy", inlineLink: "RoleName", list: "Roles" },
  { canonical: "aws.iam.group", type: "AWS::IAM::Group", nameProperty: "GroupName", inline: "AWS::IAM::GroupPolicy", inlineLink: "GroupName", list: "Groups" }
];
var POLICY = "AWS::IAM::Policy";
var MANAGED_POLICY = "AWS::IAM::ManagedPolicy";
var PERMISSION_SET = "AWS::SSO::PermissionSet";
function inlinePolicies(value) {
  if (value === void 0 || value === null) return [];
  if (isUnknown(value) || !Array.isArray(value)) return isUnknown(value) ? value : unknownValue("Policies is not a list");
  return value.map((item) => {
    const policy2 = asRecord(item);
    if (!policy2 || isUnknown(item)) return { name: unknownValue("the policy is unknown"), document: unknownValue("the policy is unknown") };
    return { name: policy2.PolicyName ?? null, document: policyDocument(policy2.PolicyDocument) };
  });
}
var list2 = (value) => value === void 0 || value === null ? [] : isUnknown(value) || Array.isArray(value) ? value : [value];
function principalMapping(kind, declared) {
  return {
    nativeTypes: [],
    fields: {},
    refine: (out, { properties, set }) => {
      const name = declared ? properties[kind.nameProperty] : properties[kind.inlineLink] ?? null;
      set(["name"], name ?? unknownValue(`the name is generated by CloudFormation`), declared ? [kind.nameProperty] : void 0);
      set(["inline_policies"], declared ? inlinePolicies(properties.Policies) : [], declared ? ["Policies"] : void 0);
      set(["managed_policy_arns"], declared ? list2(properties.ManagedPolicyArns) : [], declared ? ["ManagedPolicyArns"] : void 0);
      set(["declared"], declared);
      if (kind.type === "AWS::IAM::Role") {
        const trust = declared ? policyDocument(properties.AssumeRolePolicyDocument) : unknownValue("the role is not defined in this template");
        set(["assume_role_policy"], trust, declared ? ["AssumeRolePolicyDocument"] : void 0);
      }
      if (kind.type === "AWS::IAM::User") set(["groups"], declared ? list2(properties.Groups) : [], declared ? ["Groups"] : void 0);
    }
  };
}
function target(written, resolved, linked) {
  const ref = asRecord(written)?.Ref;
  if (typeof ref === "string" && linked.byId.has(ref)) return linked.byId.get(ref);
  if (typeof resolved !== "string") return void 0;
  linked.byName ??= firstByName(linked.byId.values());
  return linked.byName.get(resolved);
}
function firstByName(principals) {
  const named = /* @__PURE__ */ new Map();
  for (const r of principals) if (typeof r.attributes.name === "string" && !named.has(r.attributes.name)) named.set(r.attributes.name, r);
  return named;
}
function push(resource, attribute, value) {
  const items = resource.attributes[attribute];
  if (!Array.isArray(items)) return void 0;
  items.push(value);
  return items.length - 1;
}
function attachInline(tools, principal, child2) {
  const index = push(principal, "inline_policies", { name: child2.properties.PolicyName ?? null, document: policyDocument(child2.properties.PolicyDocument) });
  if (index !== void 0) {
    tools.pointAt(principal, ["inline_policies", index], child2.logicalId);
    tools.pointAt(principal, ["inline_policies", index, "document"], child2.logicalId);
  }
}
function listTargets(child2, linked) {
  const written = asRecord(child2.raw.Properties)?.[linked.kind.list];
  const resolved = child2.properties[linked.kind.list];
  if (written === void 0) return [];
  if (!Array.isArray(written)) return [void 0];
  return written.map((item, i) => target(item, Array.isArray(resolved) ? resolved[i] : void 0, linked));
}
var iamCloudFormationGroup = {
  nativeTypes: [...KINDS.flatMap((k) => [k.type, k.inline]), POLICY, MANAGED_POLICY, PERMISSION_SET],
  normalize(resources, tools) {
    const links = KINDS.map((kind) => ({
      kind,
      byId: new Map(resources.filter((r) => r.type === kind.type).map((r) => [r.logicalId, tools.bySpec(r, kind.canonical, principalMapping(kind, true))]))
    }));
    const standIns = [];
    for (const child2 of resources) {
      const kinds = links.filter((l) => l.kind.inline === child2.type || child2.type === POLICY || child2.type === MANAGED_POLICY);
      let unresolved;
      for (const linked of kinds) {
        const targets = linked.kind.inline === child2.type ? [target(asRecord(child2.raw.Properties)?.[linked.kind.inlineLink], child2.properties[linked.kind.inlineLink], linked)] : listTargets(child2, linked);
        for (const principal of targets) {
          if (principal === void 0) unresolved ??= linked;
          else if (child2.type === MANAGED_POLICY) push(principal, "managed_policy_arns", unknownValue(`the ARN of ${child2.logicalId} is known after deployment`));
          else attachInline(tools, principal, child2);
        }
      }
      if (child2.type !== MANAGED_POLICY && (unresolved !== void 0 || child2.type === POLICY && kinds.every((l) => listTargets(child2, l).length === 0))) {
        const kind = unresolved?.kind ?? KINDS[1];
        const standIn2 = tools.bySpec(child2, kind.canonical, principalMapping(kind, false));
        attachInline(tools, standIn2, child2);
        standIns.push(standIn2);
      }
    }
    const managed = resources.filter((r) => r.type === MANAGED_POLICY).map((r) => tools.bySpec(r, "aws.iam.policy", MANAGED_POLICY_MAPPING));
    const permissionSets = resources.filter((r) => r.type === PERMISSION_SET).map((r) => r.properties.InlinePolicy === void 0 ? tools.raw(r) : tools.bySpec(r, "aws.iam.policy", PERMISSION_SET_MAPPING));
    return [...links.flatMap((l) => [...l.byId.values()]), ...standIns, ...managed, ...permissionSets];
  }
};
var PERMISSION_SET_MAPPING = {
  nativeTypes: [],
  fields: {},
  refine: (_out, { properties, set }) => {
    set(["name"], properties.Name ?? null, ["Name"]);
    set(["document"], policyDocument(properties.InlinePolicy), ["InlinePolicy"]);
  }
};
var MANAGED_POLICY_MAPPING = {
  nativeTypes: [],
  fields: {},
  refine: (out, { properties, set }) => {
    set(["name"], properties.ManagedPolicyName ?? unknownValue("the name is generated by CloudFormation"), ["ManagedPolicyName"]);
    set(["document"], policyDocument(properties.PolicyDocument), ["PolicyDocument"]);
  }
};

// src/normalize/aws/iam-config.ts
var record = (value) => value !== null && typeof value === "object" && !Array.isArray(value) && !isUnknown(value) ? value : void 0;
function configDocument(value) {
  if (isUnknown(value)) return value;
  return policyDocument(value) ?? unknownValue("AWS Config recorded no policy document");
}
function configInlinePolicies(value) {
  if (isUnknown(value)) return value;
  if (!Array.isArray(value)) return unknownValue("the policy list is not a list");
  return value.map((item) => {
    const policy2 = record(item);
    return { name: policy2?.policyName ?? null, document: configDocument(policy2?.policyDocument) };
  });
}
function configManagedArns(value) {
  if (isUnknown(value)) return value;
  if (!Array.isArray(value)) return unknownValue("attachedManagedPolicies is not a list");
  return value.map((item) => record(item)?.policyArn ?? unknownValue("an attached policy without policyArn"));
}
function configDefaultVersion(value) {
  if (isUnknown(value)) return value;
  const versions = Array.isArray(value) ? value.map(record) : [];
  const current = versions.find((v) => v?.isDefaultVersion === true || v?.isDefaultVersion === "true");
  return current ? configDocument(current.document) : unknownValue("AWS Config recorded no default policy version");
}

// src/normalize/terraform/canonical.ts
var CanonicalBuilder = class {
  constructor(attributes) {
    this.attributes = attributes;
  }
  attributes;
  provenance = /* @__PURE__ */ new Map();
  /** Sets `path` to `value`; `from` (a range or a field) becomes its provenance. */
  set(path, value, from) {
    let target2 = this.attributes;
    for (const segment of path.slice(0, -1)) target2 = target2[segment];
    target2[path[path.length - 1]] = value;
    if (from !== void 0) this.provenance.set(pathKey(path), "value" in from ? from.range : from);
  }
  /** Sets `path` from a field when the field is present; returns whether it was. */
  setField(path, from, convert = (v) => v) {
    if (from === void 0 || from.value === null) return false;
    this.set(path, convert(from.value), from);
    return true;
  }
};
function toResource(instance, type, builder, raw, scope, id = instance.id) {
  builder.provenance.set(pathKey([]), instance.block.range);
  return {
    id,
    type,
    source: { format: "terraform", path: instance.doc.file.path, nativeType: instance.type },
    attributes: builder.attributes,
    raw,
    provenance: builder.provenance,
    scope,
    ...instance.moduleCalls === void 0 ? {} : { moduleCalls: instance.moduleCalls }
  };
}

// src/normalize/aws/iam-tf-document.ts
var MERGED = ["source_policy_documents", "override_policy_documents", "source_json", "override_json"];
function terraformDocument(expr, instance, dataBlocks) {
  if (expr === void 0) return null;
  const dataName = policyDocumentReference(expr);
  if (dataName !== void 0) {
    const block = dataBlocks.get(dataName);
    return block ? dataSourceDocument(block, { ...instance.scope, bindings: {} }) : unknownValue(`data.aws_iam_policy_document.${dataName} is not in this module's IAM files`);
  }
  const value = evaluate(expr, instance.scope);
  if (isUnknown(value)) {
    const structure = jsonStructureOf(value);
    if (structure !== null && typeof structure === "object" && !Array.isArray(structure)) return maskSensitive(structure);
  }
  return policyDocument(maskSensitive(value));
}
function policyDocumentReference(expr) {
  if (expr.kind === "template" && expr.parts.length === 1) return policyDocumentReference(expr.parts[0]);
  if (expr.kind !== "traversal" || expr.root !== "data" || expr.steps.length !== 3) return void 0;
  const [type, name, attr] = expr.steps.map((s) => "attr" in s ? s.attr : void 0);
  return type === "aws_iam_policy_document" && attr === "json" ? name : void 0;
}
function policyDocumentBlocks(instances) {
  const out = /* @__PURE__ */ new Map();
  for (const doc of new Set(instances.map((i) => i.doc))) {
    for (const block of doc.value.body.blocks) {
      if (block.type === "data" && block.labels[0] === "aws_iam_policy_document" && block.labels[1] !== void 0) out.set(block.labels[1], block);
    }
  }
  return out;
}
function dataSourceDocument(block, scope) {
  const body = block.body;
  if (body.attributes.count !== void 0 || body.attributes.for_each !== void 0) return unknownValue("the policy document data source has count or for_each");
  if (MERGED.some((name) => body.attributes[name] !== void 0)) return unknownValue("the policy document merges other documents");
  for (const dynamic of body.blocks.filter((b) => b.type === "dynamic")) {
    const forEach = dynamic.body.attributes.for_each;
    if (forEach === void 0 || isUnknown(evaluate(forEach.expr, scope))) return unknownValue("a dynamic statement block has an unknown for_each");
  }
  const fields = Fields.fromBody(body, scope, block.range);
  const statements = fields.blocks("statement").map(renderStatement);
  return { Version: fields.get("version")?.value ?? "2012-10-17", Statement: statements };
}
var LISTS = [
  ["actions", "Action"],
  ["not_actions", "NotAction"],
  ["resources", "Resource"],
  ["not_resources", "NotResource"]
];
function renderStatement(statement) {
  const out = { Effect: statement.get("effect")?.value ?? "Allow" };
  const sid = statement.get("sid")?.value;
  if (sid !== void 0 && sid !== null) out.Sid = sid;
  for (const [attr, key3] of LISTS) {
    const value = statement.get(attr)?.value;
    if (value !== void 0 && value !== null) out[key3] = value;
  }
  for (const [block, key3] of [["principals", "Principal"], ["not_principals", "NotPrincipal"]]) {
    const items = statement.blocks(block);
    if (items.length > 0) out[key3] = renderPrincipals(items);
  }
  const conditions = statement.blocks("condition");
  if (conditions.length > 0) out.Condition = renderConditions(conditions);
  return out;
}
function renderPrincipals(blocks) {
  const out = {};
  for (const block of blocks) {
    const type = block.get("type")?.value;
    const identifiers = block.get("identifiers")?.value;
    if (typeof type !== "string") return unknownValue("a principal type is unknown");
    if (type === "*") return "*";
    const known = out[type];
    out[type] = Array.isArray(known) && Array.isArray(identifiers) ? [...known, ...identifiers] : identifiers;
  }
  return out;
}
function renderConditions(blocks) {
  const out = {};
  for (const block of blocks) {
    const test = block.get("test")?.value;
    const variable = block.get("variable")?.value;
    if (typeof test !== "string" || typeof variable !== "string") return unknownValue("a condition is not fully known");
    out[test] = { ...out[test] ?? {}, [variable]: block.get("values")?.value ?? null };
  }
  return out;
}

// src/normalize/aws/iam-terraform.ts
var KINDS2 = [
  { canonical: "aws.iam.role", parent: "aws_iam_role", inline: "aws_iam_role_policy", attachment: "aws_iam_role_policy_attachment", link: "role", list: "roles" },
  { canonical: "aws.iam.user", parent: "aws_iam_user", inline: "aws_iam_user_policy", attachment: "aws_iam_user_policy_attachment", link: "user", list: "users" },
  { canonical: "aws.iam.group", parent: "aws_iam_group", inline: "aws_iam_group_policy", attachment: "aws_iam_group_policy_attachment", link: "group", list: "groups" }
];
var POLICY2 = "aws_iam_policy";
var PERMISSION_SET_POLICY = "aws_ssoadmin_permission_set_inline_policy";
var POLICY_ATTACHMENT = "aws_iam_policy_attachment";
var fieldsOf = (i) => Fields.fromBody(i.block.body, i.scope, i.block.range);
var attrExpr = (i, name) => i.block.body.attributes[name]?.expr;
function principalAttributes(kind, name, declared) {
  const out = { name, inline_policies: [], managed_policy_arns: [], declared };
  if (kind.parent === "aws_iam_role") out.assume_role_policy = declared ? null : unknownValue("the role is not defined in this module");
  if (kind.parent === "aws_iam_user") out.groups = [];
  return out;
}
function readPrincipal(kind, instance, ctx) {
  const fields = fieldsOf(instance);
  const name = fields.get("name")?.value ?? unknownValue(`the ${kind.link} name is generated by Terraform`);
  const out = new CanonicalBuilder(principalAttributes(kind, maskSensitive(name), true));
  if (fields.get("name")) out.provenance.set(pathKey(["name"]), fields.get("name").range);
  if (kind.parent === "aws_iam_role") {
    const trust = fields.get("assume_role_policy");
    if (trust) out.set(["assume_role_policy"], terraformDocument(attrExpr(instance, "assume_role_policy"), instance, ctx.dataBlocks), trust);
    out.setField(["managed_policy_arns"], fields.get("managed_policy_arns"), maskSensitive);
    readRoleInlineBlocks(instance, fields, out, ctx);
  }
  return { instance, fields, out };
}
function readRoleInlineBlocks(instance, fields, out, ctx) {
  const written = instance.block.body.blocks.filter((b) => b.type === "inline_policy");
  const resolved = fields.blocks("inline_policy");
  const exprs = written.length === resolved.length ? written.map((b) => b.body.attributes.policy?.expr) : [];
  resolved.forEach((block, i) => {
    const policy2 = block.get("policy");
    if (!policy2 || policy2.value === null) return;
    const document = exprs[i] ? terraformDocument(exprs[i], instance, ctx.dataBlocks) : policyDocument(maskSensitive(policy2.value));
    addInline(out, maskSensitive(block.get("name")?.value ?? null), document, block.range, policy2.range);
  });
}
function addInline(out, name, document, blockRange, documentRange) {
  const index = out.attributes.inline_policies.length;
  out.set(["inline_policies", index], { name, document }, blockRange);
  out.provenance.set(pathKey(["inline_policies", index, "document"]), documentRange);
}
function addManaged(out, arn, range2) {
  const list3 = out.attributes.managed_policy_arns;
  if (!Array.isArray(list3)) return;
  out.set(["managed_policy_arns", list3.length], arn, range2);
}
function standIn(kind, instance, name, standIns) {
  const principal = { instance, fields: fieldsOf(instance), out: new CanonicalBuilder(principalAttributes(kind, maskSensitive(name), false)) };
  standIns.push(principal);
  return principal;
}
function linker(kind, parents) {
  const sameName = (p, value) => p.out.attributes.name === value;
  return { parents, find: (expr, instance) => findParent(expr, instance.scope, kind.parent, ["name", "id"], parents, sameName) };
}
function mergeChildren(kind, link, instances, ctx, standIns) {
  for (const child2 of instances.filter((i) => i.type === kind.inline || i.type === kind.attachment)) {
    const fields = fieldsOf(child2);
    const target2 = link.find(attrExpr(child2, kind.link), child2) ?? standIn(kind, child2, fields.get(kind.link)?.value ?? null, standIns);
    if (child2.type === kind.inline) {
      const document = terraformDocument(attrExpr(child2, "policy"), child2, ctx.dataBlocks);
      addInline(target2.out, maskSensitive(fields.get("name")?.value ?? null), document, child2.block.range, fields.get("policy")?.range ?? child2.block.range);
    } else {
      addManaged(target2.out, maskSensitive(fields.get("policy_arn")?.value ?? null), child2.block.range);
    }
  }
}
function mergeExclusiveAttachments(links, instances, standIns) {
  for (const attachment of instances.filter((i) => i.type === POLICY_ATTACHMENT)) {
    const fields = fieldsOf(attachment);
    const arn = maskSensitive(fields.get("policy_arn")?.value ?? null);
    for (const [kind, link] of links) {
      const expr = attrExpr(attachment, kind.list);
      if (expr === void 0) continue;
      const items = expr.kind === "tuple" ? expr.items : [expr];
      const found = items.map((item) => link.find(item, attachment));
      found.forEach((p) => p && addManaged(p.out, arn, attachment.block.range));
      const unresolved = found.some((p) => p === void 0);
      if (unresolved && kind.parent === "aws_iam_user") addManaged(standIn(kind, attachment, null, standIns).out, arn, attachment.block.range);
    }
  }
}
function readPolicy(instance, ctx) {
  const fields = fieldsOf(instance);
  const out = new CanonicalBuilder({ name: maskSensitive(fields.get("name")?.value ?? unknownValue("the policy name is generated by Terraform")), document: null });
  if (fields.get("name")) out.provenance.set(pathKey(["name"]), fields.get("name").range);
  const policy2 = fields.get("policy");
  if (policy2) out.set(["document"], terraformDocument(attrExpr(instance, "policy"), instance, ctx.dataBlocks), policy2);
  return toResource(instance, "aws.iam.policy", out, fields.raw(), ctx.scope);
}
function readPermissionSetPolicy(instance, ctx) {
  const fields = fieldsOf(instance);
  const out = new CanonicalBuilder({ name: null, document: null });
  const policy2 = fields.get("inline_policy");
  if (policy2) out.set(["document"], terraformDocument(attrExpr(instance, "inline_policy"), instance, ctx.dataBlocks), policy2);
  return toResource(instance, "aws.iam.policy", out, fields.raw(), ctx.scope);
}
var iamTerraformGroup = {
  nativeTypes: [...KINDS2.flatMap((k) => [k.parent, k.inline, k.attachment]), POLICY2, POLICY_ATTACHMENT, PERMISSION_SET_POLICY],
  normalize(instances, scope) {
    const ctx = { scope, dataBlocks: policyDocumentBlocks(instances) };
    const standIns = [];
    const links = /* @__PURE__ */ new Map();
    for (const kind of KINDS2) {
      const parents = new Map(instances.filter((i) => i.type === kind.parent).map((i) => [i.id, readPrincipal(kind, i, ctx)]));
      links.set(kind, linker(kind, parents));
    }
    for (const [kind, link] of links) mergeChildren(kind, link, instances, ctx, standIns);
    mergeExclusiveAttachments(links, instances, standIns);
    const principals = [...links].flatMap(([kind, link]) => [...link.parents.values()].map((p) => ({ kind, p })));
    const resources = principals.map(({ kind, p }) => toResource(p.instance, kind.canonical, p.out, p.fields.raw(), scope));
    const kindOf = (type) => KINDS2.find((k) => type === k.inline || type === k.attachment) ?? KINDS2[1];
    resources.push(...standIns.map((p) => toResource(p.instance, kindOf(p.instance.type).canonical, p.out, p.fields.raw(), scope)));
    resources.push(...instances.filter((i) => i.type === POLICY2).map((i) => readPolicy(i, ctx)));
    resources.push(...instances.filter((i) => i.type === PERMISSION_SET_POLICY).map((i) => readPermissionSetPolicy(i, ctx)));
    return resources;
  }
};

// src/normalize/aws/iam.ts
function principalConfig(nativeType, nameKey, policyList, extra = {}) {
  return {
    nativeTypes: [nativeType],
    fields: {
      name: { path: ["configuration", nameKey], kind: "string" },
      inline_policies: { path: ["configuration", policyList], kind: "value" },
      managed_policy_arns: { path: ["configuration", "attachedManagedPolicies"], kind: "value" },
      declared: { path: [], kind: "bool", absent: true },
      ...extra
    },
    refine: (out) => {
      out.inline_policies = configInlinePolicies(out.inline_policies);
      out.managed_policy_arns = configManagedArns(out.managed_policy_arns);
      if ("assume_role_policy" in out) out.assume_role_policy = configDocument(out.assume_role_policy);
    }
  };
}
var iam = {
  specs: [
    {
      canonicalType: "aws.iam.role",
      awsConfig: principalConfig("AWS::IAM::Role", "roleName", "rolePolicyList", {
        assume_role_policy: { path: ["configuration", "assumeRolePolicyDocument"], kind: "value" }
      })
    },
    {
      canonicalType: "aws.iam.user",
      awsConfig: principalConfig("AWS::IAM::User", "userName", "userPolicyList", {
        groups: { path: ["configuration", "groupList"], kind: "strings" }
      })
    },
    { canonicalType: "aws.iam.group", awsConfig: principalConfig("AWS::IAM::Group", "groupName", "groupPolicyList") },
    {
      canonicalType: "aws.iam.policy",
      awsConfig: {
        nativeTypes: ["AWS::IAM::Policy"],
        fields: {
          name: { path: ["configuration", "policyName"], kind: "string" },
          document: { path: ["configuration", "policyVersionList"], kind: "value" }
        },
        refine: (out) => {
          out.document = configDefaultVersion(out.document);
        }
      }
    },
    {
      canonicalType: "aws.iam.password_policy",
      terraform: {
        nativeTypes: ["aws_iam_account_password_policy"],
        fields: {
          minimum_length: { path: ["minimum_password_length"], kind: "number", absent: 6 },
          reuse_prevention: { path: ["password_reuse_prevention"], kind: "number", absent: 0 },
          max_age: { path: ["max_password_age"], kind: "number", absent: 0 },
          require_uppercase: { path: ["require_uppercase_characters"], kind: "bool", absent: false },
          require_lowercase: { path: ["require_lowercase_characters"], kind: "bool", absent: false },
          require_numbers: { path: ["require_numbers"], kind: "bool", absent: false },
          require_symbols: { path: ["require_symbols"], kind: "bool", absent: false }
        }
      }
    },
    {
      canonicalType: "aws.iam.access_key",
      terraform: {
        nativeTypes: ["aws_iam_access_key"],
        fields: {
          user: { path: ["user"], kind: "string" },
          status: { path: ["status"], kind: "string", absent: "Active" }
        }
      },
      cloudformation: {
        nativeTypes: ["AWS::IAM::AccessKey"],
        fields: {
          user: { path: ["UserName"], kind: "string" },
          status: { path: ["Status"], kind: "string", absent: "Active" }
        }
      }
    }
  ],
  terraformGroups: [iamTerraformGroup],
  cloudformationGroups: [iamCloudFormationGroup]
};

// src/normalize/aws/resource-spec.ts
function always(value = null, kind = "string") {
  return value === null ? { path: [], kind } : { path: [], kind, absent: value };
}
function tableFor(attributes, source) {
  const table = {};
  for (const [name, spec] of Object.entries(attributes)) {
    const rule = spec?.[source];
    if (rule !== void 0) table[name] = rule;
  }
  return table;
}
function mappingFor(definition, source) {
  const nativeTypes = definition.nativeTypes[source];
  if (nativeTypes === void 0 || nativeTypes.length === 0) return void 0;
  const attributes = definition.attributes;
  const refine = definition.refine?.[source];
  return { nativeTypes, fields: tableFor(attributes, source), ...refine ? { refine } : {} };
}
function defineResource() {
  return (definition) => {
    const loose = definition;
    const spec = {
      canonicalType: definition.canonicalType,
      definition: loose
    };
    const terraform = mappingFor(loose, "terraform");
    const cloudformation = mappingFor(loose, "cloudformation");
    const awsConfig = mappingFor(loose, "awsConfig");
    if (terraform) spec.terraform = terraform;
    if (cloudformation) spec.cloudformation = cloudformation;
    if (awsConfig) spec.awsConfig = awsConfig;
    return spec;
  };
}

// src/normalize/aws/kms.ts
var key2 = defineResource()({
  canonicalType: "aws.kms.key",
  doc: "A KMS key. A key declared in Terraform or CloudFormation is always customer managed.",
  nativeTypes: { terraform: ["aws_kms_key"], cloudformation: ["AWS::KMS::Key"], awsConfig: ["AWS::KMS::Key"] },
  attributes: {
    rotation_enabled: {
      doc: "Automatic yearly rotation of the key material.",
      terraform: { path: ["enable_key_rotation"], kind: "bool", absent: false },
      cloudformation: { path: ["EnableKeyRotation"], kind: "bool", absent: false },
      awsConfig: { path: ["supplementaryConfiguration", "KeyRotationStatus"], kind: "bool" }
    },
    key_spec: {
      doc: "`SYMMETRIC_DEFAULT`, `RSA_2048`, `HMAC_256`, \u2026: automatic rotation exists only for symmetric keys.",
      terraform: { path: ["customer_master_key_spec"], kind: "string", absent: "SYMMETRIC_DEFAULT" },
      cloudformation: { path: ["KeySpec"], kind: "string", absent: "SYMMETRIC_DEFAULT" },
      // the published Config schema lists customerMasterKeySpec; newer items also carry keySpec
      awsConfig: { path: ["configuration", "keySpec"], kind: "string" }
    },
    key_manager: {
      doc: "`CUSTOMER` or `AWS`: AWS managed keys rotate every year by themselves.",
      terraform: always("CUSTOMER"),
      cloudformation: always("CUSTOMER"),
      awsConfig: { path: ["configuration", "keyManager"], kind: "string" }
    },
    enabled: {
      terraform: { path: ["is_enabled"], kind: "bool", absent: true },
      cloudformation: { path: ["Enabled"], kind: "bool", absent: true },
      awsConfig: { path: ["configuration", "enabled"], kind: "bool" }
    },
    key_state: {
      doc: "`Enabled`, `PendingDeletion`, \u2026: recorded by AWS Config only.",
      terraform: always(),
      cloudformation: always(),
      awsConfig: { path: ["configuration", "keyState"], kind: "string" }
    },
    origin: {
      doc: "`AWS_KMS`, `EXTERNAL` (imported material cannot rotate automatically), `AWS_CLOUDHSM`, `EXTERNAL_KEY_STORE`.",
      terraform: always("AWS_KMS"),
      cloudformation: { path: ["Origin"], kind: "string", absent: "AWS_KMS" },
      awsConfig: { path: ["configuration", "origin"], kind: "string" }
    }
  },
  refine: {
    terraform: (out, { fields, set }) => {
      const spec = fields.get("key_spec");
      if (spec && spec.value !== null) set(["key_spec"], spec.value, spec);
    },
    awsConfig: (out, { configuration, set }) => {
      const legacy = child(configuration, "customerMasterKeySpec");
      if (isUnknown(out.key_spec) && typeof text(legacy) === "string") set(["key_spec"], text(legacy), legacy);
    }
  }
});
var kms = { specs: [key2] };

// src/normalize/aws/lambda.ts
var FUNCTION = "aws.lambda.function";
var TF_FUNCTION = {
  nativeTypes: ["aws_lambda_function"],
  fields: {
    name: { path: ["function_name"], kind: "string" },
    runtime: { path: ["runtime"], kind: "string", absent: null },
    package_type: { path: ["package_type"], kind: "string", absent: "Zip" },
    tracing_mode: { path: ["tracing_config", "mode"], kind: "string", absent: "PassThrough" },
    permissions: { path: [], kind: "value" },
    url_auth_type: { path: [], kind: "string", absent: null }
  }
};
var CFN_FUNCTION = {
  nativeTypes: ["AWS::Lambda::Function"],
  fields: {
    name: { path: ["FunctionName"], kind: "string", absent: unknownValue("function name is generated by CloudFormation") },
    runtime: { path: ["Runtime"], kind: "string", absent: null },
    package_type: { path: ["PackageType"], kind: "string", absent: "Zip" },
    tracing_mode: { path: ["TracingConfig", "Mode"], kind: "string", absent: "PassThrough" },
    permissions: { path: [], kind: "value" },
    url_auth_type: { path: [], kind: "string", absent: null }
  }
};
function cfnTarget(written) {
  const record3 = asRecord(written);
  if (typeof record3?.Ref === "string") return record3.Ref;
  const getAtt = record3?.["Fn::GetAtt"];
  if (Array.isArray(getAtt) && typeof getAtt[0] === "string") return getAtt[0];
  if (typeof getAtt === "string") return getAtt.split(".")[0];
  return void 0;
}
function rawProperty(resource, name) {
  return asRecord(resource.raw.Properties)?.[name];
}
var nullable = (value) => value === void 0 || value === null ? null : value;
function tfPermission(instance, fields) {
  const read = (name) => {
    const field3 = fields.get(name);
    return field3 === void 0 || field3.value === null ? null : toStr(field3.value);
  };
  return {
    id: instance.id,
    principal: read("principal"),
    action: read("action"),
    source_arn: read("source_arn"),
    source_account: read("source_account"),
    principal_org_id: read("principal_org_id")
  };
}
function cfnPermission(resource) {
  const read = (name) => nullable(asString(resource.properties[name]));
  return {
    id: `${resource.type}/${resource.logicalId}`,
    principal: read("Principal"),
    action: read("Action"),
    source_arn: read("SourceArn"),
    source_account: read("SourceAccount"),
    principal_org_id: read("PrincipalOrgID")
  };
}
function addPermission(fn, permission) {
  const list3 = fn.attributes.permissions;
  list3.push(permission);
  return list3.length - 1;
}
var terraformGroup = {
  nativeTypes: ["aws_lambda_function", "aws_lambda_permission", "aws_lambda_function_url"],
  normalize(instances, scope, tools) {
    const functions = /* @__PURE__ */ new Map();
    for (const i of instances.filter((x) => x.type === "aws_lambda_function")) {
      const fn = tools.bySpec(i, FUNCTION, TF_FUNCTION, scope);
      fn.attributes.permissions = [];
      functions.set(i.id, fn);
    }
    const orphans = [];
    for (const sub of instances.filter((x) => x.type !== "aws_lambda_function")) {
      const sameName = (fn2, name) => fn2.attributes.name === name;
      const fn = findParent(sub.block.body.attributes.function_name?.expr, sub.scope, "aws_lambda_function", ["function_name", "arn", "id", "qualified_arn"], functions, sameName);
      if (fn === void 0) {
        orphans.push(tools.raw(sub, scope));
        continue;
      }
      const fields = Fields.fromBody(sub.block.body, sub.scope, sub.block.range);
      if (sub.type === "aws_lambda_permission") {
        const index = addPermission(fn, tfPermission(sub, fields));
        fn.provenance.set(pathKey(["permissions", index]), sub.block.range);
      } else {
        const auth = fields.get("authorization_type");
        fn.attributes.url_auth_type = auth === void 0 ? unknownValue("function URL without authorization_type") : toStr(auth.value);
        fn.provenance.set(pathKey(["url_auth_type"]), auth?.range ?? sub.block.range);
      }
    }
    return [...functions.values(), ...orphans];
  }
};
function firstByName2(functions) {
  const named = /* @__PURE__ */ new Map();
  for (const fn of functions) if (typeof fn.attributes.name === "string" && !named.has(fn.attributes.name)) named.set(fn.attributes.name, fn);
  return named;
}
var cloudformationGroup = {
  nativeTypes: ["AWS::Lambda::Function", "AWS::Lambda::Permission", "AWS::Lambda::Url"],
  normalize(resources, tools) {
    const functions = /* @__PURE__ */ new Map();
    for (const r of resources.filter((x) => x.type === "AWS::Lambda::Function")) {
      const fn = tools.bySpec(r, FUNCTION, CFN_FUNCTION);
      fn.attributes.permissions = [];
      functions.set(r.logicalId, fn);
    }
    const named = firstByName2(functions.values());
    const byName = (name) => typeof name === "string" ? named.get(name) : void 0;
    const orphans = [];
    for (const sub of resources.filter((x) => x.type !== "AWS::Lambda::Function")) {
      const isUrl = sub.type === "AWS::Lambda::Url";
      const property = isUrl ? "TargetFunctionArn" : "FunctionName";
      const fn = functions.get(cfnTarget(rawProperty(sub, property)) ?? "") ?? byName(sub.properties[property]);
      if (fn === void 0) {
        orphans.push(tools.raw(sub));
        continue;
      }
      if (isUrl) {
        fn.attributes.url_auth_type = nullable(asString(sub.properties.AuthType));
        tools.pointAt(fn, ["url_auth_type"], sub.logicalId);
      } else {
        tools.pointAt(fn, ["permissions", addPermission(fn, cfnPermission(sub))], sub.logicalId);
      }
    }
    return [...functions.values(), ...orphans];
  }
};
var lambda = {
  specs: [
    {
      canonicalType: FUNCTION,
      terraform: TF_FUNCTION,
      cloudformation: CFN_FUNCTION,
      awsConfig: {
        nativeTypes: ["AWS::Lambda::Function"],
        fields: {
          name: { path: ["configuration", "functionName"], kind: "string" },
          runtime: { path: ["configuration", "runtime"], kind: "string" },
          package_type: { path: ["configuration", "packageType"], kind: "string" },
          tracing_mode: { path: ["configuration", "tracingConfig", "mode"], kind: "string" },
          permissions: { path: [], kind: "value", absent: unknownValue("AWS Config records no function policy") },
          url_auth_type: { path: [], kind: "string", absent: unknownValue("AWS Config records no function URL") }
        },
        refine: (out) => {
          if (out.package_type === "Image") out.runtime = null;
        }
      }
    }
  ],
  terraformGroups: [terraformGroup],
  cloudformationGroups: [cloudformationGroup]
};

// src/normalize/aws/opensearch.ts
var SERVICE_DEFAULT_TLS = "Policy-Min-TLS-1-0-2019-07";
var opensearch = {
  specs: [
    {
      canonicalType: "aws.opensearch.domain",
      terraform: {
        nativeTypes: ["aws_opensearch_domain", "aws_elasticsearch_domain"],
        fields: {
          "encryption_at_rest.enabled": { path: ["encrypt_at_rest", "enabled"], kind: "bool", absent: false },
          "node_to_node_encryption.enabled": { path: ["node_to_node_encryption", "enabled"], kind: "bool", absent: false },
          "endpoint.enforce_https": { path: ["domain_endpoint_options", "enforce_https"], kind: "bool", absent: false },
          "endpoint.tls_security_policy": { path: ["domain_endpoint_options", "tls_security_policy"], kind: "string", absent: SERVICE_DEFAULT_TLS }
        },
        refine: (_out, { fields, set }) => {
          const options = fields.blocks("domain_endpoint_options")[0];
          if (options && (options.get("enforce_https")?.value ?? null) === null) set(["endpoint", "enforce_https"], true, options);
        }
      },
      cloudformation: {
        nativeTypes: ["AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"],
        fields: {
          "encryption_at_rest.enabled": { path: ["EncryptionAtRestOptions", "Enabled"], kind: "bool", absent: false },
          "node_to_node_encryption.enabled": { path: ["NodeToNodeEncryptionOptions", "Enabled"], kind: "bool", absent: false },
          "endpoint.enforce_https": { path: ["DomainEndpointOptions", "EnforceHTTPS"], kind: "bool", absent: false },
          "endpoint.tls_security_policy": { path: ["DomainEndpointOptions", "TLSSecurityPolicy"], kind: "string", absent: SERVICE_DEFAULT_TLS }
        }
      },
      awsConfig: {
        // keys match ignoring case: OpenSearch items are PascalCase, Elasticsearch items camelCase
        nativeTypes: ["AWS::OpenSearch::Domain", "AWS::Elasticsearch::Domain"],
        fields: {
          "encryption_at_rest.enabled": { path: ["configuration", "EncryptionAtRestOptions", "Enabled"], kind: "bool" },
          "node_to_node_encryption.enabled": { path: ["configuration", "NodeToNodeEncryptionOptions", "Enabled"], kind: "bool" },
          "endpoint.enforce_https": { path: ["configuration", "DomainEndpointOptions", "EnforceHTTPS"], kind: "bool" },
          "endpoint.tls_security_policy": { path: ["configuration", "DomainEndpointOptions", "TLSSecurityPolicy"], kind: "string" }
        }
      }
    }
  ]
};

// src/normalize/aws/rds.ts
var TERRAFORM_SOURCES = ["snapshot_identifier", "replication_source_identifier", "global_cluster_identifier"];
var CFN_SOURCES = ["SnapshotIdentifier", "SourceDBClusterIdentifier", "ReplicationSourceIdentifier", "GlobalClusterIdentifier"];
var FROM_SOURCE = "taken from the source snapshot or cluster";
var rds = {
  specs: [
    {
      canonicalType: "aws.rds.db_cluster",
      terraform: {
        nativeTypes: ["aws_rds_cluster"],
        fields: {
          engine: { path: ["engine"], kind: "string", absent: null },
          engine_mode: { path: ["engine_mode"], kind: "string", absent: "provisioned" },
          storage_encrypted: { path: ["storage_encrypted"], kind: "bool", absent: false },
          kms_key_id: { path: ["kms_key_id"], kind: "key", absent: null },
          deletion_protection: { path: ["deletion_protection"], kind: "bool", absent: false },
          backup_retention_period: { path: ["backup_retention_period"], kind: "number", absent: 1 }
        },
        refine: (out, { fields, set }) => {
          const written = (fields.get("storage_encrypted")?.value ?? null) !== null;
          if (!written && out.engine_mode === "serverless") set(["storage_encrypted"], true, fields.get("engine_mode"));
          const source = TERRAFORM_SOURCES.map((name) => fields.get(name)).find((f) => f !== void 0 && f.value !== null) ?? fields.blocks("restore_to_point_in_time")[0];
          if (source && out.storage_encrypted !== true) set(["storage_encrypted"], unknownValue(FROM_SOURCE), source);
        }
      },
      cloudformation: {
        nativeTypes: ["AWS::RDS::DBCluster"],
        fields: {
          engine: { path: ["Engine"], kind: "string", absent: null },
          engine_mode: { path: ["EngineMode"], kind: "string", absent: "provisioned" },
          storage_encrypted: { path: ["StorageEncrypted"], kind: "bool", absent: false },
          kms_key_id: { path: ["KmsKeyId"], kind: "key", absent: null },
          deletion_protection: { path: ["DeletionProtection"], kind: "bool", absent: false },
          backup_retention_period: { path: ["BackupRetentionPeriod"], kind: "number", absent: 1 }
        },
        refine: (out, { properties, set }) => {
          const written = (properties.StorageEncrypted ?? null) !== null;
          if (!written && out.engine_mode === "serverless") set(["storage_encrypted"], true, ["EngineMode"]);
          const source = CFN_SOURCES.find((name) => (properties[name] ?? null) !== null);
          if (source && out.storage_encrypted !== true) set(["storage_encrypted"], unknownValue(FROM_SOURCE), [source]);
        }
      },
      awsConfig: {
        nativeTypes: ["AWS::RDS::DBCluster"],
        fields: {
          engine: { path: ["configuration", "engine"], kind: "string", absent: null },
          engine_mode: { path: ["configuration", "engineMode"], kind: "string" },
          storage_encrypted: { path: ["configuration", "storageEncrypted"], kind: "bool" },
          kms_key_id: { path: ["configuration", "kmsKeyId"], kind: "key", absent: null },
          deletion_protection: { path: ["configuration", "deletionProtection"], kind: "bool" },
          backup_retention_period: { path: ["configuration", "backupRetentionPeriod"], kind: "number" }
        }
      }
    }
  ]
};

// src/normalize/aws/redshift.ts
var CLUSTER = "aws.redshift.cluster";
var VERSION_DEFAULT = "the default depends on the provider version and on when the cluster was created";
var TERRAFORM = {
  nativeTypes: ["aws_redshift_cluster"],
  fields: {
    identifier: { path: ["cluster_identifier"], kind: "string" },
    encrypted: { path: ["encrypted"], kind: "bool", absent: unknownValue(VERSION_DEFAULT) },
    kms_key_id: { path: ["kms_key_id"], kind: "key", absent: null },
    publicly_accessible: { path: ["publicly_accessible"], kind: "bool", absent: unknownValue(VERSION_DEFAULT) },
    // the inline block of provider v5; aws_redshift_logging is merged by the group below
    logging_enabled: { path: ["logging", "enable"], kind: "bool", absent: false }
  },
  refine: (_out, { fields, set }) => {
    const snapshot = [fields.get("snapshot_identifier"), fields.get("snapshot_arn")].find((f) => f !== void 0 && f.value !== null);
    if (snapshot) set(["encrypted"], unknownValue("taken from the snapshot"), snapshot);
  }
};
function normalizeClusters(instances, scope, tools) {
  const clusters = new Map(instances.filter((i) => i.type === "aws_redshift_cluster").map((i) => [i.id, tools.bySpec(i, CLUSTER, TERRAFORM, scope)]));
  const orphans = [];
  for (const sub of instances.filter((i) => i.type === "aws_redshift_logging")) {
    const sameName = (cluster2, name) => cluster2.attributes.identifier === name;
    const cluster = findParent(sub.block.body.attributes.cluster_identifier?.expr, sub.scope, "aws_redshift_cluster", ["id", "cluster_identifier"], clusters, sameName);
    if (cluster === void 0) {
      orphans.push(sub);
      continue;
    }
    cluster.attributes.logging_enabled = true;
    cluster.provenance.set(pathKey(["logging_enabled"]), sub.block.range);
  }
  for (const orphan of orphans) {
    for (const cluster of clusters.values()) {
      if (cluster.attributes.logging_enabled !== false) continue;
      cluster.attributes.logging_enabled = unknownValue(`${orphan.localId} may enable logging for this cluster`);
      cluster.provenance.set(pathKey(["logging_enabled"]), orphan.block.range);
    }
  }
  return [...clusters.values(), ...orphans.map((o) => tools.raw(o, scope))];
}
var redshift = {
  specs: [
    {
      canonicalType: CLUSTER,
      cloudformation: {
        nativeTypes: ["AWS::Redshift::Cluster"],
        fields: {
          identifier: { path: ["ClusterIdentifier"], kind: "string", absent: unknownValue("the cluster identifier is generated by CloudFormation") },
          encrypted: { path: ["Encrypted"], kind: "bool", absent: unknownValue(VERSION_DEFAULT) },
          kms_key_id: { path: ["KmsKeyId"], kind: "key", absent: null },
          publicly_accessible: { path: ["PubliclyAccessible"], kind: "bool", absent: unknownValue(VERSION_DEFAULT) },
          logging_enabled: { path: ["LoggingProperties"], kind: "present" }
        },
        refine: (_out, { properties, set }) => {
          if (properties.SnapshotIdentifier !== void 0 && properties.SnapshotIdentifier !== null) {
            set(["encrypted"], unknownValue("taken from the snapshot"), ["SnapshotIdentifier"]);
          }
        }
      },
      awsConfig: {
        nativeTypes: ["AWS::Redshift::Cluster"],
        fields: {
          identifier: { path: ["configuration", "clusterIdentifier"], kind: "string" },
          encrypted: { path: ["configuration", "encrypted"], kind: "bool" },
          kms_key_id: { path: ["configuration", "kmsKeyId"], kind: "key", absent: null },
          publicly_accessible: { path: ["configuration", "publiclyAccessible"], kind: "bool" },
          logging_enabled: { path: ["supplementaryConfiguration", "LoggingStatus", "loggingEnabled"], kind: "bool" }
        }
      }
    }
  ],
  terraformGroups: [{ nativeTypes: ["aws_redshift_cluster", "aws_redshift_logging"], normalize: normalizeClusters }]
};

// src/normalize/aws/secretsmanager.ts
var TYPE = "aws.secretsmanager.secret";
var TERRAFORM2 = {
  nativeTypes: ["aws_secretsmanager_secret"],
  fields: {
    name: { path: ["name"], kind: "string" },
    // set by the group below when an aws_secretsmanager_secret_rotation names the secret
    rotation_enabled: { path: [], kind: "bool", absent: false },
    kms_key_id: { path: ["kms_key_id"], kind: "key" }
  },
  refine: (_out, { fields, set }) => {
    const inline = fields.get("rotation_lambda_arn");
    if (inline && inline.value !== null && inline.value !== "") set(["rotation_enabled"], isUnknown(inline.value) ? inline.value : true, inline);
  }
};
var CLOUDFORMATION = {
  nativeTypes: ["AWS::SecretsManager::Secret"],
  fields: {
    name: { path: ["Name"], kind: "string" },
    rotation_enabled: { path: [], kind: "bool", absent: false },
    kms_key_id: { path: ["KmsKeyId"], kind: "key" }
  }
};
function configAbsences(out, { configuration, set }) {
  const recorded = text(child(configuration, "ARN")) ?? text(child(configuration, "Name"));
  if (recorded === void 0) return;
  const rotation = child(configuration, "RotationEnabled");
  if (isUnknown(out.rotation_enabled) && !present(rotation)) set(["rotation_enabled"], false);
  const key3 = child(configuration, "KMSKeyId");
  if (isUnknown(out.kms_key_id) && !present(key3)) set(["kms_key_id"], null);
}
function markAmbiguous(secrets, rotation) {
  for (const secret of secrets) {
    if (secret.attributes.rotation_enabled === false) secret.attributes.rotation_enabled = unknownValue(`${rotation} rotates a secret that cannot be resolved`);
  }
}
function enableRotation(secret) {
  secret.attributes.rotation_enabled = true;
}
function namesOutside(instance) {
  const expr = instance.block.body.attributes.secret_id?.expr;
  if (expr === void 0) return true;
  if (expr.kind === "traversal" && (expr.root === "data" || expr.root === "var")) return true;
  return typeof evaluate(expr, instance.scope) === "string";
}
var terraformGroup2 = {
  nativeTypes: ["aws_secretsmanager_secret", "aws_secretsmanager_secret_rotation"],
  normalize(instances, scope, tools) {
    const secrets = new Map(instances.filter((i) => i.type === "aws_secretsmanager_secret").map((i) => [i.id, tools.bySpec(i, TYPE, TERRAFORM2, scope)]));
    const orphans = [];
    for (const rotation of instances.filter((i) => i.type === "aws_secretsmanager_secret_rotation")) {
      const sameName = (secret2, value) => secret2.attributes.name === value;
      const secret = findParent(rotation.block.body.attributes.secret_id?.expr, rotation.scope, "aws_secretsmanager_secret", ["id", "arn"], secrets, sameName);
      if (secret) {
        enableRotation(secret);
        secret.provenance.set(pathKey(["rotation_enabled"]), rotation.block.range);
        continue;
      }
      orphans.push(tools.raw(rotation, scope));
      if (!namesOutside(rotation)) markAmbiguous(secrets.values(), rotation.id);
    }
    return [...secrets.values(), ...orphans];
  }
};
function referencedLogicalId(schedule) {
  const written = asRecord(asRecord(schedule.raw.Properties)?.SecretId);
  if (typeof written?.Ref === "string") return written.Ref;
  const getAtt = written?.["Fn::GetAtt"];
  if (Array.isArray(getAtt) && typeof getAtt[0] === "string") return getAtt[0];
  return typeof getAtt === "string" ? getAtt.split(".")[0] : void 0;
}
var cloudformationGroup2 = {
  nativeTypes: ["AWS::SecretsManager::Secret", "AWS::SecretsManager::RotationSchedule"],
  normalize(resources, tools) {
    const secrets = new Map(resources.filter((r) => r.type === "AWS::SecretsManager::Secret").map((r) => [r.logicalId, tools.bySpec(r, TYPE, CLOUDFORMATION)]));
    const orphans = [];
    for (const schedule of resources.filter((r) => r.type === "AWS::SecretsManager::RotationSchedule")) {
      const logicalId = referencedLogicalId(schedule);
      const secret = logicalId === void 0 ? void 0 : secrets.get(logicalId);
      if (secret) {
        enableRotation(secret);
        tools.pointAt(secret, ["rotation_enabled"], schedule.logicalId);
        continue;
      }
      orphans.push(tools.raw(schedule));
      const outside = logicalId !== void 0 || typeof schedule.properties.SecretId === "string";
      if (!outside) markAmbiguous(secrets.values(), schedule.logicalId);
    }
    return [...secrets.values(), ...orphans];
  }
};
var secretsmanager = {
  specs: [
    {
      canonicalType: TYPE,
      awsConfig: {
        nativeTypes: ["AWS::SecretsManager::Secret"],
        fields: {
          name: { path: ["configuration", "Name"], kind: "string" },
          rotation_enabled: { path: ["configuration", "RotationEnabled"], kind: "bool" },
          kms_key_id: { path: ["configuration", "KMSKeyId"], kind: "key" }
        },
        refine: configAbsences
      }
    }
  ],
  terraformGroups: [terraformGroup2],
  cloudformationGroups: [cloudformationGroup2]
};

// src/normalize/aws/sns.ts
function deriveEncrypted(out) {
  const key3 = out.kms_master_key_id;
  out.encrypted = isUnknown(key3) ? key3 : typeof key3 === "string" && key3.trim() !== "";
}
var sns = {
  specs: [
    {
      canonicalType: "aws.sns.topic",
      terraform: {
        nativeTypes: ["aws_sns_topic"],
        fields: {
          name: { path: ["name"], kind: "string", absent: unknownValue("topic name is generated by Terraform") },
          kms_master_key_id: { path: ["kms_master_key_id"], kind: "string", absent: null },
          encrypted: { path: [], kind: "bool" }
        },
        refine: (out) => deriveEncrypted(out)
      },
      cloudformation: {
        nativeTypes: ["AWS::SNS::Topic"],
        fields: {
          name: { path: ["TopicName"], kind: "string", absent: unknownValue("topic name is generated by CloudFormation") },
          kms_master_key_id: { path: ["KmsMasterKeyId"], kind: "string", absent: null },
          encrypted: { path: [], kind: "bool" }
        },
        refine: (out) => deriveEncrypted(out)
      },
      awsConfig: {
        nativeTypes: ["AWS::SNS::Topic"],
        fields: {
          name: { path: ["resourceName"], kind: "string" },
          kms_master_key_id: { path: ["configuration", "KmsMasterKeyId"], kind: "string" },
          encrypted: { path: [], kind: "bool" }
        },
        refine: (out, { configuration }) => {
          if (isUnknown(out.kms_master_key_id) && text(child(configuration, "TopicArn")) !== void 0) out.kms_master_key_id = null;
          deriveEncrypted(out);
        }
      }
    }
  ]
};

// src/normalize/aws/sqs.ts
var QUEUE = "aws.sqs.queue";
var SSE_LEFT_TO_AWS = unknownValue("SSE-SQS is not written: AWS turns it on by default only for queues created since October 2022");
function deriveEncrypted2(out) {
  const key3 = out.kms_master_key_id;
  const sse = out.sqs_managed_sse_enabled;
  if (typeof key3 === "string" && key3.trim() !== "" || sse === true) out.encrypted = true;
  else if (isUnknown(key3)) out.encrypted = key3;
  else if (isUnknown(sse)) out.encrypted = sse;
  else out.encrypted = sse !== false ? unknownValue("SSE-SQS setting is not recorded") : false;
}
function combinePolicies(a, b) {
  if (a === null) return b;
  if (b === null) return a;
  if (isUnknown(a)) return a;
  if (isUnknown(b)) return b;
  const statements = (doc) => {
    const s = doc.Statement;
    return Array.isArray(s) ? s : s === void 0 ? [] : [s];
  };
  return { ...a, Statement: [...statements(a), ...statements(b)] };
}
var TF_QUEUE = {
  nativeTypes: ["aws_sqs_queue"],
  fields: {
    name: { path: ["name"], kind: "string", absent: unknownValue("queue name is generated by Terraform") },
    kms_master_key_id: { path: ["kms_master_key_id"], kind: "string", absent: null },
    sqs_managed_sse_enabled: { path: ["sqs_managed_sse_enabled"], kind: "bool", absent: SSE_LEFT_TO_AWS },
    encrypted: { path: [], kind: "bool" },
    policy: { path: ["policy"], kind: "value", absent: null }
  },
  refine: (out) => {
    out.policy = policyDocument(out.policy);
    deriveEncrypted2(out);
  }
};
var CFN_QUEUE = {
  nativeTypes: ["AWS::SQS::Queue"],
  fields: {
    name: { path: ["QueueName"], kind: "string", absent: unknownValue("queue name is generated by CloudFormation") },
    kms_master_key_id: { path: ["KmsMasterKeyId"], kind: "string", absent: null },
    sqs_managed_sse_enabled: { path: ["SqsManagedSseEnabled"], kind: "bool", absent: SSE_LEFT_TO_AWS },
    encrypted: { path: [], kind: "bool" },
    policy: { path: [], kind: "value", absent: null }
  },
  refine: (out) => deriveEncrypted2(out)
};
var terraformGroup3 = {
  nativeTypes: ["aws_sqs_queue", "aws_sqs_queue_policy"],
  normalize(instances, scope, tools) {
    const queues = new Map(instances.filter((i) => i.type === "aws_sqs_queue").map((i) => [i.id, tools.bySpec(i, QUEUE, TF_QUEUE, scope)]));
    const orphans = [];
    for (const sub of instances.filter((i) => i.type === "aws_sqs_queue_policy")) {
      const queue = findParent(sub.block.body.attributes.queue_url?.expr, sub.scope, "aws_sqs_queue", ["id", "url"], queues);
      if (queue === void 0) {
        orphans.push(tools.raw(sub, scope));
        continue;
      }
      const policy2 = Fields.fromBody(sub.block.body, sub.scope, sub.block.range).get("policy");
      queue.attributes.policy = combinePolicies(queue.attributes.policy, policyDocument(policy2?.value));
      queue.provenance.set(pathKey(["policy"]), policy2?.range ?? sub.block.range);
    }
    return [...queues.values(), ...orphans];
  }
};
var cloudformationGroup3 = {
  nativeTypes: ["AWS::SQS::Queue", "AWS::SQS::QueuePolicy"],
  normalize(resources, tools) {
    const queues = new Map(resources.filter((r) => r.type === "AWS::SQS::Queue").map((r) => [r.logicalId, tools.bySpec(r, QUEUE, CFN_QUEUE)]));
    const orphans = [];
    for (const sub of resources.filter((r) => r.type === "AWS::SQS::QueuePolicy")) {
      const written = rawProperty(sub, "Queues");
      const targets = (Array.isArray(written) ? written : []).map((q) => queues.get(cfnTarget(q) ?? "")).filter((q) => q !== void 0);
      if (targets.length === 0) orphans.push(tools.raw(sub));
      for (const queue of targets) {
        queue.attributes.policy = combinePolicies(queue.attributes.policy, policyDocument(sub.properties.PolicyDocument));
        tools.pointAt(queue, ["policy"], sub.logicalId);
      }
    }
    return [...queues.values(), ...orphans];
  }
};
var sqs = {
  specs: [
    {
      canonicalType: QUEUE,
      terraform: TF_QUEUE,
      cloudformation: CFN_QUEUE,
      awsConfig: {
        nativeTypes: ["AWS::SQS::Queue"],
        fields: {
          name: { path: ["configuration", "QueueName"], kind: "string" },
          kms_master_key_id: { path: ["configuration", "KmsMasterKeyId"], kind: "string" },
          sqs_managed_sse_enabled: { path: ["configuration", "SqsManagedSseEnabled"], kind: "bool" },
          encrypted: { path: [], kind: "bool" },
          policy: { path: ["configuration", "Policy"], kind: "value" }
        },
        refine: (out, { configuration }) => {
          if (isUnknown(out.kms_master_key_id) && text(child(configuration, "QueueArn")) !== void 0) out.kms_master_key_id = null;
          if (!isUnknown(out.policy)) out.policy = policyDocument(out.policy);
          deriveEncrypted2(out);
        }
      }
    }
  ],
  terraformGroups: [terraformGroup3],
  cloudformationGroups: [cloudformationGroup3]
};

// src/normalize/terraform/ec2.ts
var SG_RULE_TYPES = /* @__PURE__ */ new Set(["aws_security_group_rule", "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule"]);
var PROTOCOL_NAMES = { "6": "tcp", "17": "udp", "1": "icmp", "58": "icmpv6", all: "-1", "-1": "-1" };
function normalizeProtocol2(value) {
  if (isUnknown(value)) return value;
  if (typeof value !== "string" && typeof value !== "number") return unknownValue(`protocol ${JSON.stringify(value)} is not recognised`);
  const text2 = String(value).trim().toLowerCase();
  return PROTOCOL_NAMES[text2] ?? text2;
}
function ruleDefaults() {
  const unset = (what) => unknownValue(`${what} is not set`);
  return {
    protocol: unset("protocol"),
    from_port: unset("from_port"),
    to_port: unset("to_port"),
    cidr_ipv4: [],
    cidr_ipv6: [],
    source_security_group_ids: [],
    prefix_list_ids: [],
    self: false,
    description: null
  };
}
function addRule(out, direction, source, range2) {
  const rules2 = out.attributes[direction];
  const at = [direction, rules2.length];
  out.set(at, ruleDefaults(), range2);
  out.setField([...at, "protocol"], source.protocol, normalizeProtocol2);
  out.setField([...at, "from_port"], source.from_port, toNum);
  out.setField([...at, "to_port"], source.to_port, toNum);
  for (const key3 of ["cidr_ipv4", "cidr_ipv6", "source_security_group_ids", "prefix_list_ids"]) {
    const field3 = source[key3];
    if (!out.setField([...at, key3], field3, toStrList) || field3 === void 0) continue;
    const list3 = out.attributes[direction][rules2.length - 1][key3];
    if (Array.isArray(list3)) list3.forEach((_, j) => out.provenance.set(JSON.stringify([...at, key3, j]), field3.rangeAt([j])));
  }
  out.setField([...at, "self"], source.self, toBool);
  out.setField([...at, "description"], source.description, toStr);
  const rule = rules2[rules2.length - 1];
  if (rule.protocol === "-1") {
    out.set([...at, "from_port"], 0, source.protocol);
    out.set([...at, "to_port"], 65535, source.protocol);
  }
}
function inlineRule(b) {
  return {
    protocol: b.get("protocol"),
    from_port: b.get("from_port"),
    to_port: b.get("to_port"),
    cidr_ipv4: b.get("cidr_blocks"),
    cidr_ipv6: b.get("ipv6_cidr_blocks"),
    source_security_group_ids: b.get("security_groups"),
    prefix_list_ids: b.get("prefix_list_ids"),
    self: b.get("self"),
    description: b.get("description")
  };
}
function separateRule(type, f) {
  if (type === "aws_security_group_rule") {
    const direction = f.get("type")?.value;
    if (direction !== "ingress" && direction !== "egress") return void 0;
    return { direction, source: { ...inlineRule(f), source_security_group_ids: f.get("source_security_group_id") } };
  }
  const source = {
    protocol: f.get("ip_protocol"),
    from_port: f.get("from_port"),
    to_port: f.get("to_port"),
    cidr_ipv4: f.get("cidr_ipv4"),
    cidr_ipv6: f.get("cidr_ipv6"),
    source_security_group_ids: f.get("referenced_security_group_id"),
    prefix_list_ids: f.get("prefix_list_id"),
    description: f.get("description")
  };
  return { direction: type === "aws_vpc_security_group_egress_rule" ? "egress" : "ingress", source };
}
function readGroup(instance, fields) {
  const attributes = { name: null, description: "Managed by Terraform", vpc_id: null, ingress: [], egress: [] };
  const out = new CanonicalBuilder(attributes);
  if (!out.setField(["name"], fields.get("name"), toStr) && fields.get("name_prefix")) {
    out.set(["name"], unknownValue("name is generated from name_prefix"), fields.get("name_prefix"));
  }
  out.setField(["description"], fields.get("description"), toStr);
  out.setField(["vpc_id"], fields.get("vpc_id"), toStr);
  for (const direction of ["ingress", "egress"]) {
    for (const block of fields.blocks(direction)) addRule(out, direction, inlineRule(block), block.range);
  }
  return { instance, fields, out };
}
function normalizeSecurityGroups(instances, scope) {
  const groups = /* @__PURE__ */ new Map();
  for (const i of instances) {
    if (i.type === "aws_security_group") groups.set(i.id, readGroup(i, Fields.fromBody(i.block.body, i.scope, i.block.range)));
  }
  const orphans = [];
  for (const ruleInstance of instances.filter((i) => SG_RULE_TYPES.has(i.type))) {
    const fields = Fields.fromBody(ruleInstance.block.body, ruleInstance.scope, ruleInstance.block.range);
    const rule = separateRule(ruleInstance.type, fields);
    const expr = ruleInstance.block.body.attributes.security_group_id?.expr;
    const target2 = findParent(expr, ruleInstance.scope, "aws_security_group", ["id"], groups);
    const name = referencedId(expr, ruleInstance.scope, "aws_default_security_group", ["id"]) === void 0 ? null : "default";
    const group = target2 ?? { instance: ruleInstance, fields, out: new CanonicalBuilder({ name, description: null, vpc_id: null, ingress: [], egress: [] }) };
    if (rule) addRule(group.out, rule.direction, rule.source, fields.range);
    if (target2 === void 0) orphans.push(group);
  }
  return [...groups.values(), ...orphans].map((g) => toResource(g.instance, "aws.ec2.security_group", g.out, g.fields.raw(), scope));
}

// src/normalize/aws/vpc.ts
function entryNumber(value) {
  if (value === void 0 || value === null || typeof value === "number" || isUnknown(value)) return value ?? void 0;
  return typeof value === "string" && /^-?\d+$/.test(value.trim()) ? Number(value) : unknownValue(`${JSON.stringify(value)} is not a number`);
}
function entryText(value) {
  if (value === void 0 || value === null) return void 0;
  return typeof value === "string" || isUnknown(value) ? value : String(value);
}
function toEntry(written) {
  const protocol = written.protocol === void 0 ? unknownValue("protocol is not set") : normalizeProtocol2(written.protocol);
  const action = entryText(written.action);
  const port = (value) => {
    if (protocol === "-1") return null;
    const n = entryNumber(value);
    if (n !== void 0) return n;
    return protocol === "tcp" || protocol === "udp" || isUnknown(protocol) ? unknownValue("port range is not set") : null;
  };
  return {
    rule_number: entryNumber(written.rule_number) ?? unknownValue("rule number is not set"),
    protocol,
    action: typeof action === "string" ? action.toLowerCase() : action ?? unknownValue("action is not set"),
    cidr_ipv4: entryText(written.cidr_ipv4) ?? null,
    cidr_ipv6: entryText(written.cidr_ipv6) ?? null,
    from_port: protocol === "-1" ? 0 : port(written.from_port),
    to_port: protocol === "-1" ? 65535 : port(written.to_port)
  };
}
function appendEntry(resource, direction, entry) {
  const list3 = resource.attributes[direction];
  list3.push(entry);
  return list3.length - 1;
}
function terraformEntry(value, separate) {
  return toEntry({
    rule_number: value(separate ? "rule_number" : "rule_no"),
    protocol: value("protocol"),
    action: value(separate ? "rule_action" : "action"),
    cidr_ipv4: value("cidr_block"),
    cidr_ipv6: value("ipv6_cidr_block"),
    from_port: value("from_port"),
    to_port: value("to_port")
  });
}
function terraformAcl(isDefault, nativeType) {
  return {
    nativeTypes: [nativeType],
    fields: { is_default: { path: [], kind: "bool", absent: isDefault } },
    refine: (_out, { fields, set }) => {
      for (const direction of ["ingress", "egress"]) {
        set([direction], []);
        fields.blocks(direction).forEach((block, i) => set([direction, i], terraformEntry((name) => block.get(name)?.value ?? void 0, false), block));
      }
    }
  };
}
var TF_ACL = terraformAcl(false, "aws_network_acl");
var TF_DEFAULT_ACL = terraformAcl(true, "aws_default_network_acl");
var terraformAcls = {
  nativeTypes: ["aws_network_acl", "aws_default_network_acl", "aws_network_acl_rule"],
  normalize(instances, scope, tools) {
    const acls = /* @__PURE__ */ new Map();
    const defaults = /* @__PURE__ */ new Map();
    for (const i of instances) {
      if (i.type === "aws_network_acl") acls.set(i.id, tools.bySpec(i, "aws.ec2.network_acl", TF_ACL, scope));
      if (i.type === "aws_default_network_acl") defaults.set(i.id, tools.bySpec(i, "aws.ec2.network_acl", TF_DEFAULT_ACL, scope));
    }
    const orphans = [];
    for (const rule of instances.filter((i) => i.type === "aws_network_acl_rule")) {
      const expr = rule.block.body.attributes.network_acl_id?.expr;
      const acl = findParent(expr, rule.scope, "aws_network_acl", ["id"], acls) ?? findParent(expr, rule.scope, "aws_default_network_acl", ["id"], defaults);
      const raw = tools.raw(rule, scope);
      const fields = raw.attributes;
      const egress = fields.egress === void 0 || fields.egress === null ? false : fields.egress;
      if (isUnknown(egress)) {
        if (acl === void 0) orphans.push(raw);
        continue;
      }
      const direction = egress === true || egress === "true" ? "egress" : "ingress";
      const target2 = acl ?? orphanAcl(raw);
      if (acl === void 0) orphans.push(target2);
      const index = appendEntry(target2, direction, terraformEntry((name) => fields[name] ?? void 0, true));
      target2.provenance.set(pathKey([direction, index]), rule.block.range);
    }
    return [...acls.values(), ...defaults.values(), ...orphans];
  }
};
function orphanAcl(raw) {
  return { ...raw, type: "aws.ec2.network_acl", attributes: { is_default: unknownValue("the ACL is not defined in this module"), ingress: [], egress: [] } };
}
var TF_VPC = {
  nativeTypes: ["aws_vpc"],
  fields: { is_default: { path: [], kind: "bool", absent: false }, "flow_logs.enabled": { path: [], kind: "bool", absent: false } }
};
var TF_DEFAULT_VPC = {
  nativeTypes: ["aws_default_vpc"],
  fields: { is_default: { path: [], kind: "bool", absent: true }, "flow_logs.enabled": { path: [], kind: "bool", absent: false } }
};
function flowLogTarget(flowLog, vpcs, defaults, written) {
  const expr = flowLog.block.body.attributes.vpc_id?.expr;
  if (expr === void 0 || written === null || written === void 0) return "none";
  const vpc2 = findParent(expr, flowLog.scope, "aws_vpc", ["id"], vpcs) ?? findParent(expr, flowLog.scope, "aws_default_vpc", ["id"], defaults);
  if (vpc2) return vpc2;
  return typeof written === "string" ? "outside" : void 0;
}
var TF_DEFAULT_SG = {
  nativeTypes: ["aws_default_security_group"],
  fields: { vpc_id: { path: ["vpc_id"], kind: "string" } },
  refine: (_out, { fields, instance, set }) => {
    set(["ingress_rules"], ruleCount(fields, instance, "ingress"), fields.get("ingress") ?? fields.blocks("ingress")[0]);
    set(["egress_rules"], ruleCount(fields, instance, "egress"), fields.get("egress") ?? fields.blocks("egress")[0]);
  }
};
var terraformVpcs = {
  nativeTypes: ["aws_vpc", "aws_default_vpc", "aws_flow_log", "aws_default_security_group"],
  normalize(instances, scope, tools) {
    const vpcs = /* @__PURE__ */ new Map();
    const defaults = /* @__PURE__ */ new Map();
    for (const i of instances) {
      if (i.type === "aws_vpc") vpcs.set(i.id, tools.bySpec(i, "aws.ec2.vpc", TF_VPC, scope));
      if (i.type === "aws_default_vpc") defaults.set(i.id, tools.bySpec(i, "aws.ec2.vpc", TF_DEFAULT_VPC, scope));
    }
    const groups = linkDefaultGroups(instances.filter((i) => i.type === "aws_default_security_group"), vpcs, defaults, (i) => tools.bySpec(i, "aws.ec2.default_security_group", TF_DEFAULT_SG, scope));
    const flowLogs = instances.filter((i) => i.type === "aws_flow_log").map((i) => ({ instance: i, resource: tools.raw(i, scope) }));
    let unresolved = false;
    for (const { instance, resource } of flowLogs) {
      const target2 = flowLogTarget(instance, vpcs, defaults, resource.attributes.vpc_id);
      if (target2 === void 0) unresolved = true;
      else if (typeof target2 !== "string") setFlowLogs(target2, true, instance.block.range);
    }
    const all = [...vpcs.values(), ...defaults.values()];
    if (unresolved) {
      for (const vpc2 of all) if (flowLogsOf(vpc2) === false) setFlowLogs(vpc2, unknownValue("a flow log of this module names a VPC that cannot be resolved"));
    }
    return [...all, ...flowLogs.map((f) => f.resource), ...groups];
  }
};
function linkDefaultGroups(groups, vpcs, defaults, toResource3) {
  const all = [...vpcs.values(), ...defaults.values()];
  for (const vpc2 of all) vpc2.attributes.default_security_group_managed = false;
  let unresolved = false;
  const resources = groups.map((group) => {
    const resource = toResource3(group);
    const expr = group.block.body.attributes.vpc_id?.expr;
    const sameId = (candidate, id) => typeof id === "string" && candidate.raw?.id === id;
    const vpc2 = expr && (findParent(expr, group.scope, "aws_vpc", ["id"], vpcs, sameId) ?? findParent(expr, group.scope, "aws_default_vpc", ["id"], defaults, sameId));
    for (const target2 of expr === void 0 ? defaults.values() : vpc2 ? [vpc2] : []) target2.attributes.default_security_group_managed = true;
    if (expr !== void 0 && !vpc2 && typeof resource.attributes.vpc_id !== "string") unresolved = true;
    return resource;
  });
  const why = unknownValue("an aws_default_security_group of this module names a VPC that cannot be resolved");
  if (unresolved) {
    for (const vpc2 of all) if (vpc2.attributes.default_security_group_managed === false) vpc2.attributes.default_security_group_managed = why;
  }
  return resources;
}
function flowLogsOf(vpc2) {
  return vpc2.attributes.flow_logs.enabled;
}
function setFlowLogs(vpc2, enabled, range2) {
  vpc2.attributes.flow_logs.enabled = enabled;
  if (range2) vpc2.provenance.set(pathKey(["flow_logs", "enabled"]), range2);
}
function ruleCount(fields, instance, name) {
  const attribute = fields.get(name);
  if (attribute && isUnknown(attribute.value)) return attribute.value;
  const blocks = fields.blocks(name);
  const dynamic = instance.block.body.blocks.some((b) => b.type === "dynamic" && b.labels[0] === name);
  if (dynamic && JSON.stringify(blocks.map((b) => b.raw())).includes('"$unknown"')) return unknownValue(`dynamic "${name}" may expand to any number of rules`);
  return blocks.length;
}
var CFN_VPC = {
  nativeTypes: ["AWS::EC2::VPC"],
  fields: { is_default: { path: [], kind: "bool", absent: false }, "flow_logs.enabled": { path: [], kind: "bool", absent: false } }
};
function cfnFlowLogTarget(flowLog, vpcIds) {
  const type = flowLog.properties.ResourceType;
  if (isUnknown(type)) return void 0;
  if (type !== "VPC") return "outside";
  const written = asRecord(flowLog.raw.Properties)?.ResourceId;
  const id = cfnReference(written, ["VpcId"]);
  if (id !== void 0 && vpcIds.has(id)) return id;
  return typeof flowLog.properties.ResourceId === "string" ? "outside" : void 0;
}
var cfnVpcs = {
  nativeTypes: ["AWS::EC2::VPC", "AWS::EC2::FlowLog"],
  normalize(resources, tools) {
    const vpcs = new Map(resources.filter((r) => r.type === "AWS::EC2::VPC").map((r) => [r.logicalId, tools.bySpec(r, "aws.ec2.vpc", CFN_VPC)]));
    const flowLogs = resources.filter((r) => r.type === "AWS::EC2::FlowLog");
    let unresolved = false;
    for (const flowLog of flowLogs) {
      const target2 = cfnFlowLogTarget(flowLog, new Set(vpcs.keys()));
      if (target2 === void 0) unresolved = true;
      else if (target2 !== "outside") {
        setFlowLogs(vpcs.get(target2), true);
        tools.pointAt(vpcs.get(target2), ["flow_logs", "enabled"], flowLog.logicalId);
      }
    }
    if (unresolved) {
      for (const vpc2 of vpcs.values()) if (flowLogsOf(vpc2) === false) setFlowLogs(vpc2, unknownValue("a flow log of this template names a VPC that cannot be resolved"));
    }
    return [...vpcs.values(), ...flowLogs.map((f) => tools.raw(f))];
  }
};
var CFN_ACL = {
  nativeTypes: ["AWS::EC2::NetworkAcl"],
  fields: { is_default: { path: [], kind: "bool", absent: false }, ingress: { path: [], kind: "value", absent: [] }, egress: { path: [], kind: "value", absent: [] } }
};
var cfnAcls = {
  nativeTypes: ["AWS::EC2::NetworkAcl", "AWS::EC2::NetworkAclEntry"],
  normalize(resources, tools) {
    const acls = new Map(resources.filter((r) => r.type === "AWS::EC2::NetworkAcl").map((r) => {
      const acl = tools.bySpec(r, "aws.ec2.network_acl", CFN_ACL);
      Object.assign(acl.attributes, { ingress: [], egress: [] });
      return [r.logicalId, acl];
    }));
    const orphans = [];
    for (const entry of resources.filter((r) => r.type === "AWS::EC2::NetworkAclEntry")) {
      const aclId = cfnReference(asRecord(entry.raw.Properties)?.NetworkAclId, ["Id"]);
      const acl = aclId === void 0 ? void 0 : acls.get(aclId);
      const egress = asBool(entry.properties.Egress, false);
      if (isUnknown(egress)) {
        orphans.push(tools.raw(entry));
        continue;
      }
      const target2 = acl ?? orphanAcl(tools.raw(entry));
      if (acl === void 0) orphans.push(target2);
      const p = entry.properties;
      const range2 = asRecord(p.PortRange);
      const direction = egress ? "egress" : "ingress";
      const index = appendEntry(target2, direction, toEntry({
        rule_number: p.RuleNumber,
        protocol: p.Protocol,
        action: p.RuleAction,
        cidr_ipv4: p.CidrBlock,
        cidr_ipv6: p.Ipv6CidrBlock,
        from_port: isUnknown(p.PortRange) ? p.PortRange : range2?.From,
        to_port: isUnknown(p.PortRange) ? p.PortRange : range2?.To
      }));
      if (acl) tools.pointAt(acl, [direction, index], entry.logicalId);
    }
    return [...acls.values(), ...orphans];
  }
};
function configAclEntries(_out, { configuration, set }) {
  const entries = child(configuration, "entries");
  if (entries.value === void 0 || entries.value === null) return;
  const lists = { ingress: [], egress: [] };
  const nodes = [];
  for (const node of elements(entries)) {
    const value = (key3) => child(node, key3).value ?? void 0;
    const egress = value("egress");
    if (typeof egress !== "boolean") continue;
    const direction = egress ? "egress" : "ingress";
    const range2 = child(node, "portRange");
    lists[direction].push(toEntry({
      rule_number: value("ruleNumber"),
      protocol: value("protocol"),
      action: value("ruleAction"),
      cidr_ipv4: value("cidrBlock"),
      cidr_ipv6: value("ipv6CidrBlock"),
      from_port: child(range2, "from").value ?? void 0,
      to_port: child(range2, "to").value ?? void 0
    }));
    nodes.push([direction, lists[direction].length - 1, node]);
  }
  set(["ingress"], lists.ingress, entries);
  set(["egress"], lists.egress, entries);
  for (const [direction, i, node] of nodes) set([direction, i], lists[direction][i], node);
}
var vpc = {
  specs: [
    {
      canonicalType: "aws.ec2.vpc",
      terraform: TF_VPC,
      cloudformation: CFN_VPC,
      awsConfig: {
        nativeTypes: ["AWS::EC2::VPC"],
        fields: {
          is_default: { path: ["configuration", "isDefault"], kind: "bool" },
          "flow_logs.enabled": { path: [], kind: "bool", absent: unknownValue("AWS Config records flow logs as AWS::EC2::FlowLog items, not on the VPC") }
        }
      }
    },
    { canonicalType: "aws.ec2.vpc", terraform: TF_DEFAULT_VPC },
    {
      canonicalType: "aws.ec2.subnet",
      terraform: { nativeTypes: ["aws_subnet"], fields: { map_public_ip_on_launch: { path: ["map_public_ip_on_launch"], kind: "bool", absent: false } } },
      cloudformation: { nativeTypes: ["AWS::EC2::Subnet"], fields: { map_public_ip_on_launch: { path: ["MapPublicIpOnLaunch"], kind: "bool", absent: false } } },
      awsConfig: { nativeTypes: ["AWS::EC2::Subnet"], fields: { map_public_ip_on_launch: { path: ["configuration", "mapPublicIpOnLaunch"], kind: "bool" } } }
    },
    {
      canonicalType: "aws.ec2.network_acl",
      terraform: TF_ACL,
      cloudformation: CFN_ACL,
      awsConfig: {
        nativeTypes: ["AWS::EC2::NetworkAcl"],
        fields: {
          is_default: { path: ["configuration", "isDefault"], kind: "bool" },
          ingress: { path: [], kind: "value", absent: unknownValue("AWS Config recorded no entries") },
          egress: { path: [], kind: "value", absent: unknownValue("AWS Config recorded no entries") }
        },
        refine: configAclEntries
      }
    },
    { canonicalType: "aws.ec2.network_acl", terraform: TF_DEFAULT_ACL },
    { canonicalType: "aws.ec2.default_security_group", terraform: TF_DEFAULT_SG }
  ],
  terraformGroups: [terraformVpcs, terraformAcls],
  cloudformationGroups: [cfnVpcs, cfnAcls]
};

// src/normalize/aws/index.ts
var SERVICES = [
  apigateway,
  cloudfront,
  cloudtrail,
  cloudwatch,
  configservice,
  dynamodb,
  ec2,
  ecr,
  ecs,
  efs,
  eks,
  elasticache,
  elb,
  iam,
  kms,
  lambda,
  opensearch,
  rds,
  redshift,
  secretsmanager,
  sns,
  sqs,
  vpc
];
function byNativeType(pick) {
  const out = /* @__PURE__ */ new Map();
  for (const spec of SERVICES.flatMap((s) => s.specs)) {
    const mapping = pick(spec);
    for (const nativeType of mapping?.nativeTypes ?? []) {
      if (out.has(nativeType)) throw new Error(`two specs read ${nativeType}`);
      out.set(nativeType, { canonicalType: spec.canonicalType, mapping });
    }
  }
  return out;
}
var TERRAFORM_SPECS = byNativeType((s) => s.terraform);
var CLOUDFORMATION_SPECS = byNativeType((s) => s.cloudformation);
var AWS_CONFIG_SPECS = byNativeType((s) => s.awsConfig);
var TERRAFORM_GROUPS = SERVICES.flatMap((s) => s.terraformGroups ?? []);
var CLOUDFORMATION_GROUPS = SERVICES.flatMap((s) => s.cloudformationGroups ?? []);

// src/normalize/aws-config/spec.ts
var CONVERT = {
  bool,
  number: num,
  string: text,
  key: (node) => keyOrNull(text(node)),
  strings: (node) => {
    const items = elements(node);
    if (items.length === 0 && !Array.isArray(decodeJson(node.value))) return text(node) === void 0 ? void 0 : [text(node)];
    return items.map((item) => text(item) ?? null);
  },
  value: (node) => present(node) ? decodeJson(node.value) : void 0,
  present: (node) => node.value === void 0 ? void 0 : present(node)
};
function attributesBySpec(item, mapping, provenance) {
  const out = {};
  for (const [name, rule] of Object.entries(mapping.fields)) {
    const path = splitDotted(name);
    const node = dig(item, ...rule.path);
    const value = rule.path.length === 0 ? void 0 : CONVERT[rule.kind](node);
    if (value === void 0) {
      setDotted(out, path, rule.absent ?? unknownValue(`AWS Config recorded no ${rule.path.join(".")}`));
      continue;
    }
    setDotted(out, path, value);
    provenance.set(path, node);
  }
  mapping.refine?.(out, {
    item,
    configuration: child(item, "configuration"),
    set: (path, value, node) => {
      setDotted(out, path, value);
      if (node) provenance.set(path, node);
    }
  });
  return out;
}

// src/normalize/aws-config/account-public-access.ts
var ACCOUNT_BLOCK_TYPE = "AWS::S3::AccountPublicAccessBlock";
var SETTINGS = [
  ["block_public_acls", "blockPublicAcls"],
  ["block_public_policy", "blockPublicPolicy"],
  ["ignore_public_acls", "ignorePublicAcls"],
  ["restrict_public_buckets", "restrictPublicBuckets"]
];
function applyAccountPublicAccessBlocks(resources) {
  const blocks = /* @__PURE__ */ new Map();
  for (const resource of resources) {
    if (resource.source.nativeType !== ACCOUNT_BLOCK_TYPE) continue;
    const [, account, region] = resource.scope.split(":");
    const block = accountBlock(resource.raw);
    blocks.set(`${account}:${region}`, block);
    if (!blocks.has(`${account}:*`)) blocks.set(`${account}:*`, block);
  }
  if (blocks.size === 0) return;
  for (const bucket of resources) {
    if (bucket.type !== "aws.s3.bucket") continue;
    const [, account, region] = bucket.scope.split(":");
    const block = blocks.get(`${account}:${region}`) ?? blocks.get(`${account}:*`);
    if (block) applyTo(bucket.attributes.public_access_block, block);
  }
}
function accountBlock(raw) {
  const configuration = child(itemRoot(raw), "configuration");
  const out = {};
  for (const [canonical, recorded] of SETTINGS) {
    const value = bool(child(configuration, recorded));
    if (value !== void 0) out[canonical] = value;
  }
  return out;
}
function applyTo(bucketBlock, account) {
  for (const [canonical] of SETTINGS) {
    if (account[canonical] === true) bucketBlock[canonical] = true;
  }
}

// src/normalize/aws-config/index.ts
var CANONICAL = {
  "AWS::S3::Bucket": { type: "aws.s3.bucket", normalize: normalizeBucket },
  "AWS::EC2::SecurityGroup": { type: "aws.ec2.security_group", normalize: normalizeSecurityGroup },
  "AWS::RDS::DBInstance": { type: "aws.rds.db_instance", normalize: normalizeDbInstance },
  ...Object.fromEntries([...AWS_CONFIG_SPECS].map(([nativeType, { canonicalType, mapping }]) => [
    nativeType,
    { type: canonicalType, normalize: (item, p) => attributesBySpec(item, mapping, p) }
  ]))
};
var FOLDED_TYPES = [ACCOUNT_BLOCK_TYPE];
function awsConfigResourceTypes() {
  return [...Object.keys(CANONICAL), ...FOLDED_TYPES].sort();
}
function normalizeAwsConfig(doc) {
  const items = Array.isArray(doc.value) ? doc.value : [];
  const diagnostics = [];
  const resources = [];
  for (const { index, item } of latestItems(items)) {
    const resource = toResource2(doc, index, itemRoot(item));
    if (typeof resource === "string") diagnostics.push(warning(doc, index, resource));
    else if (resource) resources.push(resource);
  }
  applyAccountPublicAccessBlocks(resources);
  return { resources, diagnostics };
}
function liveDocument(items) {
  const file = { absolutePath: `${LIVE_PATH_PREFIX}live`, path: `${LIVE_PATH_PREFIX}live`, format: "aws-config" };
  return { file, value: items, diagnostics: [], locate: () => void 0 };
}
var GONE = /* @__PURE__ */ new Set(["ResourceDeleted", "ResourceDeletedNotRecorded", "ResourceNotRecorded"]);
function toResource2(doc, index, item) {
  const nativeType = text(child(item, "resourceType"));
  const resourceId = text(child(item, "resourceId"));
  if (nativeType === void 0 || resourceId === void 0) return "configuration item without resourceType or resourceId; skipped";
  if (GONE.has(text(child(item, "configurationItemStatus")) ?? "")) return void 0;
  const account = text(child(item, "accountId")) ?? "unknown";
  const region = text(child(item, "awsRegion")) ?? "unknown";
  const live = doc.file.path.startsWith(LIVE_PATH_PREFIX);
  const path = live ? `${LIVE_PATH_PREFIX}${account}/${region}` : doc.file.path;
  const provenance = new ItemProvenance(doc, index, live ? fileStart(path) : void 0);
  const canonical = CANONICAL[nativeType];
  const raw = decodedItem(item.value);
  const attributes = canonical ? canonical.normalize(item, provenance) : decodeJson(raw.configuration) ?? {};
  return {
    id: text(child(item, "arn")) ?? resourceId,
    type: canonical?.type ?? `awsconfig.${nativeType}`,
    source: { format: "aws-config", path, nativeType },
    attributes,
    raw,
    provenance: provenance.map,
    scope: `aws:${account}:${region}`
  };
}
function decodedItem(item) {
  if (!hasEncodedValues(item)) return item;
  const out = { ...item };
  if ("configuration" in out) out.configuration = decodeJson(out.configuration);
  const supplementary = decodeJson(out.supplementaryConfiguration);
  if (supplementary !== null && typeof supplementary === "object") {
    out.supplementaryConfiguration = Object.fromEntries(
      Object.entries(supplementary).map(([key3, value]) => [key3, decodeJson(value)])
    );
  }
  return out;
}
function hasEncodedValues(item) {
  if (typeof item.configuration === "string") return true;
  const supplementary = item.supplementaryConfiguration;
  if (typeof supplementary === "string") return true;
  if (supplementary === null || typeof supplementary !== "object") return false;
  return Object.values(supplementary).some((value) => typeof value === "string");
}
function warning(doc, index, message) {
  return { code: "NORMALIZE_FAILED", level: "warning", message, range: doc.locate([index]) ?? fileStart(doc.file.path) };
}

// src/concurrency.ts
async function mapLimited(inputs, limit, task) {
  const results = new Array(inputs.length);
  let next = 0;
  const worker = async () => {
    while (next < inputs.length) {
      const index = next++;
      results[index] = await task(inputs[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, inputs.length)) }, worker));
  return results;
}

// src/normalize/aws-config/stack-tags.ts
var STACK_NAME = "aws:cloudformation:stack-name";
var LOGICAL_ID = "aws:cloudformation:logical-id";
function stackOriginOf(raw) {
  for (const tags of tagSourcesOf(raw)) {
    const stackName = tags.get(STACK_NAME);
    const logicalId = tags.get(LOGICAL_ID);
    if (stackName && logicalId) return { stackName, logicalId };
  }
  return void 0;
}
function itemTags(raw) {
  const sources = tagSourcesOf(raw);
  if (sources.length === 0) return void 0;
  const out = {};
  for (const tags of sources) for (const [key3, value] of tags) out[key3] ??= value;
  return out;
}
function tagSourcesOf(raw) {
  const configuration = record2(decodeJson(raw.configuration));
  const supplementary = record2(decodeJson(raw.supplementaryConfiguration));
  const bucketTagging = record2(decodeJson(supplementary?.BucketTaggingConfiguration));
  const tagSets = decodeJson(bucketTagging?.tagSets);
  const sets2 = Array.isArray(tagSets) ? tagSets.map((set) => record2(decodeJson(set))) : [];
  const candidates = [
    raw.tags,
    configuration?.tags,
    configuration?.Tags,
    supplementary?.Tags,
    ...sets2.flatMap((set) => [set?.tags, set?.tagSet])
  ];
  return candidates.map(decodeJson).filter((value) => value !== void 0 && value !== null).flatMap((value) => tagMap(value) ?? []);
}
function tagMap(value) {
  const out = /* @__PURE__ */ new Map();
  if (Array.isArray(value)) {
    for (const entry of value.map(record2)) {
      const key3 = entry?.key ?? entry?.Key;
      const tagValue = entry?.value ?? entry?.Value;
      if (typeof key3 === "string" && typeof tagValue === "string") out.set(key3, tagValue);
    }
    return out;
  }
  const map2 = record2(value);
  if (!map2) return void 0;
  for (const [key3, tagValue] of Object.entries(map2)) if (typeof tagValue === "string") out.set(key3, tagValue);
  return out;
}
function record2(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}

export {
  mapLimited,
  buildJsonIndex,
  spanAt,
  SpanTableBuilder,
  rangeAt,
  locateIn,
  hasPath,
  parseJsonWithPositions,
  withoutBom,
  rehydrateDocument,
  positionsLocator,
  asBool,
  asNumber,
  asString,
  asRecord,
  Budget,
  EMPTY_SCOPE,
  unknown,
  failure,
  isFailure,
  withOrigin,
  stepOrigin,
  markResource,
  markResources,
  sensitive,
  isSensitive,
  isRecord,
  markSet,
  isSet,
  unmark,
  containsUnknown,
  typeName,
  equal,
  compareStrings,
  asString2,
  asNumber2,
  asBool2,
  parseTerraform,
  readTerraform,
  parseExpressionText,
  evaluate,
  evaluateIsolated,
  Fields,
  SettlingMap,
  toBool,
  toStr,
  toNum,
  toStrList,
  possibleParents,
  parentReference,
  findParent,
  withoutLastIndex,
  keyOrNull,
  setDotted,
  splitDotted,
  CanonicalBuilder,
  toResource,
  terraformDocument,
  policyDocumentBlocks,
  SG_RULE_TYPES,
  normalizeSecurityGroups,
  TERRAFORM_SPECS,
  CLOUDFORMATION_SPECS,
  TERRAFORM_GROUPS,
  CLOUDFORMATION_GROUPS,
  awsConfigResourceTypes,
  normalizeAwsConfig,
  liveDocument,
  stackOriginOf,
  itemTags
};
