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

// node_modules/string-width/node_modules/ansi-regex/index.js
var ST = String.raw`(?:\u001B\u005C|\u009C)`;
var stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`;
var osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`;
var controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`;
var linuxPalette = String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`;
var csi = String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`;
var escape = String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`;
var pattern = `${linuxPalette}|${osc}|${controlString}|${csi}|${escape}`;
function ansiRegex({ onlyFirst = false } = {}) {
  return new RegExp(pattern, onlyFirst ? void 0 : "g");
}

// node_modules/string-width/node_modules/strip-ansi/index.js
var regex = ansiRegex();
function stripAnsi(string) {
  if (typeof string !== "string") {
    throw new TypeError(`Expected a \`string\`, got \`${typeof string}\``);
  }
  if (!string.includes("\x1B") && !string.includes("\x9B")) {
    return string;
  }
  return string.replace(regex, "");
}

// node_modules/get-east-asian-width/lookup-data.js
var ambiguousMinimalCodePoint = 161;
var ambiguousMaximumCodePoint = 1114109;
var ambiguousRanges = [161, 161, 164, 164, 167, 168, 170, 170, 173, 174, 176, 180, 182, 186, 188, 191, 198, 198, 208, 208, 215, 216, 222, 225, 230, 230, 232, 234, 236, 237, 240, 240, 242, 243, 247, 250, 252, 252, 254, 254, 257, 257, 273, 273, 275, 275, 283, 283, 294, 295, 299, 299, 305, 307, 312, 312, 319, 322, 324, 324, 328, 331, 333, 333, 338, 339, 358, 359, 363, 363, 462, 462, 464, 464, 466, 466, 468, 468, 470, 470, 472, 472, 474, 474, 476, 476, 593, 593, 609, 609, 708, 708, 711, 711, 713, 715, 717, 717, 720, 720, 728, 731, 733, 733, 735, 735, 768, 879, 913, 929, 931, 937, 945, 961, 963, 969, 1025, 1025, 1040, 1103, 1105, 1105, 8208, 8208, 8211, 8214, 8216, 8217, 8220, 8221, 8224, 8226, 8228, 8231, 8240, 8240, 8242, 8243, 8245, 8245, 8251, 8251, 8254, 8254, 8308, 8308, 8319, 8319, 8321, 8324, 8364, 8364, 8451, 8451, 8453, 8453, 8457, 8457, 8467, 8467, 8470, 8470, 8481, 8482, 8486, 8486, 8491, 8491, 8531, 8532, 8539, 8542, 8544, 8555, 8560, 8569, 8585, 8585, 8592, 8601, 8632, 8633, 8658, 8658, 8660, 8660, 8679, 8679, 8704, 8704, 8706, 8707, 8711, 8712, 8715, 8715, 8719, 8719, 8721, 8721, 8725, 8725, 8730, 8730, 8733, 8736, 8739, 8739, 8741, 8741, 8743, 8748, 8750, 8750, 8756, 8759, 8764, 8765, 8776, 8776, 8780, 8780, 8786, 8786, 8800, 8801, 8804, 8807, 8810, 8811, 8814, 8815, 8834, 8835, 8838, 8839, 8853, 8853, 8857, 8857, 8869, 8869, 8895, 8895, 8978, 8978, 9312, 9449, 9451, 9547, 9552, 9587, 9600, 9615, 9618, 9621, 9632, 9633, 9635, 9641, 9650, 9651, 9654, 9655, 9660, 9661, 9664, 9665, 9670, 9672, 9675, 9675, 9678, 9681, 9698, 9701, 9711, 9711, 9733, 9734, 9737, 9737, 9742, 9743, 9756, 9756, 9758, 9758, 9792, 9792, 9794, 9794, 9824, 9825, 9827, 9829, 9831, 9834, 9836, 9837, 9839, 9839, 9886, 9887, 9919, 9919, 9926, 9933, 9935, 9939, 9941, 9953, 9955, 9955, 9960, 9961, 9963, 9969, 9972, 9972, 9974, 9977, 9979, 9980, 9982, 9983, 10045, 10045, 10102, 10111, 11094, 11097, 12872, 12879, 57344, 63743, 65024, 65039, 65533, 65533, 127232, 127242, 127248, 127277, 127280, 127337, 127344, 127373, 127375, 127376, 127387, 127404, 917760, 917999, 983040, 1048573, 1048576, 1114109];
var fullwidthMinimalCodePoint = 12288;
var fullwidthMaximumCodePoint = 65510;
var fullwidthRanges = [12288, 12288, 65281, 65376, 65504, 65510];
var wideMinimalCodePoint = 4352;
var wideMaximumCodePoint = 262141;
var wideRanges = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];

