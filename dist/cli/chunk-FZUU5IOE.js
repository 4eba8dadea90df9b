import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-RLA54IOY.js";
import {
  defaultPolicyDirectory,
  isCalendarDate,
  loadCatalog,
  parseConfig,
  peerCoverage,
  peerGroups
} from "./chunk-KFKIM273.js";
import {
  SEVERITIES,
  escape,
  parseFailOn,
  require_dist
} from "./chunk-ES4YV2IG.js";
import {
  ConfigError
} from "./chunk-XSHH3W5D.js";
import {
  __toESM
} from "./chunk-VA35IVHB.js";

// src/cli/import/command.ts
import { lstat, readFile } from "node:fs/promises";
import path from "node:path";

// src/cli/import/checkov.ts
var import_yaml = __toESM(require_dist(), 1);

// src/cli/import/peer-waivers.ts
function waiveSkipped(set, index, result) {
  const { covered, partial } = index.match(set.ids);
  for (const { checkId, by } of covered) {
    const reason = set.statement ?? `imported from ${set.origin} (${by.join(", ")})`;
    addWaiver(result, { check: checkId, ...set.scope, reason });
  }
  const where = set.scope?.resource ? ` for ${set.scope.resource}` : set.scope?.path ? ` for ${set.scope.path}` : "";
  for (const { checkId, missing, narrower } of partial) {
    if (narrower) result.unmapped.push(`${set.origin}${where}: ${narrower.join(", ")} covers only part of what ${checkId} checks; not waived`);
    else result.unmapped.push(`${set.origin}${where}: ${checkId} also covers ${missing.join(", ")}, which ${missing.length > 1 ? "are" : "is"} not skipped; not waived`);
  }
  if (set.quietUnknown) return;
  for (const id of set.ids.filter((id2) => !index.knows(id2))) {
    result.unmapped.push(`${set.origin}${where}: ${id}: no posture-gate check is the same control; nothing to waive`);
  }
}
function addWaiver(result, waiver) {
  const key = (w) => `${w.check}\0${w.resource ?? ""}\0${w.path ?? ""}`;
  if (result.waivers.some((existing) => key(existing) === key(waiver))) return;
  result.waivers.push(waiver);
}

// src/cli/import/resource-ids.ts
var KUBERNETES = /^([A-Z][A-Za-z]*)\.([^.]+)\.([^.]+)$/;
var S3_PART = /^((?:module\.[^.]+\.)*)aws_s3_bucket_[a-z_]+\.([^.]+)$/;
function peerResourceGlob(name, origin, result) {
  const part = S3_PART.exec(name);
  if (part) {
    const bucket = `${part[1]}aws_s3_bucket.${part[2]}`;
    result.approximate.push(`${origin} ${name}: waived on ${bucket}, where posture-gate reports the bucket's settings; if the bucket has another name the waiver matches nothing`);
    return escape(bucket);
  }
  if (name.startsWith("AWS::")) {
    const at = name.lastIndexOf(".");
    return at > 0 ? escape(`${name.slice(0, at)}/${name.slice(at + 1)}`) : escape(name);
  }
  const kubernetes = KUBERNETES.exec(name);
  if (kubernetes) return `**/${escape(kubernetes[1])}/${escape(kubernetes[2])}/${escape(kubernetes[3])}`;
  return escape(name);
}

