import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  prepareOutputs,
  writeFileAtomic,
  writeStdout
} from "./chunk-RLA54IOY.js";
import {
  SCAN_INCOMPLETE_ID,
  SEVERITY_STYLE,
  STYLE,
  cell,
  checkLabel,
  embedJson,
  escapeHtml,
  failingChange,
  findingHeadline,
  fitLines,
  formatColumns,
  formatPercent,
  incompleteDiagnostics,
  incompleteSentence,
  markScore,
  markdownReporter,
  painter,
  sanitize,
  scoreChange,
  strictFailure,
  summarize,
  textWidth,
  truncateLeft,
  truncateRight,
  withDiffBase,
  wrapText
} from "./chunk-XYRS2Z7K.js";
import {
  TOOL_VERSION,
  compileUserPolicies,
  createBaseline,
  defaultScanRoot,
  isS3Uri,
  loadCfnParameters,
  loadUserPolicies,
  readBaseline,
  runGate,
  writeBundle
} from "./chunk-DTYB2552.js";
import "./chunk-DQSVCJ2Q.js";
import {
  Boundary,
  assertKnownFrameworks,
  defaultPolicyDirectory,
  loadCatalog,
  resolveConfig
} from "./chunk-KFKIM273.js";
import {
  awsConfigResourceTypes
} from "./chunk-5RUXINFM.js";
import {
  DEFAULT_MAX_SCAN_SECONDS,
  Deadline,
  LIVE_PATH_PREFIX,
  SEVERITIES,
  compareDiagnostics,
  compareFindings,
  compareInconclusive,
  compareSkipped,
  compareStrings,
  excerptKey,
  fileStart,
  incompleteKind,
  isValidScanSeconds,
  parseFailOn,
  sorted,
  sortedRecord
} from "./chunk-ES4YV2IG.js";
import {
  ConfigError,
  EXIT_CONFIG,
  EXIT_FINDINGS,
  EXIT_PASS,
  exitCodeFor,
  getErrorMessage
} from "./chunk-XSHH3W5D.js";
import "./chunk-VA35IVHB.js";

// src/cli/main.ts
import { readFile } from "node:fs/promises";
import path5 from "node:path";

// src/logging.ts
var ORDER = { debug: 0, info: 1, warning: 2, error: 3, silent: 4 };
function createConsoleLogger(level = "info", write = (l) => process.stderr.write(l + "\n")) {
  const at = (wanted, prefix) => (message) => {
    if (ORDER[wanted] >= ORDER[level]) write(prefix + message);
  };
  return {
    debug: at("debug", "debug: "),
    info: at("info", ""),
    warning: at("warning", "warning: "),
    error: at("error", "error: "),
    group: async (name, fn) => {
      at("debug", "")(`-- ${name}`);
      return fn();
    }
  };
}
var silentLogger = createConsoleLogger("silent");

// src/report/gitlab-codequality.ts
import { createHash } from "node:crypto";
var SEVERITY = { CRITICAL: "blocker", HIGH: "critical", MEDIUM: "major", LOW: "minor" };
function renderGitlabCodeQuality(report2) {
  return `${JSON.stringify(buildGitlabCodeQuality(report2), null, 2)}
`;
}
var gitlabCodeQualityReporter = { format: "gitlab-codequality", render: renderGitlabCodeQuality };
function buildGitlabCodeQuality(report2) {
  const findings = sorted(report2.findings, compareFindings).filter((finding) => !finding.suppression).map((finding) => ({
    type: "issue",
    check_name: finding.checkId,
    description: `${findingHeadline(finding)} (${checkLabel(finding)})`,
    categories: ["Security"],
    fingerprint: finding.fingerprint,
    severity: SEVERITY[finding.severity],
    location: { path: finding.location.path, lines: { begin: finding.location.startLine, end: finding.location.endLine } }
  }));
  return report2.incomplete ? [...incompleteIssues(report2), ...findings] : findings;
}
function incompleteIssues(report2) {
  const seen = /* @__PURE__ */ new Set();
  const issues = [];
  for (const diagnostic of incompleteDiagnostics(report2)) {
    const fingerprint = incompleteFingerprint(diagnostic);
    if (seen.has(fingerprint)) continue;
    seen.add(fingerprint);
    const { path: path6, startLine, endLine } = diagnostic.range;
    issues.push({
      type: "issue",
      check_name: SCAN_INCOMPLETE_ID,
      description: `Not scanned (${diagnostic.code}): ${diagnostic.message}; findings inside it are missing`,
      categories: ["Bug Risk"],
      fingerprint,
      severity: "major",
      location: { path: relativePath(path6), lines: { begin: startLine, end: Math.max(startLine, endLine) } }
    });
  }
  return issues;
}
function incompleteFingerprint(diagnostic) {
  const { code: code2, message, range } = diagnostic;
  return createHash("sha256").update(`posture-gate:incomplete:${code2}:${range.path}:${range.startLine}:${message}`).digest("hex");
}
function relativePath(path6) {
  return path6.replace(/^(?:\.?\/)+/, "") || ".";
}

// src/report/gitlab-sast.ts
import { createHash as createHash2 } from "node:crypto";
var GITLAB_SAST_SCHEMA_VERSION = "15.2.1";
var SEVERITY2 = { CRITICAL: "Critical", HIGH: "High", MEDIUM: "Medium", LOW: "Low" };
function renderGitlabSast(report2) {
  return `${JSON.stringify(buildGitlabSast(report2), null, 2)}
`;
}
var gitlabSastReporter = { format: "gitlab-sast", render: renderGitlabSast };
function buildGitlabSast(report2) {
  const checks = new Map(report2.catalog.checks.map((check) => [check.id, check]));
  const findings = sorted(report2.findings, compareFindings);
  const open = findings.filter((f) => !f.suppression);
  const tool = { id: report2.tool.name, name: report2.tool.name, version: report2.tool.version, vendor: { name: report2.tool.name } };
  const time = report2.startedAt.replace(/\.\d+Z$|Z$/, "");
  return {
    version: GITLAB_SAST_SCHEMA_VERSION,
    scan: {
      analyzer: tool,
      scanner: tool,
      type: "sast",
      start_time: time,
      end_time: time,
      // 'success' even when incomplete: the vulnerabilities listed were found; a 'warn' message
      // (the schema's "partial error") says what was not read.
      status: "success",
      messages: scanMessages(report2, findings.length - open.length)
    },
    vulnerabilities: open.map((finding) => toVulnerability(finding, checks.get(finding.checkId)))
  };
}
function toVulnerability(finding, check) {
  const headline = findingHeadline(finding);
  const description = [`${headline}.`, `${checkLabel(finding)}.`, ...check?.description ? [check.description] : []].join(" ");
  return {
    id: uuidOf(finding.fingerprint),
    name: headline.length > 255 ? `${headline.slice(0, 254)}\u2026` : headline,
    description,
    severity: SEVERITY2[finding.severity],
    ...check?.recommendedAction ? { solution: check.recommendedAction } : {},
    identifiers: [
      {
        type: "posture_gate_check",
        name: `posture-gate ${finding.checkId}`,
        value: finding.checkId,
        ...check?.relatedResources[0] ? { url: check.relatedResources[0] } : {}
      }
    ],
    location: { file: finding.location.path, start_line: finding.location.startLine, end_line: finding.location.endLine }
  };
}
function scanMessages(report2, suppressed) {
  const incomplete = report2.incomplete ? [{ level: "warn", value: incompleteSentence(report2.incomplete) }] : [];
  const messages = [
    ...incomplete,
    ...sorted(report2.diagnostics, compareDiagnostics).map((d) => ({
      // input not read is a partial error even when the diagnostic is a warning (an unresolved module)
      level: d.level === "error" || incompleteKind(d) !== void 0 ? "warn" : "info",
      value: `${d.range.path}:${d.range.startLine}:${d.range.startColumn}: ${d.message}`
    }))
  ];
  if (suppressed > 0) {
    messages.push({ level: "info", value: `${suppressed} suppressed findings are not listed; the SARIF and JSON reports show them` });
  }
  return messages;
}
function uuidOf(fingerprint) {
  const hex = createHash2("sha256").update(`posture-gate:${fingerprint}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

// src/report/html/index.ts
import { createHash as createHash3 } from "node:crypto";

// src/report/html/posture.ts
var TOP_ITEMS = 10;
function line(score) {
  return { passing: score.passing, total: score.total, percent: formatPercent(score) };
}
var byId = (a, b) => compareStrings(a.id, b.id);
function buildFrameworks(report2) {
  return [...report2.catalog.frameworks].sort(byId).map((framework) => {
    const score = report2.score.byFramework[framework.id] ?? { passing: 0, total: 0, score: 1 };
    const controls = {};
    for (const control of [...framework.controls].sort(byId)) controls[control.id] = control.title;
    return {
      id: framework.id,
      title: framework.title,
      version: framework.version,
      ...framework.url === void 0 ? {} : { url: framework.url },
      ...line(score),
      requirements: requirementsOf(report2, framework),
      controls
    };
  });
}
function requirementsOf(report2, framework) {
  const scores = report2.score.byRequirement[framework.id] ?? {};
  const controlScores = report2.score.byControl[framework.id] ?? {};
  const titles = new Map(framework.requirements.map((r) => [r.id, r.title]));
  return Object.keys(scores).sort(compareStrings).map((id) => ({
    id,
    title: titles.get(id) ?? "",
    ...line(scores[id]),
    failingControls: framework.controls.filter((c) => c.requirement === id && failing(controlScores[c.id]) > 0).length
  }));
}
var failing = (score) => score ? score.total - score.passing : 0;
function buildTopRequirements(report2) {
  const out = [];
  for (const framework of report2.catalog.frameworks) {
    const titles = new Map(framework.requirements.map((r) => [r.id, r.title]));
    for (const [id, score] of Object.entries(report2.score.byRequirement[framework.id] ?? {})) {
      if (failing(score) > 0) out.push({ framework: framework.id, requirement: id, title: titles.get(id) ?? "", ...line(score), failing: failing(score) });
    }
  }
  return out.sort((a, b) => a.passing / a.total - b.passing / b.total || b.failing - a.failing || compareStrings(a.framework, b.framework) || compareStrings(a.requirement, b.requirement)).slice(0, TOP_ITEMS);
}
function buildTopControls(report2) {
  const rank = (s) => SEVERITIES.indexOf(s);
  const counted = countedFindings(report2.findings);
  const out = [];
  for (const framework of report2.catalog.frameworks) {
    const controls = new Map(framework.controls.map((c) => [c.id, c]));
    for (const [id, score] of Object.entries(report2.score.byControl[framework.id] ?? {})) {
      const findings = counted.get(`${framework.id}/${id}`);
      if (failing(score) === 0 || !findings) continue;
      const control = controls.get(id);
      const severity = findings.map((f) => f.severity).sort((a, b) => rank(a) - rank(b))[0];
      out.push({ framework: framework.id, control: id, requirement: control?.requirement ?? "", title: control?.title ?? "", severity, findings: findings.length, ...line(score), failing: failing(score) });
    }
  }
  return out.sort((a, b) => rank(a.severity) - rank(b.severity) || b.failing - a.failing || a.passing / a.total - b.passing / b.total || compareStrings(a.framework, b.framework) || compareStrings(a.control, b.control)).slice(0, TOP_ITEMS);
}
function countedFindings(findings) {
  const out = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (finding.suppression && finding.suppression.kind !== "baseline") continue;
    for (const ref of finding.controls) {
      const key = `${ref.framework}/${ref.control}`;
      (out.get(key) ?? out.set(key, []).get(key)).push(finding);
    }
  }
  return out;
}

// src/report/html/data.ts
function buildPageData(report2) {
  const requirementOf = controlRequirements(report2);
  const excerpts = new ExcerptTable(report2.excerpts ?? {});
  const findings = sorted(report2.findings, compareFindings).map((f) => toPageFinding(f, requirementOf, excerpts));
  return {
    tool: { name: report2.tool.name, version: report2.tool.version },
    startedAt: report2.startedAt,
    summary: summarize(report2),
    ...report2.incomplete ? { incomplete: incompleteSentence(report2.incomplete) } : {},
    score: { passing: report2.score.overall.passing, total: report2.score.overall.total, percent: formatPercent(report2.score.overall) },
    frameworks: buildFrameworks(report2),
    topRequirements: buildTopRequirements(report2),
    topControls: buildTopControls(report2),
    resourcesByType: countBy(report2.resources.map((r) => r.type)),
    resourcesByFormat: countBy(report2.resources.map((r) => r.format)),
    diagnostics: sorted(report2.diagnostics, compareDiagnostics).map((d) => ({
      level: d.level,
      code: d.code,
      message: d.message,
      path: d.range.path,
      line: d.range.startLine
    })),
    checks: checksOf(report2),
    findings,
    excerpts: excerpts.used
  };
}
var ExcerptTable = class {
  constructor(all) {
    this.all = all;
  }
  all;
  used = [];
  index = /* @__PURE__ */ new Map();
  indexOf(f) {
    const key = excerptKey(f.location);
    const excerpt = this.all[key];
    if (excerpt === void 0) return void 0;
    if (!this.index.has(key)) this.index.set(key, this.used.push({ startLine: excerpt.startLine, lines: [...excerpt.lines] }) - 1);
    return this.index.get(key);
  }
};
function toPageFinding(f, requirementOf, excerpts) {
  const controls = [...new Set(f.controls.map((c) => `${c.framework}/${c.control}`))].sort(compareStrings);
  const requirements = [...new Set(controls.map((c) => requirementOf.get(c)).filter((r) => r !== void 0))].sort(compareStrings);
  const { startLine, startColumn, endLine, endColumn } = f.location;
  const page = {
    id: f.fingerprint,
    checkId: f.checkId,
    severity: f.severity,
    message: f.message,
    resourceId: f.resourceId,
    resourceType: f.resourceType,
    scope: f.scope,
    format: f.format,
    attributePath: f.attributePath,
    path: f.location.path,
    range: [startLine, startColumn, endLine, endColumn],
    controls,
    requirements
  };
  if (f.suppression) {
    const { kind, justification, expires } = f.suppression;
    page.suppression = expires === void 0 ? { kind, justification } : { kind, justification, expires };
  }
  const excerpt = excerpts.indexOf(f);
  if (excerpt !== void 0) page.excerpt = excerpt;
  return page;
}
function controlRequirements(report2) {
  const out = /* @__PURE__ */ new Map();
  for (const framework of report2.catalog.frameworks) {
    for (const control of framework.controls) {
      if (control.requirement !== void 0) out.set(`${framework.id}/${control.id}`, `${framework.id}/${control.requirement}`);
    }
  }
  return out;
}
function checksOf(report2) {
  const byId2 = new Map(report2.catalog.checks.map((check) => [check.id, check]));
  const out = {};
  for (const f of sorted(report2.findings, (a, b) => compareStrings(a.checkId, b.checkId) || compareFindings(a, b))) {
    if (out[f.checkId] !== void 0) continue;
    const check = byId2.get(f.checkId);
    const { title, severity } = check ?? f;
    const peers = check ? Object.fromEntries(Object.keys(check.peers).sort(compareStrings).map((tool) => [tool, [...check.peers[tool]].sort(compareStrings)])) : {};
    out[f.checkId] = {
      id: f.checkId,
      title,
      description: check?.description ?? "",
      severity,
      recommendedAction: check?.recommendedAction ?? "",
      peers,
      relatedResources: [...check?.relatedResources ?? []],
      ...check?.examples ? { examples: Object.fromEntries(Object.keys(check.examples).sort(compareStrings).map((format) => [format, check.examples[format]])) } : {}
    };
  }
  return out;
}
function countBy(values) {
  const counts = /* @__PURE__ */ new Map();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]));
}

// src/report/html/client/core.ts
var CORE = String.raw`
var DATA = JSON.parse(document.getElementById('posture-data').textContent);
var FILTERS = ['framework', 'requirement', 'control', 'severity', 'check', 'type', 'format', 'file', 'status'];
var SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];
var FINDINGS = DATA.findings;
var BY_ID = Object.create(null);
var state = readState();

function byId(id) { return document.getElementById(id); }

/** An element: props set through setAttribute (text through textContent), children as text nodes or elements. */
function h(tag, props, children) {
  var el = document.createElement(tag);
  if (props) {
    Object.keys(props).forEach(function (key) {
      var value = props[key];
      if (value === undefined || value === null || value === false) return;
      if (key === 'text') el.textContent = String(value);
      else if (key === 'class') el.className = value;
      else if (key === 'onclick') el.addEventListener('click', value);
      else el.setAttribute(key, value === true ? '' : String(value));
    });
  }
  return append(el, children);
}

function append(el, children) {
  if (children === undefined || children === null) return el;
  (Array.isArray(children) ? children : [children]).forEach(function (child) {
    if (child === undefined || child === null || child === false) return;
    el.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  });
  return el;
}

function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); return el; }
function num(n) { return Number(n).toLocaleString('en-US'); }
/** Only http(s) links leave the page: a catalogue URL can never become javascript:. */
function safeUrl(url) { return /^https?:\/\//i.test(url) ? url : null; }
function unique(values) { return values.filter(function (v, i) { return values.indexOf(v) === i; }); }
function frameworkOf(ref) { return ref.slice(0, ref.indexOf('/')); }
function localId(ref) { return ref.slice(ref.indexOf('/') + 1); }

function readState() {
  var params = new URLSearchParams(location.hash.replace(/^#/, ''));
  var s = { view: params.get('view') || '', q: params.get('q') || '', finding: params.get('finding') || '' };
  FILTERS.forEach(function (key) { s[key] = params.get(key) || ''; });
  var filtered = s.finding || s.q || FILTERS.some(function (key) { return s[key]; });
  if (s.view !== 'home' && s.view !== 'findings') s.view = filtered ? 'findings' : 'home';
  return s;
}

function hashOf(s) {
  var params = new URLSearchParams();
  params.set('view', s.view || 'findings');
  FILTERS.forEach(function (key) { if (s[key]) params.set(key, s[key]); });
  if (s.q) params.set('q', s.q);
  if (s.finding) params.set('finding', s.finding);
  return '#' + params.toString();
}

/** A link into the explorer with these filters (and no others). */
function linkTo(partial) {
  var s = { view: 'findings' };
  Object.keys(partial).forEach(function (key) { s[key] = partial[key]; });
  return hashOf(s);
}

function withState(changes) {
  var s = {};
  Object.keys(state).forEach(function (key) { s[key] = state[key]; });
  Object.keys(changes).forEach(function (key) { s[key] = changes[key]; });
  return s;
}

/** Moves to a new state: pushes a history entry, or replaces the current one (typing in the search box). */
function go(s, replace) {
  var hash = hashOf(s);
  if (hash === location.hash) return;
  if (replace) { history.replaceState(null, '', hash); route(); } else location.hash = hash;
}

FINDINGS.forEach(function (f, i) {
  var check = DATA.checks[f.checkId];
  f.index = i;
  f.status = f.suppression ? 'suppressed' : 'failing';
  f.title = check ? check.title : f.checkId;
  f.frameworks = unique(f.controls.map(frameworkOf));
  f.text = [f.checkId, f.title, f.message, f.resourceId, f.resourceType, f.format, f.path, f.id, f.scope,
    f.controls.join(' '), f.suppression ? f.suppression.justification : ''].join('\n').toLowerCase();
  BY_ID[f.id] = f;
});
`;

// src/report/html/client/detail.ts
var DETAIL = String.raw`
var lastFocus = null;
var FORMAT_NAMES = { terraform: 'Terraform', cloudformation: 'CloudFormation', kubernetes: 'Kubernetes' };
var EXAMPLE_ORDER = ['terraform', 'cloudformation', 'kubernetes'];
/** The example format closest to a finding's: a plan is fixed in its Terraform, a live resource in any. */
var EXAMPLE_FOR = { 'terraform-plan': 'terraform', 'aws-config': '' };

function sourceOf(f) {
  var e = f.excerpt === undefined ? null : DATA.excerpts[f.excerpt];
  if (!e) return [h('p', { class: 'meta', id: 'detail-no-source', text: 'The source of this location was not available to the scan.' })];
  var start = f.range[0];
  var end = f.range[2];
  return [h('ol', { class: 'source', id: 'detail-source', start: e.startLine, 'aria-label': 'Source of ' + f.path + ' around line ' + start }, e.lines.map(function (text, i) {
    var n = e.startLine + i;
    var code = h('code', { text: text === '' ? ' ' : text });
    if (n !== start) return h('li', { value: n, class: n > start && n <= end ? 'in-range' : null }, code);
    return h('li', { value: n, class: 'hit', 'aria-current': 'true' }, [h('mark', null, code), h('span', { class: 'sr-only', text: ' (the reported line)' })]);
  })), h('p', { class: 'meta', text: 'Secret-looking values are masked (' + '•'.repeat(8) + ').' })];
}

function examplesOf(f, check) {
  var examples = check.examples || {};
  var own = f.format in EXAMPLE_FOR ? EXAMPLE_FOR[f.format] : f.format;
  var rank = function (format) { return format === own ? -1 : EXAMPLE_ORDER.indexOf(format) < 0 ? EXAMPLE_ORDER.length : EXAMPLE_ORDER.indexOf(format); };
  return Object.keys(examples).sort(function (a, b) { return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0); }).map(function (format, i) {
    return h('details', { class: 'example', id: 'example-' + format, open: i === 0 }, [
      h('summary', { text: (FORMAT_NAMES[format] || format) + ' example' + (format === own ? ' (the format of this finding)' : '') }),
      h('pre', null, h('code', { text: examples[format] })),
    ]);
  });
}

function attributeText(path) {
  if (path.length === 0) return '(the resource itself)';
  return path.map(function (seg, i) { return typeof seg === 'number' ? '[' + seg + ']' : (i === 0 ? '' : '.') + seg; }).join('');
}

function section(title, children) { return [h('h3', { text: title })].concat(children); }

function controlItem(ref) {
  var fw = DATA.frameworks.filter(function (x) { return x.id === frameworkOf(ref); })[0];
  var title = fw ? fw.controls[localId(ref)] : '';
  return h('li', null, [
    h('a', { href: linkTo({ control: ref }), text: ref }), title ? ' ' + title : '',
  ]);
}

function detailOf(f) {
  var check = DATA.checks[f.checkId] || {};
  var s = f.suppression;
  var r = f.range;
  var peers = Object.keys(check.peers || {}).map(function (tool) { return h('li', null, [tool + ': ', h('code', { text: check.peers[tool].join(', ') })]); });
  var refs = (check.relatedResources || []).map(safeUrl).filter(Boolean).map(function (url) { return h('li', null, h('a', { href: url, rel: 'noreferrer noopener', target: '_blank', text: url })); });
  return [
    h('button', { type: 'button', class: 'close', id: 'detail-close', 'aria-label': 'Close details', text: 'Close ✕' }),
    h('p', { class: 'sev sev-' + f.severity, text: f.severity + ' · ' + f.checkId + ' · ' + (s ? 'suppressed (' + s.kind + ')' : 'failing') }),
    h('h2', { id: 'detail-title', tabindex: -1, text: f.title }),
    s ? h('p', { id: 'detail-suppression', class: 'status-suppressed', text: 'Suppressed (' + s.kind + (s.expires ? ', until ' + s.expires : '') + '): ' + s.justification }) : null,
  ].concat(
    section('What is wrong', [h('p', { id: 'detail-message', text: f.message })]),
    check.description ? section('Why it matters', [h('p', { text: check.description })]) : [],
    section('Where', sourceOf(f)),
    check.recommendedAction || check.examples ? section('How to fix it', [check.recommendedAction ? h('p', { id: 'detail-action', text: check.recommendedAction }) : null].concat(examplesOf(f, check))) : [],
    section('Location', [h('dl', null, [
      h('dt', { text: 'File' }), h('dd', null, h('code', { id: 'detail-location', text: f.path + ':' + r[0] + ':' + r[1] + (r[2] !== r[0] ? '–' + r[2] + ':' + r[3] : '') })),
      h('dt', { text: 'Attribute' }), h('dd', null, h('code', { text: attributeText(f.attributePath) })),
      h('dt', { text: 'Resource' }), h('dd', null, h('a', { href: linkTo({ q: f.resourceId }), class: 'mono', text: f.resourceId })),
      h('dt', { text: 'Type' }), h('dd', null, h('code', { text: f.resourceType })),
      h('dt', { text: 'Format' }), h('dd', { text: f.format }),
      h('dt', { text: 'Scope' }), h('dd', null, h('code', { text: f.scope })),
      h('dt', { text: 'Fingerprint' }), h('dd', null, h('code', { text: f.id })),
    ])]),
    section('Controls', [f.controls.length ? h('ul', { class: 'plain', id: 'detail-controls' }, f.controls.map(controlItem)) : h('p', { text: 'Not mapped to a framework control.' })]),
    peers.length ? section('Same check in other tools', [h('ul', { class: 'plain', id: 'detail-peers' }, peers)]) : [],
    refs.length ? section('References', [h('ul', { class: 'plain' }, refs)]) : [],
    [h('p', null, [h('a', { href: linkTo({ check: f.checkId }), text: 'All findings of ' + f.checkId }), ' · ',
      h('a', { href: linkTo({ file: f.path }), text: 'All findings in this file' })])]
  );
}

function renderDetail() {
  var pane = byId('detail');
  if (!state.finding) {
    if (pane.hidden) return;
    pane.hidden = true;
    clear(pane);
    var back = byId('rows').querySelector('tr[data-i="' + active + '"]') || lastFocus;
    if (back && document.contains(back)) back.focus();
    return;
  }
  if (pane.hidden) lastFocus = document.activeElement;
  var f = BY_ID[state.finding];
  clear(pane);
  append(pane, f ? detailOf(f) : [
    h('button', { type: 'button', class: 'close', id: 'detail-close', 'aria-label': 'Close details', text: 'Close ✕' }),
    h('h2', { id: 'detail-title', tabindex: -1, text: 'Finding not found' }),
    h('p', { text: 'No finding in this report has the fingerprint ' + state.finding + '.' }),
  ]);
  byId('detail-close').addEventListener('click', closeDetail);
  pane.hidden = false;
  byId('detail-title').focus();
}

function closeDetail() { go(withState({ finding: '' }), false); }
`;

// src/report/html/client/explorer.ts
var EXPLORER = String.raw`
var ORDER = FINDINGS.slice().sort(function (a, b) {
  return SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.index - b.index;
});
var rows = [];
var active = 0;
var OVERSCAN = 12;

function valuesOf(key, f) {
  switch (key) {
    case 'framework': return f.frameworks;
    case 'requirement': return f.requirements;
    case 'control': return f.controls;
    case 'check': return [f.checkId];
    case 'type': return [f.resourceType];
    case 'file': return [f.path];
    default: return [f[key]];
  }
}

function optionLabel(key, value) {
  var fw, check;
  if (key === 'framework') { fw = DATA.frameworks.filter(function (x) { return x.id === value; })[0]; return fw ? fw.title + ' (' + value + ')' : value; }
  if (key === 'control') { fw = DATA.frameworks.filter(function (x) { return x.id === frameworkOf(value); })[0]; return value + (fw && fw.controls[localId(value)] ? ' ' + fw.controls[localId(value)] : ''); }
  if (key === 'requirement') {
    fw = DATA.frameworks.filter(function (x) { return x.id === frameworkOf(value); })[0];
    var req = fw && fw.requirements.filter(function (r) { return r.id === localId(value); })[0];
    return value + (req ? ' ' + req.title : '');
  }
  if (key === 'check') { check = DATA.checks[value]; return check ? value + ' ' + check.title : value; }
  return value;
}

function buildFilters() {
  FILTERS.forEach(function (key) {
    var counts = Object.create(null);
    FINDINGS.forEach(function (f) { valuesOf(key, f).forEach(function (v) { counts[v] = (counts[v] || 0) + 1; }); });
    var values = Object.keys(counts).sort(key === 'severity' ? function (a, b) { return SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b); } : undefined);
    var select = byId('f-' + key);
    append(select, h('option', { value: '', text: 'All' }));
    values.forEach(function (v) { append(select, h('option', { value: v, text: optionLabel(key, v) + ' (' + num(counts[v]) + ')' })); });
    select.addEventListener('change', function () { var c = {}; c[key] = select.value; c.finding = ''; go(withState(c), false); });
  });
  var search = byId('f-q');
  var timer = 0;
  byId('filters').addEventListener('submit', function (event) { event.preventDefault(); });
  search.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { go(withState({ q: search.value.trim(), finding: state.finding }), true); }, 150);
  });
  byId('clear-filters').addEventListener('click', function () { search.value = ''; go({ view: 'findings' }, false); });
}