// node_modules/get-east-asian-width/utilities.js
var isInRange = (ranges, codePoint) => {
  let low = 0;
  let high = Math.floor(ranges.length / 2) - 1;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const i = mid * 2;
    if (codePoint < ranges[i]) {
      high = mid - 1;
    } else if (codePoint > ranges[i + 1]) {
      low = mid + 1;
    } else {
      return true;
    }
  }
  return false;
};

// node_modules/get-east-asian-width/lookup.js
var commonCjkCodePoint = 19968;
var [wideFastPathStart, wideFastPathEnd] = /* @__PURE__ */ findWideFastPathRange(wideRanges);
function findWideFastPathRange(ranges) {
  let fastPathStart = ranges[0];
  let fastPathEnd = ranges[1];
  for (let index = 0; index < ranges.length; index += 2) {
    const start = ranges[index];
    const end = ranges[index + 1];
    if (commonCjkCodePoint >= start && commonCjkCodePoint <= end) {
      return [start, end];
    }
    if (end - start > fastPathEnd - fastPathStart) {
      fastPathStart = start;
      fastPathEnd = end;
    }
  }
  return [fastPathStart, fastPathEnd];
}
var isAmbiguous = (codePoint) => {
  if (codePoint < ambiguousMinimalCodePoint || codePoint > ambiguousMaximumCodePoint) {
    return false;
  }
  return isInRange(ambiguousRanges, codePoint);
};
var isFullwidth = (codePoint) => {
  if (codePoint < fullwidthMinimalCodePoint || codePoint > fullwidthMaximumCodePoint) {
    return false;
  }
  return isInRange(fullwidthRanges, codePoint);
};
var isWide = (codePoint) => {
  if (codePoint >= wideFastPathStart && codePoint <= wideFastPathEnd) {
    return true;
  }
  if (codePoint < wideMinimalCodePoint || codePoint > wideMaximumCodePoint) {
    return false;
  }
  return isInRange(wideRanges, codePoint);
};

// node_modules/get-east-asian-width/index.js
function validate(codePoint) {
  if (!Number.isSafeInteger(codePoint)) {
    throw new TypeError(`Expected a code point, got \`${typeof codePoint}\`.`);
  }
}
function eastAsianWidth(codePoint, { ambiguousAsWide = false } = {}) {
  validate(codePoint);
  if (isFullwidth(codePoint) || isWide(codePoint) || ambiguousAsWide && isAmbiguous(codePoint)) {
    return 2;
  }
  return 1;
}

