import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BASELINE_VERSION,
  TOOL_NAME,
  TOOL_VERSION,
  maskSecrets,
  runGate
} from "./chunk-DTYB2552.js";
import {
  SEVERITIES,
  compareDiagnostics,
  compareFindings,
  compareStrings,
  incompleteKind,
  sorted
} from "./chunk-ES4YV2IG.js";
import {
  ConfigError,
  getErrorMessage
} from "./chunk-XSHH3W5D.js";

// src/diff-base.ts
import { spawn, execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
async function withDiffBase(options, ref) {
  const base = await scanBase(options, ref);
  const own = options.baseline?.baseline.findings ?? [];
  const file = options.baseline ? `${options.baseline.file} and git ${ref}` : `git ${ref}`;
  return {
    ...options,
    baseline: { file, baseline: { ...base.baseline, findings: [...own, ...base.baseline.findings] } },
    comparison: { ref: base.ref, commit: base.commit, score: base.score, failing: base.baseline.findings.length }
  };
}
async function scanBase(options, ref) {
  const root = path.resolve(options.root ?? process.cwd());
  const top = await git(root, ["rev-parse", "--show-toplevel"], () => `--diff-base needs a git repository; ${root} is not in one`);
  const commit = await git(
    root,
    ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`],
    () => `--diff-base ${ref} is not a commit in this repository; fetch it first (actions/checkout with fetch-depth: 0, or git fetch origin ${ref})`
  );
  const tree = await mkdtemp(path.join(os.tmpdir(), "posture-base-"));
  try {
    await extract(top, commit, tree);
    const into = (file) => {
      const inside = path.relative(top, file);
      return inside.startsWith("..") || path.isAbsolute(inside) ? file : path.join(tree, inside);
    };
    const result = await runGate(mapInputs(options, into, into(root)));
    const baseline = {
      version: BASELINE_VERSION,
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      findings: result.report.findings.filter((f) => !f.suppression || f.suppression.kind === "baseline").map(({ fingerprint, checkId, scope, resourceId }) => ({ fingerprint, checkId, scope, resourceId }))
    };
    options.logger.info(`diff base ${ref} (${commit.slice(0, 12)}): ${baseline.findings.length} open findings`);
    return { ref, commit, baseline, score: result.report.score, result };
  } finally {
    await rm(tree, { recursive: true, force: true });
  }
}
function mapInputs(options, into, root) {
  const sources = options.sources ?? {};
  const terraform = options.resolve?.terraform;
  return {
    ...options,
    root,
    paths: options.paths.map(into),
    failOn: "none",
    baseline: void 0,
    comparison: void 0,
    sources: {
      ...sources,
      helm: sources.helm?.map((chart) => ({ ...chart, chartDir: into(chart.chartDir), valuesFiles: chart.valuesFiles?.map(into) })),
      kustomize: sources.kustomize?.map(into),
      awsConfigSnapshots: sources.awsConfigSnapshots?.map(into)
    },
    resolve: { ...options.resolve, ...terraform ? { terraform: { ...terraform, varFiles: terraform.varFiles?.map(into) } } : {} }
  };
}
async function git(cwd, args, failure) {
  try {
    return (await run("git", args, { cwd })).stdout.trim();
  } catch (cause) {
    throw new ConfigError(failure(), { cause, code: "USAGE" });
  }
}
function extract(top, commit, into) {
  return new Promise((resolve, reject) => {
    const archive = spawn("git", ["archive", "--format=tar", commit], { cwd: top, stdio: ["ignore", "pipe", "pipe"] });
    const untar = spawn("tar", ["-x", "-f", "-", "-C", into], { stdio: ["pipe", "ignore", "pipe"] });
    let errors = "";
    archive.stderr.on("data", (chunk) => errors += chunk.toString());
    untar.stderr.on("data", (chunk) => errors += chunk.toString());
    archive.stdout.pipe(untar.stdin);
    const fail = (error) => reject(new ConfigError(`cannot read the tree of ${commit}: ${getErrorMessage(error)}`, { cause: error }));
    archive.on("error", fail);
    untar.on("error", fail);
    untar.on("close", (code) => code === 0 ? resolve() : fail(new Error(`git archive | tar exited ${code}: ${errors.trim()}`)));
  });
}

// src/report/incomplete.ts
var INCOMPLETE_MARKER = "incomplete scan";
var SCAN_INCOMPLETE_ID = "SCAN_INCOMPLETE";
var PHRASES = [
  ["unreadable", ["file could not be read", "files could not be read"]],
  ["unresolvedModules", ["module call could not be resolved", "module calls could not be resolved"]],
  ["unresolvedStacks", ["nested stack could not be resolved", "nested stacks could not be resolved"]],
  ["unsupportedPlans", ["plan is in a form this version cannot read", "plans are in a form this version cannot read"]],
  ["limits", ["scan limit was reached", "scan limits were reached"]],
  ["liveFailures", ["AWS region or resource type could not be fetched", "AWS regions or resource types could not be fetched"]]
];
function incompletePhrases(incomplete) {
  return PHRASES.filter(([kind]) => incomplete[kind] > 0).map(([kind, [one, many]]) => `${incomplete[kind]} ${incomplete[kind] === 1 ? one : many}`);
}
function incompleteSentence(incomplete) {
  const total = PHRASES.reduce((sum, [kind]) => sum + incomplete[kind], 0);
  return `Scan incomplete: ${incompletePhrases(incomplete).join(", ")}: findings inside ${total === 1 ? "it" : "them"} are missing.`;
}
function markScore(score, report) {
  return report.incomplete ? `${score} (${INCOMPLETE_MARKER})` : score;
}
function incompleteDiagnostics(report) {
  return sorted(
    report.diagnostics.filter((d) => incompleteKind(d) !== void 0),
    compareDiagnostics
  );
}
function notReadPlaces(report, limit = 5) {
  const places = [...new Set(incompleteDiagnostics(report).map((d) => `${d.range.path}:${d.range.startLine}`))];
  const shown = places.slice(0, limit).join(", ");
  return places.length > limit ? `${shown} and ${places.length - limit} more` : shown;
}
function strictFailure(report) {
  if (!report.incomplete) return void 0;
  const places = notReadPlaces(report);
  return `strict mode fails an incomplete scan. ${incompleteSentence(report.incomplete)}${places ? ` Not read: ${places}.` : ""}`;
}

// src/report/summary.ts
function summarize(report) {
  const findings = { total: 0, CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0 };
  let suppressed = 0;
  for (const finding of report.findings) {
    if (finding.suppression) {
      suppressed++;
    } else {
      findings[finding.severity]++;
      findings.total++;
    }
  }
  return {
    resources: report.resources.length,
    filesScanned: report.files.scanned.length,
    filesSkipped: report.files.skipped.length,
    findings,
    suppressed,
    inconclusive: report.inconclusive.length,
    diagnostics: report.diagnostics.length,
    score: report.score.overall.score
  };
}
function formatPercent(line) {
  const tenths = line.total === 0 ? Math.round(line.score * 1e3) : tenthsOf(line);
  return `${(tenths / 10).toFixed(1)}%`;
}
function tenthsOf(line) {
  return Math.floor(line.passing * 1e3 / line.total);
}
function failingChecks(report) {
  return report.findings.filter((f) => !f.suppression || f.suppression.kind === "baseline").length;
}
function failingChange(report) {
  if (report.base?.failing === void 0) return void 0;
  const delta = failingChecks(report) - report.base.failing;
  const since = `since ${report.base.ref}`;
  if (delta === 0) return `no change in failing checks ${since}`;
  return `${delta > 0 ? "+" : "\u2212"}${Math.abs(delta)} failing check${Math.abs(delta) === 1 ? "" : "s"} ${since}`;
}
function scoreChange(report, current = report.score.overall, base = report.base?.score.overall) {
  if (!report.base || !base || base.total === 0 || current.total === 0) return void 0;
  const delta = tenthsOf(current) - tenthsOf(base);
  const since = `since ${report.base.ref}`;
  if (delta === 0) return `no change ${since}`;
  return `${delta > 0 ? "+" : "\u2212"}${(Math.abs(delta) / 10).toFixed(1)} points ${since}`;
}

// src/report/html/escape.ts
function embedJson(value) {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
var ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(value) {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

// src/report/headline.ts
function findingHeadline(finding) {
  const message = maskSecrets(finding.message.replace(/\s+/g, " ").trim());
  return message.includes(finding.resourceId) ? message : `${message} (${finding.resourceId})`;
}
function checkLabel(finding) {
  return `${finding.checkId} ${finding.title}`;
}

// src/report/markdown.ts
var MAX_ROWS = 200;
var TITLE = { CRITICAL: "Critical", HIGH: "High", MEDIUM: "Medium", LOW: "Low" };
function renderMarkdown(report) {
  const findings = sorted(report.findings, compareFindings);
  const sections = [
    renderHeader(report),
    renderFrameworks(report),
    ...SEVERITIES.map((severity) => renderSeverity(severity, findings.filter((f) => !f.suppression && f.severity === severity))),
    renderSuppressed(findings.filter((f) => f.suppression)),
    renderDiagnostics(report)
  ];
  return `${sections.filter((section) => section !== "").join("\n\n")}
`;
}
var markdownReporter = { format: "markdown", render: renderMarkdown };
function renderHeader(report) {
  const summary = summarize(report);
  const { overall } = report.score;
  const counts = SEVERITIES.map((s) => `${summary.findings[s]} ${s.toLowerCase()}`).join(", ");
  return [
    `## ${cell(report.tool.name)}: posture score ${markScore(formatPercent(overall), report)}`,
    "",
    ...report.incomplete ? [`> **${cell(incompleteSentence(report.incomplete))}** See "Files with problems" below.`, ""] : [],
    `${overall.passing} of ${overall.total} resources pass every check${scoreChange(report) ? ` (${scoreChange(report)})` : ""}.`,
    "",
    "| Severity | Findings |",
    "| --- | ---: |",
    ...SEVERITIES.map((s) => `| ${TITLE[s]} | ${summary.findings[s]} |`),
    `| **Total** | **${summary.findings.total}** |`,
    "",
    `${summary.findings.total} findings (${counts}); ${summary.suppressed} suppressed; ${summary.inconclusive} inconclusive; ${summary.filesScanned} files scanned, ${summary.diagnostics} with problems.`
  ].join("\n");
}
function renderFrameworks(report) {
  const meta = new Map(report.catalog.frameworks.map((f) => [f.id, f]));
  const ids = Object.keys(report.score.byFramework).sort(compareStrings);
  const inScope = ids.filter((id) => report.score.byFramework[id].total > 0);
  const rows = inScope.map((id) => {
    const line = report.score.byFramework[id];
    const framework = meta.get(id);
    const name = framework ? `${framework.title}${framework.version ? ` ${framework.version}` : ""}` : id;
    return `| ${cell(name)} (\`${cell(id)}\`) | ${markScore(formatPercent(line), report)} | ${line.passing} / ${line.total} |`;
  });
  if (rows.length === 0) return "";
  const idle = ids.length - inScope.length;
  const note = idle > 0 ? ["", `${idle} more framework${idle === 1 ? "" : "s"}: nothing scanned is in scope (n/a).`] : [];
  return ["### Frameworks", "", "| Framework | Score | Resources passing |", "| --- | ---: | ---: |", ...rows, ...note].join("\n");
}
function renderSeverity(severity, findings) {
  if (findings.length === 0) return "";
  const rows = findings.map((f) => `| ${cell(findingHeadline(f))} | ${cell(checkLabel(f))} | ${link(f)} | ${controls(f)} |`);
  return [`### ${TITLE[severity]} (${findings.length})`, "", "| Finding | Check | Location | Controls |", "| --- | --- | --- | --- |", ...capped(rows)].join("\n");
}
function renderSuppressed(findings) {
  if (findings.length === 0) return "";
  const rows = findings.map((f) => {
    const { kind, justification, expires } = f.suppression;
    return `| ${cell(findingHeadline(f))} | ${cell(f.checkId)} | ${link(f)} | ${kind} | ${cell(justification)} | ${expires ?? ""} |`;
  });
  const header = "| Finding | Check | Location | Kind | Justification | Expires |\n| --- | --- | --- | --- | --- | --- |";
  return [`### Suppressed (${findings.length})`, "", header, ...capped(rows)].join("\n");
}
function renderDiagnostics(report) {
  if (report.diagnostics.length === 0) return "";
  const rows = sorted(report.diagnostics, compareDiagnostics).map(
    (d) => `| ${d.level} | ${d.code} | [${cell(d.range.path)}:${d.range.startLine}](${href(d.range.path, d.range.startLine)}) | ${cell(d.message)} |`
  );
  return ["### Files with problems", "", "| Level | Code | Location | Problem |", "| --- | --- | --- | --- |", ...capped(rows)].join("\n");
}
function capped(rows) {
  if (rows.length <= MAX_ROWS) return rows;
  return [...rows.slice(0, MAX_ROWS), "", `\u2026 and ${rows.length - MAX_ROWS} more; see the SARIF or JSON report for all of them.`];
}
function link(finding) {
  const { path: path2, startLine } = finding.location;
  return `[${cell(path2)}:${startLine}](${href(path2, startLine)})`;
}
function href(path2, line) {
  return `${encodeURI(path2).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}#L${line}`;
}
function controls(finding) {
  const refs = [...finding.controls].sort((a, b) => compareStrings(a.framework, b.framework) || compareStrings(a.control, b.control));
  return refs.map((ref) => `${cell(ref.framework)} ${cell(ref.control)}`).join(", ");
}
function cell(value) {
  return value.replace(/[\r\n]+/g, " ").replace(/[\\`*_[\]<>|]/g, (c) => c === "<" ? "&lt;" : c === ">" ? "&gt;" : `\\${c}`);
}

// src/report/ansi.ts
var RESET = "\x1B[0m";
var STYLE = {
  bold: "\x1B[1m",
  dim: "\x1B[2m",
  red: "\x1B[31m",
  boldRed: "\x1B[1;31m",
  yellow: "\x1B[33m",
  cyan: "\x1B[36m",
  green: "\x1B[32m"
};
var SEVERITY_STYLE = {
  CRITICAL: STYLE.boldRed,
  HIGH: STYLE.red,
  MEDIUM: STYLE.yellow,
  LOW: STYLE.cyan
};
function painter(color) {
  return color ? (text, style) => text === "" ? text : `${style}${text}${RESET}` : (text) => text;
}
function sanitize(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ");
}

// src/report/text-width.ts
function textWidth(text) {
  return Array.from(text).length;
}
function truncateLeft(text, width) {
  const chars = [...text];
  if (chars.length <= width) return text;
  if (width <= 1) return "\u2026".slice(0, Math.max(width, 0));
  return `\u2026${chars.slice(chars.length - (width - 1)).join("")}`;
}
function truncateRight(text, width) {
  const chars = [...text];
  if (chars.length <= width) return text;
  if (width <= 1) return "\u2026".slice(0, Math.max(width, 0));
  return `${chars.slice(0, width - 1).join("")}\u2026`;
}
function wrapText(text, width) {
  const limit = Math.max(width, 1);
  const lines = [];
  let line = "";
  for (const word of text.split(/ +/)) {
    let rest = word;
    while (textWidth(rest) > limit) {
      if (line !== "") lines.push(line);
      const chars = [...rest];
      lines.push(chars.slice(0, limit).join(""));
      rest = chars.slice(limit).join("");
      line = "";
    }
    if (line === "") line = rest;
    else if (textWidth(line) + 1 + textWidth(rest) <= limit) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
}
var ANSI = /\u001b\[[0-9;]*m/g;
function fitLines(text, width) {
  return text.split("\n").flatMap((line) => {
    const plain = line.replace(ANSI, "");
    if (textWidth(plain) <= width) return [line];
    const indent = Math.min(/^ */.exec(plain)[0].length, Math.floor(width / 2));
    const [first, ...rest] = wrapText(plain.slice(indent), width - indent);
    const more = " ".repeat(Math.min(indent + 2, Math.floor(width / 2)));
    return [" ".repeat(indent) + first, ...rest.flatMap((part) => wrapText(part, width - more.length)).map((part) => more + part)];
  }).join("\n");
}

// src/cli/columns.ts
function formatColumns(rows, width) {
  const widths = rows[0].map((_, column) => rows.reduce((widest, row) => Math.max(widest, row[column].length), 0));
  const last = rows[0].length - 1;
  const lead = widths.slice(0, last).reduce((sum, w) => sum + w + 2, 0);
  const room = width === void 0 ? Infinity : width - lead;
  return rows.flatMap((row) => {
    const head = row.slice(0, last).map((cell2, i) => cell2.padEnd(widths[i])).join("  ");
    if (room === Infinity) return [`${head}${last > 0 ? "  " : ""}${row[last]}`.trimEnd()];
    const [first, ...more] = room >= 16 ? wrapText(row[last], room) : [row[last]];
    const lines = [`${head}${last > 0 ? "  " : ""}${first}`.trimEnd(), ...more.map((line) => " ".repeat(lead) + line)];
    return lines.map((line) => truncateRight(line, width));
  }).join("\n") + "\n";
}

export {
  withDiffBase,
  scanBase,
  SCAN_INCOMPLETE_ID,
  incompleteSentence,
  markScore,
  incompleteDiagnostics,
  strictFailure,
  findingHeadline,
  checkLabel,
  summarize,
  formatPercent,
  failingChange,
  scoreChange,
  embedJson,
  escapeHtml,
  markdownReporter,
  cell,
  STYLE,
  SEVERITY_STYLE,
  painter,
  sanitize,
  textWidth,
  truncateLeft,
  truncateRight,
  wrapText,
  fitLines,
  formatColumns
};
