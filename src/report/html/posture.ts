/**
 * The home page's posture figures: each framework's score (from the report) with a score per
 * requirement, and the failing controls that matter most. Requirement scores follow the rule of
 * `findings/score.ts` over the requirement's checks: resources those checks apply to, minus the
 * resources with an unsuppressed finding on one of the requirement's controls. Resources are
 * matched by id (the report's resource list carries no scope), which is exact unless two scopes
 * share a resource id.
 */
import type { Framework, Report, Severity } from '../../model/index.js';
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
  failingControls: number;
}

export interface PageFramework extends PageScoreLine {
  id: string;
  title: string;
  version: string;
  url?: string;
  requirements: PageRequirement[];
  /** Control id → title, for every control of the framework. */
  controls: Record<string, string>;
}

export interface TopControl {
  framework: string;
  control: string;
  title: string;
  /** The most severe unsuppressed finding on the control. */
  severity: Severity;
  findings: number;
  resources: number;
}

/** How many controls the home page lists. */
export const TOP_CONTROLS = 10;

function line(passing: number, total: number): PageScoreLine {
  return { passing, total, percent: formatPercent({ passing, total, score: total === 0 ? 1 : passing / total }) };
}

export function buildFrameworks(report: Report): PageFramework[] {
  return [...report.catalog.frameworks]
    .sort((a, b) => compareStrings(a.id, b.id))
    .map((framework) => {
      const score = report.score.byFramework[framework.id] ?? { passing: 0, total: 0, score: 1 };
      const controls: Record<string, string> = {};
      for (const control of [...framework.controls].sort((a, b) => compareStrings(a.id, b.id))) controls[control.id] = control.title;
      return {
        id: framework.id,
        title: framework.title,
        version: framework.version,
        ...(framework.url === undefined ? {} : { url: framework.url }),
        ...line(score.passing, score.total),
        requirements: [...framework.requirements].sort((a, b) => compareStrings(a.id, b.id)).map((r) => requirementScore(report, framework, r)),
        controls,
      };
    });
}

function requirementScore(report: Report, framework: Framework, requirement: { id: string; title: string }): PageRequirement {
  const controlIds = new Set(framework.controls.filter((c) => c.requirement === requirement.id).map((c) => c.id));
  const types = new Set<string>();
  for (const check of report.catalog.checks) {
    if (check.deprecated) continue;
    if ((check.frameworks[framework.id] ?? []).some((id) => controlIds.has(id))) for (const type of check.resourceTypes) types.add(type);
  }
  const applicable = new Set(report.resources.filter((r) => types.has(r.type)).map((r) => r.id));
  const failing = new Set<string>();
  const failingControls = new Set<string>();
  for (const finding of report.findings) {
    if (finding.suppression) continue;
    for (const ref of finding.controls) {
      if (ref.framework !== framework.id || !controlIds.has(ref.control)) continue;
      failingControls.add(ref.control);
      if (applicable.has(finding.resourceId)) failing.add(finding.resourceId);
    }
  }
  return { id: requirement.id, title: requirement.title, ...line(applicable.size - failing.size, applicable.size), failingControls: failingControls.size };
}

/** Controls with unsuppressed findings: most severe first, then most findings, then by id. */
export function buildTopControls(report: Report): TopControl[] {
  const titles = new Map(report.catalog.frameworks.flatMap((f) => f.controls.map((c) => [`${f.id}/${c.id}` as string, c.title] as const)));
  const rank = (s: Severity): number => SEVERITIES.indexOf(s);
  const byControl = new Map<string, { framework: string; control: string; severity: Severity; findings: number; resources: Set<string> }>();
  for (const finding of report.findings) {
    if (finding.suppression) continue;
    for (const ref of finding.controls) {
      const key = `${ref.framework}/${ref.control}`;
      const entry = byControl.get(key) ?? { ...ref, severity: finding.severity, findings: 0, resources: new Set<string>() };
      if (rank(finding.severity) < rank(entry.severity)) entry.severity = finding.severity;
      entry.findings++;
      entry.resources.add(`${finding.scope}\u0000${finding.resourceId}`);
      byControl.set(key, entry);
    }
  }
  return [...byControl.entries()]
    .map(([key, e]) => ({ framework: e.framework, control: e.control, title: titles.get(key) ?? '', severity: e.severity, findings: e.findings, resources: e.resources.size }))
    .sort((a, b) => rank(a.severity) - rank(b.severity) || b.findings - a.findings || compareStrings(a.framework, b.framework) || compareStrings(a.control, b.control))
    .slice(0, TOP_CONTROLS);
}