function syncFilters() {
  FILTERS.forEach(function (key) {
    var select = byId('f-' + key);
    var known = Array.prototype.some.call(select.options, function (o) { return o.value === state[key]; });
    if (!known) append(select, h('option', { value: state[key], text: optionLabel(key, state[key]) + ' (0)' }));
    select.value = state[key];
  });
  var search = byId('f-q');
  if (search.value.trim() !== state.q) search.value = state.q;
}

function matches(f, s, terms) {
  for (var k = 0; k < FILTERS.length; k++) {
    var key = FILTERS[k];
    if (s[key] && valuesOf(key, f).indexOf(s[key]) < 0) return false;
  }
  for (var t = 0; t < terms.length; t++) if (f.text.indexOf(terms[t]) < 0) return false;
  return true;
}

function applyFilters() {
  var terms = state.q.toLowerCase().split(/\s+/).filter(Boolean);
  rows = ORDER.filter(function (f) { return matches(f, state, terms); });
  active = Math.min(active, Math.max(rows.length - 1, 0));
  byId('result-count').textContent = num(rows.length) + ' of ' + num(FINDINGS.length) + ' findings';
  byId('findings-table').setAttribute('aria-rowcount', String(rows.length + 1));
  byId('no-results').hidden = rows.length > 0;
  renderRows();
}

function rowHeight() { return parseFloat(getComputedStyle(document.documentElement).fontSize) * 2.25; }

/** One cell per column, with the column's class: a colspan would span columns hidden at narrow widths and squeeze the table. */
var COLUMN_CLASSES = ['col-sev', 'col-title', 'col-check', 'col-resource', 'col-type', 'col-loc', 'col-status'];
function spacer(height) {
  var cells = COLUMN_CLASSES.map(function (cls) { return h('td', { class: cls }); });
  cells[0].style.height = height + 'px';
  return h('tr', { class: 'spacer', 'aria-hidden': 'true' }, cells);
}

function renderRows() {
  var scroller = byId('scroller');
  var body = clear(byId('rows'));
  var rowH = rowHeight();
  var first = Math.max(0, Math.floor(scroller.scrollTop / rowH) - OVERSCAN);
  var last = Math.min(rows.length, first + Math.ceil(Math.max(scroller.clientHeight, window.innerHeight) / rowH) + 2 * OVERSCAN);
  if (first > 0) append(body, spacer(first * rowH));
  for (var i = first; i < last; i++) append(body, rowOf(rows[i], i));
  if (last < rows.length) append(body, spacer((rows.length - last) * rowH));
}

function rowOf(f, i) {
  var s = f.suppression;
  return h('tr', { class: 'row', 'data-i': i, 'data-id': f.id, 'aria-rowindex': i + 2, tabindex: i === active ? 0 : -1, 'aria-current': f.id === state.finding ? 'true' : null }, [
    h('td', { class: 'sev sev-' + f.severity, text: f.severity }),
    h('td', { class: 'col-title', title: f.message, text: f.message }),
    h('td', { class: 'col-check', title: f.checkId + ' ' + f.title }, h('a', { href: hashOf(withState({ view: 'findings', finding: f.id })), tabindex: -1, text: f.checkId })),
    h('td', { class: 'mono col-resource', title: f.resourceId }, h('span', { class: 'tail', dir: 'ltr', text: f.resourceId })),
    h('td', { class: 'col-type mono', text: f.resourceType }),
    h('td', { class: 'mono col-loc', title: f.path + ':' + f.range[0] }, h('span', { class: 'tail', dir: 'ltr', text: f.path + ':' + f.range[0] })),
    h('td', { class: 'col-status' + (s ? ' status-suppressed' : ''), title: s ? s.kind + ': ' + s.justification : null, text: s ? 'suppressed' : 'failing' }),
  ]);
}

function openRow(i) { if (rows[i]) { active = i; go(withState({ view: 'findings', finding: rows[i].id }), false); } }

/** Scrolls the table just enough to show row i. */
function revealRow(i) {
  var scroller = byId('scroller');
  var rowH = rowHeight();
  var head = byId('findings-table').tHead.offsetHeight;
  var top = i * rowH;
  if (top < scroller.scrollTop) scroller.scrollTop = top;
  else if (top + rowH + head > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = top + rowH + head - scroller.clientHeight;
}

function focusRow(i) {
  if (rows.length === 0) return;
  active = Math.max(0, Math.min(rows.length - 1, i));
  revealRow(active);
  renderRows();
  var tr = byId('rows').querySelector('tr[data-i="' + active + '"]');
  if (tr) tr.focus();
}

function bindTable() {
  var body = byId('rows');
  var scroller = byId('scroller');
  var pending = false;
  scroller.addEventListener('scroll', function () {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; renderRows(); });
  });
  body.addEventListener('click', function (event) {
    var tr = event.target.closest('tr.row');
    if (!tr) return;
    event.preventDefault();
    openRow(Number(tr.getAttribute('data-i')));
  });
  body.addEventListener('keydown', function (event) {
    var tr = event.target.closest('tr.row');
    if (!tr) return;
    var i = Number(tr.getAttribute('data-i'));
    var page = Math.max(1, Math.floor(scroller.clientHeight / rowHeight()) - 1);
    var moves = { ArrowDown: i + 1, ArrowUp: i - 1, PageDown: i + page, PageUp: i - page, Home: 0, End: rows.length - 1 };
    if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); openRow(i); }
    else if (event.key in moves) { event.preventDefault(); focusRow(moves[event.key]); }
  });
}
`;

// src/report/html/client/home.ts
var HOME = String.raw`
function bar(passing, total) {
  var fill = h('span');
  fill.style.width = (total === 0 ? 100 : (passing * 100) / total) + '%';
  return h('div', { class: 'bar', 'aria-hidden': 'true' }, fill);
}

function card(title, children) {
  return h('section', { class: 'card' }, [h('h2', { text: title })].concat(children));
}

function countTable(caption, head, rows) {
  return h('table', null, [
    h('caption', { class: 'meta', text: caption }),
    h('thead', null, h('tr', null, head.map(function (label, i) { return h('th', { scope: 'col', class: i > 0 ? 'num' : null, text: label }); }))),
    h('tbody', null, rows.map(function (cells) {
      return h('tr', null, cells.map(function (cell, i) { return i === 0 ? h('th', { scope: 'row' }, cell) : h('td', { class: 'num' }, cell); }));
    })),
  ]);
}

/** A score as shown: with the marker when the scan could not read everything (never a bare 100%). */
function scoreText(percent) {
  return DATA.incomplete ? percent + ' (incomplete scan)' : percent;
}

/** A large score: the marker in smaller type beside it. */
function bigScore(percent, id) {
  return h('p', { class: 'big', id: id }, [percent, DATA.incomplete ? h('span', { class: 'marker', text: ' (incomplete scan)' }) : null]);
}

function renderHome() {
  var home = clear(byId('home'));
  var s = DATA.summary;
  append(home, h('div', { class: 'cards' }, [
    card('Posture score', [
      bigScore(DATA.score.percent, 'score'), bar(DATA.score.passing, DATA.score.total),
      h('p', { text: num(DATA.score.passing) + ' of ' + num(DATA.score.total) + ' resources pass every check.' }),
    ]),
    card('Findings by severity', [countTable('Unsuppressed findings', ['Severity', 'Findings'], SEVERITIES.map(function (sev) {
      return [h('a', { href: linkTo({ severity: sev, status: 'failing' }), class: 'sev sev-' + sev, text: sev }), num(s.findings[sev])];
    }).concat([
      [h('a', { href: linkTo({ status: 'suppressed' }), text: 'Suppressed' }), num(s.suppressed)],
    ]))]),
    card('Scan', [countTable('What was read', ['Item', 'Count'], [
      ['Resources', num(s.resources)], ['Files scanned', num(s.filesScanned)], ['Files skipped', num(s.filesSkipped)],
      ['Files with problems', num(s.diagnostics)], ['Inconclusive checks', num(s.inconclusive)],
    ])]),
  ]));
  renderFrameworks(home);
  renderTopControls(home);
  append(home, h('div', { class: 'cards' }, [
    card('Resources by type', [countTable('Scanned resources', ['Type', 'Resources'], DATA.resourcesByType.map(function (e) { return [h('code', { text: e[0] }), num(e[1])]; }))]),
    card('Resources by source format', [countTable('Scanned resources', ['Format', 'Resources'], DATA.resourcesByFormat.map(function (e) { return [e[0], num(e[1])]; }))]),
  ]));
  renderDiagnostics(home);
}

function renderFrameworks(home) {
  if (DATA.frameworks.length === 0) return;
  append(home, [h('h2', { text: 'Frameworks' }), h('div', { class: 'cards', id: 'frameworks' }, DATA.frameworks.map(function (fw) {
    var rows = fw.requirements.map(function (r) {
      return h('tr', null, [
        h('th', { scope: 'row' }, h('a', { href: linkTo({ requirement: fw.id + '/' + r.id }), text: r.id + ' ' + r.title })),
        h('td', { class: 'num', text: scoreText(r.percent) }), h('td', { class: 'num', text: num(r.failingControls) }),
      ]);
    });
    var idle = fw.total === 0;
    return h('section', { class: 'card framework' + (idle ? ' idle' : ''), 'data-framework': fw.id }, [
      h('h3', null, h('a', { href: linkTo({ framework: fw.id }), text: fw.title + ' ' + fw.version })),
      // nothing scanned is in scope: no score, never 100% of 0
      idle ? h('p', { class: 'big', text: 'n/a' }) : bigScore(fw.percent), idle ? null : bar(fw.passing, fw.total),
      h('p', { text: idle ? 'Nothing scanned is in scope.' : num(fw.passing) + ' of ' + num(fw.total) + ' resources pass.' }),
      rows.length === 0 ? null : h('table', null, [
        h('caption', { class: 'meta', text: 'Score by requirement' }),
        h('thead', null, h('tr', null, [h('th', { scope: 'col', text: 'Requirement' }), h('th', { scope: 'col', class: 'num', text: 'Score' }), h('th', { scope: 'col', class: 'num', title: 'Failing controls', text: 'Failing' })])),
        h('tbody', null, rows),
      ]),
    ]);
  }))]);
}

function topTable(id, head, items, cells) {
  return h('table', { id: id }, [
    h('thead', null, h('tr', null, head.map(function (label) { return h('th', { scope: 'col', class: /^(Score|Failing|Findings)/.test(label) ? 'num' : null, text: label }); }))),
    h('tbody', null, items.map(function (item) { return h('tr', null, cells(item)); })),
  ]);
}