// src/cli/import/checkov.ts
var HINTS = {
  "skip-path": "write exclude: globs in .posture.yaml (checkov takes regular expressions)",
  framework: "posture-gate scans every format it finds",
  "external-checks-dir": "port custom checks to Rego (posture policies build)",
  "var-file": "list the files under var-files: in .posture.yaml"
};
var READ = /* @__PURE__ */ new Set(["skip-check", "check", "soft-fail", "soft-fail-on", "hard-fail-on"]);
function importCheckovConfig(text, file, index, result) {
  const config = parseMapping(text, file);
  const skips = items(config["skip-check"]);
  const ids = skips.filter((item) => !isSeverity(item) && !item.includes("*"));
  for (const item of skips.filter((s) => !ids.includes(s))) {
    result.unmapped.push(`${file} skip-check ${item}: ${isSeverity(item) ? "skips by severity; posture-gate sets which severities block with fail-on" : "a wildcard; list the check ids"}`);
  }
  waiveSkipped({ ids, origin: `${file} skip-check` }, index, result);
  if (config.check !== void 0) {
    result.unmapped.push(`${file} check ${items(config.check).join(", ")}: posture-gate runs every check; waive the ones you do not want, or narrow the scan with frameworks`);
  }
  readFailLevels(config, file, index, result);
  for (const key of Object.keys(config).filter((k) => !READ.has(k))) {
    result.unmapped.push(`${file} ${key}: not imported${HINTS[key] ? `; ${HINTS[key]}` : " (no equivalent setting)"}`);
  }
}
function readFailLevels(config, file, index, result) {
  const hard = items(config["hard-fail-on"]);
  const soft = items(config["soft-fail-on"]);
  const hardLevels = hard.filter(isSeverity).map(toSeverity);
  const softLevels = soft.filter(isSeverity).map(toSeverity);
  let failOn;
  if (config["soft-fail"] === true) failOn = "none";
  if (softLevels.length > 0) failOn = above(highest(softLevels));
  if (hardLevels.length > 0) failOn = lowest(hardLevels);
  if (failOn !== void 0) result.failOn = failOn;
  for (const id of hard.filter((item) => !isSeverity(item))) {
    result.unmapped.push(`${file} hard-fail-on ${id}: posture-gate blocks by severity; raise the check's level under severity: if it must always block`);
  }
  const softIds = soft.filter((item) => !isSeverity(item));
  const { covered, partial } = index.match(softIds);
  for (const { checkId } of covered) result.severity[checkId] = "LOW";
  if (covered.length > 0) {
    result.approximate.push(`${file} soft-fail-on: ${covered.map((c) => c.checkId).join(", ")} set to severity low: reported without blocking while fail-on is above low`);
  }
  for (const { checkId, missing, narrower } of partial) {
    const why = narrower ? `${narrower.join(", ")} covers only part of it` : `it also covers ${missing.join(", ")}`;
    result.unmapped.push(`${file} soft-fail-on: ${checkId}: ${why}; left as is`);
  }
  for (const id of softIds.filter((i) => !index.knows(i))) result.unmapped.push(`${file} soft-fail-on ${id}: no posture-gate check is the same control`);
}
function importCheckovBaseline(text, file, index, result) {
  let baseline;
  try {
    baseline = JSON.parse(text);
  } catch (cause) {
    throw new ConfigError(`${file}: not a checkov baseline (JSON): ${cause.message}`, { cause });
  }
  if (!Array.isArray(baseline?.failed_checks)) throw new ConfigError(`${file}: not a checkov baseline: no failed_checks list`);
  const unknown = /* @__PURE__ */ new Map();
  for (const entry of baseline.failed_checks) {
    const path2 = typeof entry.file === "string" ? entry.file.replace(/^\/+/, "") : void 0;
    for (const finding of Array.isArray(entry.findings) ? entry.findings : []) {
      const ids = items(finding.check_ids);
      const named = typeof finding.resource === "string" && ids.some((id) => index.knows(id));
      const resource = named ? peerResourceGlob(finding.resource, file, result) : void 0;
      waiveSkipped({ ids, origin: file, scope: { ...resource ? { resource } : {}, ...path2 ? { path: path2 } : {} }, quietUnknown: true }, index, result);
      for (const id of ids.filter((i) => !index.knows(i))) unknown.set(id, (unknown.get(id) ?? 0) + 1);
    }
  }
  for (const [id, count] of unknown) result.unmapped.push(`${file}: ${id} (${count} resource${count > 1 ? "s" : ""}): no posture-gate check is the same control; nothing to waive`);
}
function parseMapping(text, file) {
  let value;
  try {
    value = (0, import_yaml.parse)(text);
  } catch (cause) {
    throw new ConfigError(`${file}: not valid YAML: ${cause.message.split("\n")[0]}`, { cause });
  }
  if (value === null || value === void 0) return {};
  if (typeof value !== "object" || Array.isArray(value)) throw new ConfigError(`${file}: expected a mapping of checkov settings`);
  return value;
}
function items(value) {
  const list = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
  return list.flatMap((item) => String(item).split(",")).map((item) => item.trim()).filter((item) => item !== "");
}
function isSeverity(item) {
  return parseFailOn(item) !== void 0 && item.toLowerCase() !== "none";
}
function toSeverity(item) {
  return parseFailOn(item);
}
function highest(levels) {
  return SEVERITIES.find((s) => levels.includes(s));
}
function lowest(levels) {
  return [...SEVERITIES].reverse().find((s) => levels.includes(s));
}
function above(level) {
  const at = SEVERITIES.indexOf(level);
  return at === 0 ? "none" : SEVERITIES[at - 1];
}