// node_modules/string-width/index.js
var segmenter = new Intl.Segmenter();
var visibleCharacterRegex = new RegExp("[^\\p{Default_Ignorable_Code_Point}\\p{Control}\\p{Format}\\p{Nonspacing_Mark}\\p{Enclosing_Mark}\\p{Surrogate}]", "v");
var spacingMarkRegex = new RegExp("\\p{Spacing_Mark}", "v");
var rgiEmojiRegex = new RegExp("^\\p{RGI_Emoji}$", "v");
var unqualifiedKeycapRegex = /^[\d#*]\u20E3$/;
var extendedPictographicRegex = new RegExp("\\p{Extended_Pictographic}", "gu");
function isDoubleWidthNonRgiEmojiSequence(segment) {
  if (segment.length > 50) {
    return false;
  }
  if (unqualifiedKeycapRegex.test(segment)) {
    return true;
  }
  if (segment.includes("\u200D")) {
    const pictographics = segment.match(extendedPictographicRegex);
    return pictographics !== null && pictographics.length >= 2;
  }
  return false;
}
function baseVisible(segment) {
  const index = segment.search(visibleCharacterRegex);
  return index === -1 ? void 0 : segment.slice(index);
}
function isHangulLeadingJamo(codePoint) {
  return codePoint >= 4352 && codePoint <= 4447 || codePoint >= 43360 && codePoint <= 43388;
}
function isHangulVowelJamo(codePoint) {
  return codePoint >= 4448 && codePoint <= 4519 || codePoint >= 55216 && codePoint <= 55238;
}
function isHangulTrailingJamo(codePoint) {
  return codePoint >= 4520 && codePoint <= 4607 || codePoint >= 55243 && codePoint <= 55291;
}
function isHangulJamo(codePoint) {
  return isHangulLeadingJamo(codePoint) || isHangulVowelJamo(codePoint) || isHangulTrailingJamo(codePoint);
}
function hangulClusterWidth(visibleSegment, eastAsianWidthOptions) {
  const codePoints = [];
  for (const character of visibleSegment) {
    if (!visibleCharacterRegex.test(character)) {
      continue;
    }
    codePoints.push(character.codePointAt(0));
  }
  if (codePoints.length === 0) {
    return void 0;
  }
  let width = 0;
  for (let index = 0; index < codePoints.length; index++) {
    const codePoint = codePoints[index];
    if (!isHangulJamo(codePoint)) {
      if (width === 0) {
        return void 0;
      }
      for (let remaining = index; remaining < codePoints.length; remaining++) {
        width += eastAsianWidth(codePoints[remaining], eastAsianWidthOptions);
      }
      return width;
    }
    if (isHangulLeadingJamo(codePoint) && isHangulVowelJamo(codePoints[index + 1])) {
      width += 2;
      index += isHangulTrailingJamo(codePoints[index + 2]) ? 2 : 1;
      continue;
    }
    width += eastAsianWidth(codePoint, eastAsianWidthOptions);
  }
  return width;
}
function trailingWidth(visibleSegment, eastAsianWidthOptions) {
  let extra = 0;
  let first = true;
  for (const character of visibleSegment) {
    if (first) {
      first = false;
      continue;
    }
    if (spacingMarkRegex.test(character) || character >= "\uFF00" && character <= "\uFFEF") {
      extra += eastAsianWidth(character.codePointAt(0), eastAsianWidthOptions);
    }
  }
  return extra;
}
function stringWidth(input, options = {}) {
  if (typeof input !== "string" || input.length === 0) {
    return 0;
  }
  const {
    ambiguousIsNarrow = true,
    countAnsiEscapeCodes = false
  } = options;
  let string = input;
  if (!countAnsiEscapeCodes && (string.includes("\x1B") || string.includes("\x9B"))) {
    string = stripAnsi(string);
  }
  if (string.length === 0) {
    return 0;
  }
  if (/^[\u0020-\u007E]*$/.test(string)) {
    return string.length;
  }
  let width = 0;
  const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
  for (const { segment } of segmenter.segment(string)) {
    const visibleSegment = baseVisible(segment);
    if (visibleSegment === void 0) {
      continue;
    }
    if (rgiEmojiRegex.test(segment) || isDoubleWidthNonRgiEmojiSequence(segment)) {
      width += 2;
      continue;
    }
    const hangulWidth = hangulClusterWidth(visibleSegment, eastAsianWidthOptions);
    if (hangulWidth !== void 0) {
      width += hangulWidth;
      continue;
    }
    const codePoint = visibleSegment.codePointAt(0);
    width += eastAsianWidth(codePoint, eastAsianWidthOptions);
    width += trailingWidth(visibleSegment, eastAsianWidthOptions);
  }
  return width;
}

// src/report/text-width.ts
var graphemes = new Intl.Segmenter(void 0, { granularity: "grapheme" });
var PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
function textWidth(text) {
  return PRINTABLE_ASCII.test(text) ? text.length : stringWidth(text);
}
function clusters(text) {
  if (PRINTABLE_ASCII.test(text)) return Array.from(text, (c) => ({ text: c, width: 1 }));
  return Array.from(graphemes.segment(text), ({ segment }) => ({ text: segment, width: stringWidth(segment) }));
}
function fitting(parts, width, fromEnd = false) {
  const ordered = fromEnd ? [...parts].reverse() : parts;
  const kept = [];
  let used = 0;
  for (const part of ordered) {
    if (used + part.width > width) break;
    kept.push(part.text);
    used += part.width;
  }
  return (fromEnd ? kept.reverse() : kept).join("");
}
function truncateLeft(text, width) {
  if (textWidth(text) <= width) return text;
  if (width <= 1) return "\u2026".slice(0, Math.max(width, 0));
  return `\u2026${fitting(clusters(text), width - 1, true)}`;
}
function truncateRight(text, width) {
  if (textWidth(text) <= width) return text;
  if (width <= 1) return "\u2026".slice(0, Math.max(width, 0));
  return `${fitting(clusters(text), width - 1)}\u2026`;
}
function wrapText(text, width) {
  const limit = Math.max(width, 1);
  const lines = [];
  let line = "";
  for (const word of text.split(/ +/)) {
    let rest = word;
    while (textWidth(rest) > limit) {
      if (line !== "") lines.push(line);
      const parts = clusters(rest);
      const piece = fitting(parts, limit) || parts[0].text;
      lines.push(piece);
      rest = rest.slice(piece.length);
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
function padToWidth(text, width) {
  return text + " ".repeat(Math.max(0, width - textWidth(text)));
}

// src/cli/columns.ts
function formatColumns(rows, width) {
  const widths = rows[0].map((_, column) => rows.reduce((widest, row) => Math.max(widest, textWidth(row[column])), 0));
  const last = rows[0].length - 1;
  const lead = widths.slice(0, last).reduce((sum, w) => sum + w + 2, 0);
  const room = width === void 0 ? Infinity : width - lead;
  return rows.flatMap((row) => {
    const head = row.slice(0, last).map((cell2, i) => padToWidth(cell2, widths[i])).join("  ");
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