/** What fails most, from the report's own scores per requirement and per control. */
function renderTopControls(home) {
  append(home, h('h2', { text: 'Failing requirements that matter most' }));
  if (DATA.topRequirements.length === 0) append(home, h('p', { class: 'empty', text: 'No requirement has a failing resource.' }));
  else append(home, topTable('top-requirements', ['Framework', 'Requirement', 'Score', 'Failing resources'], DATA.topRequirements, function (r) {
    return [
      h('td', null, h('code', { text: r.framework })),
      h('th', { scope: 'row' }, h('a', { href: linkTo({ requirement: r.framework + '/' + r.requirement }), text: r.requirement + (r.title ? ' ' + r.title : '') })),
      h('td', { class: 'num', text: scoreText(r.percent) }), h('td', { class: 'num', text: num(r.failing) + ' of ' + num(r.total) }),
    ];
  }));
  append(home, h('h2', { text: 'Failing controls that matter most' }));
  if (DATA.topControls.length === 0) { append(home, h('p', { class: 'empty', text: 'No control has a failing resource.' })); return; }
  append(home, topTable('top-controls', ['Severity', 'Framework', 'Control', 'Score', 'Failing resources', 'Findings'], DATA.topControls, function (c) {
    return [
      h('td', { class: 'sev sev-' + c.severity, text: c.severity }), h('td', null, h('code', { text: c.framework })),
      h('th', { scope: 'row' }, h('a', { href: linkTo({ control: c.framework + '/' + c.control }), text: c.control + (c.title ? ' ' + c.title : '') })),
      h('td', { class: 'num', text: scoreText(c.percent) }), h('td', { class: 'num', text: num(c.failing) + ' of ' + num(c.total) }), h('td', { class: 'num', text: num(c.findings) }),
    ];
  }));
}

function renderDiagnostics(home) {
  append(home, h('h2', { text: 'Files with problems (' + num(DATA.diagnostics.length) + ')' }));
  if (DATA.diagnostics.length === 0) { append(home, h('p', { class: 'empty', text: 'Every scanned file parsed.' })); return; }
  append(home, h('table', { id: 'diagnostics' }, [
    h('thead', null, h('tr', null, ['Level', 'Code', 'Location', 'Problem'].map(function (label) { return h('th', { scope: 'col', text: label }); }))),
    h('tbody', null, DATA.diagnostics.map(function (d) {
      return h('tr', null, [h('td', { text: d.level }), h('td', null, h('code', { text: d.code })), h('td', null, h('code', { text: d.path + ':' + d.line })), h('td', { text: d.message })]);
    })),
  ]));
}
`;

// src/report/html/client/main.ts
var MAIN = String.raw`
function route() {
  var started = performance.now();
  state = readState();
  var findings = state.view === 'findings';
  byId('home').hidden = findings;
  byId('explorer').hidden = !findings;
  byId('nav-home').setAttribute('aria-current', findings ? 'false' : 'page');
  byId('nav-findings').setAttribute('aria-current', findings ? 'page' : 'false');
  if (findings) {
    syncFilters();
    applyFilters();
    var index = state.finding ? rows.indexOf(BY_ID[state.finding]) : -1;
    if (index >= 0) { active = index; revealRow(index); renderRows(); }
  }
  renderDetail();
  // How long this view took to filter and draw: read by the browser test and the benchmark.
  document.body.setAttribute('data-route-ms', (performance.now() - started).toFixed(1));
  // From navigation start to the first view drawn: parsing the data block included.
  if (!document.body.hasAttribute('data-ready')) document.body.setAttribute('data-first-render-ms', performance.now().toFixed(1));
  document.body.setAttribute('data-ready', 'true');
}

renderHome();
buildFilters();
bindTable();
window.addEventListener('hashchange', route);
window.addEventListener('resize', function () { if (state.view === 'findings') renderRows(); });
document.addEventListener('keydown', function (event) {
  if (event.key === 'Escape' && !byId('detail').hidden) { event.preventDefault(); closeDetail(); }
});
route();
`;

// src/report/html/script.ts
var SCRIPT = ["(function () {", "'use strict';", CORE, HOME, EXPLORER, DETAIL, MAIN, "})();"].join("\n");

// src/report/html/styles.ts
var STYLES = String.raw`
:root { color-scheme: light dark; --bg: #fff; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --panel: #f6f8fa; --accent: #0969da;
  --critical: #a40e26; --high: #cf222e; --medium: #9a6700; --low: #57606a; --ok: #1a7f37; --row: 2.25rem; }
@media (prefers-color-scheme: dark) { :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9da7b3; --line: #30363d; --panel: #161b22; --accent: #4493f8;
  --critical: #ff7b72; --high: #f85149; --medium: #d29922; --low: #9da7b3; --ok: #3fb950; } }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 1px; }
.skip { position: absolute; left: -999px; } .skip:focus { left: .5rem; top: .5rem; background: var(--bg); padding: .25rem .5rem; z-index: 10; }
header.top { display: flex; flex-wrap: wrap; align-items: baseline; gap: .5rem 1.5rem; padding: .75rem 1rem; border-bottom: 1px solid var(--line); background: var(--panel); }
header.top h1 { font-size: 1.15rem; margin: 0; }
header.top nav a { margin-right: 1rem; font-weight: 600; text-decoration: none; }
header.top nav a[aria-current="page"] { text-decoration: underline; text-underline-offset: .3em; }
.meta { color: var(--muted); font-size: .85rem; }
main { padding: 1rem; max-width: 110rem; margin: 0 auto; }
h2 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem; background: var(--bg); min-width: 0; }
.card h2 { margin-top: 0; }
.big { font-size: 2.4rem; font-weight: 700; line-height: 1.1; }
.big .marker { font-size: .9rem; font-weight: 600; color: var(--high); }
.banner { margin: 0 0 1rem; padding: .6rem 1rem; border: 1px solid var(--high); border-left-width: 6px; border-radius: 6px; font-weight: 600; }
.bar { height: .5rem; background: var(--line); border-radius: 4px; overflow: hidden; margin: .25rem 0 .5rem; }
.bar > span { display: block; height: 100%; background: var(--ok); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: break-word; }
/* a card's table keeps to the card: fixed columns, long names broken inside words only when a word alone is too wide */
.card table { table-layout: fixed; font-size: .9rem; } .card th.num, .card td.num { width: 5.5rem; }
.card.framework th.num, .card.framework td.num { width: 4.75rem; } .card.framework th.num:nth-child(2), .card.framework td.num:nth-child(2) { width: 6.75rem; }
.card th.num, .card td.num { overflow-wrap: normal; }
.card td code { overflow-wrap: anywhere; }
#top-requirements, #top-controls, #diagnostics { table-layout: fixed; } #top-requirements td, #top-controls td, #diagnostics td, #top-requirements th, #top-controls th { overflow-wrap: anywhere; }
.card.framework.idle { opacity: .75; }
/* wide enough for a requirement's name beside its score and failing count */
#frameworks { grid-template-columns: repeat(auto-fill, minmax(min(22rem, 100%), 1fr)); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.sev { font-weight: 700; font-size: .8rem; letter-spacing: .02em; }
.sev-CRITICAL { color: var(--critical); } .sev-HIGH { color: var(--high); } .sev-MEDIUM { color: var(--medium); } .sev-LOW { color: var(--low); }
.filters { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(10rem, 100%), 1fr)); gap: .5rem 1rem; margin-bottom: .75rem; }
.filters label { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); gap: .15rem; min-width: 0; }
.filters input, .filters select, button { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: .3rem .4rem; min-width: 0; }
button { cursor: pointer; }
.filters .search { grid-column: 1 / -1; }
.resultbar { display: flex; gap: 1rem; align-items: center; margin-bottom: .5rem; }
.scroller { max-height: min(70vh, 48rem); overflow: auto; border: 1px solid var(--line); border-radius: 8px; }
#findings-table { table-layout: fixed; }
#findings-table thead th { position: sticky; top: 0; background: var(--panel); z-index: 1; height: var(--row); }
#findings-table tbody tr.row { height: var(--row); cursor: pointer; }
#findings-table tbody tr.row td { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; border-bottom: 1px solid var(--line); }
#findings-table tbody tr.row:hover, #findings-table tbody tr.row[aria-current="true"] { background: var(--panel); }
#findings-table tbody tr.spacer td { padding: 0; border: 0; }
th.col-sev { width: 6.5rem; } th.col-check { width: 6.5rem; } th.col-status { width: 7.5rem; } th.col-type { width: 11rem; } th.col-loc { width: 16rem; } th.col-resource { width: 16rem; }
/* cut from the left, so the file name and the resource's last part stay visible: …modules/vpc/main.tf:28 */
#findings-table td.col-loc, #findings-table td.col-resource { direction: rtl; text-align: left; }
#findings-table td .tail { unicode-bidi: isolate; }
.status-suppressed { color: var(--muted); font-style: italic; }
.empty { padding: 1rem; color: var(--muted); }
#detail { position: fixed; top: 0; right: 0; bottom: 0; width: min(40rem, 45vw); overflow: auto; background: var(--bg); border-left: 1px solid var(--line);
  box-shadow: -4px 0 16px rgba(0,0,0,.15); padding: 1rem 1.25rem 2rem; z-index: 5; }
