/**
 * The home page's posture figures, all read from the report's scores (`findings/score.ts` computes
 * them once, for every report): each framework's score with its requirements', and the failing
 * requirements and controls that matter most. The page only adds what a score has no room for:
 * titles from the catalogue, and the most severe finding behind a failing control.
 */
import type { Finding, Framework, Report, ScoreLine, Severity } from '../../model/index.js';
import { SEVERITIES } from '../../model/index.js';
import { compareStrings } from '../../model/order.js';
import { formatPercent } from '../summary.js';

export interface PageScoreLine {
  passing: number;
  total: number;
  percent: string;
}

export interface PageRequirement extends PageScoreLine {
  id: string;
  title: string;
  /** Controls of the requirement whose score has a failing resource. */
  failingControls: number;
}

export interface PageFramework extends PageScoreLine {
  id: string;
  title: string;
  version: string;
  url?: string;
  /** Requirements with a score: at least one automated control applies to a scanned resource. */
  requirements: PageRequirement[];
  /** Control id → title, for every control of the framework. */
  controls: Record<string, string>;
}

export interface TopRequirement extends PageScoreLine {
  framework: string;
  requirement: string;
  title: string;
  /** Resources failing the requirement: total − passing. */
  failing: number;
}

export interface TopControl extends TopRequirement {
  control: string;
  /** The most severe finding counted against the control's score. */
  severity: Severity;
  findings: number;
}

/** How many requirements and controls the home page lists. */
export const TOP_ITEMS = 10;

function line(score: ScoreLine): PageScoreLine {
  return { passing: score.passing, total: score.total, percent: formatPercent(score) };
}

const byId = <T extends { id: string }>(a: T, b: T): number => compareStrings(a.id, b.id);

export function buildFrameworks(report: Report): PageFramework[] {
  return [...report.catalog.frameworks].sort(byId).map((framework) => {
    const score = report.score.byFramework[framework.id] ?? { passing: 0, total: 0, score: 1 };
    const controls: Record<string, string> = {};
    for (const control of [...framework.controls].sort(byId)) controls[control.id] = control.title;
    return {
      id: framework.id,
      title: framework.title,
      version: framework.version,
      ...(framework.url === undefined ? {} : { url: framework.url }),
      ...line(score),
      requirements: requirementsOf(report, framework),
      controls,
    };
  });
}

function requirementsOf(report: Report, framework: Framework): PageRequirement[] {
  const scores = report.score.byRequirement[framework.id] ?? {};
  const controlScores = report.score.byControl[framework.id] ?? {};
  const titles = new Map(framework.requirements.map((r) => [r.id, r.title]));
  return Object.keys(scores)
    .sort(compareStrings)
    .map((id) => ({
      id,
      title: titles.get(id) ?? '',
      ...line(scores[id]),
      failingControls: framework.controls.filter((c) => c.requirement === id && failing(controlScores[c.id]) > 0).length,
    }));
}

const failing = (score: ScoreLine | undefined): number => (score ? score.total - score.passing : 0);

/** Failing requirements across frameworks: lowest score first, then most failing resources, then by id. */
export function buildTopRequirements(report: Report): TopRequirement[] {
  const out: TopRequirement[] = [];
  for (const framework of report.catalog.frameworks) {
    const titles = new Map(framework.requirements.map((r) => [r.id, r.title]));
    for (const [id, score] of Object.entries(report.score.byRequirement[framework.id] ?? {})) {
      if (failing(score) > 0) out.push({ framework: framework.id, requirement: id, title: titles.get(id) ?? '', ...line(score), failing: failing(score) });
    }
  }
  return out.sort((a, b) => a.passing / a.total - b.passing / b.total || b.failing - a.failing || compareStrings(a.framework, b.framework) || compareStrings(a.requirement, b.requirement)).slice(0, TOP_ITEMS);
}

/** Failing controls: most severe finding first, then most failing resources, then lowest score, then by id. */
export function buildTopControls(report: Report): TopControl[] {
  const rank = (s: Severity): number => SEVERITIES.indexOf(s);
  const counted = countedFindings(report.findings);
  const out: TopControl[] = [];
  for (const framework of report.catalog.frameworks) {
    const controls = new Map(framework.controls.map((c) => [c.id, c]));
    for (const [id, score] of Object.entries(report.score.byControl[framework.id] ?? {})) {
      const findings = counted.get(`${framework.id}/${id}`);
      if (failing(score) === 0 || !findings) continue;
      const control = controls.get(id);
      const severity = findings.map((f) => f.severity).sort((a, b) => rank(a) - rank(b))[0];
      out.push({ framework: framework.id, control: id, requirement: control?.requirement ?? '', title: control?.title ?? '', severity, findings: findings.length, ...line(score), failing: failing(score) });
    }
  }
  return out
    .sort((a, b) => rank(a.severity) - rank(b.severity) || b.failing - a.failing || a.passing / a.total - b.passing / b.total || compareStrings(a.framework, b.framework) || compareStrings(a.control, b.control))
    .slice(0, TOP_ITEMS);
}

/** `framework/control` → the findings its score counts: unsuppressed, or accepted by a baseline (known debt). */
function countedFindings(findings: Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.suppression && finding.suppression.kind !== 'baseline') continue;
    for (const ref of finding.controls) {
      const key = `${ref.framework}/${ref.control}`;
      (out.get(key) ?? out.set(key, []).get(key)!).push(finding);
    }
  }
  return out;
}
