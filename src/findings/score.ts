import type { Finding, PostureScore, Resource, ScoreLine } from '../model/index.js';
import type { CatalogIndex } from '../catalog/index.js';

/** Group keys: overall, a framework, one of its requirements, one of its controls. */
const OVERALL = '*';
const frameworkKey = (framework: string): string => `f\u0000${framework}`;
const requirementKey = (framework: string, requirement: string): string => `r\u0000${framework}\u0000${requirement}`;
const controlKey = (framework: string, control: string): string => `c\u0000${framework}\u0000${control}`;

/**
 * Posture score = resources with no unsuppressed finding / resources scanned (a finding accepted
 * by a baseline or `--diff-base` still counts: it is known debt, not an accepted risk). A resource counts
 * as scanned when at least one check applies to its type: a resource no check reads says
 * nothing about posture and would only inflate the score. Per framework, requirement and
 * control, the same over the resources that group's checks apply to, counting only that
 * group's findings. Controls no check automates have no score (they are manual).
 */
export function computeScore(resources: Resource[], findings: Finding[], catalog: CatalogIndex): PostureScore {
  const failing = new Map<string, Set<string>>();
  for (const finding of findings) {
    // a baseline only stops old findings from blocking; they still count against the posture
    if (finding.suppression && finding.suppression.kind !== 'baseline') continue;
    const keys = [OVERALL, ...finding.controls.flatMap(({ framework, control }) => groupKeys(catalog, framework, control))];
    for (const key of keys) addTo(failing, key, `${finding.scope}\u0000${finding.resourceId}`);
  }
  const applicable = new Map<string, Set<string>>();
  for (const resource of resources) {
    const id = `${resource.scope}\u0000${resource.id}`;
    for (const check of catalog.checksFor(resource.type)) {
      addTo(applicable, OVERALL, id);
      for (const [framework, controls] of Object.entries(check.frameworks)) {
        for (const control of controls) for (const key of groupKeys(catalog, framework, control)) addTo(applicable, key, id);
      }
    }
  }
  const line = (key: string): ScoreLine => scoreLine(applicable.get(key), failing.get(key));
  const score: PostureScore = { overall: line(OVERALL), byFramework: {}, byRequirement: {}, byControl: {} };
  for (const framework of catalog.catalog.frameworks) {
    score.byFramework[framework.id] = line(frameworkKey(framework.id));
    const requirements: Record<string, ScoreLine> = {};
    for (const requirement of framework.requirements) {
      if (applicable.has(requirementKey(framework.id, requirement.id))) requirements[requirement.id] = line(requirementKey(framework.id, requirement.id));
    }
    const controls: Record<string, ScoreLine> = {};
    for (const control of framework.controls) {
      if (applicable.has(controlKey(framework.id, control.id))) controls[control.id] = line(controlKey(framework.id, control.id));
    }
    score.byRequirement[framework.id] = requirements;
    score.byControl[framework.id] = controls;
  }
  return score;
}

function groupKeys(catalog: CatalogIndex, framework: string, control: string): string[] {
  const requirement = catalog.requirementOf(framework, control);
  const keys = [frameworkKey(framework), controlKey(framework, control)];
  return requirement === undefined ? keys : [...keys, requirementKey(framework, requirement)];
}

function addTo(groups: Map<string, Set<string>>, key: string, id: string): void {
  (groups.get(key) ?? groups.set(key, new Set()).get(key)!).add(id);
}

function scoreLine(applicable = new Set<string>(), failing = new Set<string>()): ScoreLine {
  const total = applicable.size;
  const passing = [...applicable].filter((id) => !failing.has(id)).length;
  return { passing, total, score: total === 0 ? 1 : passing / total };
}