#detail h2 { margin-top: .25rem; font-size: 1.2rem; }
#detail h3 { font-size: .95rem; margin: 1rem 0 .25rem; }
#detail dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem .75rem; margin: 0; }
#detail dt { color: var(--muted); } #detail dd { margin: 0; overflow-wrap: anywhere; }
#detail .close { float: right; }
ol.source { margin: 0; padding: .4rem 0 .4rem 4.25em; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; overflow-x: auto;
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .8rem; line-height: 1.5; }
ol.source li { white-space: pre; padding-right: .75rem; }
ol.source li::marker { color: var(--muted); font-size: .75rem; }
ol.source li code { font-size: 1em; overflow-wrap: normal; }
ol.source li.in-range { background: color-mix(in srgb, var(--accent) 8%, transparent); }
ol.source li.hit { background: color-mix(in srgb, var(--high) 16%, transparent); box-shadow: inset 3px 0 0 var(--high); }
ol.source li.hit::marker { color: var(--high); font-weight: 700; }
ol.source mark { background: none; color: inherit; font-weight: 600; }
details.example { margin: .4rem 0; } details.example summary { cursor: pointer; font-weight: 600; }
details.example pre { margin: .3rem 0 0; padding: .5rem .75rem; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; overflow-x: auto; font-size: .8rem; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85em; overflow-wrap: anywhere; }
ul.plain { margin: 0; padding-left: 1.1rem; }
[hidden] { display: none !important; }
@media (max-width: 1200px) { .col-type { display: none; } }
@media (max-width: 900px) { .col-resource { display: none; } #detail { width: 100%; } }
@media (max-width: 600px) {
  main { padding: .5rem; } .col-check, .col-status { display: none; }
  th.col-loc { width: 8rem; } th.col-sev { width: 4.75rem; } #findings-table .sev { font-size: .7rem; } .big { font-size: 2rem; }
}
@media print { .scroller { height: auto; overflow: visible; } #detail { position: static; width: auto; box-shadow: none; } }
`;

// src/report/html/index.ts
var FILTER_LABELS = [
  ["framework", "Framework"],
  ["requirement", "Requirement"],
  ["control", "Control"],
  ["severity", "Severity"],
  ["check", "Check"],
  ["type", "Resource type"],
  ["format", "Source format"],
  ["file", "File"],
  ["status", "Status"]
];
var COLUMNS = [
  ["col-sev", "Severity"],
  // what is wrong first (the message names the resource); the check, whose title states the compliant condition, second
  ["col-title", "Finding"],
  ["col-check", "Check"],
  ["col-resource", "Resource"],
  ["col-type", "Type"],
  ["col-loc", "Location"],
  ["col-status", "Status"]
];
function renderHtml(report2) {
  const data = buildPageData(report2);
  const title = `${data.tool.name}: posture score ${markScore(data.score.percent, report2)}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${STYLES}</style>
</head>
<body>
<header class="top">
<h1>${escapeHtml(`${data.tool.name} ${data.tool.version}`)}</h1>
<nav aria-label="Views"><a id="nav-home" href="#view=home">Overview</a><a id="nav-findings" href="#view=findings">Findings (${data.findings.length.toLocaleString("en-US")})</a></nav>
<p class="meta">Scan started ${escapeHtml(data.startedAt)}</p>
</header>
<main>
${data.incomplete === void 0 ? "" : `<p class="banner" id="incomplete" role="alert">${escapeHtml(data.incomplete)}</p>
`}<noscript><p>This report draws itself with JavaScript. Allow scripts for this file, or use <code>--format json</code> for the same data.</p></noscript>
<section id="home" aria-label="Overview"></section>
<section id="explorer" aria-label="Findings" hidden>
${renderFilters()}
${renderTable()}
</section>
</main>
<aside id="detail" aria-labelledby="detail-title" hidden></aside>
<script type="application/json" id="posture-data">${embedJson(data)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
var htmlReporter = { format: "html", render: renderHtml };
function renderFilters() {
  const selects = FILTER_LABELS.map(([key, label]) => `<label>${label}<select id="f-${key}" name="${key}"></select></label>`);
  return `<form class="filters" id="filters" role="search" aria-label="Filter findings">
<label class="search">Search (check, title, message, resource, file, fingerprint)<input id="f-q" name="q" type="search" autocomplete="off"></label>
${selects.join("\n")}
</form>
<div class="resultbar"><p id="result-count" role="status"></p><button type="button" id="clear-filters">Clear filters</button></div>`;
}
function renderTable() {
  const head = COLUMNS.map(([cls, label]) => `<th scope="col" class="${cls}">${label}</th>`).join("");
  return `<div class="scroller" id="scroller">
<table id="findings-table" aria-label="Findings (Enter opens one, arrow keys move)">
<thead><tr aria-rowindex="1">${head}</tr></thead>
<tbody id="rows"></tbody>
</table>
<p id="no-results" class="empty" hidden>No finding matches these filters.</p>
</div>`;
}
function contentSecurityPolicy() {
  const hash = (text2) => `'sha256-${createHash3("sha256").update(text2, "utf8").digest("base64")}'`;
  return [
    "default-src 'none'",
    `script-src ${hash(SCRIPT)}`,
    `style-src ${hash(STYLES)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'"
  ].join("; ");
}

// src/report/json.ts
var JSON_SCHEMA_VERSION = "1";
var JSON_SCHEMA_ID = `https://posture-gate.github.io/schemas/report-${JSON_SCHEMA_VERSION}.json`;
function renderJson(report2) {
  return `${JSON.stringify(buildJsonReport(report2), null, 2)}
`;
}
var jsonReporter = { format: "json", render: renderJson };
function buildJsonReport(report2) {
  return {
    $schema: JSON_SCHEMA_ID,
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: { name: report2.tool.name, version: report2.tool.version },
    root: report2.root,
    startedAt: report2.startedAt,
    summary: summarize(report2),
    ...report2.incomplete ? { incomplete: incompleteOf(report2.incomplete) } : {},
    findings: sorted(report2.findings, compareFindings).map(toJsonFinding),
    inconclusive: sorted(report2.inconclusive, compareInconclusive).map((item) => ({
      checkId: item.checkId,
      resourceId: item.resourceId,
      attributePath: item.attributePath,
      location: rangeOf(item.location)
    })),
    diagnostics: sorted(report2.diagnostics, compareDiagnostics).map((d) => ({
      code: d.code,
      level: d.level,
      message: d.message,
      range: rangeOf(d.range)
    })),
    files: {
      scanned: [...report2.files.scanned].sort(compareStrings),
      skipped: sorted(report2.files.skipped, compareSkipped).map((s) => ({ path: s.path, reason: s.reason }))
    },
    score: {
      overall: scoreLineOf(report2.score.overall),
      byFramework: scoreLines(report2.score.byFramework),
      byRequirement: sortedRecord(Object.fromEntries(Object.entries(report2.score.byRequirement).map(([id, lines]) => [id, scoreLines(lines)]))),
      byControl: sortedRecord(Object.fromEntries(Object.entries(report2.score.byControl).map(([id, lines]) => [id, scoreLines(lines)])))
    },
    ...report2.base ? { base: baseOf(report2.base) } : {}
  };
}
function baseOf(base) {
  const score = { overall: scoreLineOf(base.score.overall), byFramework: scoreLines(base.score.byFramework) };
  return { ref: base.ref, commit: base.commit, score, ...base.failing === void 0 ? {} : { failing: base.failing } };
}
function scoreLines(lines) {
  return sortedRecord(Object.fromEntries(Object.entries(lines).map(([id, line2]) => [id, scoreLineOf(line2)])));
}
function toJsonFinding(finding) {
  const controls = [...finding.controls].sort(
    (a, b) => compareStrings(a.framework, b.framework) || compareStrings(a.control, b.control)
  );
  return {
    checkId: finding.checkId,
    title: finding.title,
    severity: finding.severity,
    message: finding.message,
    resourceId: finding.resourceId,
    resourceType: finding.resourceType,
    scope: finding.scope,
    format: finding.format,
    attributePath: finding.attributePath,
    location: rangeOf(finding.location),
    fingerprint: finding.fingerprint,
    controls: controls.map((ref) => ({ framework: ref.framework, control: ref.control })),
    ...finding.suppression === void 0 ? {} : { suppression: suppressionOf(finding.suppression) },
    ...finding.createdBy === void 0 ? {} : { createdBy: { ...finding.createdBy, location: rangeOf(finding.createdBy.location) } },
    ...finding.moduleCalls === void 0 ? {} : { moduleCalls: finding.moduleCalls.map((call) => ({ address: call.address, location: rangeOf(call.location) })) }
  };
}
function rangeOf(range) {
  const { path: path6, startLine, startColumn, endLine, endColumn } = range;
  return { path: path6, startLine, startColumn, endLine, endColumn };
}
function suppressionOf(suppression) {
  const { kind, justification, expires } = suppression;
  return expires === void 0 ? { kind, justification } : { kind, justification, expires };
}
function incompleteOf(incomplete) {
  const { unreadable, unresolvedModules, unresolvedStacks, unsupportedPlans, limits, liveFailures } = incomplete;
  return { message: incompleteSentence(incomplete), unreadable, unresolvedModules, unresolvedStacks, unsupportedPlans, limits, liveFailures };
}
function scoreLineOf(line2) {
  return { passing: line2.passing, total: line2.total, score: line2.score };
}

// src/report/junit.ts
function renderJunit(report2) {
  const suites = sorted(report2.catalog.checks, (a, b) => compareStrings(a.id, b.id)).map((check) => ({ check, cases: casesFor(check, report2) })).filter((suite) => suite.cases.length > 0);
  const bodies = suites.map(({ check, cases }) => renderSuite(`${check.id} ${check.title}`, cases.map(renderCase), report2.startedAt));
  const diagnostics = sorted(report2.diagnostics, compareDiagnostics);
  if (diagnostics.length > 0) bodies.push(renderDiagnosticSuite(diagnostics, report2.startedAt));
  if (report2.incomplete) bodies.unshift(renderIncompleteSuite(report2));
  const counts = bodies.map(countsOf).reduce(addCounts, { tests: 0, failures: 0, errors: 0, skipped: 0 });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    // junit-10.xsd allows no skipped count on <testsuites>; each <testsuite> carries its own.
    `<testsuites name="${attr(report2.tool.name)}" tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}" time="0">`,
    ...bodies,
    "</testsuites>",
    ""
  ].join("\n");
}
var junitReporter = { format: "junit", render: renderJunit };
function casesFor(check, report2) {
  const cases = /* @__PURE__ */ new Map();
  for (const finding of sorted(report2.findings, compareFindings)) {
    if (finding.checkId !== check.id) continue;
    const key = `${finding.scope}\0${finding.resourceId}`;
    const existing = cases.get(key);
    if (existing) existing.findings.push(finding);
    else cases.set(key, { checkId: check.id, resourceId: finding.resourceId, file: finding.location.path, line: finding.location.startLine, findings: [finding] });
  }
  const failed = new Set([...cases.values()].map((c) => c.resourceId));
  const passing = report2.resources.filter((r) => !check.deprecated && check.resourceTypes.includes(r.type) && check.formats.includes(r.format) && !failed.has(r.id)).map((r) => ({ checkId: check.id, resourceId: r.id, file: r.path, findings: [] }));
  return [...cases.values(), ...passing].sort((a, b) => compareStrings(a.resourceId, b.resourceId) || compareStrings(a.file, b.file));
}
function renderCase(testCase) {
  const { checkId, resourceId, file, line: line2, findings } = testCase;
  const head = `    <testcase classname="${attr(checkId)}" name="${attr(resourceId)}" file="${attr(file)}"${line2 ? ` line="${line2}"` : ""} time="0"`;
  const open = findings.filter((f) => !f.suppression);
  if (findings.length === 0) return `${head}/>`;
  if (open.length === 0) return `${head}>
      <skipped message="${attr(findings.map(suppressionText).join("; "))}"/>
    </testcase>`;
  const body = open.map(failureLine).join("\n");
  return `${head}>
      <failure type="${open[0].severity}" message="${attr(failureMessage(open))}">${text(body)}</failure>
    </testcase>`;
}
function failureMessage(open) {
  const more = open.length > 1 ? `; ${open.length - 1} more` : "";
  return `${findingHeadline(open[0])} (${checkLabel(open[0])})${more}`;
}
function failureLine(finding) {
  const { path: path6, startLine, startColumn } = finding.location;
  const attribute = finding.attributePath.length > 0 ? ` (${finding.attributePath.join(".")})` : "";
  const controls = finding.controls.map((c) => `${c.framework}/${c.control}`).sort(compareStrings).join(", ");
  return `${finding.severity} ${path6}:${startLine}:${startColumn}${attribute}: ${finding.message}${controls ? ` [${controls}]` : ""}`;
}
function suppressionText(finding) {
  const { kind, justification, expires } = finding.suppression;
  return `suppressed (${kind}${expires ? ` until ${expires}` : ""}): ${justification}`;
}
function renderDiagnosticSuite(diagnostics, timestamp) {
  const cases = diagnostics.map((d) => {
    const { path: path6, startLine, startColumn } = d.range;
    const head = `    <testcase classname="files" name="${attr(path6)}" file="${attr(path6)}" line="${startLine}" time="0"`;
    if (d.level !== "error") return `${head}>
      <system-out>${text(`warning ${d.code}: ${d.message}`)}</system-out>
    </testcase>`;
    return `${head}>
      <error type="${attr(d.code)}" message="${attr(d.message)}">${text(`${path6}:${startLine}:${startColumn}: ${d.message}`)}</error>
    </testcase>`;
  });
  return renderSuite("files that could not be scanned", cases, timestamp);
}
function renderIncompleteSuite(report2) {
  const sentence = incompleteSentence(report2.incomplete);
  const lines = incompleteDiagnostics(report2).map((d) => `${d.range.path}:${d.range.startLine}:${d.range.startColumn}: ${d.code}: ${d.message}`);
  const testCase = [
    `    <testcase classname="scan" name="every input was read" time="0">`,
    `      <error type="${SCAN_INCOMPLETE_ID}" message="${attr(sentence)}">${text(lines.join("\n"))}</error>`,
    "    </testcase>"
  ].join("\n");
  return renderSuite("scan completeness", [testCase], report2.startedAt);
}
function renderSuite(name, cases, timestamp) {
  const counts = countsOf(cases.join("\n"));
  return [`  <testsuite name="${attr(name)}" ${countAttrs(counts)} time="0" timestamp="${attr(timestamp.replace(/\.\d+Z$/, ""))}">`, ...cases, "  </testsuite>"].join("\n");
}
function countsOf(xml) {
  const count = (pattern) => xml.match(pattern)?.length ?? 0;
  return { tests: count(/<testcase /g), failures: count(/<failure /g), errors: count(/<error /g), skipped: count(/<skipped /g) };
}
function addCounts(a, b) {
  return { tests: a.tests + b.tests, failures: a.failures + b.failures, errors: a.errors + b.errors, skipped: a.skipped + b.skipped };
}
function countAttrs(counts) {
  return `tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}" skipped="${counts.skipped}"`;
}
function xmlSafe(value) {
  return value.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}
function text(value) {
  return xmlSafe(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function attr(value) {
  return text(value).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}

// src/report/sarif.ts
import path from "node:path";

// src/report/sarif-location.ts
import { pathToFileURL } from "node:url";
var SRCROOT = "%SRCROOT%";
function rootUri(root) {
  const href = pathToFileURL(root).href;
  return href.endsWith("/") ? href : `${href}/`;
}
var SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
var WINDOWS_ABSOLUTE = /^[A-Za-z]:\//;
function toArtifactUri(path6, root) {
  let relative = path6.replace(/\\/g, "/");
  const base = trimTrailingSlashes(root.replace(/\\/g, "/"));
  if (relative.startsWith("/") || WINDOWS_ABSOLUTE.test(relative)) {
    if (base === "" || !relative.startsWith(`${base}/`)) return void 0;
    relative = relative.slice(base.length + 1);
  }
  if (relative.includes("::") || SCHEME.test(relative) && !WINDOWS_ABSOLUTE.test(relative)) return void 0;
  while (relative.startsWith("./")) relative = relative.slice(2);
  if (relative === "") return void 0;
  return relative.split("/").map(encodeSegment).join("/");
}
function encodeSegment(segment, index) {
  const encoded = encodeURIComponent(segment).replace(/%(?:40|2B|3D|2C|24|26|3B|3A)/g, (m) => decodeURIComponent(m));
  return index === 0 ? encoded.replace(/:/g, "%3A") : encoded;
}
function toRegion(range) {
  const startLine = Math.max(1, range.startLine);
  const startColumn = Math.max(1, range.startColumn);
  const endLine = Math.max(startLine, range.endLine);
  const endColumn = endLine === startLine ? Math.max(startColumn, range.endColumn) : Math.max(1, range.endColumn);
  return { startLine, startColumn, endLine, endColumn };
}
function toLocation(range, root, withRegion = true) {
  const uri = toArtifactUri(range.path, root);
  if (uri === void 0) return void 0;
  const artifactLocation = { uri, uriBaseId: SRCROOT };
  return { physicalLocation: withRegion ? { artifactLocation, region: toRegion(range) } : { artifactLocation } };
}
function trimTrailingSlashes(text2) {
  let end = text2.length;
  while (end > 0 && text2[end - 1] === "/") end--;
  return text2.slice(0, end);
}

// src/report/sarif-rules.ts
var LEVEL = { CRITICAL: "error", HIGH: "error", MEDIUM: "warning", LOW: "note" };
var SECURITY_SEVERITY = { CRITICAL: "9.5", HIGH: "8.0", MEDIUM: "5.5", LOW: "3.0" };
var PROBLEM_SEVERITY = {
  CRITICAL: "error",
  HIGH: "error",
  MEDIUM: "warning",
  LOW: "recommendation"
};
function buildRules(findings, catalog) {
  const byId2 = new Map(catalog.checks.map((check) => [check.id, check]));
  const metas = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (!metas.has(finding.checkId)) metas.set(finding.checkId, byId2.get(finding.checkId) ?? metaFromFinding(finding));
  }
  const ids = [...metas.keys()].sort(compareStrings);
  const rules = ids.map((id) => toRule(metas.get(id), catalog.frameworks));
  return { rules, index: new Map(ids.map((id, i) => [id, i])) };
}
function metaFromFinding(finding) {
  const frameworks = {};
  for (const ref of finding.controls) (frameworks[ref.framework] ??= []).push(ref.control);
  return {
    id: finding.checkId,
    title: finding.title,
    description: finding.title,
    severity: finding.severity,
    package: "",
    resourceTypes: [],
    formats: [],
    recommendedAction: "",
    frameworks,
    peers: {},
    relatedResources: [],
    reads: [],
    deprecated: false,
    file: ""
  };
}
function toRule(check, frameworks) {
  const controls = controlRefs(check.frameworks);
  const helpUri = check.relatedResources.find(isAbsoluteUri);
  return {
    id: check.id,
    name: pascalCase(check.title) || check.id,
    shortDescription: { text: check.title },
    fullDescription: { text: check.description || check.title },
    help: { text: helpText(check, controls, frameworks), markdown: helpMarkdown(check, controls, frameworks) },
    ...helpUri === void 0 ? {} : { helpUri },
    defaultConfiguration: { level: LEVEL[check.severity] },
    properties: {
      tags: ruleTags(check.severity, controls),
      precision: "very-high",
      "problem.severity": PROBLEM_SEVERITY[check.severity],
      "security-severity": SECURITY_SEVERITY[check.severity],
      ...check.deprecated ? { deprecated: true } : {}
    }
  };
}
function pascalCase(title) {
  return title.split(/[^A-Za-z0-9]+/).filter((word) => word !== "").map((word) => word[0].toUpperCase() + word.slice(1)).join("");
}
function controlRefs(mapping) {
  const refs = [];
  for (const framework of Object.keys(mapping).sort(compareStrings)) {
    for (const control of [...new Set(mapping[framework])].sort(compareStrings)) refs.push({ framework, control });
  }
  return refs;
}
var MAX_RULE_TAGS = 10;
function ruleTags(severity, controls) {
  const fixed = ["security", "iac", `severity/${severity.toLowerCase()}`];
  return [...fixed, ...interleaveFrameworks(controls).map((ref) => `compliance/${ref.framework}/${ref.control}`)].slice(0, MAX_RULE_TAGS);
}
function interleaveFrameworks(controls) {
  const byFramework = /* @__PURE__ */ new Map();
  for (const ref of controls) (byFramework.get(ref.framework) ?? byFramework.set(ref.framework, []).get(ref.framework)).push(ref);
  const columns = [...byFramework.values()];
  const out = [];
  for (let i = 0; out.length < controls.length; i++) for (const column of columns) if (i < column.length) out.push(column[i]);
  return out;
}
function isAbsoluteUri(value) {
  try {
    return new URL(value).protocol !== "";
  } catch {
    return false;
  }
}
function controlTitle(ref, frameworks) {
  const control = frameworks.find((f) => f.id === ref.framework)?.controls.find((c) => c.id === ref.control);
  return { title: control?.title, url: control?.url };
}
function peerList(check) {
  return Object.keys(check.peers).sort(compareStrings).flatMap((tool) => check.peers[tool].map((id) => `${tool} ${id}`));
}
function helpText(check, controls, frameworks) {
  const parts = [check.description || check.title];
  if (check.recommendedAction) parts.push(`Recommended action: ${check.recommendedAction}`);
  if (controls.length > 0) {
    const lines = controls.map((ref) => {
      const { title } = controlTitle(ref, frameworks);
      return `- ${ref.framework} ${ref.control}${title ? `: ${title}` : ""}`;
    });
    parts.push(["Controls:", ...lines].join("\n"));
  }
  const peers = peerList(check);
  if (peers.length > 0) parts.push(`Equivalent checks: ${peers.join(", ")}`);
  return parts.join("\n\n");
}
function helpMarkdown(check, controls, frameworks) {
  const parts = [check.description || check.title];
  if (check.recommendedAction) parts.push(`**Recommended action:** ${check.recommendedAction}`);
  if (controls.length > 0) {
    const lines = controls.map((ref) => {
      const { title, url } = controlTitle(ref, frameworks);
      const id = url ? `[${ref.control}](${url})` : ref.control;
      return `- \`${ref.framework}\` ${id}${title ? `: ${title}` : ""}`;
    });
    parts.push(["**Controls**", "", ...lines].join("\n"));
  }
  const peers = peerList(check).map((peer) => `\`${peer}\``);
  if (peers.length > 0) parts.push(`**Equivalent checks:** ${peers.join(", ")}`);
  if (check.relatedResources.length > 0) {
    parts.push(["**References**", "", ...check.relatedResources.map((uri) => `- <${uri}>`)].join("\n"));
  }
  return parts.join("\n\n");
}

// src/report/sarif-logical.ts
var LIVE_SCOPE = /^aws:([^:]+):([^:]+)$/;
function liveResourceOf(finding) {
  if (finding.format !== "aws-config") return void 0;
  const match = LIVE_SCOPE.exec(finding.scope);
  return match ? { arn: finding.resourceId, account: match[1], region: match[2] } : void 0;
}
var LogicalLocations = class {
  all = [];
  indexOf = /* @__PURE__ */ new Map();
  /** The result-level reference to a finding's resource. */
  forFinding(finding) {
    const live = liveResourceOf(finding);
    if (!live) return { fullyQualifiedName: finding.resourceId, kind: "resource" };
    const account = this.add(`aws:${live.account}`, `aws:${live.account}`, { name: live.account, kind: "namespace", properties: { awsKind: "account" } });
    const region = this.add(finding.scope, `aws:${live.account}:${live.region}`, { name: live.region, kind: "namespace", parentIndex: account, properties: { awsKind: "region" } });
    const properties = { account: live.account, region: live.region };
    const index = this.add(`${finding.scope}|${live.arn}`, live.arn, { name: shortName(live.arn), kind: "resource", parentIndex: region, properties });
    return { index, fullyQualifiedName: live.arn, kind: "resource", properties };
  }
  add(key, fullyQualifiedName, location) {
    const known = this.indexOf.get(key);
    if (known !== void 0) return known;
    const index = this.all.push({ ...location, fullyQualifiedName }) - 1;
    this.indexOf.set(key, index);
    return index;
  }
};
function shortName(arn) {
  const resource = arn.startsWith("arn:") ? arn.split(":").slice(5).join(":") : arn;
  return resource.split("/").pop() || resource;
}

// src/report/sarif.ts
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var TOOL_NAME = "posture-gate";
var INFORMATION_URI = "https://github.com/posture-gate/posture-gate";
var FINGERPRINT_KEY = "postureFingerprint/v1";
var SKIPPED_FILE_ID = "FILE_SKIPPED";
var MAX_RESULTS = 25e3;
var RESULTS_CAPPED_ID = "RESULTS_CAPPED";
var AUTOMATION_ID = "posture-gate/";
var LIVE_AUTOMATION_ID = "posture-gate/aws/";
var GITHUB_RESULTS_KEPT = 5e3;
function renderSarif(report2, options = {}) {
  return `${JSON.stringify(buildSarifLog(report2, options.sarif), null, 2)}
`;
}
var sarifReporter = { format: "sarif", render: renderSarif };
function sarifFindings(report2, options = {}) {
  return options.includeSuppressed ? report2.findings : report2.findings.filter((finding) => finding.suppression === void 0);
}
function sarifResultCount(report2, options = {}) {
  return Math.min(sarifFindings(report2, options).length, MAX_RESULTS);
}
function defaultSarifCategory(root, paths) {
  const relative = [...new Set(paths.map((p) => toPosix(path.relative(root, path.resolve(root, p))) || "."))].sort(compareStrings);
  if (relative.length === 0 || relative.includes(".")) return AUTOMATION_ID;
  return `${TOOL_NAME}/${relative.join(",")}/`;
}
function toPosix(file) {
  return file.split(path.sep).join("/");
}
function automationId(report2, category) {
  if (category !== void 0) return category.endsWith("/") ? category : `${category}/`;
  return isLiveAudit(report2) ? LIVE_AUTOMATION_ID : AUTOMATION_ID;
}
function buildSarifLog(report2, options = {}) {
  const { kept, omitted } = capResults(sarifFindings(report2, options));
  const findings = sorted(kept, compareFindings);
  const ruleSet = buildRules(findings, report2.catalog);
  const logical = new LogicalLocations();
  const results = findings.map((finding) => toResult(finding, ruleSet, report2.root, logical));
  const run3 = {
    tool: {
      driver: {
        name: TOOL_NAME,
        informationUri: INFORMATION_URI,
        semanticVersion: report2.tool.version,
        rules: ruleSet.rules
      }
    },
    automationDetails: { id: automationId(report2, options.category) },
    ...options.provenance ? { versionControlProvenance: [options.provenance] } : {},
    invocations: [buildInvocation(report2, omitted)],
    originalUriBaseIds: { [SRCROOT]: { uri: rootUri(report2.root) } },
    ...logical.all.length > 0 ? { logicalLocations: logical.all } : {},
    results,
    columnKind: "utf16CodeUnits",
    properties: { ...runProperties(report2), ...omitted > 0 ? { resultsOmitted: omitted } : {} }
  };
  return { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run3] };
}
function toResult(finding, ruleSet, root, logical) {
  const location = primaryLocation(finding, root);
  const result = {
    ruleId: finding.checkId,
    ruleIndex: ruleSet.index.get(finding.checkId),
    level: LEVEL[finding.severity],
    // The rule's own message: rules are written never to include attribute values.
    message: { text: finding.message },
    locations: [
      {
        ...location,
        logicalLocations: [logical.forFinding(finding)]
      }
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    properties: {
      resourceType: finding.resourceType,
      scope: finding.scope,
      attributePath: finding.attributePath,
      format: finding.format,
      controls: controlRefs(groupControls(finding)).map((ref) => `${ref.framework}/${ref.control}`)
    }
  };
  if (finding.suppression) result.suppressions = [toSuppression(finding.suppression)];
  const createdBy = createdByLocation(finding, root);
  const related = [...createdBy ? [createdBy] : [], ...moduleCallLocations(finding, root, createdBy ? 2 : 1)];
  if (related.length > 0) result.relatedLocations = related;
  return result;
}
function isLiveAudit(report2) {
  return report2.files.scanned.length > 0 && report2.files.scanned.every((file) => file.startsWith(LIVE_PATH_PREFIX));
}
function primaryLocation(finding, root) {
  return toLocation(finding.location, root) ?? (finding.createdBy ? toLocation(finding.createdBy.location, root) : void 0) ?? (finding.moduleCalls?.length ? toLocation(finding.moduleCalls[0].location, root) : void 0) ?? toLocation({ ...finding.location, path: placeholderPath(finding.location.path) }, root);
}
function placeholderPath(path6) {
  const live = /^aws-config:\/\/(.*)$/.exec(path6);
  const rest = live ? `aws-config/${live[1]}` : `external/${path6.replace(/\\/g, "/").replace(/::|:\/\/|:/g, "/")}`;
  return rest.replace(/\/{2,}/g, "/").replace(/\/$/, "") || "external";
}
function moduleCallLocations(finding, root, firstId) {
  const out = [];
  for (const call of finding.moduleCalls ?? []) {
    const physical = toLocation(call.location, root);
    if (!physical) continue;
    out.push({
      id: firstId + out.length,
      ...physical,
      message: { text: `called from ${call.address}` },
      logicalLocations: [{ fullyQualifiedName: call.address, kind: "module" }]
    });
  }
  return out;
}
function createdByLocation(finding, root) {
  if (!finding.createdBy) return void 0;
  const { resourceId, stackName, location } = finding.createdBy;
  const physical = toLocation(location, root);
  if (!physical) return void 0;
  return {
    id: 1,
    ...physical,
    message: { text: `created by ${resourceId} of CloudFormation stack ${stackName}` },
    logicalLocations: [{ fullyQualifiedName: resourceId, kind: "resource" }]
  };
}
function groupControls(finding) {
  const grouped = {};
  for (const ref of finding.controls) (grouped[ref.framework] ??= []).push(ref.control);
  return grouped;
}
function toSuppression(suppression) {
  return {
    kind: suppression.kind === "inline" ? "inSource" : "external",
    justification: suppression.justification,
    properties: {
      source: suppression.kind,
      ...suppression.expires === void 0 ? {} : { expires: suppression.expires }
    }
  };
}
function capResults(findings) {
  if (findings.length <= MAX_RESULTS) return { kept: findings, omitted: 0 };
  const rank = (f) => SEVERITIES.indexOf(f.severity) * 2 + (f.suppression ? 1 : 0);
  const ordered = [...findings].sort((a, b) => rank(a) - rank(b) || compareFindings(a, b));
  return { kept: ordered.slice(0, MAX_RESULTS), omitted: findings.length - MAX_RESULTS };
}
function buildInvocation(report2, omitted) {
  const text2 = `${omitted} results left out: GitHub code scanning accepts at most ${MAX_RESULTS} results per run; the most severe were kept (the JSON report has them all)`;
  const capped = omitted === 0 ? [] : [{ level: "warning", message: { text: text2 }, descriptor: { id: RESULTS_CAPPED_ID } }];
  const incomplete = report2.incomplete ? [{ level: incompleteLevel(report2), message: { text: incompleteSentence(report2.incomplete) }, descriptor: { id: SCAN_INCOMPLETE_ID } }] : [];
  const notifications = [
    ...incomplete,
    ...capped,
    ...sorted(report2.diagnostics, compareDiagnostics).map((d) => diagnosticNotification(d, report2.root)),
    ...sorted(report2.files.skipped, compareSkipped).map((s) => skippedNotification(s, report2.root))
  ];
  const started = Date.parse(report2.startedAt);
  return {
    // True even for an incomplete scan: code scanning does not store the results of a run whose
    // execution failed (its upload ends `failed` with "unsuccessful execution", see
    // github/codeql-action#1316, #1393 and #1732), so every finding would be dropped. The SCAN_INCOMPLETE notification and the run's
    // `incomplete` property say what was not read; the diagnostics beside them say where.
    executionSuccessful: true,
    ...Number.isNaN(started) ? {} : { startTimeUtc: new Date(started).toISOString() },
    toolExecutionNotifications: notifications
  };
}
function incompleteLevel(report2) {
  return incompleteDiagnostics(report2).some((d) => d.level === "error") ? "error" : "warning";
}
function diagnosticNotification(diagnostic, root) {
  const location = toLocation(diagnostic.range, root);
  return {
    level: diagnostic.level,
    message: { text: diagnostic.message },
    descriptor: { id: diagnostic.code },
    ...location === void 0 ? {} : { locations: [location] }
  };
}
function skippedNotification(skipped, root) {
  const location = toLocation(fileStart(skipped.path), root, false);
  return {
    level: "note",
    message: { text: `skipped: ${skipped.reason}` },
    descriptor: { id: SKIPPED_FILE_ID },
    ...location === void 0 ? {} : { locations: [location] }
  };
}
function runProperties(report2) {
  const byFramework = {};
  for (const [id, line2] of Object.entries(report2.score.byFramework)) byFramework[id] = line2.score;
  return {
    postureScore: report2.score.overall.score,
    postureScoreByFramework: sortedRecord(byFramework),
    resourcesScanned: report2.resources.length,
    filesScanned: report2.files.scanned.length,
    filesSkipped: report2.files.skipped.length,
    inconclusive: report2.inconclusive.length,
    suppressed: report2.findings.filter((finding) => finding.suppression !== void 0).length,
    ...report2.incomplete ? { incomplete: { ...report2.incomplete } } : {}
  };
}

// src/report/table-rows.ts
var SEVERITY_RANK = { CRITICAL: 0, HIGH: 1, MEDIUM: 2, LOW: 3 };
function tableRows(findings) {
  const rows = /* @__PURE__ */ new Map();
  for (const finding of [...findings].sort(compareFindings)) {
    const key = rowKey(finding);
    const caller = callerOf(finding.moduleCalls);
    const row = rows.get(key);
    if (row === void 0) rows.set(key, { finding, callers: caller === void 0 ? [] : [caller] });
    else if (caller !== void 0 && !row.callers.includes(caller)) row.callers.push(caller);
  }
  const groups = /* @__PURE__ */ new Map();
  for (const row of rows.values()) {
    const path6 = row.finding.location.path;
    (groups.get(path6) ?? groups.set(path6, []).get(path6)).push(row);
  }
  for (const group of groups.values()) group.sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || compareFindings(a.finding, b.finding));
  return new Map([...groups].sort(([a], [b]) => compareStrings(a, b)));
}
function rowKey(finding) {
  const { path: path6, startLine, startColumn } = finding.location;
  const suppression = finding.suppression ? [finding.suppression.kind, finding.suppression.justification, finding.suppression.expires ?? ""] : [];
  return JSON.stringify([path6, startLine, startColumn, finding.checkId, finding.severity, finding.resourceId, finding.message, finding.attributePath, suppression]);
}
function callerOf(calls) {
  if (calls === void 0 || calls.length === 0) return void 0;
  const { path: path6, startLine } = calls[0].location;
  const address = calls[calls.length - 1].address;
  const simple = /^module\.([\w-]+)$/.exec(address);
  return `${sanitize(path6)}:${startLine} (${simple ? `module "${simple[1]}"` : sanitize(address)})`;
}
function describeCallers(callers) {
  if (callers.length === 0) return void 0;
  if (callers.length === 1) return `called from ${callers[0]}`;
  const byModule = /* @__PURE__ */ new Map();
  for (const caller of callers) {
    const split = caller.lastIndexOf(" (");
    const module = caller.slice(split);
    (byModule.get(module) ?? byModule.set(module, []).get(module)).push(caller.slice(0, split));
  }
  const parts = [...byModule].map(([module, places]) => `${places.join(", ")}${module}`);
  return `called from ${callers.length} callers: ${parts.join("; ")}`;
}

// src/report/table-summary.ts
var withChange = (change) => change ? `, ${change}` : "";
function renderDiagnostics(report2, paint) {
  if (report2.diagnostics.length === 0) return "";
  const lines = sorted(report2.diagnostics, compareDiagnostics).map((d) => {
    const { path: path6, startLine, startColumn } = d.range;
    const where = `${sanitize(path6)}:${startLine}:${startColumn}`;
    const level = paint(d.level, d.level === "error" ? STYLE.red : STYLE.yellow);
    return `  ${where}: ${level}: ${sanitize(d.message)} [${d.code}]`;
  });
  return [paint("Diagnostics", STYLE.bold), ...lines].join("\n");
}
function renderSummary(report2, paint, verbose = false) {
  const summary = summarize(report2);
  const counts = SEVERITIES.map((severity) => {
    const text2 = `${summary.findings[severity]} ${severity}`;
    return summary.findings[severity] > 0 ? paint(text2, SEVERITY_STYLE[severity]) : text2;
  });
  const lines = [
    paint("Summary", STYLE.bold),
    ...report2.incomplete ? [`  ${paint(incompleteSentence(report2.incomplete), STYLE.red)}`] : [],
    `  Findings: ${counts.join(", ")} (${summary.findings.total} total, ${summary.suppressed} suppressed)`,
    `  Inconclusive: ${summary.inconclusive} (checks that read a value the scanner could not resolve)`,
    `  Files: ${summary.filesScanned} scanned, ${summary.filesSkipped} skipped`,
    `  Diagnostics: ${summary.diagnostics}`,
    `  ${scoreLine("Posture score", report2.score.overall, report2)}${withChange(scoreChange(report2))}${withChange(failingChange(report2))}`,
    ...verbose ? frameworkLines(report2) : frameworkDigest(report2)
  ];
  return lines.join("\n");
}
function scoreLine(label, line2, report2 = {}) {
  if (line2.total === 0) return `${label}: n/a (no scanned resource is in scope)`;
  return `${label}: ${markScore(formatPercent(line2), report2)} (${line2.passing} of ${line2.total} resources with no findings)`;
}
function frameworkDigest(report2) {
  const scores = Object.entries(report2.score.byFramework).filter(([, line2]) => line2.total > 0);
  if (scores.length === 0) return [];
  const [id, lowest] = scores.reduce((low, entry) => entry[1].passing * low[1].total < low[1].passing * entry[1].total ? entry : low);
  const others = Object.keys(report2.score.byFramework).length - scores.length;
  const idle = others > 0 ? `, ${others} with nothing in scope` : "";
  return [`  Frameworks: ${scores.length} in scope${idle}; lowest ${sanitize(id)} ${markScore(formatPercent(lowest), report2)} (--verbose lists each)`];
}
function renderVerdict(verdict, paint, base) {
  if (verdict.failOn === "none") return `Verdict: pass (--fail-on none: findings do not fail the gate)`;
  if (verdict.blocking === 0) return `Verdict: ${paint("pass", STYLE.green)}, nothing at or above ${verdict.failOn}`;
  const findings = `${verdict.blocking} ${base === void 0 ? "" : "new "}finding${verdict.blocking === 1 ? "" : "s"}`;
  const since = base === void 0 ? "" : ` since ${sanitize(base)}`;
  return `Verdict: ${paint("FAIL", STYLE.boldRed)}, ${findings}${since} at or above ${verdict.failOn}`;
}
function frameworkLines(report2) {
  const titles = new Map(report2.catalog.frameworks.map((f) => [f.id, f.title]));
  const ids = Object.keys(report2.score.byFramework).sort(compareStrings);
  const inScope = ids.filter((id) => report2.score.byFramework[id].total > 0);
  const lines = inScope.map((id) => {
    const title = titles.get(id);
    const label = title === void 0 ? id : `${id} (${sanitize(title)})`;
    return `    ${scoreLine(label, report2.score.byFramework[id], report2)}`;
  });
  const idle = ids.length - inScope.length;
  if (idle > 0) lines.push(`    ${idle} other framework${idle === 1 ? "" : "s"}: no scanned resource is in scope`);
  return lines;
}

// src/report/table.ts
var NO_FINDINGS = "No findings.";
var DEFAULT_WIDTH = 100;
var MIN_MESSAGE_WIDTH = 24;
var INDENT = "  ";
var GAP = "  ";
function renderTable2(report2, options = {}) {
  const paint = painter(options.color === true);
  const width = Math.max(options.width ?? DEFAULT_WIDTH, 20);
  const shown = options.show === void 0 ? report2.findings : report2.findings.filter((f) => atOrAbove(f.severity, options.show));
  const findings = renderFindings(shown, paint, width);
  const hidden = report2.findings.length - shown.length;
  const filterNote = hidden > 0 ? `(${hidden} finding${hidden === 1 ? "" : "s"} below ${options.show} not shown: --show)` : "";
  const verdict = options.verdict ? renderVerdict(options.verdict, paint, report2.base?.ref) : "";
  const sections = options.detail === "quiet" ? [findings, filterNote, renderDiagnostics(report2, paint), incompleteLine(report2, paint), verdict] : [findings, filterNote, renderDiagnostics(report2, paint), renderSummary(report2, paint, options.detail === "verbose"), verdict];
  const text2 = sections.filter((section) => section !== "").join("\n\n");
  return `${fitLines(text2, width)}
`;
}
var tableReporter = { format: "table", render: renderTable2 };
function incompleteLine(report2, paint) {
  return report2.incomplete ? paint(incompleteSentence(report2.incomplete), STYLE.red) : "";
}
function atOrAbove(severity, threshold) {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}
function renderFindings(findings, paint, width) {
  if (findings.length === 0) return NO_FINDINGS;
  const groups = tableRows(findings);
  const rows = [...groups.values()].flat();
  const columns = [0, 1, 2].map((i) => rows.reduce((widest, row) => Math.max(widest, textWidth(cellsOf(row.finding)[i])), 0));
  const prefix = INDENT.length + columns[0] + columns[1] + columns[2] + 3 * GAP.length;
  const layout = { width, columns, messageAt: width - prefix >= MIN_MESSAGE_WIDTH ? prefix : 0 };
  return [...groups].map(([path6, group]) => [paint(truncateLeft(sanitize(path6), width), STYLE.bold), ...group.flatMap((row) => formatRow(row, layout, paint))].join("\n")).join("\n\n");
}
function cellsOf(finding) {
  return [finding.severity, sanitize(finding.checkId), `${finding.location.startLine}:${finding.location.startColumn}`];
}
function messageOf(finding) {
  let message = sanitize(finding.message);
  if (finding.suppression) {
    const { kind, justification, expires } = finding.suppression;
    const until = expires === void 0 ? "" : ` until ${expires}`;
    message += ` [suppressed (${kind}${until}): ${sanitize(justification)}]`;
  }
  return message;
}
function formatRow(row, layout, paint) {
  const { finding } = row;
  const cells = cellsOf(finding);
  const { width, columns, messageAt } = layout;
  const indent = " ".repeat(messageAt === 0 ? INDENT.length * 2 : messageAt);
  const textWidthLeft = width - indent.length;
  const resource = sanitize(finding.resourceId);
  const details = [
    ...wrapText(messageOf(finding), textWidthLeft),
    // the message usually names the resource; when it does not, the resource gets its own line
    ...finding.message.includes(finding.resourceId) ? [] : [truncateLeft(resource, textWidthLeft)],
    ...wrapText(describeCallers(row.callers) ?? "", textWidthLeft).filter((line2) => line2 !== "")
  ];
  const severity = paint(cells[0], row.finding.suppression ? "" : SEVERITY_STYLE[finding.severity]) + " ".repeat(columns[0] - cells[0].length);
  const head = truncateRight(`${INDENT}${cells[0].padEnd(columns[0])}${GAP}${cells[1].padEnd(columns[1])}${GAP}${cells[2].padEnd(columns[2])}`, width);
  const lines = messageAt === 0 ? [head.trimEnd(), ...details.map((line2) => indent + line2)] : [`${head}${GAP}${details[0]}`, ...details.slice(1).map((line2) => indent + line2)];
  if (finding.suppression) return lines.map((line2) => paint(line2, STYLE.dim));
  lines[0] = lines[0].replace(`${INDENT}${cells[0].padEnd(columns[0])}`, `${INDENT}${severity}`);
  return lines;
}

// src/report/index.ts
var REPORTERS = [
  sarifReporter,
  jsonReporter,
  tableReporter,
  junitReporter,
  markdownReporter,
  gitlabSastReporter,
  gitlabCodeQualityReporter,
  htmlReporter
];
var REPORT_FORMATS = REPORTERS.map((reporter) => reporter.format);
function getReporter(format) {
  const reporter = REPORTERS.find((candidate) => candidate.format === format);
  if (reporter === void 0) {
    throw new ConfigError(`unknown report format "${format}"; use one of: ${REPORT_FORMATS.join(", ")}`, { code: "USAGE" });
  }
  return reporter;
}

// src/vcs-provenance.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
async function readProvenance(root, env = process.env) {
  const git = async (...args) => {
    try {
      return (await run("git", args, { cwd: root, timeout: 1e4 })).stdout.trim() || void 0;
    } catch {
      return void 0;
    }
  };
  const remote = await git("remote", "get-url", "origin");
  const repositoryUri = remote === void 0 ? void 0 : repositoryUriOf(remote);
  if (repositoryUri === void 0) return void 0;
  const revisionId = await git("rev-parse", "--verify", "--quiet", "HEAD^{commit}");
  const branch = await git("symbolic-ref", "--quiet", "--short", "HEAD") ?? (env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || env.CI_COMMIT_REF_NAME || void 0);
  return { repositoryUri, ...revisionId ? { revisionId } : {}, ...branch ? { branch } : {} };
}
function repositoryUriOf(remote) {
  const scp = /^(?:[^@/\s]+@)?([^:/\s]{2,}):(?!\/)(\S+)$/.exec(remote);
  if (scp) return `ssh://${scp[1]}/${scp[2]}`;
  let url;
  try {
    url = new URL(remote);
  } catch {
    return void 0;
  }
  if (!["https:", "http:", "ssh:", "git:"].includes(url.protocol) || url.hostname === "") return void 0;
  url.username = "";
  url.password = "";
  url.search = "";
  url.hash = "";
  return url.href;
}

// src/cli/terminal.ts
function resolveColor(mode, env, isTty) {
  if (mode === "always") return true;
  if (mode === "never") return false;
  const force = env.FORCE_COLOR;
  if (force !== void 0 && force !== "0" && force !== "false") return true;
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  return isTty;
}
function resolveWidth(columns, env) {
  if (columns !== void 0 && Number.isInteger(columns) && columns > 0) return columns;
  const fromEnv = Number(env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return 100;
}

// src/cli/scan-progress.ts
var SHOW_AFTER_MS = 1e3;
var TICK_MS = 100;
var NO_PROGRESS = { place: () => void 0, count: () => void 0, log: (write) => write(), stop: () => void 0 };
function progressWanted(stream, env, quiet) {
  return stream !== void 0 && stream.isTTY === true && !quiet && (env.CI === void 0 || env.CI === "" || env.CI === "false") && env.TERM !== "dumb";
}
function scanProgress(stream, now = Date.now) {
  const started = now();
  let stage = "starting";
  let files;
  let shown = false;
  let stopped = false;
  const width = Math.max(20, (stream.columns || 80) - 1);
  const clear = () => {
    if (shown) stream.write("\r\x1B[2K");
    shown = false;
  };
  const draw = () => {
    const elapsed = now() - started;
    if (stopped || elapsed < SHOW_AFTER_MS) return;
    const counted = files === void 0 ? "" : ` ${files.done}/${files.total} files`;
    const line2 = `posture: ${stage}${counted} \xB7 ${(elapsed / 1e3).toFixed(1)}s`;
    stream.write(`\r\x1B[2K${line2.slice(0, width)}`);
    shown = true;
  };
  const timer = setInterval(draw, TICK_MS);
  timer.unref();
  return {
    place(place) {
      if (place.stage !== stage) files = void 0;
      stage = place.stage;
    },
    count(counted, done, total) {
      stage = counted;
      files = { done, total };
    },
    log(write) {
      clear();
      write();
    },
    stop() {
      stopped = true;
      clearInterval(timer);
      clear();
    }
  };
}

// src/request.ts
import path2 from "node:path";

// src/settings.ts
async function loadSettings(request) {
  const config = await resolveConfig(request.root, request.configFile);
  const baseline = request.baseline ? { file: request.baseline.shown, baseline: await readBaseline(request.baseline.path) } : void 0;
  const maxScanSeconds = request.maxScanSeconds ?? config?.maxScanSeconds ?? DEFAULT_MAX_SCAN_SECONDS;
  return { config, failOn: request.failOn ?? config?.failOn ?? "HIGH", strict: request.strict === true || config?.strict === true, maxScanSeconds, baseline };
}

// src/request.ts
async function resolveCommon(request, logger) {
  const settings = await loadSettings(request);
  const policies = [...(settings.config?.policies ?? []).map((p) => insideRepository(request.root, p, "policies")), ...request.policies];
  return { paths: [], root: request.root, logger, ...settings, frameworks: request.frameworks, policies, ...request.cacheDir === void 0 ? {} : { cacheDir: request.cacheDir } };
}
async function resolveScanRequest(request, logger) {
  const common = await resolveCommon(request, logger);
  const config = common.config;
  const skipExternal = request.skipExternalModules === true || config?.skipExternalModules === true;
  return {
    ...common,
    paths: request.paths,
    exclude: request.exclude,
    resolve: {
      terraform: {
        varFiles: [...(config?.varFiles ?? []).map((file) => insideRepository(request.root, file, "var-files")), ...request.varFiles],
        vars: request.vars,
        env: request.env,
        ...skipExternal ? { skipExternalModules: true, onExternalSkipped: (n) => logger.info(`skipped ${n} resource instance${n === 1 ? "" : "s"} in external (remote) Terraform modules`) } : {}
      }
    }
  };
}
function insideRepository(root, file, key) {
  const absolute = path2.resolve(root, file);
  const resolved = Boundary.of(root).resolve(absolute);
  if ("refused" in resolved) throw new ConfigError(`.posture.yaml ${key}: ${file} ${resolved.refused}; not read`, { code: "CONFIG_INVALID" });
  return absolute;
}

// src/cli/flags.ts
var str = (value, help, more = {}) => ({ type: "string", value, help, ...more });
var many = (value, help, more = {}) => ({ type: "string", value, help, multiple: true, ...more });
var bool = (help, more = {}) => ({ type: "boolean", help, ...more });
var FLAGS = {
  // --format and --output are both multiple, so that a second --format is refused instead of silently replacing the first
  format: many("FORMAT", "the report format (Formats above)", { short: "f" }),
  output: many("FILE", "write the --format report to FILE (stdout otherwise); FORMAT=FILE adds one more report of the same scan (scan, aws)", { short: "o" }),
  "sarif-category": str("NAME", "the code-scanning category (automationDetails.id); default posture-gate/<scanned paths>/"),
  "sarif-suppressed": str("omit|include", "include keeps suppressed findings in the SARIF (with suppressions); omitted by default"),
  "fail-on": str("LEVEL", "exit 1 on findings at or above critical|high|medium|low, or none (default: .posture.yaml, then high)"),
  "no-fail": bool("never exit 1 on findings (same as --fail-on none)"),
  exclude: many("GLOB", "leave out files matching GLOB (repeatable)"),
  root: str("DIR", "the repository root: no path or symlink is followed out of it (default: the git work tree)"),
  quiet: bool("findings and the verdict only", { short: "q" }),
  verbose: bool("every framework's score and debug messages", { short: "v" }),
  help: bool("show help (posture COMMAND --help: that command's flags)", { short: "h" }),
  version: bool("print the version"),
  "cfn-params": str("FILE", "CloudFormation parameter values (JSON or YAML)"),
  "var-file": many("FILE", "a Terraform .tfvars file (repeatable)"),
  var: many("NAME=VALUE", "a Terraform variable value (repeatable)"),
  helm: many("CHART_DIR", "render a Helm chart and scan what it renders (repeatable)"),
  values: many("FILE", "a values file for --helm (repeatable)"),
  set: many("KEY=VALUE", "a value for --helm (repeatable)"),
  kustomize: many("DIR", "build a kustomization and scan what it renders (repeatable)"),
  "kustomize-allow-remote": bool("let kustomize fetch remote bases (refused otherwise)"),
  "helm-bin": str("FILE", "the helm to run (PATH otherwise, never the scanned tree)"),
  "kustomize-bin": str("FILE", "the kustomize or kubectl to run (PATH otherwise, never the scanned tree)"),
  "skip-external-modules": bool("no findings in Terraform modules from remote sources"),
  "aws-config-snapshot": many("FILE|s3://BUCKET/KEY|s3://BUCKET/PREFIX/", "an AWS Config snapshot to scan (repeatable)"),
  region: many("REGION", "AWS region(s), comma-separated or repeated"),
  "resource-types": many("TYPE,...", "AWS Config resource types to fetch (default: every type the checks read)"),
  aggregator: str("NAME", "read through this AWS Config aggregator"),
  endpoint: str("URL", "the AWS endpoint (moto, LocalStack)"),
  profile: str("NAME", "a profile of the shared AWS config and credentials files"),
  templates: many("PATH", "CloudFormation templates, read only to show live findings at the line that created them"),
  config: str("FILE", "the configuration file (default: .posture.yaml at the root)", { short: "c" }),
  baseline: str("FILE", "findings in this baseline do not block"),
  "diff-base": str("REF", "block only on findings that are new since this git commit"),
  framework: many("ID", "only these frameworks' checks (comma-separated or repeated)"),
  policy: many("PATH", "a user policy directory (Rego) or compiled bundle (repeatable)"),
  "cache-dir": str("DIR", "where compiled policy directories are kept (the user cache directory by default)"),
  severity: many("LEVEL", "only checks of this severity (critical, high, medium, low)"),
  source: many("FORMAT", "only checks reading terraform, cloudformation, kubernetes or aws-config"),
  "resource-type": many("TYPE", "only checks of this resource type; for aws history an AWS Config type"),
  record: bool("append the scan to the history file"),
  history: str("FILE", "the history file (default .posture/history.sqlite under the root)"),
  "resource-id": str("ID", "the resource id (with --resource-type, instead of the ARN's)"),
  limit: str("N", "at most N configuration items"),
  strict: bool("a scan that could not read all of its input exits 2"),
  timeout: str("SECONDS", "the longest one AWS API call may take, retries included (default 60)"),
  "max-scan-seconds": str("N", "past N seconds what is not read is reported as not read (default 600)"),
  "max-memory-mb": str("N", "the scan's V8 heap, in MB (at least 64)"),
  show: str("LEVEL", "the table lists only findings at or above LEVEL (gating unchanged)"),
  color: str("auto|always|never", "colour the table (auto: FORCE_COLOR, NO_COLOR, then whether stdout is a terminal)")
};
var FLAG_NAMES = Object.keys(FLAGS);
function parseArgsOptions() {
  const options = {};
  for (const name of FLAG_NAMES) {
    const { type, short, multiple } = FLAGS[name];
    options[name] = { type, ...short ? { short } : {}, ...multiple ? { multiple } : {} };
  }
  return options;
}

// src/cli/commands.ts
var SCAN_FORMATS = ["table", "json", "sarif", "junit", "markdown", "gitlab-sast", "gitlab-codequality", "html"];
var GATE = ["format", "output", "root", "config", "quiet", "verbose", "framework", "policy", "cache-dir", "max-scan-seconds", "max-memory-mb"];
var VERDICT = ["fail-on", "no-fail"];
var DISPLAY = ["show", "color"];
var RENDERED = ["helm", "values", "set", "kustomize", "kustomize-allow-remote", "helm-bin", "kustomize-bin"];
var INPUTS = ["exclude", "cfn-params", "var-file", "var", ...RENDERED, "skip-external-modules", "aws-config-snapshot", "endpoint", "profile", "baseline", "diff-base"];
var SARIF = ["sarif-category", "sarif-suppressed"];
var NO_HISTORY = {
  record: "--record and --history go with posture scan and posture history",
  history: "--record and --history go with posture scan and posture history"
};
var historyCommand = (action, operands, summary, formats) => ({
  name: `history ${action}`,
  operands,
  summary,
  formats,
  flags: [...GATE, ...INPUTS.filter((f) => f !== "endpoint" && f !== "profile"), "history"],
  refused: { record: "--record goes with posture scan" }
});
var COMMANDS = [
  {
    name: "scan",
    operands: "[PATH...]",
    summary: "Scan Terraform, CloudFormation, Kubernetes and AWS Config input and gate on the findings.",
    formats: SCAN_FORMATS,
    flags: [...GATE, ...VERDICT, ...DISPLAY, ...SARIF, ...INPUTS, "strict", "record", "history"]
  },
  {
    name: "baseline create",
    operands: "[PATH...]",
    summary: "Write the scan's current findings as accepted (a baseline file for --baseline).",
    flags: [...GATE.filter((f) => f !== "format"), ...INPUTS.filter((f) => f !== "baseline" && f !== "diff-base")],
    refused: {
      ...NO_HISTORY,
      baseline: "baseline create writes a baseline; it does not take --baseline or --diff-base",
      "diff-base": "baseline create writes a baseline; it does not take --baseline or --diff-base"
    }
  },
  { name: "waivers audit", operands: "[PATH...]", summary: "List the waivers of .posture.yaml: expired, unused or active.", formats: ["table", "json"], flags: [...GATE, ...INPUTS], refused: NO_HISTORY },
  {
    name: "aws",
    operands: "",
    summary: "Scan a live AWS account through AWS Config and gate on the findings.",
    formats: SCAN_FORMATS,
    flags: [...GATE, ...VERDICT, ...DISPLAY, ...SARIF, "strict", "region", "resource-types", "aggregator", "endpoint", "profile", "templates", "timeout"],
    refused: NO_HISTORY
  },
  {
    name: "aws history",
    operands: "ARN",
    summary: "One resource's configuration timeline in AWS Config, with the findings at each point.",
    formats: ["table", "json"],
    flags: [...GATE, ...VERDICT, "region", "resource-type", "resource-id", "endpoint", "profile", "limit", "timeout"],
    refused: NO_HISTORY
  },
  {
    name: "report compliance",
    operands: "[PATH...]",
    summary: "Requirement \u2192 control \u2192 checks, pass or fail, with scores per framework.",
    formats: ["markdown", "json", "csv"],
    flags: [...GATE, ...INPUTS],
    refused: NO_HISTORY
  },
  {
    name: "checks list",
    operands: "",
    summary: "List the checks (built-in and --policy ones), filtered.",
    formats: ["table", "json"],
    flags: ["format", "framework", "severity", "source", "resource-type", "policy", "cache-dir"],
    refused: NO_HISTORY
  },
  { name: "checks show", operands: "CHECK_ID", summary: "Everything about one check: what it reads, why, how to fix, frameworks.", formats: ["text", "json"], flags: ["format", "policy", "cache-dir"], refused: NO_HISTORY },
  { name: "policies build", operands: "DIR", summary: "Compile a directory of user Rego into a bundle, once, where opa is installed.", flags: ["output"], refused: NO_HISTORY },
  { name: "import", operands: "checkov|trivy [PATH...]", summary: "Turn .checkov.yaml, .checkov.baseline / .trivyignore, .trivyignore.yaml into .posture.yaml waivers and settings.", flags: ["output"] },
  historyCommand("list", "", "The recorded scans (scan --record).", ["table", "json"]),
  historyCommand("diff", "A B [PATH...]", "Findings new and fixed between two scans (A, B: a scan id, latest, latest~N, or a git ref).", ["table", "json", "markdown"]),
  historyCommand("trend", "", "Scores and findings over the recorded scans.", ["table", "json"]),
  { name: "help", operands: "[COMMAND]", summary: "Show the commands, or one command's flags.", flags: [] }
];
function findCommand(positionals) {
  const two = positionals.slice(0, 2).join(" ");
  return COMMANDS.find((c) => c.name === two) ?? COMMANDS.find((c) => c.name === positionals[0] && !c.name.includes(" "));
}

// src/cli/help.ts
var NOTES = `Formats: ${SCAN_FORMATS.join(", ")}.
One scan, many reports: --format (once) goes to --output FILE or stdout; each --output FORMAT=FILE
(scan and aws) writes one more report of the same scan. A missing report directory is created; one
that cannot be is exit 2, before the scan.
--strict (or strict: true in .posture.yaml): a scan that could not read all of its input (a file,
module call, nested stack or plan not read, a limit reached, a live region or type not fetched) exits 2.
--max-scan-seconds N (or max-scan-seconds: N in .posture.yaml; default 600): past N seconds what is not
yet read is reported as not read (the scan is incomplete); a step that does not return by then plus a
grace period (N/10, at least 5 s) is stopped with a message naming the stage and file: exit 2 under
--strict, else 3 (there is no report). For posture aws it covers the live fetch too.
Exit codes: 0 nothing at or above --fail-on (default: high), 1 blocking findings,
2 usage or configuration error, or an incomplete scan under --strict (before 1),
3 policy or internal error, or the report could not be written.`;
var synopsis = (spec) => ["posture", spec.name, spec.operands].filter(Boolean).join(" ");
function renderOverview() {
  const width = Math.max(...COMMANDS.map((c) => synopsis(c).length));
  const lines = COMMANDS.map((c) => `  ${synopsis(c).padEnd(width)}  ${c.summary}`);
  return ["Usage:", ...lines, `  ${"posture --version".padEnd(width)}  Print the version.`, "", "posture help COMMAND (or posture COMMAND --help) lists its flags.", "", NOTES].join("\n");
}
function renderCommandHelp(spec) {
  const flags = spec.flags.map((name) => {
    const flag = FLAGS[name];
    const short = flag.short ? `-${flag.short}, ` : "    ";
    return { left: `${short}--${name}${flag.value ? ` ${flag.value}` : ""}`, help: flag.help + (flag.multiple && name !== "format" && !/repeat/.test(flag.help) ? " (repeatable)" : "") };
  });
  const width = Math.min(40, Math.max(0, ...flags.map((f) => f.left.length)));
  const rows = flags.map((f) => f.left.length > width ? `  ${f.left}
  ${" ".repeat(width)}  ${f.help}` : `  ${f.left.padEnd(width)}  ${f.help}`);
  return [
    `Usage: ${synopsis(spec)}${spec.flags.length > 0 ? " [FLAGS]" : ""}`,
    "",
    spec.summary,
    ...spec.formats ? ["", `Formats (--format): ${spec.formats.join(", ")} (default ${spec.formats[0]}).`] : [],
    ...rows.length > 0 ? ["", "Flags:", ...rows] : [],
    `  ${"-h, --help".padEnd(width)}  this help`
  ].join("\n");
}
function nearest(word, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== void 0 && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : void 0;
}
function suggestFlag(flag, spec) {
  const names = (spec && spec.flags.length > 0 ? spec.flags : FLAG_NAMES).map((n) => `--${n}`);
  return nearest(flag.slice(0, 64), names);
}
function suggestCommand(words) {
  const names = COMMANDS.map((c) => c.name);
  const asTyped = words.slice(0, 2).join(" ").slice(0, 64);
  return nearest(asTyped, names) ?? nearest(words[0].slice(0, 64), [...new Set(names.map((n) => n.split(" ")[0]))]);
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

// src/cli/args.ts
import path3 from "node:path";
import { parseArgs } from "node:util";
var USAGE = renderOverview();
var DEFAULT_AWS_RESOURCE_TYPES = awsConfigResourceTypes();
var OPTIONS = parseArgsOptions();
function parseCommand(argv) {
  try {
    return parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof ConfigError) || error.code !== "USAGE") throw error;
    const spec = findCommand(leadingWords(argv));
    const where = spec && spec.name !== "help" ? `posture help ${spec.name}` : "posture --help";
    throw new ConfigError(`${error.message}
See \`${where}\`.`, { cause: error.cause ?? error, code: "USAGE" });
  }
}
function leadingWords(argv) {
  const end = argv.findIndex((arg) => arg.startsWith("-"));
  return end < 0 ? argv : argv.slice(0, end);
}
function parseCommandLine(argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (cause) {
    throw new ConfigError(unknownOption(cause, argv), { cause, code: "USAGE" });
  }
  const { values, positionals } = parsed;
  if (values.version) return { command: "version" };
  if (positionals[0] === "help") return helpCommand(positionals.slice(1));
  if (values.help || positionals.length === 0) return helpCommand(positionals);
  const reports = splitOutputs(values);
  const [name, ...rest] = positionals;
  const spec = findCommand(positionals);
  const scanning = spec?.name === "scan" || spec?.name === "aws";
  if (!scanning && reports.length > 0) throw usage("--output FORMAT=FILE goes with posture scan and posture aws; elsewhere give --output FILE");
  if (name === "import") return importCommand(rest, values);
  if (spec) rejectFlags(values, spec);
  if (name === "history" && !spec) return historyCommand2(rest, values);
  const command = spec && PARSERS[spec.name]?.(positionals.slice(spec.name.split(" ").length), values, reports);
  if (command) return command;
  if (spec) throw usage(`unknown command: ${positionals.join(" ")} (usage: posture ${spec.name} ${spec.operands})`);
  throw unknownCommand(positionals);
}
var PARSERS = {
  scan: (operands, values, reports) => {
    const scan = withReports(scanCommand(operands, values), reports, values);
    const html = scan.format === "html" || reports.some((r) => r.format === "html");
    if (scan.history !== void 0 && !scan.record && !html) throw usage("--history goes with --record, or with --format html or --output html=FILE (a Trend section)");
    return scan;
  },
  "baseline create": (operands, values) => ({ ...scanCommand(operands, values), command: "baseline-create", format: "baseline" }),
  aws: (operands, values, reports) => operands.length === 0 ? withReports(awsCommand(values), reports, values) : void 0,
  "aws history": (operands, values) => awsHistoryCommand(operands, values),
  "waivers audit": (operands, values) => {
    const format = values.format ?? "table";
    if (format !== "table" && format !== "json") throw usage(`waivers audit: --format must be table or json, not ${format}`);
    return { ...scanCommand(operands, { ...values, format: void 0 }), command: "waivers-audit", format };
  },
  "checks list": (operands, values) => operands.length === 0 ? checksListCommand(values) : void 0,
  "checks show": (operands, values) => {
    if (operands.length !== 1) return void 0;
    const format = values.format ?? "text";
    if (format !== "text" && format !== "json") throw usage(`checks show: --format must be text or json, not ${format}`);
    return { command: "checks-show", id: operands[0], format, ...policyFlags(values) };
  },
  "policies build": (operands, values) => {
    if (operands.length !== 1) return void 0;
    if (typeof values.output !== "string") throw usage("policies build: give --output DIR for the compiled bundle");
    return { command: "policies-build", directory: operands[0], output: values.output };
  },
  "report compliance": (operands, values) => {
    const format = values.format ?? "markdown";
    if (format !== "markdown" && format !== "json" && format !== "csv") throw usage(`report compliance: --format must be markdown, json or csv, not ${format}`);
    return { ...scanCommand(operands, { ...values, format: void 0 }), command: "report-compliance", format };
  },
  import: (operands, values) => importCommand(operands, values),
  "history list": (operands, values) => historyCommand2(["list", ...operands], values),
  "history diff": (operands, values) => historyCommand2(["diff", ...operands], values),
  "history trend": (operands, values) => historyCommand2(["trend", ...operands], values)
};
var PARSED_COMMANDS = Object.keys(PARSERS);
function importCommand(rest, values) {
  const [tool, ...paths] = rest;
  if (tool !== "checkov" && tool !== "trivy") throw usage(`import: name the tool to import from, checkov or trivy${tool ? `, not ${tool}` : ""}`);
  const extra = Object.keys(values).filter((key) => key !== "output" && values[key] !== void 0);
  if (extra.length > 0) throw usage(`import ${tool} takes only --output, not --${extra[0]}`);
  return { command: "import", tool, paths, ...typeof values.output === "string" ? { output: values.output } : {} };
}
function checksListCommand(values) {
  const format = values.format ?? "table";
  if (format !== "table" && format !== "json") throw usage(`checks list: --format must be table or json, not ${format}`);
  const severities = list(values.severity).flatMap(splitCommas).map((s) => s.toUpperCase());
  for (const severity of severities) {
    if (!SEVERITIES.includes(severity)) throw usage(`checks list: --severity must be critical, high, medium or low, not ${severity.toLowerCase()}`);
  }
  const sources = list(values.source).flatMap(splitCommas);
  for (const source of sources) {
    if (!SOURCE_FORMATS.includes(source)) throw usage(`checks list: --source must be one of ${SOURCE_FORMATS.join(", ")}, not ${source}`);
  }
  return {
    command: "checks-list",
    format,
    filter: { frameworks: list(values.framework).flatMap(splitCommas), severities, sources, resourceTypes: list(values["resource-type"]).flatMap(splitCommas) },
    ...policyFlags(values)
  };
}
var SOURCE_FORMATS = ["terraform", "cloudformation", "kubernetes", "aws-config"];
function scanCommand(paths, values) {
  const helmCharts = list(values.helm);
  if (helmCharts.length === 0 && (values.values || values.set)) throw usage("--values and --set go with --helm CHART_DIR");
  const helm = helmCharts.map((chartDir) => ({ chartDir, valuesFiles: list(values.values), set: list(values.set) }));
  const kustomize = list(values.kustomize);
  const awsConfigSnapshots = list(values["aws-config-snapshot"]);
  const hasOtherSources = helm.length + kustomize.length + awsConfigSnapshots.length > 0;
  const endpoint = values.endpoint;
  if (endpoint !== void 0 && !awsConfigSnapshots.some((s) => s.startsWith("s3://"))) throw usage("scan: --endpoint goes with --aws-config-snapshot s3://\u2026");
  const profile = values.profile;
  if (profile !== void 0 && !awsConfigSnapshots.some((s) => s.startsWith("s3://"))) throw usage("scan: --profile goes with --aws-config-snapshot s3://\u2026");
  return {
    command: "scan",
    ...reportFlags(values),
    paths: paths.length > 0 || hasOtherSources ? paths : ["."],
    exclude: list(values.exclude),
    cfnParams: values["cfn-params"],
    varFiles: list(values["var-file"]),
    vars: parseVars(list(values.var)),
    helm,
    kustomize,
    ...values["kustomize-allow-remote"] ? { kustomizeAllowRemote: true } : {},
    ...values["helm-bin"] === void 0 ? {} : { helmBin: values["helm-bin"] },
    ...values["kustomize-bin"] === void 0 ? {} : { kustomizeBin: values["kustomize-bin"] },
    ...values["skip-external-modules"] ? { skipExternalModules: true } : {},
    awsConfigSnapshots,
    ...endpoint === void 0 ? {} : { endpoint },
    ...profile === void 0 ? {} : { profile },
    baseline: values.baseline,
    diffBase: values["diff-base"],
    record: values.record ? true : void 0,
    history: values.history
  };
}
function awsCommand(values) {
  const regions = list(values.region).flatMap(splitCommas);
  if (regions.length === 0) throw usage("aws: give at least one --region");
  const resourceTypes = list(values["resource-types"]).flatMap(splitCommas);
  for (const type of resourceTypes) {
    if (!/^AWS::\w+::\w+$/.test(type)) throw usage(`aws: --resource-types takes AWS Config types like AWS::S3::Bucket, not ${type}`);
  }
  return {
    command: "aws",
    ...reportFlags(values),
    regions,
    resourceTypes: resourceTypes.length > 0 ? resourceTypes : [...DEFAULT_AWS_RESOURCE_TYPES],
    aggregator: values.aggregator,
    endpoint: values.endpoint,
    profile: values.profile,
    templates: list(values.templates),
    ...callTimeout(values, "aws")
  };
}
function callTimeout(values, label) {
  const text2 = values.timeout;
  if (text2 === void 0) return {};
  const seconds = Number(text2);
  if (!(Number.isFinite(seconds) && seconds > 0 && seconds <= 3600)) throw usage(`${label}: --timeout takes seconds, more than 0 and at most 3600, not ${text2}`);
  return { callTimeoutMs: Math.ceil(seconds * 1e3) };
}
function reportFlags(values) {
  const failOnText = values["fail-on"];
  const failOn = failOnText === void 0 ? void 0 : parseFailOn(failOnText);
  if (failOnText !== void 0 && !failOn) throw usage(`--fail-on must be one of critical, high, medium, low, none; got ${failOnText}`);
  if (values.quiet && values.verbose) throw usage("--quiet and --verbose exclude each other");
  return {
    format: String(values.format ?? "table"),
    output: values.output,
    failOn: values["no-fail"] ? "none" : failOn,
    config: values.config,
    root: values.root,
    logLevel: values.quiet ? "warning" : values.verbose ? "debug" : "info",
    frameworks: list(values.framework).flatMap(splitCommas),
    ...policyFlags(values),
    ...values.strict ? { strict: true } : {},
    ...scanBudget(values),
    ...displayFlags(values)
  };
}
function displayFlags(values) {
  const show = values.show?.toUpperCase();
  if (show !== void 0 && !SEVERITIES.includes(show)) throw usage(`--show must be critical, high, medium or low, not ${show.toLowerCase()}`);
  if (show !== void 0 && (values.format ?? "table") !== "table") throw usage("--show filters the table; it does not go with --format " + String(values.format));
  const color = values.color;
  if (color !== void 0 && !["auto", "always", "never"].includes(color)) throw usage(`--color must be auto, always or never, not ${color}`);
  return { ...show === void 0 ? {} : { show }, ...color === void 0 ? {} : { color } };
}
function scanBudget(values) {
  const memory = values["max-memory-mb"];
  if (memory !== void 0 && !(Number.isInteger(Number(memory)) && Number(memory) >= 64)) throw usage(`--max-memory-mb takes a whole number of megabytes, at least 64, not ${memory}`);
  const text2 = values["max-scan-seconds"];
  if (text2 === void 0) return {};
  const seconds = Number(text2);
  if (text2.trim() === "" || !isValidScanSeconds(seconds)) throw usage(`--max-scan-seconds takes a positive number of seconds, not ${text2}`);
  return { maxScanSeconds: seconds };
}
function policyFlags(values) {
  const cacheDir = values["cache-dir"];
  return { policies: list(values.policy), ...cacheDir !== void 0 ? { cacheDir } : {} };
}
function splitOutputs(values) {
  const formats = list(values.format);
  if (formats.length > 1) throw usage(`give --format once, not ${formats.join(" and ")}; for more reports of the same scan add --output FORMAT=FILE`);
  values.format = formats[0];
  const files = [];
  const reports = [];
  for (const output of list(values.output)) {
    const match = /^([a-z][a-z-]*)=(.+)$/.exec(output);
    if (!match) files.push(output);
    else if (REPORT_FORMATS.includes(match[1])) reports.push({ format: match[1], file: match[2] });
    else throw usage(`--output ${output}: unknown report format ${match[1]} (use one of ${REPORT_FORMATS.join(", ")}); for a file of that name write ./${output}`);
  }
  if (files.length > 1) throw usage(`give --output FILE once, not ${files.join(" and ")}; for more reports of the same scan use --output FORMAT=FILE`);
  values.output = files[0];
  return reports;
}
function withReports(command, reports, values) {
  const files = [...command.output ? [command.output] : [], ...reports.map((r) => r.file)];
  const same = files.map((file) => path3.normalize(file));
  const twice = files.find((_, i) => same.indexOf(same[i]) !== i);
  if (twice !== void 0) throw usage(`--output ${twice} is given twice; each report needs its own file`);
  const sarif = sarifFlags(values);
  if (sarif && command.format !== "sarif" && !reports.some((r) => r.format === "sarif")) {
    throw usage("--sarif-category and --sarif-suppressed go with a SARIF report (--format sarif, or --output sarif=FILE)");
  }
  return { ...command, ...reports.length > 0 ? { reports } : {}, ...sarif ? { sarif } : {} };
}
function sarifFlags(values) {
  const category = values["sarif-category"];
  const suppressed = values["sarif-suppressed"];
  if (category === void 0 && suppressed === void 0) return void 0;
  if (category !== void 0 && !/^\S{1,200}$/.test(category)) throw usage(`--sarif-category takes a name without spaces (at most 200 characters), not ${JSON.stringify(category)}`);
  if (suppressed !== void 0 && suppressed !== "include" && suppressed !== "omit") throw usage(`--sarif-suppressed must be include or omit, not ${suppressed}`);
  return { ...category === void 0 ? {} : { category }, ...suppressed === "include" ? { includeSuppressed: true } : {} };
}
function rejectFlags(values, spec) {
  const given = Object.keys(values).filter((flag) => values[flag] !== void 0 && flag !== "help" && !spec.flags.includes(flag));
  const explained = given.map((flag) => spec.refused?.[flag]).find((message) => message !== void 0);
  if (explained !== void 0) throw usage(explained);
  if (given.length > 0) throw usage(`${spec.name} does not take --${given.join(", --")}`);
}
function helpCommand(words) {
  if (words.length === 0) return { command: "help" };
  const spec = findCommand(words);
  if (!spec) throw unknownCommand(words);
  return { command: "help", topic: spec.name };
}
function unknownCommand(words) {
  const near = suggestCommand(words);
  return usage(`unknown command: ${words.join(" ")}${near ? `; did you mean ${near}?` : ""}`);
}
function unknownOption(error, argv) {
  const flag = /^Unknown option '(-{1,2}[^']+)'/.exec(error.message)?.[1];
  const near = flag === void 0 ? void 0 : suggestFlag(flag, findCommand(leadingWords(argv)));
  return near ? `Unknown option '${flag}'; did you mean ${near}?` : error.message;
}
function list(value) {
  return Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
}
function parseVars(entries) {
  const vars = {};
  for (const entry of entries) {
    const match = /^([A-Za-z_][\w-]*)=([\s\S]*)$/.exec(entry);
    if (!match) throw usage(`--var takes NAME=VALUE, got ${entry}`);
    vars[match[1]] = match[2];
  }
  return vars;
}
function splitCommas(value) {
  return value.split(",").map((part) => part.trim()).filter(Boolean);
}
function usage(message) {
  return new ConfigError(message, { code: "USAGE" });
}
var HISTORY_FORMATS = { list: ["table", "json"], diff: ["table", "json", "markdown"], trend: ["table", "json"] };
function historyCommand2(rest, values) {
  const [action, ...operands] = rest;
  const formats = HISTORY_FORMATS[action];
  if (!formats) throw usage(`history: expected list, diff or trend, got ${action ?? "nothing"}`);
  const format = String(values.format ?? "table");
  if (!formats.includes(format)) throw usage(`history ${action}: --format must be ${formats.join(" or ")}, not ${format}`);
  if (action === "diff" && operands.length < 2) throw usage("history diff takes two scans: A B (a scan id, latest, latest~N, or a git ref)");
  if (action !== "diff" && operands.length > 0) throw usage(`history ${action} takes no operands, got ${operands.join(" ")}`);
  const paths = action === "diff" ? operands.slice(2) : [];
  const scan = scanCommand(paths, { ...values, format: void 0, history: void 0 });
  return {
    ...scan,
    history: values.history,
    command: `history-${action}`,
    format,
    ...action === "diff" ? { sides: [operands[0], operands[1]] } : {},
    pathsGiven: paths.length > 0
  };
}
function awsHistoryCommand(operands, values) {
  if (operands.length !== 1) throw usage("aws history takes one ARN");
  const format = String(values.format ?? "table");
  if (format !== "table" && format !== "json") throw usage(`aws history: --format must be table or json, not ${format}`);
  const single = (flag) => {
    const given = list(values[flag]);
    if (given.length > 1) throw usage(`aws history: give --${flag} once`);
    return given[0];
  };
  const limitText = values.limit;
  const limit = limitText === void 0 ? void 0 : Number(limitText);
  if (limit !== void 0 && !(Number.isInteger(limit) && limit > 0)) throw usage(`aws history: --limit takes a positive whole number, not ${limitText}`);
  const resourceType = single("resource-type");
  if (resourceType !== void 0 && !/^AWS::\w+::\w+$/.test(resourceType)) throw usage(`aws history: --resource-type takes an AWS Config type like AWS::S3::Bucket, not ${resourceType}`);
  return {
    command: "aws-history",
    ...reportFlags(values),
    format,
    arn: operands[0],
    region: single("region"),
    resourceType,
    resourceId: values["resource-id"],
    endpoint: values.endpoint,
    profile: values.profile,
    limit,
    ...callTimeout(values, "aws history")
  };
}

// src/cli/checks-list.ts
function filterChecks(catalog, filter) {
  assertKnownFrameworks(catalog, filter.frameworks);
  const any = (wanted, has) => wanted.length === 0 || wanted.some(has);
  return catalog.checks.filter(
    (c) => !c.deprecated && any(filter.frameworks, (id) => id in c.frameworks) && any(filter.severities, (s) => s === c.severity) && any(filter.sources, (s) => c.formats.includes(s)) && any(filter.resourceTypes, (t) => c.resourceTypes.includes(t))
  );
}
var FORMAT_NAMES = { terraform: "tf", cloudformation: "cfn", kubernetes: "k8s", "aws-config": "config", "terraform-plan": "plan" };
function renderChecksList(checks, format, width) {
  if (format === "json") {
    const rows2 = checks.map((c) => ({
      id: c.id,
      title: c.title,
      severity: c.severity,
      resourceTypes: c.resourceTypes,
      formats: c.formats,
      frameworks: c.frameworks,
      peers: c.peers
    }));
    return JSON.stringify(rows2, null, 2) + "\n";
  }
  const rows = checks.map((c) => [c.id, c.severity, c.formats.map((f) => FORMAT_NAMES[f] ?? f).join(","), c.title]);
  const note = `${checks.length} checks. Resource types, controls and peer ids: posture checks show ID, or --format json.`;
  const noteLines = width === void 0 ? [note] : wrapText(note, width);
  return `${formatColumns([["ID", "SEVERITY", "FORMATS", "TITLE"], ...rows], width)}
${noteLines.join("\n")}
`;
}

// src/cli/checks-show.ts
function findCheck(catalog, id) {
  const check = catalog.checks.find((c) => c.id.toLowerCase() === id.toLowerCase());
  if (check) return check;
  const prefix = checkPrefix(id.toUpperCase());
  const near = catalog.checks.filter((c) => c.id.startsWith(prefix)).length;
  throw new ConfigError(`no check ${id}${near > 0 ? `; \`posture checks list\` shows the ${near} ${prefix} checks` : ""}`, { code: "USAGE" });
}
function renderCheck(check, catalog, format) {
  if (format === "json") return JSON.stringify(check, null, 2) + "\n";
  const frameworks = new Map(catalog.frameworks.map((f) => [f.id, f]));
  const lines = [
    `${check.id}  ${check.severity}  ${check.title}${check.deprecated ? "  (deprecated)" : ""}`,
    "",
    wrap(check.description),
    "",
    `Resource types: ${check.resourceTypes.join(", ")}`,
    `Formats: ${check.formats.join(", ")}`,
    "",
    "Remediation:",
    wrap(check.recommendedAction, "  ")
  ];
  for (const [format2, snippet] of Object.entries(check.examples ?? {})) {
    lines.push("", `Compliant ${format2} example:`, ...snippet.trimEnd().split("\n").map((line2) => `    ${line2}`));
  }
  lines.push("", "Controls:");
  for (const [frameworkId, ids] of Object.entries(check.frameworks)) {
    const framework = frameworks.get(frameworkId);
    for (const id of ids) {
      const control = framework?.controls.find((c) => c.id === id);
      lines.push(`  ${framework?.title ?? frameworkId} ${id}: ${control?.title ?? ""}`.trimEnd());
    }
  }
  const peers = Object.entries(check.peers).map(([tool, ids]) => `${tool} ${ids.join(", ")}`);
  if (peers.length > 0) lines.push("", `Equivalent checks: ${peers.join("; ")}`);
  if (check.relatedResources.length > 0) lines.push("", "References:", ...check.relatedResources.map((url) => `  ${url}`));
  lines.push("", `Policy: ${check.file} (package ${check.package})`);
  return lines.join("\n") + "\n";
}
function wrap(text2, indent = "") {
  const out = [];
  let line2 = indent;
  for (const word of text2.split(/\s+/).filter(Boolean)) {
    if (line2.trim() !== "" && line2.length + word.length + 1 > 100) {
      out.push(line2);
      line2 = indent;
    }
    line2 += line2.trim() === "" ? word : ` ${word}`;
  }
  if (line2.trim() !== "") out.push(line2);
  return out.join("\n");
}
function checkPrefix(id) {
  let end = id.length;
  while (end > 0 && id[end - 1] >= "0" && id[end - 1] <= "9") end--;
  if (end > 0 && id[end - 1] === "-") end--;
  return id.slice(0, end);
}

// src/report/compliance.ts
function buildCompliance(report2) {
  const checksByControl = /* @__PURE__ */ new Map();
  for (const check of report2.catalog.checks) {
    if (check.deprecated) continue;
    for (const [framework, controls] of Object.entries(check.frameworks)) {
      for (const control of controls) push(checksByControl, `${framework}\0${control}`, check.id);
    }
  }
  const findingsByControl = /* @__PURE__ */ new Map();
  for (const finding of sorted(report2.findings, compareFindings)) {
    for (const { framework, control } of finding.controls) push(findingsByControl, `${framework}\0${control}`, finding);
  }
  return sorted(report2.catalog.frameworks, (a, b) => compareStrings(a.id, b.id)).map(
    (framework) => frameworkOf(framework, report2, checksByControl, findingsByControl)
  );
}
function frameworkOf(framework, report2, checks, findings) {
  const counts = { pass: 0, fail: 0, "not-applicable": 0, manual: 0 };
  const controlScores = report2.score.byControl[framework.id] ?? {};
  const requirements = framework.requirements.map((requirement) => {
    const controls = framework.controls.filter((control) => control.requirement === requirement.id).map((control) => {
      const key = `${framework.id}\0${control.id}`;
      const own = findings.get(key) ?? [];
      const failing2 = own.filter((f) => !f.suppression);
      const automatedBy = [...checks.get(key) ?? []].sort(compareStrings);
      const score3 = controlScores[control.id];
      const status = automatedBy.length === 0 ? "manual" : failing2.length > 0 ? "fail" : score3 && score3.total > 0 ? "pass" : "not-applicable";
      counts[status]++;
      return {
        id: control.id,
        title: control.title,
        status,
        checks: automatedBy,
        ...score3 ? { score: score3 } : {},
        failing: failing2.map((f) => ({ checkId: f.checkId, resourceId: f.resourceId, location: f.location })),
        suppressed: own.length - failing2.length
      };
    });
    const score2 = report2.score.byRequirement[framework.id]?.[requirement.id];
    return { id: requirement.id, title: requirement.title, ...score2 ? { score: score2 } : {}, controls };
  });
  const score = report2.score.byFramework[framework.id] ?? { passing: 0, total: 0, score: 1 };
  return { id: framework.id, title: framework.title, version: framework.version, score, counts, requirements };
}
function push(map, key, value) {
  (map.get(key) ?? map.set(key, []).get(key)).push(value);
}
var COMPLIANCE_SCHEMA_ID = "https://posture-gate.github.io/schemas/compliance-1.json";
function renderComplianceJson(report2, provenance) {
  const incomplete = report2.incomplete ? { incomplete: { message: incompleteSentence(report2.incomplete), ...report2.incomplete } } : {};
  const document = {
    $schema: COMPLIANCE_SCHEMA_ID,
    schemaVersion: "1",
    tool: report2.tool,
    ...provenance ? { provenance } : {},
    ...incomplete,
    frameworks: buildCompliance(report2)
  };
  return JSON.stringify(document, null, 2) + "\n";
}
var STATUS = { pass: "pass", fail: "**fail**", "not-applicable": "n/a", manual: "manual" };
var MAX_FAILING = 10;
function renderComplianceMarkdown(report2, provenance) {
  const sections = buildCompliance(report2).map((framework) => {
    const { counts } = framework;
    const lines = [
      `## ${cell(framework.title)} ${cell(framework.version)} (${code(framework.id)}): ${scoreText(framework.score, report2)}`,
      "",
      `Controls: ${counts.pass} pass, ${counts.fail} fail, ${counts["not-applicable"]} not applicable to the scanned resources, ${counts.manual} manual.`
    ];
    for (const requirement of framework.requirements) {
      lines.push("", `### ${cell(requirement.id)} ${cell(requirement.title)}${requirement.score ? `: ${scoreText(requirement.score, report2)}` : ""}`, "");
      lines.push("| Control | Status | Score | Checks | Failing resources |", "| --- | --- | ---: | --- | --- |");
      for (const control of requirement.controls) lines.push(controlRow(control, report2));
    }
    return lines.join("\n");
  });
  const warning = report2.incomplete ? `

> **${cell(incompleteSentence(report2.incomplete))}**` : "";
  const header = `# ${cell(report2.tool.name)}: compliance report

${provenance ? provenanceLines(provenance) : ""}Overall posture score ${scoreText(report2.score.overall, report2)}.${warning}`;
  return `${[header, ...sections].join("\n\n")}
`;
}
function provenanceLines(p) {
  const git = p.git ? `${code(p.git.commit)}${p.git.branch ? ` on ${code(p.git.branch)}` : ""}` : "not a git work tree";
  const lines = [
    `- Tool: posture-gate ${cell(p.toolVersion)}`,
    `- Generated: ${cell(p.generatedAt)}`,
    `- Commit: ${git}`,
    `- Scanned: ${p.paths.map(code).join(", ")}`,
    `- Frameworks: ${p.frameworks.length > 0 ? p.frameworks.map(code).join(", ") : "all"}`
  ];
  return `${lines.join("\n")}

`;
}
function code(value) {
  return `\`${value.replace(/[\r\n]+/g, " ").replace(/`/g, "'").replace(/\|/g, "\\|")}\``;
}
function controlRow(control, report2) {
  const shown = control.failing.slice(0, MAX_FAILING).map((f) => `${code(f.resourceId)} (${cell(f.checkId)}, ${cell(f.location.path)}:${f.location.startLine})`);
  if (control.failing.length > MAX_FAILING) shown.push(`and ${control.failing.length - MAX_FAILING} more`);
  if (control.suppressed > 0) shown.push(`${control.suppressed} suppressed`);
  const score = control.score ? markScore(formatPercent(control.score), report2) : "";
  return `| ${cell(control.id)} ${cell(control.title)} | ${STATUS[control.status]} | ${score} | ${control.checks.join(", ")} | ${shown.join("<br>")} |`;
}
function scoreText(line2, report2) {
  return line2.total === 0 ? "n/a (nothing in scope)" : `${markScore(formatPercent(line2), report2)} (${line2.passing} of ${line2.total} resources)`;
}

