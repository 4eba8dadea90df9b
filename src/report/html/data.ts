/**
 * The data the findings explorer embeds: the report reduced to what the page shows, sorted, with
 * every score pre-formatted here (the same `formatPercent` as the other reports) so the page only
 * filters and draws. Check text is stored once per check, not once per finding.
 */
import type { CheckMeta, Finding, Report, Severity, SourceExcerpt } from '../../model/index.js';
import { excerptKey } from '../../model/index.js';
import { compareDiagnostics, compareFindings, compareStrings, sorted } from '../../model/order.js';
import { formatPercent, summarize } from '../summary.js';
import type { ReportSummary } from '../summary.js';
import { buildFrameworks, buildTopControls, buildTopRequirements } from './posture.js';
import type { PageFramework, PageScoreLine, TopControl, TopRequirement } from './posture.js';
import { incompleteSentence } from '../incomplete.js';

export interface PageFinding {
  /** Fingerprint: the finding's id in the URL (`#finding=…`). */
  id: string;
  checkId: string;
  severity: Severity;
  message: string;
  resourceId: string;
  resourceType: string;
  scope: string;
  format: string;
  attributePath: (string | number)[];
  path: string;
  /** startLine, startColumn, endLine, endColumn. */
  range: [number, number, number, number];
  /** `framework/control`, sorted. */
  controls: string[];
  /** `framework/requirement` of those controls, sorted and unique. */
  requirements: string[];
  suppression?: { kind: string; justification: string; expires?: string };
  /** Index into `PageData.excerpts`: the masked source lines around the location, when the file was read. */
  excerpt?: number;
}

export type PageCheck = Pick<CheckMeta, 'id' | 'title' | 'description' | 'severity' | 'recommendedAction' | 'peers' | 'relatedResources' | 'examples'>;

export interface PageData {
  tool: { name: string; version: string };
  startedAt: string;
  summary: ReportSummary;
  /** What the scan could not read, in words; only on an incomplete scan (a banner, and a marker on every score). */
  incomplete?: string;
  score: PageScoreLine;
  frameworks: PageFramework[];
  topRequirements: TopRequirement[];
  topControls: TopControl[];
  resourcesByType: [string, number][];
  resourcesByFormat: [string, number][];
  diagnostics: { level: string; code: string; message: string; path: string; line: number }[];
  checks: Record<string, PageCheck>;
  findings: PageFinding[];
  /** Source excerpts, shared by the findings at the same place, in order of first use. */
  excerpts: SourceExcerpt[];
}

export function buildPageData(report: Report): PageData {
  const requirementOf = controlRequirements(report);
  const excerpts = new ExcerptTable(report.excerpts ?? {});
  const findings = sorted(report.findings, compareFindings).map((f) => toPageFinding(f, requirementOf, excerpts));
  return {
    tool: { name: report.tool.name, version: report.tool.version },
    startedAt: report.startedAt,
    summary: summarize(report),
    ...(report.incomplete ? { incomplete: incompleteSentence(report.incomplete) } : {}),
    score: { passing: report.score.overall.passing, total: report.score.overall.total, percent: formatPercent(report.score.overall) },
    frameworks: buildFrameworks(report),
    topRequirements: buildTopRequirements(report),
    topControls: buildTopControls(report),
    resourcesByType: countBy(report.resources.map((r) => r.type)),
    resourcesByFormat: countBy(report.resources.map((r) => r.format)),
    diagnostics: sorted(report.diagnostics, compareDiagnostics).map((d) => ({
      level: d.level,
      code: d.code,
      message: d.message,
      path: d.range.path,
      line: d.range.startLine,
    })),
    checks: checksOf(report),
    findings,
    excerpts: excerpts.used,
  };
}

/** The report's excerpts the page uses, each stored once and referred to by index. */
class ExcerptTable {
  readonly used: SourceExcerpt[] = [];
  private readonly index = new Map<string, number>();
  constructor(private readonly all: Record<string, SourceExcerpt>) {}

  indexOf(f: Finding): number | undefined {
    const key = excerptKey(f.location);
    const excerpt = this.all[key];
    if (excerpt === undefined) return undefined;
    if (!this.index.has(key)) this.index.set(key, this.used.push({ startLine: excerpt.startLine, lines: [...excerpt.lines] }) - 1);
    return this.index.get(key);
  }
}

function toPageFinding(f: Finding, requirementOf: Map<string, string>, excerpts: ExcerptTable): PageFinding {
  const controls = [...new Set(f.controls.map((c) => `${c.framework}/${c.control}`))].sort(compareStrings);
  const requirements = [...new Set(controls.map((c) => requirementOf.get(c)).filter((r): r is string => r !== undefined))].sort(compareStrings);
  const { startLine, startColumn, endLine, endColumn } = f.location;
  const page: PageFinding = {
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
    requirements,
  };
  if (f.suppression) {
    const { kind, justification, expires } = f.suppression;
    page.suppression = expires === undefined ? { kind, justification } : { kind, justification, expires };
  }
  const excerpt = excerpts.indexOf(f);
  if (excerpt !== undefined) page.excerpt = excerpt;
  return page;
}

/** `framework/control` → `framework/requirement`, for controls that name their requirement. */
function controlRequirements(report: Report): Map<string, string> {
  const out = new Map<string, string>();
  for (const framework of report.catalog.frameworks) {
    for (const control of framework.controls) {
      if (control.requirement !== undefined) out.set(`${framework.id}/${control.id}`, `${framework.id}/${control.requirement}`);
    }
  }
  return out;
}

/** The catalogue entries of the checks that produced findings, keyed by id in code-unit order. */
function checksOf(report: Report): Record<string, PageCheck> {
  const byId = new Map(report.catalog.checks.map((check) => [check.id, check]));
  const out: Record<string, PageCheck> = {};
  for (const f of sorted(report.findings, (a, b) => compareStrings(a.checkId, b.checkId) || compareFindings(a, b))) {
    if (out[f.checkId] !== undefined) continue;
    // A finding whose check is missing from the catalogue still shows its own title.
    const check = byId.get(f.checkId);
    const { title, severity } = check ?? f;
    const peers = check ? Object.fromEntries(Object.keys(check.peers).sort(compareStrings).map((tool) => [tool, [...check.peers[tool]].sort(compareStrings)])) : {};
    out[f.checkId] = {
      id: f.checkId,
      title,
      description: check?.description ?? '',
      severity,
      recommendedAction: check?.recommendedAction ?? '',
      peers,
      relatedResources: [...(check?.relatedResources ?? [])],
      ...(check?.examples ? { examples: Object.fromEntries(Object.keys(check.examples).sort(compareStrings).map((format) => [format, check.examples![format]])) } : {}),
    };
  }
  return out;
}

/** Value → count, most frequent first, then by value. */
export function countBy(values: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]));
}