// src/cli/import/peer-map.ts
var PeerIndex = class {
  constructor(checks, tool) {
    this.tool = tool;
    this.checks = checks.filter((c) => !c.deprecated).map((meta) => ({ meta, groups: peerGroups(meta.peers, tool).map((g) => g.map(upper)) }));
  }
  tool;
  checks;
  /** Whether any of our checks lists the id. */
  knows(id) {
    const wanted = upper(id);
    return this.checks.some((c) => c.groups.some((g) => g.includes(wanted)));
  }
  /** Our checks that the skipped ids reach, split into fully and partly covered. */
  match(skipped) {
    const original = new Map([...skipped].map((id) => [upper(id), id]));
    const set = new Set(original.keys());
    const covered = [];
    const partial = [];
    for (const { meta, groups } of this.checks) {
      const coverage = peerCoverage(meta, this.tool, set);
      if (coverage === "none") continue;
      if (coverage === "whole") {
        covered.push({ checkId: meta.id, by: [...set].filter((id) => groups.some((g) => g.includes(id))).map((id) => original.get(id)) });
        continue;
      }
      const missing = groups.filter((group) => !group.some((id) => set.has(id))).map((group) => group[0]);
      const narrower = (meta.partialPeers ?? []).filter((id) => set.has(upper(id)));
      partial.push({ checkId: meta.id, missing, ...narrower.length > 0 ? { narrower } : {} });
    }
    return { covered, partial };
  }
};
function upper(id) {
  return id.toUpperCase();
}

// src/cli/import/posture-yaml.ts
var import_yaml2 = __toESM(require_dist(), 1);
function writePostureYaml(result, existing, file, header) {
  const doc = existing === void 0 || existing.trim() === "" ? fresh(header) : parsed(existing, file);
  if (result.failOn !== void 0) {
    const current = doc.get("fail-on");
    const wanted = result.failOn.toLowerCase();
    if (current === void 0 || current === null) doc.set("fail-on", wanted);
    else if (String(current).toLowerCase() !== wanted) {
      result.unmapped.push(`fail-on: ${file} already says ${String(current)}; left as is (the import says ${wanted})`);
      delete result.failOn;
    }
  }
  for (const [checkId, level] of Object.entries(result.severity)) {
    const current = doc.getIn(["severity", checkId]);
    if (current === void 0) doc.setIn(["severity", checkId], level.toLowerCase());
    else if (String(current).toLowerCase() !== level.toLowerCase()) {
      result.unmapped.push(`severity.${checkId}: ${file} already says ${String(current)}; left as is`);
      delete result.severity[checkId];
    }
  }
  if (result.waivers.length > 0) {
    if (!doc.has("waivers") || doc.get("waivers") === null) doc.set("waivers", doc.createNode([]));
    const waivers = doc.get("waivers");
    if (!(0, import_yaml2.isSeq)(waivers)) throw new ConfigError(`${file}: waivers is not a list; cannot add the imported waivers`);
    for (const waiver of result.waivers.filter((w) => !present(waivers, w))) waivers.add(doc.createNode(waiver));
  }
  const text = doc.toString({ lineWidth: 0 });
  parseConfig(text, file);
  return text;
}
function fresh(header) {
  const doc = new import_yaml2.Document({});
  doc.commentBefore = ` ${header}`;
  return doc;
}
function parsed(text, file) {
  const doc = (0, import_yaml2.parseDocument)(text);
  if (doc.errors.length > 0) throw new ConfigError(`${file}: not valid YAML; fix it before importing into it: ${doc.errors[0].message.split("\n")[0]}`);
  if (doc.contents !== null && !(0, import_yaml2.isMap)(doc.contents)) throw new ConfigError(`${file}: expected a mapping of settings`);
  if (doc.contents === null) doc.contents = doc.createNode({});
  return doc;
}
function present(waivers, waiver) {
  return waivers.items.some((item) => {
    if (!(0, import_yaml2.isMap)(item)) return false;
    const field = (key) => item.get(key) ?? void 0;
    return field("check") === waiver.check && field("resource") === waiver.resource && field("path") === waiver.path;
  });
}

