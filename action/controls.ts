import type { Finding, Report } from '../src/index.js';

/** How many failing controls the summary and the comment list. */
export const TOP_CONTROLS_LIMIT = 10;

export interface FailingControl {
  framework: string;
  /** Title and version: `CIS Amazon Web Services Foundations Benchmark 3.0.0`. */
  frameworkTitle: string;
  control: string;
  controlTitle?: string;
  /** Open findings mapped to this control. */
  findings: number;
  /** Distinct resources with an open finding mapped to this control. */
  resources: number;
}

/**
 * Open findings grouped by framework and control, most findings first (then by framework and
 * control id, so the order is stable across runs). Suppressed findings are not counted here.
 */
export function failingControls(report: Report, findings: readonly Finding[] = report.findings): FailingControl[] {
  const groups = new Map<string, { framework: string; control: string; findings: number; resources: Set<string> }>();
  for (const finding of findings) {
    if (finding.suppression) continue;
    for (const ref of finding.controls) {
      const key = `${ref.framework}\u0000${ref.control}`;
      const group = groups.get(key) ?? { framework: ref.framework, control: ref.control, findings: 0, resources: new Set<string>() };
      group.findings += 1;
      group.resources.add(`${finding.scope}\u0000${finding.resourceId}`);
      groups.set(key, group);
    }
  }
  const frameworks = new Map(report.catalog.frameworks.map((f) => [f.id, f]));
  return [...groups.values()]
    .map((group) => {
      const framework = frameworks.get(group.framework);
      return {
        framework: group.framework,
        frameworkTitle: framework ? `${framework.title} ${framework.version}` : group.framework,
        control: group.control,
        controlTitle: framework?.controls.find((c) => c.id === group.control)?.title,
        findings: group.findings,
        resources: group.resources.size,
      };
    })
    .sort((a, b) => b.findings - a.findings || a.framework.localeCompare(b.framework) || a.control.localeCompare(b.control, 'en', { numeric: true }));
}