// src/report/compliance-csv.ts
var HEADER = ["framework", "framework_version", "requirement", "control", "status", "check", "resource", "location"];
function renderComplianceCsv(report2) {
  const rows = [HEADER];
  for (const framework of buildCompliance(report2)) {
    for (const requirement of framework.requirements) {
      for (const control of requirement.controls) {
        const base = [framework.id, framework.version, requirement.id, control.id, control.status];
        if (control.failing.length === 0) rows.push([...base, control.checks.join(" "), "", ""]);
        for (const f of control.failing) rows.push([...base, f.checkId, f.resourceId, `${f.location.path}:${f.location.startLine}`]);
      }
    }
  }
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
function csvCell(value) {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

// src/cli/provenance.ts
import { execFile as execFile2 } from "node:child_process";
import path4 from "node:path";
import { promisify as promisify2 } from "node:util";
var run2 = promisify2(execFile2);
async function complianceProvenance(report2, paths, frameworks) {
  const git = await gitState(report2.root);
  return {
    toolVersion: report2.tool.version,
    generatedAt: report2.startedAt,
    ...git ? { git } : {},
    paths: paths.map((p) => path4.relative(report2.root, p).split(path4.sep).join("/") || "."),
    frameworks
  };
}
async function gitState(root) {
  const git = async (args) => (await run2("git", ["-C", root, ...args], { timeout: 1e4, env: { ...process.env, GIT_OPTIONAL_LOCKS: "0" } })).stdout.trim();
  try {
    const commit = await git(["rev-parse", "--verify", "HEAD"]);
    const branch = await git(["rev-parse", "--abbrev-ref", "HEAD"]).catch(() => "");
    return { commit, ...branch && branch !== "HEAD" ? { branch } : {} };
  } catch {
    return void 0;
  }
}

// src/cli/waivers-audit.ts
function auditWaivers(usage2) {
  return usage2.map(({ waiver: { source, ...waiver }, expired, fingerprints }) => ({
    ...waiver,
    status: expired ? "expired" : fingerprints.length === 0 ? "unused" : "active",
    findings: fingerprints.length,
    source: `${source.path}:${source.startLine}`
  }));
}
function renderWaiverAudit(rows, format) {
  if (format === "json") return JSON.stringify(rows, null, 2) + "\n";
  if (rows.length === 0) return "No waivers in the configuration.\n";
  const header = ["STATUS", "FINDINGS", "CHECK", "RESOURCE", "PATH", "EXPIRES", "OWNER", "WHERE", "REASON"];
  const cells = rows.map((r) => [r.status, String(r.findings), r.check, r.resource ?? "*", r.path ?? "*", r.expires ?? "-", r.owner ?? "-", r.source, r.reason]);
  return formatColumns([header, ...cells]);
}

// src/cli/empty-gate.ts
async function warnOnEmptyGate(report2, options) {
  const frameworks = selectedFrameworks(options);
  const formats = [...new Set(report2.resources.map((r) => r.format))].sort();
  if (frameworks.length === 0 || formats.length === 0) return;
  if (report2.catalog.checks.some((check) => check.formats.some((f) => formats.includes(f)))) return;
  const covering = frameworksCovering(await loadCatalog(options.policyDirectory ?? defaultPolicyDirectory()), formats);
  options.logger.warning(
    `${frameworks.length > 1 ? "frameworks" : "framework"} ${frameworks.join(", ")} ${frameworks.length > 1 ? "have" : "has"} no check for ${formats.join(", ")}: the ${report2.resources.length} resources scanned were checked against nothing, and the gate passes whatever they hold` + (covering.length > 0 ? `; frameworks with checks for them: ${covering.join(", ")}` : "")
  );
}
function selectedFrameworks(options) {
  return options.frameworks?.length ? options.frameworks : options.config?.frameworks ?? [];
}
function frameworksCovering(catalog, formats) {
  const ids = /* @__PURE__ */ new Set();
  for (const check of catalog.checks) {
    if (check.formats.some((f) => formats.includes(f))) for (const id of Object.keys(check.frameworks)) ids.add(id);
  }
  return [...ids].sort();
}

// src/cli/supervise.ts
function watched() {
  return process.env.POSTURE_WATCHDOG === "child" && typeof process.send === "function" && process.connected;
}
function send(message) {
  if (watched()) process.send(message);
}
function announceBudget(budget) {
  if (!watched()) return;
  send({ type: "budget", ...budget });
  process.channel?.unref();
}
function reportPlace(place) {
  send({ type: "place", place });
}

// src/cli/main.ts
var processIo = {
  stdout: (text2) => writeStdout(text2),
  stderr: (text2) => process.stderr.write(text2),
  color: resolveColor("auto", process.env, Boolean(process.stdout.isTTY)),
  cwd: process.cwd(),
  columns: resolveWidth(process.stdout.isTTY ? process.stdout.columns : void 0, process.env),
  progress: process.stderr
};
var progressOf = /* @__PURE__ */ new WeakMap();
function stopProgress(io) {
  progressOf.get(io)?.stop();
  progressOf.delete(io);
}
function helpText2(topic) {
  const spec = COMMANDS.find((c) => c.name === topic);
  return spec ? renderCommandHelp(spec) : USAGE;
}
async function runCli(argv, io = processIo) {
  try {
    const command = parseCommand(argv);
    await prepareOutputs(outputFiles(command), io.cwd);
    switch (command.command) {
      case "help":
        await io.stdout(helpText2(command.topic) + "\n");
        return EXIT_PASS;
      case "version":
        await io.stdout(TOOL_VERSION + "\n");
        return EXIT_PASS;
      case "checks-list":
        await io.stdout(renderChecksList(filterChecks(await catalogWithPolicies(command, io), command.filter), command.format, io.columns));
        return EXIT_PASS;
      case "checks-show": {
        const catalog = await catalogWithPolicies(command, io);
        await io.stdout(renderCheck(findCheck(catalog, command.id), catalog, command.format));
        return EXIT_PASS;
      }
      case "policies-build": {
        const catalog = await loadCatalog(defaultPolicyDirectory());
        const directory = path5.resolve(io.cwd, command.directory);
        const compiled = await compileUserPolicies(directory, catalog);
        writeBundle(compiled, path5.resolve(io.cwd, command.output));
        io.stderr(`compiled ${compiled.catalog.checks.length} checks from ${command.directory} into ${command.output}
`);
        return EXIT_PASS;
      }
      case "import": {
        const { runImport } = await import("./chunk-FZUU5IOE.js");
        await runImport(command, io);
        return EXIT_PASS;
      }
      case "report-compliance": {
        const options = await scanOptions({ ...command, format: command.format }, io);
        const { report: result } = await runGate({ ...options, failOn: "none" });
        const provenance = await complianceProvenance(result, command.paths.map((p) => path5.resolve(io.cwd, p)), command.frameworks);
        const text2 = command.format === "csv" ? renderComplianceCsv(result) : command.format === "json" ? renderComplianceJson(result, provenance) : renderComplianceMarkdown(result, provenance);
        await emit(text2, command.output, io, options.logger, "compliance report");
        return EXIT_PASS;
      }
      case "scan": {
        const options = await scanOptions(command, io);
        const history = command.record || command.history ? historyHooks(command, options, io) : void 0;
        return await report(command, io, command.diffBase ? await withDiffBase(options, command.diffBase) : options, history);
      }
      case "history-list":
      case "history-diff":
      case "history-trend": {
        const { runHistory } = await import("./chunk-QWIBDDY4.js");
        const { text: text2, code: code2 } = await runHistory(command, io.cwd, () => scanOptions({ ...command, format: "table" }, io));
        await emit(text2, command.output, io, createConsoleLogger(command.logLevel, (line2) => io.stderr(line2 + "\n")), "history");
        return code2;
      }
      case "baseline-create":
        return await baselineCreate(command, io);
      case "waivers-audit": {
        const options = await scanOptions({ ...command, format: "table" }, io);
        const { waiverUse } = await runGate({ ...options, failOn: "none" });
        const rows = auditWaivers(waiverUse);
        await emit(renderWaiverAudit(rows, command.format), command.output, io, options.logger, "waiver audit");
        return rows.some((row) => row.status !== "active") ? EXIT_FINDINGS : EXIT_PASS;
      }
      case "aws": {
        const { fetchLiveDocuments } = await import("./chunk-QC3QCUZL.js");
        const context = await commonOptions(command, io);
        const documents = await fetchLiveDocuments(command, context.logger, process.stderr, context.deadline);
        const templates = command.templates.map((p) => path5.resolve(io.cwd, p));
        return await report(command, io, { ...context, paths: [], sources: { documents }, templates });
      }
      case "aws-history": {
        const { runAwsHistory } = await import("./chunk-OCTYOBEO.js");
        const context = await commonOptions(command, io);
        const { text: text2, blocking } = await runAwsHistory(command, context, context.deadline);
        await emit(text2, command.output, io, context.logger, "timeline");
        if (blocking > 0) context.logger.info(`${blocking} findings at or above ${context.failOn} at the latest point: failing`);
        return blocking > 0 ? EXIT_FINDINGS : EXIT_PASS;
      }
    }
  } catch (error) {
    stopProgress(io);
    io.stderr(`posture: ${getErrorMessage(error)}
`);
    if (process.env.POSTURE_DEBUG && error instanceof Error && error.stack) io.stderr(error.stack + "\n");
    return exitCodeFor(error);
  }
}
async function commonOptions(flags, io, paths = [], scan) {
  const showProgress = scan !== void 0;
  const root = flags.root === void 0 ? defaultScanRoot(paths, io.cwd) : path5.resolve(io.cwd, flags.root);
  const progress = showProgress && progressWanted(io.progress, process.env, flags.logLevel === "warning") ? scanProgress(io.progress) : NO_PROGRESS;
  progressOf.set(io, progress);
  const logger = createConsoleLogger(flags.logLevel, (line2) => progress.log(() => io.stderr(line2 + "\n")));
  const request = { ...settingsRequest(flags, root, io.cwd), frameworks: flags.frameworks, policies: flags.policies.map((p) => path5.resolve(io.cwd, p)), ...flags.cacheDir === void 0 ? {} : { cacheDir: path5.resolve(io.cwd, flags.cacheDir) } };
  const options = scan ? await resolveScanRequest({ ...request, ...scanRequest(scan, io.cwd) }, logger) : await resolveCommon(request, logger);
  const deadline = new Deadline(options.maxScanSeconds, (place) => {
    reportPlace(place);
    progress.place(place);
  });
  deadline.onProgress = (stage, done, total) => progress.count(stage, done, total);
  announceBudget({ seconds: options.maxScanSeconds, strict: options.strict });
  if (options.config) logger.info(`using configuration ${options.config.path}`);
  return { ...options, deadline };
}
function settingsRequest(flags, root, cwd) {
  return {
    root,
    configFile: flags.config ? path5.resolve(cwd, flags.config) : void 0,
    baseline: flags.baseline ? { path: path5.resolve(cwd, flags.baseline), shown: flags.baseline } : void 0,
    failOn: flags.failOn,
    strict: flags.strict,
    maxScanSeconds: flags.maxScanSeconds
  };
}
function scanRequest(command, cwd) {
  return {
    paths: command.paths.map((p) => path5.resolve(cwd, p)),
    exclude: command.exclude,
    varFiles: command.varFiles.map((file) => path5.resolve(cwd, file)),
    vars: command.vars,
    ...command.skipExternalModules ? { skipExternalModules: true } : {},
    env: process.env
  };
}
async function catalogWithPolicies(command, io) {
  const builtIn = await loadCatalog(defaultPolicyDirectory());
  if (command.policies.length === 0) return builtIn;
  const cacheDir = command.cacheDir === void 0 ? {} : { cacheDir: path5.resolve(io.cwd, command.cacheDir) };
  const users = await loadUserPolicies(command.policies.map((p) => path5.resolve(io.cwd, p)), builtIn, cacheDir);
  return {
    ...builtIn,
    checks: [...builtIn.checks, ...users.flatMap((u) => u.catalog.checks)],
    frameworks: [...builtIn.frameworks, ...users.flatMap((u) => u.catalog.frameworks)]
  };
}
async function scanOptions(command, io) {
  const options = await commonOptions(command, io, command.paths.length > 0 ? command.paths : ["."], command);
  const resolve = (file) => path5.resolve(io.cwd, file);
  const parameters = command.cfnParams ? loadCfnParameters(await readInput(resolve(command.cfnParams), "--cfn-params"), command.cfnParams) : void 0;
  return {
    ...options,
    resolve: { ...options.resolve, cloudformation: { parameters } },
    sources: {
      helm: command.helm.map((chart) => ({ ...chart, chartDir: resolve(chart.chartDir), valuesFiles: chart.valuesFiles?.map(resolve) })),
      kustomize: command.kustomize.map(resolve),
      kustomizeAllowRemote: command.kustomizeAllowRemote,
      ...command.helmBin === void 0 ? {} : { helmBin: resolve(command.helmBin) },
      ...command.kustomizeBin === void 0 ? {} : { kustomizeBin: resolve(command.kustomizeBin) },
      awsConfigSnapshots: command.awsConfigSnapshots.map((snapshot) => isS3Uri(snapshot) ? snapshot : resolve(snapshot)),
      s3: { endpoint: command.endpoint, profile: command.profile }
    }
  };
}
async function readInput(file, flag) {
  try {
    return await readFile(file, "utf8");
  } catch (cause) {
    throw new ConfigError(`${flag} ${file}: ${getErrorMessage(cause)}`, { cause, code: "INPUT_MISSING" });
  }
}
function outputFiles(command) {
  if (command.command === "policies-build" || !("output" in command)) return [];
  const reports = "reports" in command ? (command.reports ?? []).map((r) => r.file) : [];
  return [...command.output ? [command.output] : [], ...reports];
}
async function report(flags, io, options, history) {
  const targets = [{ format: flags.format, file: flags.output }, ...flags.reports ?? []].map((t) => ({ ...t, reporter: getReporter(t.format) }));
  const gate = await runGate(options);
  const { report: result, blocking } = gate;
  await warnOnEmptyGate(result, options);
  if (history?.record) await history.record(gate);
  const sarif = targets.some((t) => t.format === "sarif") ? await sarifOptions(flags, options) : void 0;
  const verdict = { failOn: options.failOn, blocking: blocking.length };
  for (const { format, file, reporter } of targets) {
    const rendered = reporter.render(result, { ...renderOptions(flags, io, verdict, file), sarif });
    await emit(format === "html" && history?.html ? await history.html(rendered) : rendered, file, io, options.logger, format);
  }
  const results = sarif ? sarifResultCount(result, sarif) : 0;
  if (results > GITHUB_RESULTS_KEPT) options.logger.warning(`the SARIF report has ${results} results; GitHub code scanning keeps only the ${GITHUB_RESULTS_KEPT} most severe`);
  const strict = options.strict ? strictFailure(result) : void 0;
  if (strict !== void 0) {
    io.stderr(`posture: ${strict}
`);
    return EXIT_CONFIG;
  }
  if (blocking.length > 0) {
    options.logger.info(`${blocking.length} findings at or above ${options.failOn}: failing`);
    return EXIT_FINDINGS;
  }
  return EXIT_PASS;
}
async function sarifOptions(flags, options) {
  const root = options.root ?? process.cwd();
  const category = flags.sarif?.category ?? (options.paths.length > 0 ? defaultSarifCategory(root, options.paths) : void 0);
  const provenance = await readProvenance(root);
  return {
    ...category === void 0 ? {} : { category },
    ...flags.sarif?.includeSuppressed ? { includeSuppressed: true } : {},
    ...provenance ? { provenance } : {}
  };
}
function renderOptions(flags, io, verdict, file) {
  const color = flags.color === "always" || flags.color !== "never" && io.color && !file;
  const detail = flags.logLevel === "warning" ? "quiet" : flags.logLevel === "debug" ? "verbose" : "normal";
  return { color, width: io.columns, detail, show: flags.show, verdict };
}
function historyHooks(command, options, io) {
  const load = () => import("./chunk-QWIBDDY4.js");
  return {
    ...command.record ? { record: async (result) => void await (await load()).recordScan(command, options, result, io.cwd) } : {},
    ...command.history ? { html: async (rendered) => (await load()).addTrendSection(command, options, rendered, io.cwd) } : {}
  };
}
async function baselineCreate(command, io) {
  const options = await scanOptions(command, io);
  const { report: result } = await runGate({ ...options, failOn: "none" });
  await emit(createBaseline(result.findings), command.output, io, options.logger, "baseline");
  return EXIT_PASS;
}
async function emit(text2, output, io, logger, what) {
  stopProgress(io);
  if (!output) {
    await io.stdout(text2);
    return;
  }
  await writeFileAtomic(path5.resolve(io.cwd, output), text2, output);
  logger.info(`wrote ${what} to ${output}`);
}

// src/cli/index.ts
process.stdout.on("error", () => {
});
process.exitCode = await runCli(process.argv.slice(2));