// src/cli/import/trivy.ts
var import_yaml3 = __toESM(require_dist(), 1);
var NOT_MISCONFIGURATION = /^(?:CVE|GHSA|GO|PYSEC|RUSTSEC|OSV|DLA|DSA|RHSA|ALAS|USN)-/i;
function importTrivyIgnore(text, file, index, result) {
  const entries = [];
  text.split("\n").forEach((raw, i) => {
    const [id, ...options] = raw.trim().split(/\s+/);
    if (!id || id.startsWith("#")) return;
    const expiry = options.find((option) => option.startsWith("exp:"))?.slice("exp:".length);
    if (expiry !== void 0 && !isCalendarDate(expiry)) {
      result.unmapped.push(`${file}:${i + 1} ${id}: expiry ${expiry} is not a date (YYYY-MM-DD); not imported`);
      return;
    }
    if (NOT_MISCONFIGURATION.test(id)) result.unmapped.push(`${file}:${i + 1} ${id}: a vulnerability id; posture-gate does not scan packages`);
    else entries.push({ id, line: i + 1, ...expiry ? { expires: expiry } : {} });
  });
  waiveEntries(entries, file, index, result);
}
function waiveEntries(entries, origin, index, result, scope = {}) {
  const before = result.waivers.length;
  waiveSkipped({ ids: entries.map((e) => e.id), origin, ...scope.path ? { scope: { path: scope.path } } : {}, ...scope.statement ? { statement: scope.statement } : {} }, index, result);
  for (const waiver of result.waivers.slice(before)) {
    const reaching = entries.filter((e) => reaches(index, e.id, waiver.check));
    const dates = reaching.map((e) => e.expires).filter((d) => d !== void 0).sort();
    if (dates.length > 0) waiver.expires = dates[0];
  }
}
function reaches(index, id, checkId) {
  const { covered, partial } = index.match([id]);
  return covered.some((c) => c.checkId === checkId) || partial.some((p) => p.checkId === checkId);
}
function importTrivyIgnoreYaml(text, file, index, result) {
  let doc;
  try {
    doc = (0, import_yaml3.parse)(text) ?? {};
  } catch (cause) {
    throw new ConfigError(`${file}: not valid YAML: ${cause.message.split("\n")[0]}`, { cause });
  }
  if (typeof doc !== "object" || Array.isArray(doc)) throw new ConfigError(`${file}: expected a mapping (misconfigurations:, vulnerabilities:, \u2026)`);
  for (const [section, value] of Object.entries(doc)) {
    if (section === "misconfigurations") continue;
    const count = Array.isArray(value) ? value.length : 0;
    result.unmapped.push(`${file} ${section}: ${count} entr${count === 1 ? "y" : "ies"} not imported; posture-gate checks configuration only`);
  }
  const list = Array.isArray(doc.misconfigurations) ? doc.misconfigurations : [];
  const groups = /* @__PURE__ */ new Map();
  list.forEach((entry, i) => {
    if (typeof entry?.id !== "string") return result.unmapped.push(`${file} misconfigurations[${i}]: no id; not imported`);
    const expires = entry.expired_at === void 0 ? void 0 : dateText(entry.expired_at);
    if (entry.expired_at !== void 0 && expires === void 0) return result.unmapped.push(`${file} misconfigurations[${i}] ${entry.id}: expired_at is not a date; not imported`);
    const paths = Array.isArray(entry.paths) ? entry.paths.map(String) : [];
    const statement = typeof entry.statement === "string" ? entry.statement : void 0;
    const key = JSON.stringify([paths, statement ?? null]);
    const group = groups.get(key) ?? { paths, ...statement ? { statement } : {}, entries: [] };
    group.entries.push({ id: entry.id, line: i, ...expires ? { expires } : {} });
    groups.set(key, group);
  });
  for (const group of groups.values()) {
    for (const path2 of group.paths.length > 0 ? group.paths : [void 0]) {
      waiveEntries(group.entries, `${file} misconfigurations`, index, result, { ...path2 ? { path: path2 } : {}, ...group.statement ? { statement: group.statement } : {} });
    }
  }
}
function dateText(value) {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return isCalendarDate(text) ? text : void 0;
}

// src/cli/import/types.ts
function emptyResult() {
  return { waivers: [], severity: {}, unmapped: [], approximate: [] };
}

// src/cli/import/command.ts
var FILES = {
  checkov: [
    { name: ".checkov.yaml", read: importCheckovConfig },
    { name: ".checkov.yml", read: importCheckovConfig },
    { name: ".checkov.baseline", read: importCheckovBaseline }
  ],
  trivy: [
    { name: ".trivyignore", read: importTrivyIgnore },
    { name: ".trivyignore.yaml", read: importTrivyIgnoreYaml },
    { name: ".trivyignore.yml", read: importTrivyIgnoreYaml }
  ]
};
var MAX_BYTES = 16 << 20;
async function runImport(command, io) {
  const index = new PeerIndex((await loadCatalog(defaultPolicyDirectory())).checks, command.tool);
  const sources = await findSources(command, io.cwd);
  const result = emptyResult();
  for (const { file, shown, read } of sources) read(await readSmall(file, shown), shown, index, result);
  const output = command.output === void 0 ? void 0 : path.resolve(io.cwd, command.output);
  const existing = output === void 0 ? void 0 : await readFile(output, "utf8").catch(() => void 0);
  const header = `Imported by posture import ${command.tool} from ${sources.map((s) => s.shown).join(", ")}; review each waiver (reason, owner, expires).`;
  const text = writePostureYaml(result, existing, command.output ?? ".posture.yaml", header);
  if (output === void 0) await io.stdout(text);
  else await writeFileAtomic(output, text, command.output);
  io.stderr(summary(command, sources.map((s) => s.shown), result));
}
async function findSources(command, cwd) {
  const known = FILES[command.tool];
  const found = [];
  for (const given of command.paths.length > 0 ? command.paths : ["."]) {
    const target = path.resolve(cwd, given);
    const info = await lstat(target).catch(() => void 0);
    if (info === void 0) throw new ConfigError(`import ${command.tool}: ${given} does not exist`, { code: "INPUT_MISSING" });
    if (!info.isDirectory()) {
      found.push({ file: target, shown: given, read: readerFor(command.tool, path.basename(target)) });
      continue;
    }
    for (const { name, read } of known) {
      const file = path.join(target, name);
      const entry = await lstat(file).catch(() => void 0);
      if (entry?.isFile()) found.push({ file, shown: path.relative(cwd, file) || name, read });
    }
  }
  if (found.length === 0) {
    const names = known.map((k) => k.name).join(", ");
    throw new ConfigError(`import ${command.tool}: none of ${names} in ${command.paths.join(", ") || "the current directory"}`, { code: "INPUT_MISSING" });
  }
  return found;
}
function readerFor(tool, base) {
  const yaml = /\.ya?ml$/.test(base);
  if (tool === "checkov") return yaml ? importCheckovConfig : importCheckovBaseline;
  return yaml ? importTrivyIgnoreYaml : importTrivyIgnore;
}
async function readSmall(file, shown) {
  const info = await lstat(file);
  if (info.size > MAX_BYTES) throw new ConfigError(`${shown} is ${info.size} bytes, more than a peer settings file holds (${MAX_BYTES}); not imported`);
  return readFile(file, "utf8");
}
function summary(command, read, result) {
  const settings = [
    ...result.failOn ? [`fail-on ${result.failOn.toLowerCase()}`] : [],
    ...Object.keys(result.severity).length > 0 ? [`${Object.keys(result.severity).length} severity override(s)`] : []
  ];
  const lines = [`posture import ${command.tool}: read ${read.join(", ")}; ${result.waivers.length} waiver(s)${settings.length ? `, ${settings.join(", ")}` : ""} \u2192 ${command.output ?? "stdout"}`];
  if (result.approximate.length > 0) lines.push(`mapped, with a difference (${result.approximate.length}):`, ...result.approximate.map((line) => `  - ${line}`));
  if (result.unmapped.length > 0) lines.push(`not mapped (${result.unmapped.length}):`, ...result.unmapped.map((line) => `  - ${line}`));
  return lines.join("\n") + "\n";
}
export {
  runImport
};
